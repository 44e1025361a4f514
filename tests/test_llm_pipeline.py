"""The LLM backend end to end against a scripted OpenAI-compatible TEST DOUBLE on 127.0.0.1.

Real HTTP through the openai SDK and instructor; the answers are scripted by each test.
"""

from __future__ import annotations

import json

import pytest

from summarizer import summarize
from summarizer.errors import ConfigError, ProviderError
from summarizer.schema import AlignmentStatus
from tests.support.scripted_server import Reply, completion, json_completion

ARTICLE = (
    "Vice President JD Vance said sending troops remained \u201con the table\u201d for now.\n\n"
    "\u201cThere are economic tools of leverage,\u201d Vance told WSJ.\n"
)
VANCE = {"id": "jd-vance", "name": "JD Vance", "type": "person", "aliases": ["Vance"]}


def answer(quotes: list[dict], actors: list[dict] | None = None, **extra: object) -> dict:
    return {
        "headline": "Vance keeps troops on the table",
        "summary": "Vance said troops remain an option.",
        "actors": [VANCE] if actors is None else actors,
        "quotes": quotes,
        "attributions": [
            {"source": "jd-vance", "content": "troops are an option", "cue": "said", "sentence": 1}
        ],
        "claims": [
            {
                "text": "Troops are an option",
                "claimant": "jd-vance",
                "kind": "threat",
                "sentences": [1],
            }
        ],
        **extra,
    }


GOOD_QUOTES = [
    {
        "text": "on the table",
        "speaker": "jd-vance",
        "cue": "said",
        "kind": "partial",
        "sentence": 1,
    },
    {
        "text": "There are economic tools of leverage,",
        "speaker": "jd-vance",
        "cue": "told WSJ",
        "sentence": 2,
    },
]
INVENTED = {
    "text": "We will send troops tomorrow",
    "speaker": "jd-vance",
    "cue": "said",
    "sentence": 1,
}


def run(server, **options):
    return summarize(ARTICLE, model="compatible/test-model", base_url=server.base_url, **options)


def test_valid_answer_is_grounded_with_offsets_from_our_code(scripted_server):
    with scripted_server(
        [json_completion(answer(GOOD_QUOTES), prompt_tokens=300, completion_tokens=80)]
    ) as server:
        summary = run(server)
    assert len(server.requests) == 1
    first, second = summary.quotes
    assert (first.span.start, first.span.end) == (
        ARTICLE.index("on the table"),
        ARTICLE.index("on the table") + 12,
    )
    assert ARTICLE[second.span.start : second.span.end] == "There are economic tools of leverage,"
    assert first.verified and second.verified and first.speaker == "jd-vance"
    assert summary.attributions[0].evidence.text.startswith("Vice President JD Vance said")
    assert summary.claims[0].verified
    assert summary.provenance.usage.model_dump() == {
        "prompt_tokens": 300,
        "completion_tokens": 80,
        "total_tokens": 380,
        "calls": 1,
    }
    assert summary.provenance.backend == "llm" and summary.provenance.prompt_hash
    # the article reached the model inside the delimited block, one numbered sentence per line
    user = server.requests[0]["messages"][-1]["content"]
    assert "[1] Vice President JD Vance said" in user and "[2] \u201cThere are" in user
    # the JSON schema went to the server's grammar, with size caps
    schema = server.requests[0]["response_format"]["schema"]
    assert schema["properties"]["quotes"]["maxItems"] >= 1


def test_invented_quote_is_fixed_by_a_reask_and_usage_is_summed(scripted_server):
    steps = [
        json_completion(answer([*GOOD_QUOTES, INVENTED]), prompt_tokens=300, completion_tokens=90),
        json_completion(answer(GOOD_QUOTES), prompt_tokens=420, completion_tokens=70),
    ]
    with scripted_server(steps) as server:
        summary = run(server)
    assert len(server.requests) == 2
    reask = json.dumps(server.requests[1]["messages"])
    assert "We will send troops tomorrow" in reask and "does not appear in the article" in reask
    assert [q.text for q in summary.quotes] == [
        "on the table",
        "There are economic tools of leverage,",
    ]
    assert all(q.verified for q in summary.quotes)
    usage = summary.provenance.usage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.calls) == (720, 160, 2)
    assert summary.provenance.attempts == 2


def test_quote_still_invented_after_reasks_is_kept_and_flagged(scripted_server):
    bad = json_completion(answer([*GOOD_QUOTES, INVENTED]), prompt_tokens=100, completion_tokens=10)
    with scripted_server([bad, bad]) as server:
        summary = run(server, max_reasks=1)
    assert len(server.requests) == 2
    invented = [q for q in summary.quotes if q.text == INVENTED["text"]]
    assert len(invented) == 1, "an unverified quote is never dropped"
    assert invented[0].verified is False and invented[0].span.status == AlignmentStatus.not_found
    assert invented[0].span.start is None
    assert sum(q.verified for q in summary.quotes) == 2
    assert any("could not be verified" in w for w in summary.warnings)
    assert summary.provenance.usage.calls == 2 and summary.provenance.usage.total_tokens == 220


def test_reworded_quote_is_reasked_with_the_closest_passage(scripted_server):
    reworded = dict(GOOD_QUOTES[1], text="There are economic tools for leverage")
    steps = [
        json_completion(answer([GOOD_QUOTES[0], reworded])),
        json_completion(answer(GOOD_QUOTES)),
    ]
    with scripted_server(steps) as server:
        summary = run(server)
    reask = json.dumps(server.requests[1]["messages"], ensure_ascii=False)
    assert "not word for word" in reask and "There are economic tools of leverage" in reask
    assert all(q.verified for q in summary.quotes)


def test_dangling_speaker_id_is_reasked(scripted_server):
    dangling = [dict(GOOD_QUOTES[0], speaker="vance-jd")]
    steps = [json_completion(answer(dangling)), json_completion(answer(GOOD_QUOTES))]
    with scripted_server(steps) as server:
        summary = run(server)
    reask = json.dumps(server.requests[1]["messages"])
    assert "'vance-jd' is not an actor id; use one of: jd-vance" in reask
    assert {q.speaker for q in summary.quotes} == {"jd-vance"}


def test_dangling_speaker_left_after_reasks_becomes_unknown_with_a_warning(scripted_server):
    dangling = json_completion(answer([dict(GOOD_QUOTES[0], speaker="nobody")]))
    with scripted_server([dangling]) as server:
        summary = run(server, max_reasks=0)
    assert summary.quotes[0].speaker is None
    assert any("'nobody' is not a known actor" in w for w in summary.warnings)


def test_truncated_answer_is_its_own_error(scripted_server):
    cut = completion('{"headline": "cut', finish_reason="length")
    with scripted_server([cut]) as server, pytest.raises(ProviderError) as caught:
        run(server)
    assert caught.value.kind == "truncated" and "max_tokens" in str(caught.value)
    assert len(server.requests) == 1, "a truncated answer is not reasked"


def test_server_error_is_not_pasted_into_a_reask(scripted_server):
    steps = [Reply(500, {"error": {"message": "boom"}})]
    with scripted_server(steps) as server, pytest.raises(ProviderError) as caught:
        run(server, transport_retries=0)
    assert caught.value.kind == "server_error"
    assert len(server.requests) == 1


def test_unknown_model_at_the_server_is_a_config_error(scripted_server):
    steps = [Reply(404, {"error": {"message": "model 'nope' not found"}})]
    with scripted_server(steps) as server, pytest.raises(ConfigError, match="unknown model"):
        run(server)


def test_unreachable_server_is_a_connection_error():
    with pytest.raises(ProviderError) as caught:
        summarize(
            ARTICLE, model="compatible/x", base_url="http://127.0.0.1:9/v1", transport_retries=0
        )
    assert caught.value.kind == "connection"


def test_braces_in_an_article_reach_the_model_verbatim(scripted_server):
    """instructor renders messages as Jinja2 templates when given a `context`; we never give it
    one, so '{{ }}' and '{% %}' in an article are neither evaluated nor a crash."""
    article = 'The poster read "{{ 7*7 }} and {% if x %}" in big letters.\n'
    payload = {
        "headline": "h",
        "summary": "s",
        "quotes": [{"text": "{{ 7*7 }} and {% if x %}", "sentence": 1}],
    }
    with scripted_server([json_completion(payload)]) as server:
        summary = summarize(article, model="compatible/test-model", base_url=server.base_url)
    assert "{{ 7*7 }} and {% if x %}" in server.requests[0]["messages"][-1]["content"]
    assert summary.quotes[0].verified


def test_raw_newlines_inside_json_strings_are_accepted(scripted_server):
    raw = '{"headline": "Two\nlines", "summary": "ok", "quotes": [{"text": "on the table", "sentence": 1}]}'
    with scripted_server([completion(raw)]) as server:
        summary = run(server, max_reasks=0)
    assert summary.headline == "Two\nlines" and summary.quotes[0].verified


def test_long_article_is_chunked_and_merged(scripted_server):
    """Chunks overlap: the same quote comes back twice and the same person under two ids."""
    filler = " ".join(f"Sentence {n} adds background." for n in range(40))
    article = (
        f'Vice President JD Vance said "we will talk" on Monday. {filler}\n\nVance added "soon".\n'
    )

    def by_chunk(body):
        user = body["messages"][-1]["content"]
        if "[1] Vice President" in user:
            quotes = [{"text": "we will talk", "speaker": "jd-vance", "sentence": 1}]
            actors = [
                {"id": "jd-vance", "name": "JD Vance", "type": "person", "aliases": ["Vance"]}
            ]
        else:
            quotes = [
                {"text": "soon", "speaker": "vance", "sentence": 43},
                {"text": "we will talk", "speaker": "vance", "sentence": 1},
            ]
            actors = [{"id": "vance", "name": "Vance", "type": "person"}]
        return json_completion(
            {"headline": "h", "summary": "s", "actors": actors, "quotes": quotes}
        )

    with scripted_server(default=by_chunk) as server:
        summary = summarize(
            article, model="compatible/test-model", base_url=server.base_url,
            chunk_chars=600, overlap_chars=100, max_reasks=0,
        )  # fmt: skip
    assert summary.provenance.chunks == len(server.requests) >= 2
    assert [a.name for a in summary.actors] == ["JD Vance"], "one actor across chunks"
    assert sorted(q.text for q in summary.quotes) == ["soon", "we will talk"], (
        "duplicate quote removed"
    )
    assert {q.speaker for q in summary.quotes} == {"jd-vance"}


def test_empty_strings_from_a_model_never_crash_grounding(scripted_server):
    """Seen from Gemma: empty paraphrases and names (and a quote of only marks and a no-break
    space, from fuzzing). Grounding repairs or drops them; nothing crashes."""
    payload = {
        "headline": "", "summary": "",
        "actors": [{"id": "", "name": "", "type": "person"}, {"id": "x", "name": "", "aliases": ["Vance"], "type": "person"}],
        "quotes": [{"text": "", "sentence": 1}, {"text": "\u201c\u00a0\u201d", "sentence": 1}, {"text": "on the table", "speaker": "", "sentence": 1}],
        "attributions": [{"source": "x", "content": "", "sentence": 1}, {"content": " ", "sentence": 99}],
        "claims": [{"text": "", "claimant": "", "sentences": [1]}],
    }  # fmt: skip
    with scripted_server([json_completion(payload)]) as server:
        summary = run(server, max_reasks=0)
    assert [a.name for a in summary.actors] == ["Vance"]
    assert summary.attributions[0].content.startswith("Vice President JD Vance said")
    assert (
        summary.attributions[1].content == "(no text given)"
        and not summary.attributions[1].verified
    )
    assert (
        summary.claims[0].text.startswith("Vice President")
        and summary.claims[0].claimant == "article"
    )
    assert [q.text for q in summary.quotes] == ["on the table"]
