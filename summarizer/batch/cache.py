"""A SQLite cache of model answers, so an unchanged article never costs a second call.

Keyed by everything the answer depends on: the backend's fingerprint (model, pipeline version,
prompt template and rendered prompt, schema, options, article text hash). The value is the
ungrounded `BackendResult`; grounding is redone on every read (cheap, and it picks up the
article's current id and metadata).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from summarizer.backends import BackendResult
from summarizer.extraction import Extraction
from summarizer.schema import Usage

CACHE_DIR_ENV = "SUMMARIZER_CACHE_DIR"


def default_cache_path() -> Path:
    """$SUMMARIZER_CACHE_DIR, else the user's cache directory (platformdirs)."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV]) / "responses.sqlite3"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("summarizer")) / "responses.sqlite3"


def cache_key(fingerprint: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(fingerprint, sort_keys=True).encode()).hexdigest()


class ResponseCache:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value TEXT NOT NULL, created REAL)"
        )

    def get(self, key: str) -> BackendResult | None:
        row = self._db.execute("SELECT value FROM responses WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return _decode(json.loads(row[0]))
        except (ValueError, KeyError, TypeError):
            return None  # an unreadable entry is a miss, and is overwritten on the next put

    def put(self, key: str, result: BackendResult) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO responses (key, value, created) VALUES (?, ?, ?)",
            (key, json.dumps(_encode(result)), time.time()),
        )

    def close(self) -> None:
        self._db.close()


def _encode(result: BackendResult) -> dict[str, Any]:
    return {
        "extraction": result.extraction.model_dump(mode="json"),
        "usage": result.usage.model_dump(),
        "attempts": result.attempts,
        "chunks": result.chunks,
        "prompt_version": result.prompt_version,
        "prompt_hash": result.prompt_hash,
        "extractive": result.extractive,
        "notes": result.notes,
    }


def _decode(data: dict[str, Any]) -> BackendResult:
    return BackendResult(
        extraction=Extraction.model_validate(data["extraction"]),
        usage=Usage.model_validate(data["usage"]),
        attempts=data["attempts"],
        chunks=data["chunks"],
        prompt_version=data["prompt_version"],
        prompt_hash=data["prompt_hash"],
        extractive=data["extractive"],
        notes=list(data["notes"]),
    )
