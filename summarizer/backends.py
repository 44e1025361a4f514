"""One interface for every extractor, and the factory that picks one from `Options`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from summarizer.extraction import Extraction
from summarizer.schema import Usage

if TYPE_CHECKING:
    from summarizer.grounding.ground import ArticleIndex
    from summarizer.options import Options


@dataclass
class BackendResult:
    extraction: Extraction
    usage: Usage = field(default_factory=Usage)
    attempts: int = 1
    """Model calls made (reasks included)."""
    chunks: int = 1
    prompt_version: str | None = None
    prompt_hash: str | None = None
    extractive: bool = False
    notes: list[str] = field(default_factory=list)


class Backend(Protocol):
    name: str
    """'llm' or 'offline'."""
    model: str
    """The model id recorded in provenance, e.g. 'openai/gpt-4o-mini' or 'offline'."""

    def extract(self, index: ArticleIndex) -> BackendResult: ...

    async def aextract(self, index: ArticleIndex) -> BackendResult: ...


def make_backend(options: Options) -> Backend:
    """The backend `options` ask for; raises `ConfigError` for an unknown model or missing key."""
    from summarizer.llm.providers import OFFLINE, default_model, resolve_model

    model = options.model or default_model()
    if model == OFFLINE:
        from summarizer.offline.extractor import OfflineBackend

        return OfflineBackend()
    spec = resolve_model(model, options.base_url, options.api_key, options.mode)
    from summarizer.llm.backend import LLMBackend

    return LLMBackend(spec, options)
