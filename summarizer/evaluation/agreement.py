"""Agreement between the gold speakers and an independent second reading of them.

The second reading (`evals/second_reading/speakers.jsonl`) gives, for every gold quote, the
speaker a second annotator chose from the article alone. Agreement per split says how far the
speaker labels can be trusted; the disagreements are the cases to adjudicate.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from summarizer.errors import InputError
from summarizer.evaluation.gold import GoldItem


class SecondLabel(BaseModel):
    article: str
    quote: str
    speaker: str | None
    sure: bool = True
    note: str = ""


@dataclass(frozen=True)
class Disagreement:
    article: str
    quote: str
    gold: str | None
    second: str | None


@dataclass(frozen=True)
class SplitAgreement:
    compared: int
    agreed: int
    unlabeled: int
    disagreements: tuple[Disagreement, ...]


def load_second_reading(path: Path) -> dict[tuple[str, str], SecondLabel]:
    """Labels keyed by (article id, quote id); a repeated key is an error, not a silent overwrite."""
    labels: dict[tuple[str, str], SecondLabel] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            label = SecondLabel.model_validate(json.loads(line))
        except ValueError as exc:
            raise InputError(f"{path}:{number}: not a second-reading label: {exc}") from exc
        key = (label.article, label.quote)
        if key in labels:
            raise InputError(f"{path}:{number}: {label.article} {label.quote} is labeled twice")
        labels[key] = label
    return labels


def speaker_agreement(
    items: list[GoldItem], labels: dict[tuple[str, str], SecondLabel]
) -> dict[str, SplitAgreement]:
    """Exact agreement of speaker ids (both null counts as agreeing), per split."""
    compared: Counter[str] = Counter()
    agreed: Counter[str] = Counter()
    unlabeled: Counter[str] = Counter()
    disagreements: dict[str, list[Disagreement]] = {}
    for item in items:
        split = item.entry.split
        found = disagreements.setdefault(split, [])
        for quote in item.gold.quotes:
            label = labels.get((item.entry.id, quote.id))
            if label is None:
                unlabeled[split] += 1
                continue
            compared[split] += 1
            if label.speaker == quote.speaker:
                agreed[split] += 1
            else:
                found.append(Disagreement(item.entry.id, quote.id, quote.speaker, label.speaker))
    return {
        split: SplitAgreement(compared[split], agreed[split], unlabeled[split], tuple(found))
        for split, found in disagreements.items()
    }


def stale_labels(
    items: list[GoldItem], labels: dict[tuple[str, str], SecondLabel]
) -> list[tuple[str, str]]:
    """Second-reading keys that name no gold quote (the gold changed after the reading)."""
    known = {(item.entry.id, quote.id) for item in items for quote in item.gold.quotes}
    return sorted(key for key in labels if key not in known)
