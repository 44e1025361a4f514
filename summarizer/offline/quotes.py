"""Find quoted passages and their exact spans: straight and curly marks, nesting, partial quotes,
and multi-paragraph quotes where each paragraph reopens the mark.

A paragraph that leaves a quote open continues it when the next paragraph opens with a quote
mark (the newspaper convention), or when the next paragraph's first mark can only close a quote
and its marks do not pair up among themselves (a message quoted line by line, closed once at its
end); otherwise the unmatched mark is ignored, so an odd number of marks never invents a span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "\u201c\u201e\u00ab"  # “ „ «
CLOSERS = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
MARKS = OPENERS + CLOSERS + STRAIGHT
_LINE = re.compile(r"[^\n]+")
_MARK = re.compile("[" + re.escape(MARKS) + "]")


@dataclass(frozen=True)
class QuotedSpan:
    start: int
    """First character inside the opening mark."""
    end: int
    """The closing mark's position (exclusive end of the inner text)."""
    open_mark: int
    close_mark: int
    paragraphs: int = 1


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    pending: tuple[int, int] | None = None  # (open mark position, paragraphs so far)
    for line_no, line in enumerate(lines):
        start = line.start()
        if pending is not None:
            first = _first_non_space(text, line.start(), line.end())
            if first is not None and text[first] in OPENERS + STRAIGHT:
                start = first + 1  # the reopening mark of a multi-paragraph quote
            elif not _closes_open_quote(text, line.start(), line.end()):
                pending = None
        pending = _scan_line(text, start, line.end(), pending, spans)
        if pending is not None and line_no == len(lines) - 1:
            pending = None
    return spans


def _scan_line(
    text: str, start: int, end: int, pending: tuple[int, int] | None, spans: list[QuotedSpan]
) -> tuple[int, int] | None:
    """Pair the marks of one paragraph; returns the quote still open at its end, if any."""
    open_at = pending[0] if pending else None
    paragraphs = pending[1] + 1 if pending else 1
    depth = 1 if pending else 0
    for mark in _MARK.finditer(text, start, end):
        i, char = mark.start(), mark.group()
        if depth == 0:
            if char in OPENERS or (char == STRAIGHT and _can_open(text, i, end)):
                open_at, depth, paragraphs = i, 1, 1
            continue
        if char in OPENERS or (char == STRAIGHT and _opens_nested(text, i, end)):
            depth += 1
        elif char in CLOSERS or char == STRAIGHT:
            depth -= 1
            if depth == 0 and open_at is not None:
                inner_start, inner_end = open_at + 1, i
                if text[inner_start:inner_end].strip():
                    spans.append(QuotedSpan(inner_start, inner_end, open_at, i, paragraphs))
                open_at = None
    if depth > 0 and open_at is not None:
        return open_at, paragraphs
    return None


def _closes_open_quote(text: str, start: int, end: int) -> bool:
    """The paragraph's marks are odd in number and the first one hugs a word and can only close."""
    marks = [m.start() for m in _MARK.finditer(text, start, end)]
    if len(marks) % 2 == 0:
        return False
    i = marks[0]
    if text[i] in CLOSERS:
        return True
    after = text[i + 1] if i + 1 < end else " "
    return text[i] == STRAIGHT and not text[i - 1].isspace() and not after.isalnum()


def _can_open(text: str, i: int, end: int) -> bool:
    """A straight mark can open a quote unless it hugs the previous word and is followed by space."""
    after = text[i + 1] if i + 1 < end else " "
    return not after.isspace()


def _opens_nested(text: str, i: int, end: int) -> bool:
    """Inside a quote, a straight mark after a space and before a word opens a nested quote."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before.isspace() or before in "([") and (after.isalnum() or after in "[(")


def _first_non_space(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not text[i].isspace():
            return i
    return None
