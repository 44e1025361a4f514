"""Whether a month's name in a text is a date or part of someone's name ("Theresa May", "April
Ryan"): only the words beside it tell."""

from __future__ import annotations

import re

# the months that are also people's names
MONTH_NAMES = frozenset(("april", "june", "may", "august", "march"))
_NUMBER_AFTER = re.compile(r",?\s*\d")
_NUMBER_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:of\s+)?$")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+$")
_TIME_PREPOSITIONS = frozenset(
    """in on since until till by of from during before after through between early late last
    next mid this that each every around""".split()  # noqa: SIM905
)


def is_date(text: str, start: int, end: int) -> bool:
    """Whether the words in [start, end), a month's name among them, are a date: a number beside
    them ("May 5", "5 June") or a preposition of time before them ("in May", "last June")."""
    if _NUMBER_AFTER.match(text, end):
        return True
    before = max(0, start - 12)
    if _NUMBER_BEFORE.search(text, before, start):
        return True
    word = _WORD_BEFORE.search(text, before, start)
    return word is not None and word.group(1).lower() in _TIME_PREPOSITIONS
