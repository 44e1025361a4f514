from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from summarizer.schema import SCHEMA_VERSION, Actor, ArticleInfo, Provenance, Quote, Span, Summary


def make_summary(**overrides) -> Summary:
    data = {
        "article": ArticleInfo(id="a", chars=20, sha256="0" * 64),
        "headline": "h",
        "summary": "s",
        "actors": [Actor(id="jd-vance", name="JD Vance", type="person", aliases=["Vance"])],
        "quotes": [
            Quote(
                id="q1",
                text="on the table",
                speaker="jd-vance",
                span=Span(start=3, end=15, text="on the table", status="exact"),
                verified=True,
            )
        ],
        "provenance": Provenance(backend="offline", model="offline"),
    }
    data.update(overrides)
    return Summary(**data)


def test_round_trip_through_json():
    summary = make_summary()
    again = Summary.model_validate_json(summary.model_dump_json())
    assert again == summary
    assert json.loads(summary.model_dump_json())["schema_version"] == SCHEMA_VERSION


def test_json_schema_export_names_every_field():
    schema = Summary.model_json_schema()
    assert {"actors", "quotes", "attributions", "claims", "provenance", "schema_version"} <= set(
        schema["properties"]
    )
    assert "AlignmentStatus" in schema["$defs"]


def test_dangling_speaker_is_a_validation_error():
    quote = make_summary().quotes[0].model_copy(update={"speaker": "nobody"})
    with pytest.raises(ValidationError, match="speaker 'nobody' is not an actor id"):
        make_summary(quotes=[quote])


def test_a_quote_cannot_be_verified_without_a_verified_span():
    with pytest.raises(ValidationError, match="marked verified"):
        Quote(id="q", text="x", span=Span(text="x", status="not_found", score=0), verified=True)
    with pytest.raises(ValidationError, match="marked verified"):
        Quote(
            id="q",
            text="x",
            span=Span(start=0, end=1, text="x", status="fuzzy", score=0.9),
            verified=True,
        )


def test_a_found_span_needs_offsets_and_a_missing_one_has_none():
    with pytest.raises(ValidationError):
        Span(text="x", status="exact")
    with pytest.raises(ValidationError):
        Span(start=1, end=2, text="x", status="not_found")


def test_duplicate_ids_are_rejected():
    actor = make_summary().actors[0]
    with pytest.raises(ValidationError, match="duplicate actor id"):
        make_summary(actors=[actor, actor])
