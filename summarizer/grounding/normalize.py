"""Text normalisation that remembers where every character came from.

Matching a model's quote against the article has to forgive typography (curly vs straight quotes,
dashes, line breaks, case) but the offsets we report must point into the original text. So each
normalised character carries the index of the original character it came from.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

QUOTE_MARKS = frozenset(
    "\"'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a\u2032\u2033\u00b4"
)
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
EDGE_PUNCTUATION = " .,;:!?-"


@dataclass(frozen=True)
class NormalizedText:
    text: str
    origin: tuple[int, ...]
    """origin[i] is the index in the original string of normalised character i."""

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) back to the original string."""
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> NormalizedText:
    """Drop quote marks, unify dashes, collapse whitespace, NFKC and casefold."""
    out: list[str] = []
    origin: list[int] = []
    pending_space = False
    for index, char in enumerate(text):
        if char in QUOTE_MARKS:
            continue
        if char.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            origin.append(index)
            pending_space = False
        if char in DASHES:
            folded = "-"
        elif char == "\u2026":
            folded = "..."
        else:
            folded = unicodedata.normalize("NFKC", char).casefold()
        for piece in folded:
            out.append(piece)
            origin.append(index)
    return NormalizedText("".join(out), tuple(origin))


def normalize_needle(text: str) -> str:
    """A search string normalised like the article, with edge punctuation trimmed."""
    return normalize(text).text.strip(EDGE_PUNCTUATION)
