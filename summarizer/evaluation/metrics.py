"""Per-field metrics: score one summary against its gold labels, then aggregate over articles.

Pure functions. `score_article` returns counts per metric plus a field-level diff (what was
missed, what was spurious, which speaker was wrong); `aggregate` gives micro and macro
averages and bootstrap confidence intervals over articles.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.evaluation.gold import GoldActor, GoldLabels
from summarizer.evaluation.matching import (
    coverage,
    match_one_to_one,
    names_match,
    overlaps,
    trim_span,
)
from summarizer.schema import ARTICLE_CLAIMANT, Actor, Summary

PRF_METRICS = (
    "actors",
    "quotes_exact",
    "quotes_cov30",
    "quotes_cov80",
    "quotes_e2e",
    "attributions",
    "claims",
)
RATIO_METRICS = ("speaker_accuracy", "actor_types", "verified_share")
BOOTSTRAP_SAMPLES = 1000
BOOTSTRAP_SEED = 20261125


@dataclass
class Counts:
    """tp/fp/fn for P/R/F1 metrics; for ratios, tp = hits and fn = misses (fp unused)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    @property
    def ratio(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class ArticleScore:
    id: str
    counts: dict[str, Counts]
    diff: dict[str, list[str]] = field(default_factory=dict)
    invariant_violations: list[str] = field(default_factory=list)
    error: str | None = None


def score_article(
    article_id: str, text: str, gold: GoldLabels, summary: Summary | None
) -> ArticleScore:
    """Counts for every metric; a missing summary (the model failed) scores as an empty one."""
    actors = summary.actors if summary else []
    quotes = summary.quotes if summary else []
    counts: dict[str, Counts] = {}
    diff: dict[str, list[str]] = {}
    gold_actor = {a.id: a for a in gold.actors}
    pred_actor = {a.id: a for a in actors}

    def same_actor(pred_id: str | None, gold_id: str | None) -> bool:
        if pred_id is None or gold_id is None:
            return pred_id is None and gold_id is None
        pred, target = pred_actor.get(pred_id), gold_actor.get(gold_id)
        return pred is not None and target is not None and _actor_names_match(pred, target)

    # actors: recall over required gold actors; a prediction matching any gold actor is no error
    pairs = match_one_to_one(
        actors, gold.actors, lambda p, g: 1.0 if _actor_names_match(p, g) else 0.0
    )
    matched_gold = {gold.actors[j].id for _, j, _ in pairs}
    matched_pred = {i for i, _, _ in pairs}
    required = [a for a in gold.actors if a.required]
    tp = sum(a.id in matched_gold for a in required)
    spurious = [a for i, a in enumerate(actors) if i not in matched_pred]
    counts["actors"] = Counts(tp, len(spurious), len(required) - tp)
    diff["actors_missed"] = [a.name for a in required if a.id not in matched_gold]
    diff["actors_spurious"] = [a.name for a in spurious]
    # actor types: of the actors matched, those of the gold's type (person, organisation, ...)
    typed = [(actors[i], gold.actors[j]) for i, j, _ in pairs]
    wrong_types = [(p, g) for p, g in typed if p.type != g.type]
    counts["actor_types"] = Counts(len(typed) - len(wrong_types), 0, len(wrong_types))
    diff["actor_types_wrong"] = [
        f"{p.name}: {p.type.value} instead of {g.type.value}" for p, g in wrong_types
    ]

    # quotes
    gold_spans = [trim_span(text, q.start, q.end) for q in gold.quotes]
    pred_spans = [
        trim_span(text, q.span.start, q.span.end) if q.span.start is not None else None
        for q in quotes
    ]

    def quote_score(threshold: float):
        def score(i: int, j: int) -> float:
            span = pred_spans[i]
            if span is None:
                return 0.0
            if threshold >= 1.0:
                return 1.0 if span == gold_spans[j] else 0.0
            cov = coverage(gold_spans[j], span)
            return cov if cov >= threshold and overlaps(gold_spans[j], span) else 0.0

        return score

    pred_idx, gold_idx = list(range(len(quotes))), list(range(len(gold.quotes)))
    for name, threshold in (("quotes_exact", 1.0), ("quotes_cov30", 0.3), ("quotes_cov80", 0.8)):
        matched = match_one_to_one(pred_idx, gold_idx, quote_score(threshold))
        counts[name] = Counts(
            len(matched), len(quotes) - len(matched), len(gold.quotes) - len(matched)
        )
    matched30 = match_one_to_one(pred_idx, gold_idx, quote_score(0.3))
    right = [
        (i, j) for i, j, _ in matched30 if same_actor(quotes[i].speaker, gold.quotes[j].speaker)
    ]
    counts["speaker_accuracy"] = Counts(len(right), 0, len(matched30) - len(right))
    counts["quotes_e2e"] = Counts(
        len(right), len(quotes) - len(right), len(gold.quotes) - len(right)
    )
    hit_gold = {j for _, j, _ in matched30}
    hit_pred = {i for i, _, _ in matched30}
    diff["quotes_missed"] = [_short(q.text) for j, q in enumerate(gold.quotes) if j not in hit_gold]
    diff["quotes_spurious"] = [_short(q.text) for i, q in enumerate(quotes) if i not in hit_pred]
    diff["speakers_wrong"] = [
        f"{_short(gold.quotes[j].text)}: {_actor_label(pred_actor, quotes[i].speaker)}"
        f" instead of {_gold_label(gold_actor, gold.quotes[j].speaker)}"
        for i, j, _ in matched30
        if (i, j) not in right
    ]

    # attributions: same source and overlapping evidence
    attributions = summary.attributions if summary else []

    def attribution_score(p, g) -> float:
        if p.evidence.start is None or not same_actor(p.source, g.source):
            return 0.0
        gold_span = (g.evidence.start, g.evidence.end)
        return coverage(gold_span, (p.evidence.start, p.evidence.end))

    matched = match_one_to_one(attributions, gold.attributions, attribution_score)
    counts["attributions"] = Counts(
        len(matched), len(attributions) - len(matched), len(gold.attributions) - len(matched)
    )
    hit = {j for _, j, _ in matched}
    diff["attributions_missed"] = [
        f"{_gold_label(gold_actor, a.source)} ({a.cue}): {_short(a.content)}"
        for j, a in enumerate(gold.attributions)
        if j not in hit
    ]
    hit_p = {i for i, _, _ in matched}
    diff["attributions_spurious"] = [
        f"{_actor_label(pred_actor, a.source)} ({a.cue}): {_short(a.content)}"
        for i, a in enumerate(attributions)
        if i not in hit_p
    ]

    # claims: same claimant and any overlapping evidence
    claims = summary.claims if summary else []

    def claim_score(p, g) -> float:
        if p.claimant == ARTICLE_CLAIMANT or g.claimant == ARTICLE_CLAIMANT:
            if p.claimant != g.claimant:
                return 0.0
        elif not same_actor(p.claimant, g.claimant):
            return 0.0
        pred_spans_c = [(e.start, e.end) for e in p.evidence if e.start is not None]
        best = max(
            (coverage((e.start, e.end), s) for e in g.evidence for s in pred_spans_c), default=0.0
        )
        return best

    matched = match_one_to_one(claims, gold.claims, claim_score)
    counts["claims"] = Counts(
        len(matched), len(claims) - len(matched), len(gold.claims) - len(matched)
    )
    hit = {j for _, j, _ in matched}
    diff["claims_missed"] = [_short(c.text) for j, c in enumerate(gold.claims) if j not in hit]

    # grounding
    verified = sum(q.verified for q in quotes)
    counts["verified_share"] = Counts(verified, 0, len(quotes) - verified)
    violations = [
        f"quote {q.id} is marked verified but the article does not contain it at {q.span.start}-{q.span.end}"
        for q in quotes
        if q.verified
        and (
            q.span.start is None
            or text[q.span.start : q.span.end] != q.text
            or q.span.text != q.text
        )
    ]
    return ArticleScore(article_id, counts, {k: v for k, v in diff.items() if v}, violations)


@dataclass
class MetricSummary:
    name: str
    micro: float | None
    macro: float | None
    ci_low: float | None
    ci_high: float | None
    precision: float | None = None
    recall: float | None = None
    support: int = 0
    """Gold items (P/R/F1) or judged items (ratios)."""


def metric_value(name: str, counts: Counts) -> float | None:
    return counts.ratio if name in RATIO_METRICS else counts.f1


def aggregate(scores: Sequence[ArticleScore]) -> dict[str, MetricSummary]:
    """Micro and macro averages of every metric, with a 95% bootstrap interval over articles."""
    result = {}
    for name in (*PRF_METRICS, *RATIO_METRICS):
        per_article = [s.counts[name] for s in scores if name in s.counts]
        total = sum(per_article, Counts())
        values = [v for c in per_article if (v := metric_value(name, c)) is not None]
        low, high = bootstrap_interval(per_article, name)
        result[name] = MetricSummary(
            name=name,
            micro=metric_value(name, total),
            macro=sum(values) / len(values) if values else None,
            ci_low=low,
            ci_high=high,
            precision=None if name in RATIO_METRICS else total.precision,
            recall=None if name in RATIO_METRICS else total.recall,
            support=total.tp + total.fn,
        )
    return result


def bootstrap_interval(
    per_article: Sequence[Counts], name: str, samples: int = BOOTSTRAP_SAMPLES
) -> tuple[float | None, float | None]:
    """95% percentile interval of the micro metric when articles are resampled (fixed seed)."""
    if not per_article:
        return None, None
    rng = random.Random(BOOTSTRAP_SEED)
    values = []
    for _ in range(samples):
        total = sum((rng.choice(per_article) for _ in per_article), Counts())
        value = metric_value(name, total)
        if value is not None:
            values.append(value)
    if not values:
        return None, None
    values.sort()
    return values[int(0.025 * (len(values) - 1))], values[int(0.975 * (len(values) - 1))]


def paired_difference_interval(
    current: Sequence[Counts],
    baseline: Sequence[Counts],
    name: str,
    samples: int = BOOTSTRAP_SAMPLES,
) -> tuple[float, float] | None:
    """95% interval of (current - baseline) for one metric, resampling articles in pairs."""
    if not current or len(current) != len(baseline):
        return None
    rng = random.Random(BOOTSTRAP_SEED)
    n = len(current)
    diffs = []
    for _ in range(samples):
        picks = [rng.randrange(n) for _ in range(n)]
        now = metric_value(name, sum((current[i] for i in picks), Counts()))
        then = metric_value(name, sum((baseline[i] for i in picks), Counts()))
        if now is not None and then is not None:
            diffs.append(now - then)
    if not diffs:
        return None
    diffs.sort()
    return diffs[int(0.025 * (len(diffs) - 1))], diffs[int(0.975 * (len(diffs) - 1))]


def _actor_names_match(pred: Actor, gold: GoldActor) -> bool:
    return names_match(
        [pred.name, *pred.aliases], [gold.name, *gold.aliases, gold.id.replace("-", " ")]
    )


def _actor_label(actors: dict[str, Actor], actor_id: str | None) -> str:
    if actor_id is None:
        return "unknown"
    actor = actors.get(actor_id)
    return actor.name if actor else actor_id


def _gold_label(actors: dict[str, GoldActor], actor_id: str | None) -> str:
    if actor_id is None:
        return "unknown"
    actor = actors.get(actor_id)
    return actor.name if actor else actor_id


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
