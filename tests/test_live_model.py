"""Against a live local model server (llama.cpp + Gemma 3 270M). Skipped unless asked for:

    bash scripts/serve_gemma.sh 8089 &
    SUMMARIZER_LIVE_MODEL=1 .venv/bin/pytest -m live_model

The model is a 270M base model: these tests check the plumbing and the guarantees (schema-valid
answer, offsets ours, nothing unverified shown as verified), not the quality of its answers.
"""

from __future__ import annotations

import os

import pytest

from summarizer import summarize

pytestmark = pytest.mark.live_model
BASE_URL = os.environ.get("SUMMARIZER_LIVE_BASE_URL", "http://127.0.0.1:8089/v1")
ARTICLE = (
    'Vice President JD Vance said sending troops remained "on the table".\n\n'
    '"There are tools," Vance told WSJ.\n'
)


def test_live_gemma_answers_in_schema_and_grounding_holds():
    summary = summarize(
        ARTICLE,
        model="llamacpp/gemma-3-270m",
        base_url=BASE_URL,
        max_tokens=1600,
        max_reasks=1,
        timeout=600,
    )
    assert summary.provenance.usage.calls >= 1 and summary.provenance.usage.total_tokens > 0
    for quote in summary.quotes:
        if quote.verified:
            assert ARTICLE[quote.span.start : quote.span.end] == quote.text
