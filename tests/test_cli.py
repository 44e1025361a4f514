"""The command line: bad input gets one line on stderr and the right exit code, never a traceback."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from tests.support.scripted_server import json_completion

runner = CliRunner()


def invoke(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def assert_one_line_error(result, code: int, fragment: str) -> None:
    assert result.exit_code == code, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("summarizer: error: ")
    assert fragment in lines[0]
    assert "Traceback" not in result.output


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text('The mayor said "we will rebuild" on Monday.\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("empty.txt", b"", "article text is empty"),
        ("blank.txt", b"  \n\t \n", "article text is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "looks like binary data"),
        ("latin1.txt", "caf\u00e9 ol\u00e9".encode("latin-1"), "not valid UTF-8 (byte 0xe9"),
        (
            "page.html",
            b"<html><body><nav>Home | About</nav></body></html>",
            "no article text found",
        ),
    ],
)
def test_bad_files_exit_2(tmp_path: Path, name: str, content: bytes, fragment: str):
    path = tmp_path / name
    path.write_bytes(content)
    result = invoke(
        "summarize", str(path), "--model", "compatible/x", "--base-url", "http://127.0.0.1:9/v1"
    )
    assert_one_line_error(result, 2, fragment)


def test_missing_file_exits_2():
    assert_one_line_error(invoke("summarize", "no/such/file.txt"), 2, "no such file or folder")


def test_empty_stdin_exits_2():
    result = invoke(
        "summarize",
        "-",
        "--model",
        "compatible/x",
        "--base-url",
        "http://127.0.0.1:9/v1",
        input=b"",
    )
    assert_one_line_error(result, 2, "-: article text is empty")


def test_unreachable_url_exits_2():
    result = invoke(
        "summarize",
        f"http://127.0.0.1:{closed_port()}/story",
        "--model",
        "compatible/x",
        "--base-url",
        "http://127.0.0.1:9/v1",
    )
    assert_one_line_error(result, 2, "unreachable")


def test_missing_api_key_names_the_variable(article: Path):
    result = invoke("summarize", str(article), "--model", "openai/gpt-4o-mini")
    assert_one_line_error(result, 2, "set OPENAI_API_KEY")


@pytest.mark.parametrize("model", ["mystery-model", "acme/thing"])
def test_unknown_model_exits_2(article: Path, model: str):
    assert_one_line_error(invoke("summarize", str(article), "--model", model), 2, "unknown model")


def test_unknown_format_exits_2(article: Path):
    assert_one_line_error(invoke("summarize", str(article), "--format", "pdf"), 2, "unknown format")


def test_provider_failure_exits_1_and_writes_nothing(article: Path, tmp_path: Path):
    out = tmp_path / "out.json"
    result = invoke(
        "summarize",
        str(article),
        "--model",
        "compatible/x",
        "--base-url",
        f"http://127.0.0.1:{closed_port()}/v1",
        "--out",
        str(out),
    )
    assert_one_line_error(result, 1, "cannot connect")
    assert not out.exists()


def test_summarize_writes_json_through_a_scripted_server(
    article: Path, tmp_path: Path, scripted_server
):
    payload = {
        "headline": "Mayor vows to rebuild",
        "summary": "The mayor promised to rebuild.",
        "actors": [{"id": "mayor", "name": "the mayor", "type": "person"}],
        "quotes": [{"text": "we will rebuild", "speaker": "mayor", "cue": "said", "sentence": 1}],
    }
    out = tmp_path / "out" / "story.json"
    with scripted_server([json_completion(payload)]) as server:
        result = invoke(
            "summarize",
            str(article),
            "--model",
            "compatible/test-model",
            "--base-url",
            server.base_url,
            "--out",
            str(out),
        )
    assert result.exit_code == 0, result.output
    summary = json.loads(out.read_text())
    assert summary["quotes"][0]["verified"] is True
    assert summary["quotes"][0]["span"]["start"] == article.read_text().index("we will rebuild")


def test_schema_command_prints_the_json_schema():
    result = invoke("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "Summary"


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.startswith("summarizer ")


def test_cli_start_up_imports_no_heavy_library():
    """`summarizer --help` must start fast: no SDK, pydantic models or HTML parser at import."""
    code = (
        "import sys, summarizer.cli; "
        "heavy = {'openai', 'instructor', 'trafilatura', 'rapidfuzz', 'vcr', 'jinja2', 'summarizer.schema'}; "
        "print(sorted(heavy & set(sys.modules)))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "[]"


def test_html_page_marks_each_quote_in_the_article_and_escapes_the_text(tmp_path: Path):
    story = tmp_path / "story.txt"
    text = 'Mayor Ann Lee said: "We will rebuild <script>alert(1)</script> the bridge soon."\n'
    story.write_text(text, encoding="utf-8")
    result = invoke("summarize", str(story), "--format", "html", "--quiet")
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert '<mark id="q1" title="Ann Lee (said)">' in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>" not in page


def test_html_out_folder_is_resumed_and_a_changed_article_redone(tmp_path: Path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f'Officials said "{name} is done now here."\n')
    out = tmp_path / "pages"
    first = invoke("summarize", str(tmp_path / "*.txt"), "--out", str(out), "-f", "html")
    assert first.exit_code == 0, first.output
    assert sorted(p.name for p in out.iterdir()) == ["a.html", "b.html"]
    again = invoke("summarize", str(tmp_path / "*.txt"), "--out", str(out), "-f", "html")
    assert again.exit_code == 0 and "2 already done, 0 done" in again.stderr, again.stderr
    (tmp_path / "b.txt").write_text('Officials said "b has changed since then."\n')
    changed = invoke("summarize", str(tmp_path / "*.txt"), "--out", str(out), "-f", "html")
    assert "1 already done, 1 done" in changed.stderr, changed.stderr
    assert "b has changed" in (out / "b.html").read_text()


def test_several_articles_as_html_on_stdout_is_a_clear_error(tmp_path: Path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f'Officials said "{name} is done now here."\n')
    result = invoke("summarize", str(tmp_path / "*.txt"), "-f", "html")
    assert_one_line_error(result, 2, "need --out FOLDER")
