"""What an output location already holds, and where failures are recorded — for resume.

A re-run of the same command skips the articles whose summary is already in the output (same
id, same text hash) and retries the rest, including those recorded as failed last time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from summarizer.ingest.article import Article
from summarizer.output import Sink, append_line, safe_name, write_atomic
from summarizer.render.html import SHA_META

FAILURES_NAME = "_failures.jsonl"


@dataclass
class Failure:
    id: str
    kind: str
    message: str
    attempts: int
    source: str | None = None

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)


class Ledger:
    def __init__(self, sink: Sink) -> None:
        self.sink = sink
        self.failures: list[Failure] = []
        self._done: dict[str, str | None] = {}
        self.failures_path: Path | None = None
        if sink.path is None:
            return
        if sink.to_dir:
            self.failures_path = sink.path / FAILURES_NAME
            self._scan_folder(sink.path)
        elif sink.jsonl:
            self.failures_path = sink.path.with_name(sink.path.stem + ".failures.jsonl")
            self._scan_jsonl(sink.path)
        if self.failures_path is not None:
            self.failures_path.unlink(missing_ok=True)  # last run's failures are retried now

    def is_done(self, article: Article) -> bool:
        key = safe_name(article.id) if self.sink.to_dir else article.id
        if self.sink.path is None or key not in self._done:
            return False
        recorded = self._done[key]
        return recorded is None or recorded == article.sha256

    def record_failure(self, failure: Failure) -> None:
        self.failures.append(failure)
        if self.failures_path is not None:
            append_line(self.failures_path, failure.to_json())

    def _scan_folder(self, folder: Path) -> None:
        if not folder.is_dir():
            return
        for path in folder.iterdir():
            if path.name.startswith((".", "_")):
                continue
            if path.suffix == ".json":
                sha = _sha_of(path.read_text(encoding="utf-8"))
                if sha is not False:
                    self._done[path.stem] = sha
            elif path.suffix == ".html":
                sha = SHA_META.search(path.read_text(encoding="utf-8"))
                self._done[path.stem] = sha.group(1) if sha else None
            elif path.suffix == ".md":
                self._done[path.stem] = None

    def _scan_jsonl(self, path: Path) -> None:
        if not path.is_file():
            return
        good = []
        lines = path.read_text(encoding="utf-8").splitlines()
        for line in lines:
            try:
                record = json.loads(line)
                article = record["article"]
            except (ValueError, KeyError, TypeError):
                continue  # a record cut short by a crash: dropped, and its article redone
            self._done[article["id"]] = article.get("sha256")
            good.append(line)
        if len(good) != len(lines):
            write_atomic(path, "".join(line + "\n" for line in good))


def _sha_of(text: str) -> str | None | bool:
    """The article hash a saved summary carries; False if the file is not a summary."""
    try:
        return json.loads(text)["article"]["sha256"]
    except (ValueError, KeyError, TypeError):
        return False
