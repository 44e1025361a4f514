"""Metrics on small hand-computed cases."""

from __future__ import annotations

import pytest

from summarizer.evaluation.gold import GoldLabels
from summarizer.evaluation.matching import (
    coverage,
    match_one_to_one,
    name_key,
    names_match,
    trim_span,
)
from summarizer.evaluation.metrics import (
    Counts,
    aggregate,
    bootstrap_interval,
    paired_difference_interval,
    score_article,
)
from summarizer.schema import (
    Actor,
    ArticleInfo,
    Attribution,
    Claim,
    Provenance,
    Quote,
    Span,
    Summary,
)

TEXT = (
    "Mayor Jane Doe said \u201cwe will rebuild the bridge\u201d on Monday. "  # 0..
    "\u201cIt will take two years,\u201d added engineer Bob Roe. "
    "According to CNN, the council approved the plan."
)
REBUILD = TEXT.index("we will rebuild the bridge")
YEARS = TEXT.index("It will take two years,")
CNN_SENTENCE = TEXT.index("According to CNN")


def span(start: int, end: int, status: str = "exact") -> Span:
    return Span(start=start, end=end, text=TEXT[start:end], status=status)


GOLD = GoldLabels.model_validate(
    {
        "id": "t",
        "actors": [
            {
                "id": "jane-doe",
                "name": "Jane Doe",
                "type": "person",
                "aliases": ["Mayor Jane Doe", "Doe"],
            },
            {"id": "bob-roe", "name": "Bob Roe", "type": "person"},
            {"id": "cnn", "name": "CNN", "type": "media"},
            {"id": "council", "name": "the council", "type": "organisation", "required": False},
        ],
        "quotes": [
            {
                "id": "q1",
                "text": "we will rebuild the bridge",
                "start": REBUILD,
                "end": REBUILD + 26,
                "speaker": "jane-doe",
            },
            {
                "id": "q2",
                "text": "It will take two years,",
                "start": YEARS,
                "end": YEARS + 23,
                "speaker": "bob-roe",
            },
        ],
        "attributions": [
            {
                "id": "a1",
                "source": "cnn",
                "content": "the council approved",
                "evidence": {"start": CNN_SENTENCE, "end": len(TEXT), "text": TEXT[CNN_SENTENCE:]},
            }
        ],
        "claims": [
            {
                "id": "c1",
                "claimant": "jane-doe",
                "text": "The bridge will be rebuilt",
                "evidence": [{"start": 0, "end": YEARS - 1, "text": TEXT[: YEARS - 1]}],
            },
            {
                "id": "c2",
                "claimant": "article",
                "text": "Council approved",
                "evidence": [
                    {"start": CNN_SENTENCE, "end": len(TEXT), "text": TEXT[CNN_SENTENCE:]}
                ],
            },
        ],
    }
)


def summary(quotes=(), actors=(), attributions=(), claims=()) -> Summary:
    return Summary(
        article=ArticleInfo(id="t", chars=len(TEXT), sha256="0" * 64),
        headline="h",
        summary="s",
        actors=list(actors),
        quotes=list(quotes),
        attributions=list(attributions),
        claims=list(claims),
        provenance=Provenance(backend="offline", model="offline"),
    )


DOE = Actor(id="doe", name="Doe", type="person")
ROE = Actor(id="roe", name="Robert Roe", type="person")
COUNCIL = Actor(id="council", name="Council", type="organisation")
PARIS = Actor(id="paris", name="Paris", type="government")


def test_actor_types_are_judged_on_the_actors_matched():
    cnn_as_person = Actor(id="cnn", name="CNN", type="person")
    score = score_article(
        "t", TEXT, GOLD, summary(actors=[DOE, ROE, COUNCIL, PARIS, cnn_as_person])
    )
    types = score.counts["actor_types"]  # Doe, Council and CNN matched; Roe and Paris did not
    assert (types.tp, types.fn, types.ratio) == (2, 1, pytest.approx(2 / 3))
    assert score.diff["actor_types_wrong"] == ["CNN: person instead of media"]


def test_name_keys_ignore_titles_case_accents_and_punctuation():
    assert name_key("President Donald Trump") == "donald trump"
    assert name_key("The Wall Street Journal") == "wall street journal"
    assert name_key("Łukasz Szumowski") == "lukasz szumowski"
    assert names_match(["Mayor Jane Doe"], ["jane doe"])
    assert not names_match(["Jane"], ["Jane Doe"])


def test_span_helpers():
    assert trim_span(' "hello, ', 0, 9) == (2, 7)
    assert coverage((0, 10), (5, 20)) == 0.5
    assert coverage((0, 10), (20, 30)) == 0.0


def test_one_to_one_matching_prefers_the_best_pairs():
    pairs = match_one_to_one(
        [1, 2], [1, 2], lambda p, g: {(1, 1): 0.9, (1, 2): 1.0, (2, 1): 0.8}.get((p, g), 0)
    )
    assert sorted(pairs) == [(0, 1, 1.0), (1, 0, 0.8)]


def test_actors_alias_aware_with_optional_gold_actors():
    # Doe matches jane-doe by alias; Council matches an optional gold actor (no error, no credit);
    # Robert Roe matches nothing; Paris is spurious. Required gold: jane-doe, bob-roe, cnn.
    score = score_article("t", TEXT, GOLD, summary(actors=[DOE, ROE, COUNCIL, PARIS]))
    counts = score.counts["actors"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 2, 2)
    assert counts.precision == pytest.approx(1 / 3) and counts.recall == pytest.approx(1 / 3)
    assert score.diff["actors_missed"] == ["Bob Roe", "CNN"]


def test_quotes_exact_and_coverage_thresholds_speaker_and_end_to_end():
    quotes = [
        # exact span (edge punctuation ignored), right speaker
        Quote(
            id="q1",
            text="we will rebuild the bridge",
            speaker="doe",
            span=span(REBUILD, REBUILD + 26),
            verified=True,
        ),
        # covers 11 of the 22 trimmed gold characters ("It will take two years"): >= 0.3, < 0.8; wrong speaker
        Quote(
            id="q2", text="It will tak", speaker="doe", span=span(YEARS, YEARS + 11), verified=True
        ),
        # invented: no span
        Quote(
            id="q3",
            text="nothing",
            speaker=None,
            span=Span(text="nothing", status="not_found", score=0),
            verified=False,
        ),
    ]
    score = score_article("t", TEXT, GOLD, summary(quotes=quotes, actors=[DOE]))
    c = score.counts
    assert (c["quotes_exact"].tp, c["quotes_exact"].fp, c["quotes_exact"].fn) == (1, 2, 1)
    assert (c["quotes_cov30"].tp, c["quotes_cov30"].fp, c["quotes_cov30"].fn) == (2, 1, 0)
    assert (c["quotes_cov80"].tp, c["quotes_cov80"].fp, c["quotes_cov80"].fn) == (1, 2, 1)
    assert c["speaker_accuracy"].ratio == 0.5
    assert (c["quotes_e2e"].tp, c["quotes_e2e"].fp, c["quotes_e2e"].fn) == (1, 2, 1)
    assert c["quotes_cov30"].f1 == pytest.approx(0.8)
    assert c["verified_share"].ratio == pytest.approx(2 / 3)
    assert score.diff["speakers_wrong"] == ["It will take two years,: Doe instead of Bob Roe"]
    assert score.invariant_violations == []


def test_a_verified_quote_that_is_not_in_the_article_breaks_the_hard_invariant():
    forged = Quote(
        id="q1",
        text="we will NOT rebuild",
        speaker=None,
        span=span(REBUILD, REBUILD + 19),
        verified=True,
    )
    forged = forged.model_copy(
        update={"text": "we will NOT rebuild"}
    )  # bypasses the model validator
    score = score_article("t", TEXT, GOLD, summary(quotes=[forged]))
    assert len(score.invariant_violations) == 1


def test_attributions_need_the_same_source_and_overlapping_evidence():
    cnn = Actor(id="cnn", name="CNN", type="media")
    right = Attribution(
        id="a1",
        source="cnn",
        content="x",
        evidence=span(CNN_SENTENCE, CNN_SENTENCE + 20),
        verified=True,
    )
    wrong_source = Attribution(
        id="a2", source="doe", content="x", evidence=span(CNN_SENTENCE, len(TEXT)), verified=True
    )
    score = score_article(
        "t", TEXT, GOLD, summary(actors=[cnn, DOE], attributions=[wrong_source, right])
    )
    c = score.counts["attributions"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)


def test_claims_need_the_same_claimant_and_overlapping_evidence():
    mine = Claim(id="c1", text="x", claimant="doe", evidence=[span(0, 10)], verified=True)
    article = Claim(
        id="c2",
        text="x",
        claimant="article",
        evidence=[span(CNN_SENTENCE, len(TEXT))],
        verified=True,
    )
    misplaced = Claim(id="c3", text="x", claimant="article", evidence=[span(0, 10)], verified=True)
    c = score_article(
        "t", TEXT, GOLD, summary(actors=[DOE], claims=[mine, article, misplaced])
    ).counts["claims"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 0)


def test_a_failed_article_scores_as_empty():
    c = score_article("t", TEXT, GOLD, None).counts
    assert (c["quotes_cov30"].tp, c["quotes_cov30"].fn) == (0, 2)
    assert c["actors"].fn == 3 and c["claims"].fn == 2


def test_micro_and_macro_averages_and_bootstrap():
    a = score_article("a", TEXT, GOLD, summary(quotes=[
        Quote(id="q1", text="we will rebuild the bridge", speaker="doe", span=span(REBUILD, REBUILD + 26), verified=True)
    ], actors=[DOE]))  # fmt: skip
    b = score_article("b", TEXT, GOLD, None)
    result = aggregate([a, b])["quotes_cov30"]
    # micro: tp=1, fp=0, fn=3 -> F1 = 2/(2+3) = 0.4; macro: mean(2/3, 0.0) = 0.333
    assert result.micro == pytest.approx(0.4)
    assert result.macro == pytest.approx(1 / 3)
    assert result.ci_low <= result.micro <= result.ci_high
    assert bootstrap_interval([a.counts["quotes_cov30"]] * 5, "quotes_cov30") == (
        pytest.approx(2 / 3),
        pytest.approx(2 / 3),
    )


def test_paired_difference_interval_detects_a_consistent_drop():
    before = [Counts(9, 1, 1)] * 10
    after = [Counts(5, 5, 5)] * 10
    low, high = paired_difference_interval(after, before, "quotes_cov30")
    assert high < 0 and low == pytest.approx(high)
    same = paired_difference_interval(before, before, "quotes_cov30")
    assert same == (0.0, 0.0)
