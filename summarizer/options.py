"""Every knob of a summarize run, with the defaults a user gets when they set nothing."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.text.chunks import DEFAULT_CHUNK_CHARS, DEFAULT_OVERLAP_CHARS


@dataclass(frozen=True)
class Options:
    model: str | None = None
    """'offline', 'provider/name' or a bare OpenAI name; None picks the default (see providers)."""
    base_url: str | None = None
    api_key: str | None = None
    mode: str | None = None
    """instructor mode override: tools, json, json_schema or md_json."""
    max_reasks: int = 2
    """How many times a model is asked to fix an ungrounded answer."""
    max_tokens: int = 4096
    temperature: float = 0.0
    timeout: float = 120.0
    """Seconds per HTTP request."""
    transport_retries: int = 2
    """Retries of 429, 5xx, timeouts and dropped connections (never pasted into a reask)."""
    chunk_chars: int = DEFAULT_CHUNK_CHARS
    overlap_chars: int = DEFAULT_OVERLAP_CHARS
    prompt_version: str = "v1"
    compact_schema: bool | None = None
    """Cap list lengths and string sizes in the schema sent to the server (grammar-constrained
    servers honour it, which stops small models rambling). None: on for local servers."""

    def key(self) -> dict[str, object]:
        """The options that change a model's answer (for cache keys and fingerprints)."""
        return {
            "max_reasks": self.max_reasks,
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "chunk_chars": self.chunk_chars,
            "overlap_chars": self.overlap_chars,
            "prompt_version": self.prompt_version,
            "mode": self.mode,
            "compact_schema": self.compact_schema,
        }
