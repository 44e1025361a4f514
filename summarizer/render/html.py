"""A self-contained HTML page to open in a browser: the summary beside the article, with every
verified quote marked at its offsets (hover for the speaker) and linked from the quote list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from summarizer.render.labels import NO_SOURCE, actor_name, check_mark, where
from summarizer.schema import Quote, Summary

_TEMPLATES = Path(__file__).parent / "templates"
SHA_META = re.compile(r'<meta name="summarizer-article-sha256" content="([0-9a-f]{64})">')
"""The article hash a page carries, so that a resumed batch redoes a page whose article changed."""


@dataclass(frozen=True)
class Segment:
    """A stretch of the article: plain text, or a quote's exact span."""

    text: str
    quote: Quote | None = None


def article_segments(text: str, quotes: list[Quote]) -> list[Segment]:
    """The article cut at the verified quotes' offsets; a span overlapping an earlier one is
    left unmarked (it is still listed)."""
    marked = [q for q in quotes if q.verified and q.span.start is not None]
    marked.sort(key=lambda q: q.span.start)  # stable: of two equal spans, the first listed
    segments: list[Segment] = []
    reached = 0
    for quote in marked:
        start, end = quote.span.start, quote.span.end
        if start < reached or end > len(text):
            continue
        if start > reached:
            segments.append(Segment(text[reached:start]))
        segments.append(Segment(text[start:end], quote))
        reached = end
    if reached < len(text):
        segments.append(Segment(text[reached:]))
    return segments


def to_html(summary: Summary, article_text: str | None) -> str:
    """The page for `summary`; without the article's text, the summary alone."""
    segments = article_segments(article_text, summary.quotes) if article_text else []
    return _template().render(s=summary, segments=segments, no_source=NO_SOURCE)


@cache
def _template():
    """The page template, compiled once per process (a batch renders one page per article)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(actor_name=actor_name, check_mark=check_mark, where=where)
    return env.get_template("summary.html.jinja")
