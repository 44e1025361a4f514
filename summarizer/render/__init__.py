"""Render a `Summary` as JSON, Markdown or a terminal view."""

from __future__ import annotations

from summarizer.render.markdown import to_markdown
from summarizer.schema import Summary

FORMATS = ("json", "markdown", "terminal")
SUFFIX_FORMATS = {".json": "json", ".jsonl": "json", ".md": "markdown", ".markdown": "markdown"}


def to_json(summary: Summary, indent: int | None = 2) -> str:
    return summary.model_dump_json(indent=indent)


def render_text(summary: Summary, fmt: str) -> str:
    """A file-ready rendering: 'json' or 'markdown'."""
    if fmt == "json":
        return to_json(summary) + "\n"
    if fmt == "markdown":
        return to_markdown(summary)
    raise ValueError(f"format {fmt!r} cannot be written to a file")


__all__ = ["FORMATS", "SUFFIX_FORMATS", "render_text", "to_json", "to_markdown"]
