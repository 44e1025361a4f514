"""`summarizer eval`: every committed baseline holds, and regressions or broken matchers fail."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.evaluation import metrics
from summarizer.evaluation.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
EVALS = ROOT / "evals"
BASELINES = sorted((EVALS / "baselines").glob("*.json"))
runner = CliRunner()


def eval_cli(*args: str):
    return runner.invoke(
        app, ["eval", "--evals", str(EVALS), "--cassettes", str(ROOT / "cassettes"), *args]
    )


@pytest.mark.parametrize("baseline", BASELINES, ids=[b.stem for b in BASELINES])
def test_every_committed_baseline_holds(
    baseline: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """This is how CI runs the evaluation: LLM baselines replay their cassettes, network blocked."""
    monkeypatch.setenv("SUMMARIZER_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens there
    model = json.loads(baseline.read_text())["model"]
    result = eval_cli("--model", model, "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["passed"] and report["hard_failures"] == []
    assert {a["id"] for a in report["articles"]} == set(
        json.loads(baseline.read_text())["articles"]
    )


@pytest.fixture(scope="module")
def offline_outputs(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("offline")
    assert eval_cli("--model", "offline", "--out", str(out)).exit_code == 0
    return out / "outputs"


def degrade(outputs: Path, target: Path, change) -> Path:
    target.mkdir()
    for path in outputs.glob("*.json"):
        data = json.loads(path.read_text())
        change(data)
        (target / path.name).write_text(json.dumps(data))
    return target


def test_outputs_can_be_rescored_without_a_model(offline_outputs: Path, tmp_path: Path):
    result = eval_cli(
        "--model", "offline", "--from-outputs", str(offline_outputs), "--out", str(tmp_path)
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "summary.md").read_text().startswith("### summarizer eval")
    assert "<testsuite" in (tmp_path / "junit.xml").read_text()


def test_degraded_output_fails_the_gate(offline_outputs: Path, tmp_path: Path):
    def drop_half_the_quotes(data: dict) -> None:
        data["quotes"] = data["quotes"][::2]
        data["attributions"] = []

    degraded = degrade(offline_outputs, tmp_path / "degraded", drop_half_the_quotes)
    result = eval_cli(
        "--model", "offline", "--from-outputs", str(degraded), "--out", str(tmp_path / "r")
    )
    assert result.exit_code == 1
    assert "FAIL: quotes_cov30:" in result.stderr and "internal error" not in result.output
    failures = json.loads((tmp_path / "r" / "report.json").read_text())["gate_failures"]
    assert any(f.startswith("quotes_cov30:") for f in failures)
    assert any(f.startswith("attributions:") for f in failures)
    assert 'failures="' in (tmp_path / "r" / "junit.xml").read_text()


def test_a_quote_shown_as_verified_but_not_in_the_article_fails(
    offline_outputs: Path, tmp_path: Path
):
    def forge(data: dict) -> None:
        for quote in data["quotes"][:1]:
            quote["text"] = quote["text"] + " and more"
            quote["span"]["text"] = quote["text"]

    forged = degrade(offline_outputs, tmp_path / "forged", forge)
    result = eval_cli(
        "--model", "offline", "--from-outputs", str(forged), "--out", str(tmp_path / "r")
    )
    assert result.exit_code == 1
    assert json.loads((tmp_path / "r" / "report.json").read_text())["hard_failures"]


def test_a_broken_matcher_fails_the_gate(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(metrics, "coverage", lambda gold, pred: 0.0)
    result = evaluate("offline", "all", EVALS)
    assert not result.passed
    assert any(f.startswith("quotes_cov30:") for f in result.gate_failures)


def test_missing_gold_and_empty_suite_are_errors(tmp_path: Path):
    broken = tmp_path / "evals"
    shutil.copytree(EVALS, broken)
    victim = json.loads((EVALS / "suite.json").read_text())["articles"][3]["id"]
    (broken / "gold" / f"{victim}.json").unlink()
    result = runner.invoke(app, ["eval", "--evals", str(broken), "--out", str(tmp_path / "r")])
    assert result.exit_code == 2 and f"{victim}: gold file" in result.stderr
    suite = json.loads((broken / "suite.json").read_text())
    suite["articles"] = []
    (broken / "suite.json").write_text(json.dumps(suite))
    result = runner.invoke(app, ["eval", "--evals", str(broken), "--out", str(tmp_path / "r")])
    assert result.exit_code == 2 and "no articles" in result.stderr
