"""Requests-per-minute and tokens-per-minute limits (aiolimiter's leaky buckets)."""

from __future__ import annotations

from summarizer.ingest.article import Article

PROMPT_OVERHEAD_TOKENS = 1000
CHARS_PER_TOKEN = 4


class RateLimits:
    def __init__(self, rpm: int | None = None, tpm: int | None = None) -> None:
        from aiolimiter import AsyncLimiter

        self.tpm = tpm
        self._requests = AsyncLimiter(rpm, 60) if rpm else None
        self._tokens = AsyncLimiter(tpm, 60) if tpm else None

    async def acquire(self, article: Article) -> None:
        """Wait for room for one article's first request; tokens are the prompt, estimated."""
        if self._requests is not None:
            await self._requests.acquire()
        if self._tokens is not None and self.tpm:
            await self._tokens.acquire(min(self.tpm, estimate_tokens(article)))


def estimate_tokens(article: Article) -> int:
    return PROMPT_OVERHEAD_TOKENS + len(article.text) // CHARS_PER_TOKEN
