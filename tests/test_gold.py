"""The gold set itself: every file validates, every span is the article's own text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.evaluation.agreement import (
    SecondLabel,
    load_second_reading,
    speaker_agreement,
    stale_labels,
)
from summarizer.evaluation.gold import GoldLabels, Suite, span_problems

EVALS = Path(__file__).resolve().parent.parent / "evals"
SUITE = Suite.load(EVALS)
ENTRIES = SUITE.entries("all")


def test_suite_size_splits_and_license_notes():
    assert len(ENTRIES) >= 25
    assert {e.split for e in ENTRIES} == {"dev", "test"}
    assert len({e.id for e in ENTRIES}) == len(ENTRIES)
    for entry in ENTRIES:
        if entry.id.startswith("wn-"):
            assert entry.credit == "Wikinews contributors" and entry.url.startswith(
                "https://en.wikinews.org"
            )
            assert "creativecommons.org/licenses/by/2.5" in entry.license and entry.changes


def test_readme_credits_every_wikinews_article_with_its_url():
    """CC BY 2.5: credit with the article's own URL (README table: scripts/credits_table.py)."""
    readme = (EVALS.parent / "README.md").read_text(encoding="utf-8")
    missing = [e.id for e in ENTRIES if e.url and f"]({e.url})" not in readme]
    assert missing == []


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_gold_file_is_valid(entry):
    article = SUITE.article(entry)
    gold = GoldLabels.model_validate(json.loads((EVALS / "gold" / f"{entry.id}.json").read_text()))
    assert gold.id == entry.id
    assert span_problems(gold, article.text) == []
    for quote in gold.quotes:
        assert article.text[quote.start : quote.end] == quote.text
    assert len(gold.claims) <= 12


def test_the_validator_catches_a_shifted_span():
    entry = ENTRIES[0]
    article = SUITE.article(entry)
    data = json.loads((EVALS / "gold" / f"{entry.id}.json").read_text())
    data["quotes"][0]["start"] += 1
    assert span_problems(GoldLabels.model_validate(data), article.text)


def test_the_validator_catches_a_dangling_speaker():
    data = json.loads((EVALS / "gold" / f"{ENTRIES[0].id}.json").read_text())
    data["quotes"][0]["speaker"] = "nobody"
    with pytest.raises(ValueError, match="speaker 'nobody' is not an actor id"):
        GoldLabels.model_validate(data)


SECOND_READING = EVALS / "second_reading" / "speakers.jsonl"


def test_the_second_reading_covers_every_gold_quote_and_nothing_else():
    """A gold quote added, renumbered or dropped since the second reading shows up here."""
    items = SUITE.items("all")
    labels = load_second_reading(SECOND_READING)
    assert stale_labels(items, labels) == []
    by_split = speaker_agreement(items, labels)
    assert sum(result.unlabeled for result in by_split.values()) == 0


def test_speaker_agreement_counts_agreements_disagreements_and_gaps():
    seed = next(item for item in SUITE.items("dev") if item.entry.id == "seed-vance-ukraine")
    first, second, *rest = seed.gold.quotes
    labels = {
        (seed.entry.id, q.id): SecondLabel(article=seed.entry.id, quote=q.id, speaker=q.speaker)
        for q in rest
    }
    labels[(seed.entry.id, first.id)] = SecondLabel(
        article=seed.entry.id, quote=first.id, speaker="someone-else"
    )
    result = speaker_agreement([seed], labels)["dev"]
    assert (result.compared, result.agreed, result.unlabeled) == (len(rest) + 1, len(rest), 1)
    assert [(d.quote, d.gold, d.second) for d in result.disagreements] == [
        (first.id, first.speaker, "someone-else")
    ]


def test_a_quote_labeled_twice_in_the_second_reading_is_an_error(tmp_path):
    line = json.dumps({"article": "a", "quote": "q1", "speaker": None})
    path = tmp_path / "speakers.jsonl"
    path.write_text(f"{line}\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match="labeled twice"):
        load_second_reading(path)
