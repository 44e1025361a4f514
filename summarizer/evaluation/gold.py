"""Gold data: the suite manifest, the hand labels per article, and their validation.

Gold uses the project's vocabulary (actor types, quote kinds, claim kinds) plus what evaluation
needs: aliases for matching, and `required: false` for actors a good summary may list but need not.
Every span must match the article text exactly; every reference must resolve.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from summarizer.errors import InputError
from summarizer.ingest.article import Article
from summarizer.schema import ActorType, ClaimKind, QuoteKind, reference_problems

SPLITS = ("dev", "test")


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldSpan(_Gold):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(min_length=1)


class GoldActor(_Gold):
    id: str
    name: str
    type: ActorType
    role: str | None = None
    aliases: list[str] = Field(default_factory=list)
    required: bool = True
    """False: listing this actor is fine but not expected (it does not count toward recall)."""


class GoldQuote(GoldSpan):
    id: str
    speaker: str | None
    cue: str | None = None
    kind: QuoteKind = QuoteKind.full


class GoldAttribution(_Gold):
    id: str
    source: str | None
    cue: str | None = None
    content: str
    evidence: GoldSpan


class GoldClaim(_Gold):
    id: str
    claimant: str
    kind: ClaimKind = ClaimKind.fact
    text: str
    evidence: list[GoldSpan] = Field(min_length=1)


class GoldLabels(_Gold):
    id: str
    annotator: str | None = None
    notes: str | None = None
    actors: list[GoldActor] = Field(default_factory=list)
    quotes: list[GoldQuote] = Field(default_factory=list)
    attributions: list[GoldAttribution] = Field(default_factory=list)
    claims: list[GoldClaim] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references_resolve(self) -> GoldLabels:
        problems = reference_problems(self.actors, self.quotes, self.attributions, self.claims)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def spans(self) -> list[GoldSpan]:
        return [
            *self.quotes,
            *(a.evidence for a in self.attributions),
            *(e for c in self.claims for e in c.evidence),
        ]


class SuiteEntry(_Gold):
    id: str
    split: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    credit: str
    license: str
    changes: str


class SuiteManifest(_Gold):
    name: str
    description: str | None = None
    articles: list[SuiteEntry]


@dataclass(frozen=True)
class GoldItem:
    entry: SuiteEntry
    article: Article
    gold: GoldLabels


def span_problems(gold: GoldLabels, text: str) -> list[str]:
    """Every gold span whose offsets do not give exactly its text."""
    return [
        f"span {s.start}-{s.end} is {text[s.start : s.end]!r} in the article, gold says {s.text!r}"
        for s in gold.spans()
        if text[s.start : s.end] != s.text
    ]


@dataclass(frozen=True)
class Suite:
    root: Path
    manifest: SuiteManifest

    @classmethod
    def load(cls, root: Path) -> Suite:
        path = root / "suite.json"
        if not path.is_file():
            raise InputError(f"{path}: no suite manifest")
        try:
            manifest = SuiteManifest.model_validate_json(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise InputError(f"{path}: invalid suite manifest: {_first_line(exc)}") from exc
        return cls(root, manifest)

    def entries(self, split: str = "all") -> list[SuiteEntry]:
        if split not in (*SPLITS, "all"):
            raise InputError(f"unknown split '{split}': use dev, test or all")
        return [e for e in self.manifest.articles if split == "all" or e.split == split]

    def article(self, entry: SuiteEntry) -> Article:
        path = self.root / "articles" / f"{entry.id}.txt"
        if not path.is_file():
            raise InputError(f"{entry.id}: article file {path} is missing")
        text = path.read_text(encoding="utf-8")
        return Article(
            id=entry.id,
            text=text,
            title=entry.title,
            date=entry.date,
            url=entry.url,
            source=str(path),
        )

    def gold(self, entry: SuiteEntry, article: Article) -> GoldLabels:
        path = self.root / "gold" / f"{entry.id}.json"
        if not path.is_file():
            raise InputError(f"{entry.id}: gold file {path} is missing")
        try:
            gold = GoldLabels.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except ValueError as exc:
            raise InputError(f"{path}: invalid gold: {_first_line(exc)}") from exc
        if gold.id != entry.id:
            raise InputError(f"{path}: gold id '{gold.id}' does not match '{entry.id}'")
        problems = span_problems(gold, article.text)
        if problems:
            raise InputError(f"{path}: {problems[0]} (and {len(problems) - 1} more)")
        return gold

    def items(self, split: str = "all") -> list[GoldItem]:
        items = []
        for entry in self.entries(split):
            article = self.article(entry)
            items.append(GoldItem(entry, article, self.gold(entry, article)))
        if not items:
            raise InputError(f"the suite has no articles in split '{split}'")
        return items


def _first_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:300]
