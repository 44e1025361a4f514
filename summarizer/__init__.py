"""summarizer: grounded, checkable structured summaries of news articles.

    >>> from summarizer import summarize
    >>> summary = summarize(text, model="offline")

Names are imported lazily so that `summarizer --help` starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.api import summarize, summarize_article
    from summarizer.ingest import Article
    from summarizer.options import Options
    from summarizer.schema import Summary

__all__ = ["Article", "Options", "Summary", "summarize", "summarize_article"]

_LAZY = {
    "summarize": "summarizer.api",
    "summarize_article": "summarizer.api",
    "Article": "summarizer.ingest",
    "Options": "summarizer.options",
    "Summary": "summarizer.schema",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
