"""Matching predicted items to gold items: names, spans, one-to-one assignment.

Pure functions, no I/O. Spans are compared after trimming whitespace and edge punctuation
(a quote's closing comma is not worth a mismatch).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from summarizer.text.names import name_key

P = TypeVar("P")
G = TypeVar("G")

_TRIM = " \t\n\r.,;:!?\"'\u2018\u2019\u201c\u201d\u00ab\u00bb-\u2013\u2014"


def names_match(names_a: Iterable[str], names_b: Iterable[str]) -> bool:
    """True when any name of one side equals any name of the other after `name_key`."""
    keys_a = {name_key(n) for n in names_a} - {""}
    keys_b = {name_key(n) for n in names_b} - {""}
    return bool(keys_a & keys_b)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def coverage(gold: tuple[int, int], pred: tuple[int, int]) -> float:
    """Share of the gold span's characters the predicted span covers."""
    overlap = min(gold[1], pred[1]) - max(gold[0], pred[0])
    length = gold[1] - gold[0]
    return max(0, overlap) / length if length > 0 else 0.0


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def match_one_to_one(
    predicted: Sequence[P], gold: Sequence[G], score: Callable[[P, G], float]
) -> list[tuple[int, int, float]]:
    """Greedy maximum-score one-to-one pairs (pred index, gold index, score) with score > 0."""
    candidates = [
        (s, i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if (s := score(p, g)) > 0
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for s, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j, s))
    return sorted(pairs, key=lambda pair: pair[1])
