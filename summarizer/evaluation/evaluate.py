"""`summarizer eval` as a library function: run or load outputs, score, aggregate, gate."""

from __future__ import annotations

from pathlib import Path

from summarizer.evaluation.baseline import baseline_path, gate, load_baseline
from summarizer.evaluation.gold import Suite
from summarizer.evaluation.metrics import score_article
from summarizer.evaluation.report import EvalResult
from summarizer.evaluation.runner import load_outputs, run_suite, target_options


def evaluate(
    model: str,
    split: str = "all",
    evals_root: Path = Path("evals"),
    cassettes_root: Path = Path("cassettes"),
    from_outputs: Path | None = None,
    outputs_dir: Path | None = None,
    cassette_mode: str = "replay",
    use_baseline: bool = True,
) -> EvalResult:
    """Score `model` on the gold suite and compare it with its blessed baseline, if any."""
    items = Suite.load(evals_root).items(split)
    if from_outputs is not None:
        runs = load_outputs(items, from_outputs)
    else:
        options = target_options(evals_root, model)
        runs = run_suite(items, options, cassette_mode, cassettes_root, outputs_dir)
    scores = [score_article(r.id, r.item.article.text, r.item.gold, r.summary) for r in runs]
    result = EvalResult.build(model, split, runs, scores)
    baseline = load_baseline(baseline_path(evals_root, model)) if use_baseline else None
    if baseline is None and use_baseline:
        result.gate_notes.append(
            f"no baseline for {model}: nothing to compare with (`--bless` writes one)"
        )
    elif baseline is not None:
        result.gate_failures, notes = gate(result, baseline)
        result.gate_notes.extend(notes)
    return result
