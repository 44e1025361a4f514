"""Blessed baselines and the regression gate.

A baseline stores every article's counts, so a new run can be compared article by article: for
each gated metric we bootstrap the paired difference (current - baseline) over the articles both
runs share, and fail only when the whole 95% interval lies below zero — a drop larger than the
noise of a 25-article suite — and the point estimate fell by more than `TOLERANCE`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from summarizer.errors import InputError
from summarizer.evaluation.metrics import Counts, metric_value, paired_difference_interval
from summarizer.evaluation.report import EvalResult
from summarizer.recording.cassettes import model_slug

GATED_METRICS = (
    "quotes_cov30",
    "quotes_exact",
    "speaker_accuracy",
    "quotes_e2e",
    "attributions",
    "actors",
    "actor_types",
    "claims",
)
TOLERANCE = 0.005
BASELINE_VERSION = 1


def baseline_path(evals_root: Path, model: str) -> Path:
    return evals_root / "baselines" / f"{model_slug(model)}.json"


def bless(result: EvalResult, path: Path) -> None:
    """Write `result` as the new baseline (refused when a hard invariant fails)."""
    if result.hard_failures:
        raise InputError("refusing to bless a run with hard failures: " + result.hard_failures[0])
    from summarizer.output import write_atomic

    data = {
        "version": BASELINE_VERSION,
        "model": result.model,
        "blessed": datetime.now(UTC).strftime("%Y-%m-%d"),
        "metrics": {
            split: {name: _round(m.micro) for name, m in metrics.items()}
            for split, metrics in result.splits.items()
        },
        "articles": {
            score.id: {name: [c.tp, c.fp, c.fn] for name, c in score.counts.items()}
            for score in result.scores
        },
    }
    write_atomic(path, json.dumps(data, indent=1, sort_keys=False) + "\n")


def load_baseline(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise InputError(f"{path}: not a valid baseline ({exc})") from exc
    if data.get("version") != BASELINE_VERSION or "articles" not in data:
        raise InputError(
            f"{path}: baseline format {data.get('version')} is not supported; re-bless"
        )
    return data


def gate(result: EvalResult, baseline: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(failures, notes) of `result` against `baseline`."""
    stored = baseline["articles"]
    shared = [s for s in result.scores if s.id in stored]
    notes = []
    missing = sorted(set(stored) - {s.id for s in result.scores})
    new = sorted({s.id for s in result.scores} - set(stored))
    if new:
        notes.append(
            f"{len(new)} article(s) not in the baseline are not gated: {', '.join(new[:5])}"
        )
    if missing and result.split == "all":
        notes.append(f"{len(missing)} baseline article(s) were not run: {', '.join(missing[:5])}")
    failures = []
    for name in GATED_METRICS:
        now = [s.counts[name] for s in shared if name in s.counts]
        then = [
            Counts(*stored[s.id][name]) for s in shared if name in s.counts and name in stored[s.id]
        ]
        if len(now) != len(then) or not now:
            continue
        current = metric_value(name, sum(now, Counts()))
        before = metric_value(name, sum(then, Counts()))
        if current is None or before is None:
            continue
        if current > before + TOLERANCE:
            notes.append(
                f"{name}: improved to {current:.3f} from {before:.3f}; `--bless` to keep it"
            )
        if current >= before - TOLERANCE:
            continue
        interval = paired_difference_interval(now, then, name)
        if interval is not None and interval[1] < 0:
            failures.append(
                f"{name}: {current:.3f} < baseline {before:.3f} "
                f"(paired 95% CI of the change {interval[0]:+.3f} to {interval[1]:+.3f})"
            )
        else:
            notes.append(f"{name}: {current:.3f} vs baseline {before:.3f}, within the noise")
    return failures, notes


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
