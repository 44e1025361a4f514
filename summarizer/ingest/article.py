"""The unit of work: one article's text plus what we know about it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from summarizer.schema import ArticleInfo


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def info(self) -> ArticleInfo:
        return ArticleInfo(
            id=self.id,
            title=self.title,
            url=self.url,
            date=self.date,
            source=self.source,
            chars=len(self.text),
            sha256=self.sha256,
        )

    @classmethod
    def from_text(cls, text: str, **meta: str | None) -> Article:
        """An article from raw text; its id defaults to a short hash of the text."""
        article_id = (
            meta.pop("id", None) or "text-" + hashlib.sha256(text.encode()).hexdigest()[:12]
        )
        return cls(id=article_id, text=text, **meta)
