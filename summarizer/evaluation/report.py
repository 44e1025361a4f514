"""An evaluation's results: scored articles, aggregates per split, and their renderings
(Rich table, JSON with per-article detail, Markdown for a pull-request comment, JUnit XML)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any
from xml.etree import ElementTree

from summarizer.evaluation.metrics import (
    PRF_METRICS,
    RATIO_METRICS,
    ArticleScore,
    MetricSummary,
    aggregate,
    metric_value,
)
from summarizer.evaluation.runner import ArticleRun

METRIC_LABELS = {
    "actors": "actors F1",
    "quotes_exact": "quotes F1, exact span",
    "quotes_cov30": "quotes F1, coverage>=0.3",
    "quotes_cov80": "quotes F1, coverage>=0.8",
    "speaker_accuracy": "speaker accuracy",
    "actor_types": "actor types right",
    "quotes_e2e": "quote+speaker F1",
    "attributions": "attributions F1",
    "claims": "claims F1",
    "verified_share": "quotes verified",
}
TABLE_ORDER = (
    "quotes_cov30", "quotes_exact", "quotes_cov80", "speaker_accuracy", "quotes_e2e",
    "attributions", "actors", "actor_types", "claims", "verified_share",
)  # fmt: skip


@dataclass
class EvalResult:
    model: str
    split: str
    runs: list[ArticleRun]
    scores: list[ArticleScore]
    splits: dict[str, dict[str, MetricSummary]] = field(default_factory=dict)
    gate_failures: list[str] = field(default_factory=list)
    gate_notes: list[str] = field(default_factory=list)

    @classmethod
    def build(
        cls, model: str, split: str, runs: list[ArticleRun], scores: list[ArticleScore]
    ) -> EvalResult:
        by_split: dict[str, list[ArticleScore]] = {}
        for run, score in zip(runs, scores, strict=True):
            by_split.setdefault(run.item.entry.split, []).append(score)
        splits = {name: aggregate(by_split[name]) for name in sorted(by_split)}
        if len(splits) > 1:
            splits["all"] = aggregate(scores)
        return cls(model, split, runs, scores, splits)

    @property
    def invariant_violations(self) -> list[str]:
        return [f"{s.id}: {v}" for s in self.scores for v in s.invariant_violations]

    @property
    def cassette_errors(self) -> list[str]:
        return [r.error or "" for r in self.runs if r.error_kind in ("cassette", "missing_output")]

    @property
    def model_failures(self) -> list[str]:
        return [
            f"{r.id}: {r.error}" for r in self.runs if (r.error_kind or "").startswith("provider:")
        ]

    @property
    def hard_failures(self) -> list[str]:
        return [
            *(f"hard invariant: {v}" for v in self.invariant_violations),
            *(f"recording: {e}" for e in self.cassette_errors),
            *(f"{r.id}: {r.error}" for r in self.runs if r.error_kind == "internal"),
        ]

    @property
    def passed(self) -> bool:
        return not self.hard_failures and not self.gate_failures

    # ------------------------------------------------------------------ renderings
    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "split": self.split,
            "passed": self.passed,
            "hard_failures": self.hard_failures,
            "gate_failures": self.gate_failures,
            "gate_notes": self.gate_notes,
            "model_failures": self.model_failures,
            "metrics": {
                split: {name: asdict(summary) for name, summary in metrics.items()}
                for split, metrics in self.splits.items()
            },
            "articles": [
                {
                    "id": run.id,
                    "split": run.item.entry.split,
                    "error": run.error,
                    "error_kind": run.error_kind,
                    "seconds": round(run.seconds, 3),
                    "tokens": run.summary.provenance.usage.total_tokens if run.summary else 0,
                    "counts": {k: asdict(c) for k, c in score.counts.items()},
                    "values": {k: metric_value(k, c) for k, c in score.counts.items()},
                    "diff": score.diff,
                    "invariant_violations": score.invariant_violations,
                }
                for run, score in zip(self.runs, self.scores, strict=True)
            ],
        }

    def to_markdown(self) -> str:
        status = "passed" if self.passed else "FAILED"
        lines = [f"### summarizer eval — `{self.model}` on split `{self.split}`: {status}", ""]
        lines += markdown_table(self.splits)
        problems = [*self.hard_failures, *self.gate_failures]
        if problems:
            lines += ["", "**Failures**", "", *[f"- {p}" for p in problems]]
        if self.gate_notes:
            lines += ["", *[f"- {n}" for n in self.gate_notes]]
        if self.model_failures:
            lines += [
                "",
                f"**Model failures** ({len(self.model_failures)} article(s), scored as empty):",
                "",
            ]
            lines += [f"- {f}" for f in self.model_failures]
        diffs = [(s.id, s.diff) for s in self.scores if s.diff]
        if diffs:
            lines += ["", "<details><summary>Field-level differences per article</summary>", ""]
            for article_id, diff in diffs:
                lines.append(f"**{article_id}**")
                for kind, items in diff.items():
                    lines += [
                        f"- {kind}: " + "; ".join(items[:8]) + (" …" if len(items) > 8 else "")
                    ]
                lines.append("")
            lines.append("</details>")
        return "\n".join(lines) + "\n"

    def to_junit(self) -> str:
        suite = ElementTree.Element("testsuite", name=f"summarizer-eval[{self.model}]")
        cases = 0
        failures = 0

        def case(name: str, problem: str | None) -> None:
            nonlocal cases, failures
            cases += 1
            element = ElementTree.SubElement(
                suite, "testcase", classname=f"eval.{self.model}", name=name
            )
            if problem:
                failures += 1
                ElementTree.SubElement(element, "failure", message=problem).text = problem

        metrics = (
            self.splits.get(self.split)
            or self.splits.get("all")
            or next(iter(self.splits.values()), {})
        )
        for name in TABLE_ORDER:
            summary = metrics.get(name)
            value = "n/a" if summary is None or summary.micro is None else f"{summary.micro:.3f}"
            problem = next((f for f in self.gate_failures if f.startswith(f"{name}:")), None)
            case(f"{name} = {value}", problem)
        case(
            "hard invariant: no unverifiable quote marked verified",
            "; ".join(self.invariant_violations) or None,
        )
        case("every recording replayed", "; ".join(self.cassette_errors) or None)
        suite.set("tests", str(cases))
        suite.set("failures", str(failures))
        return ElementTree.tostring(suite, encoding="unicode") + "\n"


def markdown_table(splits: dict[str, dict[str, MetricSummary]]) -> list[str]:
    lines = [
        "| metric | split | P | R | F1 / value | 95% CI | macro | n |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for split, metrics in splits.items():
        for name in TABLE_ORDER:
            m = metrics.get(name)
            if m is None:
                continue
            lines.append(
                f"| {METRIC_LABELS[name]} | {split} | {_f(m.precision)} | {_f(m.recall)} | **{_f(m.micro)}** | "
                f"{_f(m.ci_low)}–{_f(m.ci_high)} | {_f(m.macro)} | {m.support} |"
            )
    return lines


def print_table(result: EvalResult, console: Any) -> None:
    from rich.table import Table

    table = Table(title=f"summarizer eval — {result.model}", title_justify="left")
    for column in ("metric", "split", "P", "R", "F1 / value", "95% CI", "macro", "n"):
        table.add_column(column, justify="left" if column in ("metric", "split") else "right")
    for split, metrics in result.splits.items():
        for name in TABLE_ORDER:
            m = metrics.get(name)
            if m is None:
                continue
            table.add_row(
                METRIC_LABELS[name], split, _f(m.precision), _f(m.recall), f"[bold]{_f(m.micro)}[/bold]",
                f"{_f(m.ci_low)}–{_f(m.ci_high)}", _f(m.macro), str(m.support),
            )  # fmt: skip
        table.add_section()
    console.print(table)


def write_reports(result: EvalResult, directory: Any) -> None:
    from pathlib import Path

    from summarizer.output import write_atomic

    directory = Path(directory)
    write_atomic(
        directory / "report.json", json.dumps(result.to_json(), indent=2, ensure_ascii=False) + "\n"
    )
    write_atomic(directory / "summary.md", result.to_markdown())
    write_atomic(directory / "junit.xml", result.to_junit())


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


__all__ = ["PRF_METRICS", "RATIO_METRICS", "EvalResult", "print_table", "write_reports"]
