"""HTML page -> main article text and metadata, via trafilatura."""

from __future__ import annotations

from summarizer.errors import InputError
from summarizer.ingest.decode import decode_bytes

MIN_ARTICLE_CHARS = 40


def html_to_article_text(data: bytes, source: str) -> tuple[str, dict[str, str | None]]:
    """The page's main text plus title and date; a page without article text is an `InputError`."""
    import trafilatura  # heavy: imported only when HTML is read

    html = decode_bytes(data, source)
    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    text = (_field(extracted, "text") or "").strip()
    if len(text) < MIN_ARTICLE_CHARS:
        raise InputError(f"{source}: no article text found in this HTML page")
    meta = {"title": _field(extracted, "title"), "date": _field(extracted, "date")}
    return text, meta


def _field(extracted: object, name: str) -> str | None:
    if extracted is None:
        return None
    value = extracted.get(name) if isinstance(extracted, dict) else getattr(extracted, name, None)
    return str(value) if value else None
