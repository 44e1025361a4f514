"""Annotators' helper: fill in gold span offsets from the text they typed, then validate.

    python scripts/gold_spans.py evals/gold/<id>.json [more.json ...]

A span written as {"text": "..."} (or a quote with "text" but no "start") gets its start/end from
the one place that text occurs in the article. If it occurs more than once, add "occurrence": N
(1-based) to pick one. The file is rewritten in place, then fully validated (schema, references,
every span equal to the article text). Offsets are computed, never typed; the text is typed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from summarizer.evaluation.gold import GoldLabels, span_problems


def fill_span(span: dict, text: str, where: str) -> list[str]:
    if "start" in span and "end" in span:
        return []
    wanted = span.get("text") or ""
    if not wanted:
        return [f"{where}: span has no text"]
    starts, at = [], text.find(wanted)
    while at != -1:
        starts.append(at)
        at = text.find(wanted, at + 1)
    if not starts:
        return [f"{where}: text not found in article: {wanted!r}"]
    occurrence = span.pop("occurrence", None)
    if len(starts) > 1 and occurrence is None:
        return [f'{where}: text occurs {len(starts)} times; add "occurrence": N: {wanted!r}']
    start = starts[(occurrence or 1) - 1]
    span["start"], span["end"] = start, start + len(wanted)
    return []


def fill(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    article = path.parent.parent / "articles" / f"{data['id']}.txt"
    text = article.read_text(encoding="utf-8")
    problems = []
    for q in data.get("quotes", []):
        problems += fill_span(q, text, f"quote {q.get('id')}")
    for a in data.get("attributions", []):
        problems += fill_span(a["evidence"], text, f"attribution {a.get('id')}")
    for c in data.get("claims", []):
        for e in c.get("evidence", []):
            problems += fill_span(e, text, f"claim {c.get('id')}")
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if problems:
        return problems
    try:
        gold = GoldLabels.model_validate(data)
    except ValueError as exc:
        return [str(exc)]
    return span_problems(gold, text)


def main(paths: list[str]) -> int:
    failed = 0
    for name in paths:
        problems = fill(Path(name))
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{name}: {status}")
        for problem in problems:
            print(f"  - {problem}")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
