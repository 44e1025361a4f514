"""The gold set itself: every file validates, every span is the article's own text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
