"""Comparable keys for names: "President Donald Trump", "Trump's" and "donald trump" alike."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TITLES = frozenset(
    """mr mrs ms dr prof professor president vice prime minister secretary senator sen rep
    representative governor mayor chancellor king queen prince princess pope sir lord lady dame
    general gen captain capt sheriff judge justice chief director spokesman spokeswoman
    spokesperson commissioner ambassador archbishop bishop cardinal father rev reverend
    chairman chairwoman ceo leader speaker former ex the""".split()  # noqa: SIM905
)


_UNDECOMPOSABLE = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
    }
)


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """Lowercase, accents and punctuation removed, titles and a leading 'the' dropped."""
    ascii_name = (
        unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSABLE))
        .encode("ascii", "ignore")
        .decode()
    )
    words = re.sub(r"[^a-z0-9 ]+", " ", ascii_name.lower().replace("'s ", " ")).split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return " ".join(words)
