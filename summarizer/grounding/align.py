"""Align a verbatim string to the article: exact, then normalised, then fuzzy.

Offsets always come from here, never from a model. Repeated phrases resolve to the occurrence
nearest the `hint` (for example the start of the sentence the model cited) that is not already
taken by another item.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property

from rapidfuzz import fuzz

from summarizer.grounding.normalize import NormalizedText, normalize, normalize_needle
from summarizer.schema import AlignmentStatus, Span

DEFAULT_FUZZY_THRESHOLD = 0.90
MIN_FUZZY_CHARS = 12


class Aligner:
    """Aligns strings to one article; build it once per article."""

    def __init__(self, text: str, fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD) -> None:
        self.text = text
        self.fuzzy_threshold = fuzzy_threshold

    @cached_property
    def normalized(self) -> NormalizedText:
        """Built on first need: most quotes are found verbatim and never need it."""
        return normalize(self.text)

    def align(
        self,
        needle: str,
        hint: int | None = None,
        avoid: Collection[tuple[int, int]] = (),
    ) -> Span:
        """The best span for `needle`; status `not_found` (no offsets) if nothing is close enough."""
        stripped = needle.strip()
        if not stripped:
            return Span(text=needle, status=AlignmentStatus.not_found, score=0.0)
        exact = _occurrences(self.text, stripped)
        if exact:
            start = _choose(exact, len(stripped), hint, avoid)
            return self._span(start, start + len(stripped), AlignmentStatus.exact, 1.0)
        key = normalize_needle(stripped)
        if not key:
            return Span(text=needle, status=AlignmentStatus.not_found, score=0.0)
        found = _occurrences(self.normalized.text, key)
        if found:
            spans = [self.normalized.original_span(i, i + len(key)) for i in found]
            start, end = _choose_span(spans, hint, avoid)
            return self._span(start, end, AlignmentStatus.normalised, 1.0)
        return self._fuzzy(needle, key)

    def _fuzzy(self, needle: str, key: str) -> Span:
        if len(key) < MIN_FUZZY_CHARS:
            return Span(text=needle, status=AlignmentStatus.not_found, score=0.0)
        cutoff = self.fuzzy_threshold * 100
        result = fuzz.partial_ratio_alignment(key, self.normalized.text, score_cutoff=cutoff)
        if result is None or result.dest_end <= result.dest_start:
            return Span(text=needle, status=AlignmentStatus.not_found, score=0.0)
        start, end = self.normalized.original_span(result.dest_start, result.dest_end)
        start, end = _snap_to_words(self.text, start, end)
        return self._span(start, end, AlignmentStatus.fuzzy, round(result.score / 100, 4))

    def _span(self, start: int, end: int, status: AlignmentStatus, score: float) -> Span:
        return Span(start=start, end=end, text=self.text[start:end], status=status, score=score)


def _occurrences(haystack: str, needle: str) -> list[int]:
    found, start = [], haystack.find(needle)
    while start != -1:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def _choose(starts: list[int], length: int, hint: int | None, avoid) -> int:
    return _choose_span([(s, s + length) for s in starts], hint, avoid)[0]


def _choose_span(
    spans: list[tuple[int, int]], hint: int | None, avoid: Collection[tuple[int, int]]
) -> tuple[int, int]:
    free = [s for s in spans if not any(_overlaps(s, taken) for taken in avoid)] or spans
    if hint is None:
        return free[0]
    return min(free, key=lambda span: abs(span[0] - hint))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a fuzzy window so it does not cut a word in half."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end
