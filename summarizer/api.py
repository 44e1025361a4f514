"""The library API; the CLI is a thin layer over these functions."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from summarizer.backends import Backend, BackendResult, make_backend
from summarizer.grounding.ground import ArticleIndex, ground
from summarizer.ingest import Article, read_text_input
from summarizer.options import Options
from summarizer.schema import Provenance, Summary
from summarizer.version import package_version


def summarize(text_or_article: str | Article, model: str | None = None, **options: Any) -> Summary:
    """Summarize one article (a string or an `Article`) into a grounded `Summary`.

    `model` is 'offline', 'provider/name' (e.g. 'openai/gpt-4o-mini', 'llamacpp/gemma-3-270m') or
    None for the default; other keyword arguments are `Options` fields (base_url, max_reasks, ...).
    """
    opts = replace(Options(), model=model, **options)
    article = (
        text_or_article
        if isinstance(text_or_article, Article)
        else read_text_input(text_or_article, source="text")
    )
    return summarize_article(article, make_backend(opts))


def summarize_article(article: Article, backend: Backend) -> Summary:
    """Run `backend` on `article` and ground the result."""
    index = ArticleIndex(article)
    return summary_from_result(index, backend, backend.extract(index))


def summary_from_result(
    index: ArticleIndex, backend: Backend, result: BackendResult, cached: bool = False
) -> Summary:
    """Ground a backend's answer into the final `Summary`, with provenance."""
    provenance = Provenance(
        backend=backend.name,
        model=backend.model,
        prompt_version=result.prompt_version,
        prompt_hash=result.prompt_hash,
        usage=result.usage,
        extractive=result.extractive,
        chunks=result.chunks,
        attempts=result.attempts,
        cached=cached,
        summarizer_version=package_version(),
    )
    summary = ground(index, result.extraction, provenance)
    if result.notes:
        summary = summary.model_copy(update={"warnings": [*result.notes, *summary.warnings]})
    return summary
