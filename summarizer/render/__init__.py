"""Render a `Summary` as JSON, Markdown, HTML or a terminal view."""

from __future__ import annotations

from summarizer.render.markdown import to_markdown
from summarizer.schema import Summary

FORMATS = ("json", "markdown", "html", "terminal")
SUFFIX_FORMATS = {
    ".json": "json",
    ".jsonl": "json",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


def to_json(summary: Summary, indent: int | None = 2) -> str:
    return summary.model_dump_json(indent=indent)


def render_text(summary: Summary, fmt: str, article_text: str | None = None) -> str:
    """A file-ready rendering: 'json', 'markdown' or 'html' (which shows `article_text`, if
    given, with the quotes marked)."""
    if fmt == "json":
        return to_json(summary) + "\n"
    if fmt == "markdown":
        return to_markdown(summary)
    if fmt == "html":
        from summarizer.render.html import to_html

        return to_html(summary, article_text)
    raise ValueError(f"format {fmt!r} cannot be written to a file")


__all__ = ["FORMATS", "SUFFIX_FORMATS", "render_text", "to_json", "to_markdown"]
