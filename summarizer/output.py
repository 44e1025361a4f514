"""Where summaries go: stdout, one file, a folder (one file per article) or a JSONL file.

Files are written atomically (temporary file, fsync, rename) and JSONL records are appended one
complete line at a time, so an interrupted run never leaves a truncated record.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from summarizer.errors import InputError
from summarizer.render import SUFFIX_FORMATS, render_text, to_json
from summarizer.schema import Summary

_FORMAT_SUFFIX = {"json": ".json", "markdown": ".md", "html": ".html"}


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def append_line(path: Path, line: str) -> None:
    """Append one complete line with a single write() on an O_APPEND descriptor.

    A killed process cannot leave half of it: the kernel completes or never starts the write.
    (No fsync: that guards against power loss, at a millisecond per record.)"""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = (line.rstrip("\n") + "\n").encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        written = os.write(fd, data)
        while written < len(data):  # a short write: finish it (rare; regular files write whole)
            written += os.write(fd, data[written:])
    finally:
        os.close(fd)


class Sink:
    """Writes each summary as soon as it is ready, in the format and place the user chose."""

    def __init__(self, out: str | None, fmt: str | None, many: bool, stdout: TextIO | None = None):
        self.stdout = stdout or sys.stdout
        self.path = Path(out) if out else None
        self.many = many
        self.to_dir = self.path is not None and (
            self.path.is_dir() or (many and self.path.suffix.lower() not in {".jsonl", ".ndjson"})
        )
        self.jsonl = (
            self.path is not None
            and not self.to_dir
            and self.path.suffix.lower()
            in {
                ".jsonl",
                ".ndjson",
            }
        )
        if fmt is None:
            if self.path is not None and not self.to_dir:
                fmt = SUFFIX_FORMATS.get(self.path.suffix.lower(), "json")
            elif self.path is None and self.stdout.isatty():
                fmt = "terminal"
            else:
                fmt = "json"
        if self.path is not None and fmt == "terminal":
            raise InputError(
                "--format terminal cannot be written to a file; use json, markdown or html"
            )
        if self.jsonl and fmt != "json":
            raise InputError(f"{self.path}: a .jsonl output holds JSON; drop --format {fmt}")
        if self.path is not None and not self.to_dir and many and not self.jsonl:
            raise InputError(f"--out {self.path}: several articles need a folder or a .jsonl file")
        if self.path is None and many and fmt == "html":
            raise InputError("several articles as HTML need --out FOLDER (one page per article)")
        self.format = fmt
        self._console = None

    def write(self, summary: Summary, article_text: str | None = None) -> None:
        """Write `summary`; `article_text` is shown by the HTML page, ignored otherwise."""
        if self.path is None:
            self._write_stdout(summary, article_text)
        elif self.jsonl:
            append_line(self.path, to_json(summary, indent=None))
        elif self.to_dir:
            name = safe_name(summary.article.id) + _FORMAT_SUFFIX[self.format]
            write_atomic(self.path / name, render_text(summary, self.format, article_text))
        else:
            write_atomic(self.path, render_text(summary, self.format, article_text))

    def _write_stdout(self, summary: Summary, article_text: str | None) -> None:
        if self.format == "terminal":
            from rich.console import Console

            self._console = self._console or Console(file=self.stdout)
            self._console.print(f"[dim]── {summary.article.source or summary.article.id}[/dim]")
            from summarizer.render.terminal import print_summary

            print_summary(summary, self._console)
        elif self.format == "json":
            text = to_json(summary, indent=None if self.many else 2)
            self.stdout.write(text + "\n")
        else:
            rendered = render_text(summary, self.format, article_text)
            self.stdout.write(rendered + ("\n" if self.many else ""))
        self.stdout.flush()


def safe_name(article_id: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in article_id).strip(".")
    return cleaned[:150] or "article"
