"""Find quoted passages and their exact spans: straight and curly marks, nesting, partial quotes,
and multi-paragraph quotes where each paragraph reopens the mark.

A paragraph that leaves a quote open continues it when the next paragraph opens with a quote
mark (the newspaper convention), or when the next paragraph's first mark can only close a quote
and its marks do not pair up among themselves (a message quoted line by line, closed once at its
end); otherwise the unmatched mark is ignored, so an odd number of marks never invents a span.

Most papers quote in double marks and nest single ones; British papers often do the reverse. An
article whose double-marked passages all lie inside single-marked ones (or that has none) is read
in the single style, where an apostrophe ("don't", "the players' union", "the '90s") is told
apart from a quote mark by the characters around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MASK = "\u2591"  # ░ stands in for every character of a quoted passage (`mask_quotes`)

OPENERS = "\u201c\u201e\u00ab"  # “ „ «
CLOSERS = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
MARKS = OPENERS + CLOSERS + STRAIGHT
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class QuoteStyle:
    openers: str
    closers: str
    straight: str
    pattern: re.Pattern[str]


DOUBLE = QuoteStyle(OPENERS, CLOSERS, STRAIGHT, re.compile("[" + re.escape(MARKS) + "]"))
SINGLE = QuoteStyle("\u2018", "\u2019", "'", re.compile("[\u2018\u2019']"))
# "the '90s", "'em", "rock 'n' roll": a mark before these is an apostrophe, not an opening quote
_ELISION = re.compile(r"\d\ds\b|(?:em|n|til|cause|bout)\b", re.IGNORECASE)
_N_ELIDED = frozenset(("'n'", "\u2018n\u2019", "\u2019n\u2019"))


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
    """Every quoted passage, in the article's own quoting style (see the module's docstring)."""
    spans = _find(text, DOUBLE)
    before = text[: spans[0].open_mark] if spans else text  # a single mark must open first
    if "\u2018" in before or " '" in before or "\n'" in before or before.startswith("'"):
        single = _find(text, SINGLE)
        if single and all(any(_within(d, s) for s in single) for d in spans):
            return single
    return spans


def _within(inner: QuotedSpan, outer: QuotedSpan) -> bool:
    return outer.open_mark < inner.open_mark and inner.close_mark < outer.close_mark


def _find(text: str, style: QuoteStyle) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    pending: tuple[int, int] | None = None  # (open mark position, paragraphs so far)
    for line_no, line in enumerate(lines):
        start = line.start()
        if pending is not None:
            first = _first_non_space(text, line.start(), line.end())
            if first is not None and text[first] in style.openers + style.straight:
                start = first + 1  # the reopening mark of a multi-paragraph quote
            elif not _closes_open_quote(text, line.start(), line.end(), style):
                pending = None
        pending = _scan_line(text, start, line.end(), pending, spans, style)
        if pending is not None and line_no == len(lines) - 1:
            pending = None
    return spans


def _scan_line(
    text: str,
    start: int,
    end: int,
    pending: tuple[int, int] | None,
    spans: list[QuotedSpan],
    style: QuoteStyle,
) -> tuple[int, int] | None:
    """Pair the marks of one paragraph; returns the quote still open at its end, if any."""
    open_at = pending[0] if pending else None
    paragraphs = pending[1] + 1 if pending else 1
    depth = 1 if pending else 0
    marks = _marks(text, start, end, style)
    for n, i in enumerate(marks):
        char = text[i]
        if depth == 0:
            if char in style.openers or (char == style.straight and _can_open(text, i, end)):
                open_at, depth, paragraphs = i, 1, 1
            continue
        if char == "\u201c" and depth == 1 and open_at is not None and text[open_at] == "\u201e":
            char = "\u201d"  # German marks: "„Wir schaffen das“" closes with the high mark
        if char in style.openers or (char == style.straight and _opens_nested(text, i, end)):
            depth += 1
        elif char in style.closers or char == style.straight:
            if style is SINGLE and _possessive(text, i) and n + 1 < len(marks):
                continue  # "'The players' union is angry,' he said": a later mark closes
            depth -= 1
            if depth == 0 and open_at is not None:
                inner_start, inner_end = open_at + 1, i
                if text[inner_start:inner_end].strip():
                    spans.append(QuotedSpan(inner_start, inner_end, open_at, i, paragraphs))
                open_at = None
    if depth > 0 and open_at is not None:
        return open_at, paragraphs
    return None


def _closes_open_quote(text: str, start: int, end: int, style: QuoteStyle) -> bool:
    """The paragraph's marks are odd in number and the first one hugs a word and can only close."""
    marks = _marks(text, start, end, style)
    if len(marks) % 2 == 0:
        return False
    i = marks[0]
    if text[i] in style.closers:
        return True
    after = text[i + 1] if i + 1 < end else " "
    return text[i] == style.straight and not text[i - 1].isspace() and not after.isalnum()


def _marks(text: str, start: int, end: int, style: QuoteStyle) -> list[int]:
    """Where the style's quote marks are in [start, end); in the single style, not apostrophes."""
    found = [m.start() for m in style.pattern.finditer(text, start, end)]
    if style is SINGLE:
        found = [i for i in found if not _apostrophe(text, i, end)]
    return found


def _apostrophe(text: str, i: int, end: int) -> bool:
    """A single mark that is an apostrophe: inside a word ("don't", "O'Brien"), either mark of
    "rock 'n' roll", or eliding a word's start ("the '90s", "'em")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    if (before.isalnum() and after.isalnum()) or text[i - 2 : i + 1] in _N_ELIDED:
        return True
    return text[i] != "\u2019" and not before.isalnum() and bool(_ELISION.match(text, i + 1, end))


def _possessive(text: str, i: int) -> bool:
    """'the players' union': a mark after a plural's "s" and before a lowercase word that is no
    function word ("could not 'wait another twenty-five years' for a deal": a quote closes)."""
    if not (text[i - 1] in "sS" and text.startswith(" ", i + 1) and text[i + 2 : i + 3].islower()):
        return False
    word = _NEXT_WORD.match(text, i + 2)
    return word is None or word.group() not in _NO_POSSESSION_BEFORE


_NEXT_WORD = re.compile(r"[a-z]+")
# Words that never follow a possessive: after "s'" they follow a closing quote mark instead
_NO_POSSESSION_BEFORE = frozenset(
    """for if and or but nor to in on at as from with by of the a an that which who when while
    after before because since until unless than so then is was were are be he she they it we
    i you said says told added""".split()  # noqa: SIM905
)


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


def mask_quotes(text: str, spans: list[QuotedSpan]) -> str:
    """`text` with every quoted passage, marks included, replaced by MASK (line breaks kept)."""
    pieces, reached = [], 0
    for span in spans:
        start = max(span.open_mark, reached)
        pieces.append(text[reached:start])
        reached = max(reached, span.close_mark + 1)
        pieces.append("\n".join(MASK * len(line) for line in text[start:reached].split("\n")))
    pieces.append(text[reached:])
    return "".join(pieces)
