"""Read articles from paths, folders, globs, stdin, http(s) URLs and JSONL files.

Everything is read and checked before any work starts, so that bad input fails the run with exit 2
before a single output is written.
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from summarizer.errors import InputError
from summarizer.ingest.article import Article
from summarizer.ingest.decode import decode_bytes
from summarizer.ingest.html import html_to_article_text

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = (TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES) - {""}
URL_TIMEOUT_S = 20.0


def read_inputs(specs: Iterable[str], stdin: bytes | None = None) -> list[Article]:
    """Every article named by `specs` (files, folders, globs, '-', URLs), in order, ids unique."""
    articles: list[Article] = []
    for spec in specs:
        articles.extend(_read_spec(spec, stdin))
    if not articles:
        raise InputError("no articles to summarize")
    _check_unique_ids(articles)
    return articles


def read_text_input(text: str, **meta: str | None) -> Article:
    """An article from a string (library use); empty text is an error."""
    _check_not_blank(text, meta.get("source") or "text")
    return Article.from_text(text, **meta)


def _read_spec(spec: str, stdin: bytes | None) -> list[Article]:
    if spec == "-":
        data = stdin if stdin is not None else sys.stdin.buffer.read()
        return [_article_from_bytes(data, source="-", article_id=None, html=_looks_like_html(data))]
    if spec.startswith(("http://", "https://")):
        return [_read_url(spec)]
    path = Path(spec)
    if path.is_dir():
        files = sorted(
            p
            for p in path.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES
        )
        if not files:
            raise InputError(
                f"{spec}: folder has no article files ({', '.join(sorted(ARTICLE_SUFFIXES))})"
            )
        return [a for f in files for a in _read_file(f)]
    if path.is_file():
        return _read_file(path)
    if glob.has_magic(spec):
        matches = sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
        if not matches:
            raise InputError(f"{spec}: no files match")
        return [a for f in matches for a in _read_file(f)]
    raise InputError(f"{spec}: no such file or folder")


def _read_file(path: Path) -> list[Article]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(data, str(path))
    return [
        _article_from_bytes(
            data, source=str(path), article_id=path.stem, html=suffix in HTML_SUFFIXES
        )
    ]


def _article_from_bytes(data: bytes, source: str, article_id: str | None, html: bool) -> Article:
    if html:
        text, meta = html_to_article_text(data, source)
        return _make_article(text, source, article_id, **meta)
    text = decode_bytes(data, source)
    return _make_article(text, source, article_id)


def _make_article(text: str, source: str, article_id: str | None, **meta: str | None) -> Article:
    _check_not_blank(text, source)
    return Article.from_text(text, id=article_id, source=source, **meta)


def _read_jsonl(data: bytes, source: str) -> list[Article]:
    text = decode_bytes(data, source)
    articles = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{where}: each line must be an object with a string 'text' field")
        _check_not_blank(record["text"], where)
        meta = {k: _opt_str(record.get(k)) for k in ("title", "url", "date")}
        article_id = _opt_str(record.get("id")) or f"{Path(source).stem}-{lineno}"
        articles.append(Article(id=article_id, text=record["text"], source=where, **meta))
    if not articles:
        raise InputError(f"{source}: no articles in this JSONL file")
    return articles


def _read_url(url: str) -> Article:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "summarizer (+news summaries)"})
    try:
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT_S) as response:
            data = response.read()
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"{url}: unreachable ({reason})") from exc
    html = "html" in content_type or _looks_like_html(data)
    article_id = url.rstrip("/").rsplit("/", 1)[-1].split("?")[0] or None
    article = _article_from_bytes(data, source=url, article_id=article_id, html=html)
    return Article(**{**article.__dict__, "url": url})


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _check_not_blank(text: str, source: str) -> None:
    if not text.strip():
        raise InputError(f"{source}: article text is empty")


def _check_unique_ids(articles: list[Article]) -> None:
    seen: dict[str, str | None] = {}
    for article in articles:
        if article.id in seen:
            raise InputError(
                f"two articles share the id '{article.id}' ({seen[article.id]} and {article.source});"
                " rename one so outputs do not overwrite each other"
            )
        seen[article.id] = article.source


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)
