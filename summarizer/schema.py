"""The public output schema: one `Summary` for every backend.

Offsets are character offsets into the article text (Python `str` indices, i.e. Unicode code points),
computed by our grounding code, never taken from a model.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"

ARTICLE_CLAIMANT = "article"
"""Claimant id for assertions the article makes in its own voice."""


class AlignmentStatus(StrEnum):
    exact = "exact"
    normalised = "normalised"
    fuzzy = "fuzzy"
    not_found = "not_found"


VERIFIED_STATUSES = frozenset({AlignmentStatus.exact, AlignmentStatus.normalised})


class ActorType(StrEnum):
    person = "person"
    organisation = "organisation"
    government = "government"
    media = "media"
    other = "other"


class QuoteKind(StrEnum):
    full = "full"
    partial = "partial"


class ClaimKind(StrEnum):
    fact = "fact"
    prediction = "prediction"
    threat = "threat"
    denial = "denial"
    opinion = "opinion"
    promise = "promise"
    accusation = "accusation"
    other = "other"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Span(_Model):
    """Where a piece of text sits in the article, and how it was found."""

    start: int | None = Field(
        None, ge=0, description="Start offset (inclusive); None if not found."
    )
    end: int | None = Field(None, ge=0, description="End offset (exclusive); None if not found.")
    text: str = Field(
        description="The article's own characters at [start, end), or the unmatched text."
    )
    status: AlignmentStatus
    score: float = Field(1.0, ge=0.0, le=1.0, description="Alignment similarity, 1.0 for exact.")

    @property
    def verified(self) -> bool:
        return self.status in VERIFIED_STATUSES

    @model_validator(mode="after")
    def _offsets_consistent(self) -> Span:
        found = self.status != AlignmentStatus.not_found
        if found and (self.start is None or self.end is None):
            raise ValueError(f"a span with status {self.status} needs start and end")
        if not found and (self.start is not None or self.end is not None):
            raise ValueError("a span that was not found cannot have offsets")
        if found and self.end < self.start:  # type: ignore[operator]
            raise ValueError("span end is before its start")
        return self


class Actor(_Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$", description="Stable id, e.g. 'jd-vance'.")
    name: str = Field(min_length=1, description="Canonical name, e.g. 'JD Vance'.")
    type: ActorType
    role: str | None = Field(None, description="Role or title as the article states it.")
    aliases: list[str] = Field(default_factory=list, description="Other names the article uses.")
    mentions: list[Span] = Field(default_factory=list, description="Where the name/aliases occur.")


class Quote(_Model):
    id: str
    text: str = Field(
        min_length=1, description="The quoted words (article characters when aligned)."
    )
    speaker: str | None = Field(None, description="Actor id of the speaker, or None if unknown.")
    cue: str | None = Field(None, description="Reporting phrase, e.g. 'said', 'told WSJ'.")
    kind: QuoteKind = QuoteKind.full
    span: Span
    verified: bool = Field(description="True only if the text was found verbatim in the article.")
    model_text: str | None = Field(
        None, description="What the extractor returned, when it differs from the article text."
    )

    @model_validator(mode="after")
    def _verified_means_found(self) -> Quote:
        if self.verified and not self.span.verified:
            raise ValueError(
                f"quote {self.id} is marked verified but its span is {self.span.status}"
            )
        return self


class Attribution(_Model):
    id: str
    source: str | None = Field(None, description="Actor id of the source, or None if unknown.")
    content: str = Field(min_length=1, description="Short paraphrase of what is attributed.")
    cue: str | None = Field(None, description="E.g. 'according to', 'reports', 'told NATO allies'.")
    evidence: Span
    verified: bool
    quotes: list[str] = Field(
        default_factory=list, description="Ids of quotes this attribution covers."
    )

    @model_validator(mode="after")
    def _verified_means_found(self) -> Attribution:
        if self.verified and not self.evidence.verified:
            raise ValueError(f"attribution {self.id} is marked verified but its evidence is not")
        return self


class Claim(_Model):
    id: str
    text: str = Field(min_length=1, description="The assertion, stated briefly.")
    claimant: str = Field(
        description=f"Actor id, or '{ARTICLE_CLAIMANT}' for the article's own voice."
    )
    kind: ClaimKind = ClaimKind.fact
    evidence: list[Span] = Field(default_factory=list)
    verified: bool

    @model_validator(mode="after")
    def _verified_means_found(self) -> Claim:
        if self.verified and not (self.evidence and all(s.verified for s in self.evidence)):
            raise ValueError(f"claim {self.id} is marked verified but its evidence is not")
        return self


class Usage(_Model):
    """Token usage summed over every model call, reasks and retries included."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    calls: int = 0

    def add(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
            calls=self.calls + other.calls,
        )


class Provenance(_Model):
    backend: str = Field(description="'llm' or 'offline'.")
    model: str
    prompt_version: str | None = None
    prompt_hash: str | None = Field(None, description="sha256 of the rendered prompt template.")
    schema_version: str = SCHEMA_VERSION
    usage: Usage = Field(default_factory=Usage)
    extractive: bool = Field(False, description="True if headline/summary are copied, not written.")
    chunks: int = 1
    attempts: int = Field(1, description="Model calls made, reasks included.")
    cached: bool = Field(False, description="Served from the response cache: no call was paid for.")
    summarizer_version: str | None = None


class ArticleInfo(_Model):
    id: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = Field(None, description="Where the text was read from (path, URL, '-').")
    chars: int = Field(description="Length of the article text; offsets index into it.")
    sha256: str = Field(description="sha256 of the UTF-8 article text, to check offsets against.")


class Summary(_Model):
    schema_version: str = SCHEMA_VERSION
    article: ArticleInfo
    headline: str
    summary: str
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    provenance: Provenance
    warnings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references_resolve(self) -> Summary:
        problems = reference_problems(self.actors, self.quotes, self.attributions, self.claims)
        quote_ids = {q.id for q in self.quotes}
        problems += [
            f"attribution {a.id}: quote '{qid}' does not exist"
            for a in self.attributions
            for qid in a.quotes
            if qid not in quote_ids
        ]
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


def reference_problems(
    actors: Sequence[Any], quotes: Sequence[Any], attributions: Sequence[Any], claims: Sequence[Any]
) -> list[str]:
    """Duplicate ids and references to actors that do not exist (shared with the gold schema)."""
    actor_ids = [a.id for a in actors]
    known = set(actor_ids)
    problems = _duplicates("actor", actor_ids)
    for kind, items in (("quote", quotes), ("attribution", attributions), ("claim", claims)):
        problems += _duplicates(kind, [i.id for i in items])
    problems += [
        f"quote {q.id}: speaker '{q.speaker}' is not an actor id"
        for q in quotes
        if q.speaker is not None and q.speaker not in known
    ]
    problems += [
        f"attribution {a.id}: source '{a.source}' is not an actor id"
        for a in attributions
        if a.source is not None and a.source not in known
    ]
    problems += [
        f"claim {c.id}: claimant '{c.claimant}' is not an actor id"
        for c in claims
        if c.claimant != ARTICLE_CLAIMANT and c.claimant not in known
    ]
    return problems


def _duplicates(kind: str, ids: list[str]) -> list[str]:
    seen: set[str] = set()
    dups = {i for i in ids if i in seen or seen.add(i)}  # type: ignore[func-returns-value]
    return [f"duplicate {kind} id '{i}'" for i in sorted(dups)]
