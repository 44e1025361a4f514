"""Agreement between the gold speakers and an independent second reading of them.

The second reading (`evals/second_reading/speakers.jsonl`) gives, for every gold quote, the
speaker a second annotator chose from the article alone. Agreement per split says how far the
speaker labels can be trusted; the disagreements are the cases to adjudicate.
"""

from __future__ import annotations

import json
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
    tallies: dict[str, list] = {}
    for item in items:
        tally = tallies.setdefault(item.entry.split, [0, 0, 0, []])
        for quote in item.gold.quotes:
            label = labels.get((item.entry.id, quote.id))
            if label is None:
                tally[2] += 1
                continue
            tally[0] += 1
            if label.speaker == quote.speaker:
                tally[1] += 1
            else:
                tally[3].append(Disagreement(item.entry.id, quote.id, quote.speaker, label.speaker))
    return {
        split: SplitAgreement(compared, agreed, unlabeled, tuple(found))
        for split, (compared, agreed, unlabeled, found) in tallies.items()
    }


def stale_labels(
    items: list[GoldItem], labels: dict[tuple[str, str], SecondLabel]
) -> list[tuple[str, str]]:
    """Second-reading keys that name no gold quote (the gold changed after the reading)."""
    known = {(item.entry.id, quote.id) for item in items for quote in item.gold.quotes}
    return sorted(key for key in labels if key not in known)
