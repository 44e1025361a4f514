"""Cassettes: record from a scripted TEST DOUBLE into a temporary folder, replay with no server,
explain stale recordings, keep secrets out, replay reasks in order. The committed cassettes are
checked for secrets here too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from summarizer.api import summarize_article
from summarizer.ingest.article import Article
from summarizer.llm.backend import LLMBackend
from summarizer.llm.providers import resolve_model
from summarizer.options import Options
from summarizer.prompting import prompts_dir
from summarizer.recording.cassettes import CassetteError, cassette_path, use_cassette
from summarizer.recording.secrets import find_secrets, scan
from tests.support.scripted_server import json_completion

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = Article(id="story-1", text='The mayor said "we will rebuild the bridge" on Monday.\n')
GOOD = {
    "headline": "Mayor vows to rebuild",
    "summary": "The mayor promised to rebuild the bridge.",
    "actors": [{"id": "mayor", "name": "the mayor", "type": "person"}],
    "quotes": [{"text": "we will rebuild the bridge", "speaker": "mayor", "sentence": 1}],
}
INVENTED = {
    **GOOD,
    "quotes": [{"text": "we will never rebuild", "speaker": "mayor", "sentence": 1}],
}


def backend(base_url: str, **options) -> LLMBackend:
    spec = resolve_model(
        "compatible/test-model", base_url=base_url, api_key="sk-testkey0123456789abcdef"
    )
    return LLMBackend(spec, Options(model="compatible/test-model", transport_retries=0, **options))


def run(b: LLMBackend, root: Path, mode: str, article: Article = ARTICLE):
    path = cassette_path(root, b.model, article.id)
    with use_cassette(path, mode, b.fingerprint(article), article.id):
        return summarize_article(article, b)


@pytest.fixture
def recorded(tmp_path: Path, scripted_server) -> Path:
    """A cassette of a reask sequence (invented quote, then fixed), from the scripted server."""
    with scripted_server([json_completion(INVENTED), json_completion(GOOD)]) as server:
        summary = run(backend(server.base_url), tmp_path, "record")
    assert [q.verified for q in summary.quotes] == [True]
    return tmp_path


DEAD = "http://127.0.0.1:9/v1"  # nothing listens there: replay must not need a server


def test_replay_needs_no_server_and_reasks_replay_in_order(recorded: Path):
    path = cassette_path(recorded, "compatible/test-model", "story-1")
    interactions = yaml.safe_load(path.read_text())["interactions"]
    assert len(interactions) == 2
    assert "we will never rebuild" in interactions[1]["request"]["body"], (
        "the reask is the 2nd request"
    )
    summary = run(backend(DEAD), recorded, "replay")
    assert [q.text for q in summary.quotes] == ["we will rebuild the bridge"]
    assert summary.provenance.usage.calls == 2


def test_cassette_is_readable_and_holds_no_secret(recorded: Path):
    path = cassette_path(recorded, "compatible/test-model", "story-1")
    text = path.read_text()
    assert "sk-testkey" not in text and "authorization" not in text.lower()
    assert find_secrets(path) == []
    data = yaml.safe_load(text)
    assert data["metadata"]["fingerprint"]["model"] == "compatible/test-model"
    assert data["interactions"][0]["response"]["headers"] == {"content-type": ["application/json"]}
    assert '\n          "object": "chat.completion",' in text, (
        "bodies are stored decoded and pretty-printed"
    )
    assert "Mayor vows to rebuild" in text


def test_changed_prompt_says_re_record_needed(
    recorded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    changed = tmp_path / "prompts"
    shutil.copytree(prompts_dir(), changed)
    system = changed / "extract" / "v1.system.jinja"
    system.write_text(system.read_text() + "\nBe brief.\n")
    monkeypatch.setenv("SUMMARIZER_PROMPTS_DIR", str(changed))
    with pytest.raises(CassetteError, match="story-1: re-record needed: the prompt changed"):
        run(backend(DEAD), recorded, "replay")


def test_changed_options_and_article_say_what_changed(recorded: Path):
    with pytest.raises(CassetteError, match="the options changed \\(max_tokens: 4096 -> 99\\)"):
        run(backend(DEAD, max_tokens=99), recorded, "replay")
    edited = Article(id="story-1", text=ARTICLE.text + "More text.\n")
    with pytest.raises(CassetteError, match="the article text changed"):
        run(backend(DEAD), recorded, "replay", edited)


def test_missing_cassette_names_the_article(tmp_path: Path):
    with pytest.raises(CassetteError, match="story-1: no recording at .*story-1.yaml"):
        run(backend(DEAD), tmp_path, "replay")


def test_a_changed_reask_sequence_is_reported(recorded: Path, monkeypatch: pytest.MonkeyPatch):
    """If our checker stops reasking, the second recorded call is never played: say so."""
    from summarizer.grounding import checks

    monkeypatch.setattr(checks.GroundingChecker, "problems", lambda self, extraction: [])
    with pytest.raises(CassetteError, match="1 recorded interaction\\(s\\) were not replayed"):
        run(backend(DEAD), recorded, "replay")


def test_record_mode_keeps_a_fresh_cassette_and_rewrite_records_anew(
    recorded: Path, scripted_server
):
    with scripted_server([json_completion(GOOD)]) as server:
        run(backend(server.base_url), recorded, "record")
        assert server.requests == [], "a matching recording is replayed, not re-recorded"
        run(backend(server.base_url), recorded, "rewrite")
        assert len(server.requests) == 1
    path = cassette_path(recorded, "compatible/test-model", "story-1")
    assert len(yaml.safe_load(path.read_text())["interactions"]) == 1


def test_secret_scan_catches_a_planted_key(recorded: Path, tmp_path: Path):
    planted = tmp_path / "planted.yaml"
    source = cassette_path(recorded, "compatible/test-model", "story-1").read_text()
    planted.write_text(
        source.replace(
            "content-type:",
            "authorization:\n      - Bearer sk-live-abcdefghijklmnop1234\n      content-type:",
            1,
        )
    )
    assert len(find_secrets(planted)) >= 1


def test_committed_cassettes_hold_no_secrets():
    assert scan(ROOT / "cassettes") == []
