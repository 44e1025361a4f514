"""Summarize many articles concurrently, losing nothing.

Every article ends either written to the output or recorded as a failure (id, kind, message,
attempts); one article's failure never stops the others. Articles already in the output are
skipped, cached answers cost no call, and outputs are written as each article finishes, so an
interrupted run keeps everything completed so far.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from summarizer.api import summary_from_result
from summarizer.backends import Backend, BackendResult
from summarizer.batch.cache import ResponseCache, cache_key
from summarizer.batch.ledger import Failure, Ledger
from summarizer.batch.limits import RateLimits
from summarizer.errors import ConfigError, ProviderError
from summarizer.grounding.ground import ArticleIndex
from summarizer.ingest.article import Article
from summarizer.output import Sink


@dataclass
class BatchStats:
    total: int = 0
    done: int = 0
    cached: int = 0
    skipped: int = 0
    failed: int = 0
    tokens: int = 0
    failures: list[Failure] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"{self.done} done", f"{self.cached} cached", f"{self.failed} failed"]
        if self.skipped:
            parts.insert(0, f"{self.skipped} already done")
        return f"{self.total} article(s): " + ", ".join(parts) + f"; {self.tokens:,} tokens used"


@dataclass
class BatchSettings:
    concurrency: int = 4
    cache: ResponseCache | None = None
    limits: RateLimits = field(default_factory=RateLimits)


async def run_batch(
    articles: Sequence[Article],
    backend: Backend,
    sink: Sink,
    ledger: Ledger,
    settings: BatchSettings,
    on_progress: Callable[[BatchStats], None] | None = None,
) -> BatchStats:
    stats = BatchStats(total=len(articles))
    semaphore = asyncio.Semaphore(max(1, settings.concurrency))

    def finished() -> None:
        if on_progress is not None:
            on_progress(stats)

    async def one(article: Article) -> None:
        if ledger.is_done(article):
            stats.skipped += 1
            finished()
            return
        async with semaphore:
            index = ArticleIndex(article)
            try:
                result, cached = await _extract(index, backend, settings)
                summary = summary_from_result(index, backend, result, cached=cached)
            except ProviderError as exc:
                _fail(
                    stats,
                    ledger,
                    Failure(article.id, exc.kind, str(exc), exc.attempts, article.source),
                )
            except (ConfigError, KeyboardInterrupt, asyncio.CancelledError):
                raise
            except Exception as exc:  # a bug must not take the other articles down
                message = f"internal error: {type(exc).__name__}: {exc}"
                _fail(stats, ledger, Failure(article.id, "internal", message, 0, article.source))
            else:
                sink.write(summary, article.text)
                if cached:
                    stats.cached += 1
                else:
                    stats.done += 1
                    stats.tokens += result.usage.total_tokens
        finished()

    await asyncio.gather(*(one(article) for article in articles))
    return stats


async def _extract(
    index: ArticleIndex, backend: Backend, settings: BatchSettings
) -> tuple[BackendResult, bool]:
    key = None
    if settings.cache is not None and backend.name == "llm":
        key = cache_key(backend.fingerprint(index.article, index))  # type: ignore[attr-defined]
        cached = settings.cache.get(key)
        if cached is not None:
            return cached, True
    await settings.limits.acquire(index.article)
    result = await backend.aextract(index)
    if key is not None and settings.cache is not None:
        settings.cache.put(key, result)
    return result, False


def _fail(stats: BatchStats, ledger: Ledger, failure: Failure) -> None:
    stats.failed += 1
    stats.failures.append(failure)
    ledger.record_failure(failure)


def progress_reporter(total: int) -> tuple[Callable[[BatchStats], None], Callable[[], None]]:
    """A Rich progress bar on stderr when it is a terminal; otherwise nothing."""
    if not sys.stderr.isatty() or total < 2:
        return (lambda stats: None), (lambda: None)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        TextColumn("summarizing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[detail]}"),
        TimeRemainingColumn(), transient=True,
    )  # fmt: skip
    task = progress.add_task("batch", total=total, detail="")
    progress.start()

    def update(stats: BatchStats) -> None:
        completed = stats.done + stats.cached + stats.skipped + stats.failed
        detail = f"{stats.failed} failed" if stats.failed else ""
        progress.update(task, completed=completed, detail=detail)

    return update, progress.stop
