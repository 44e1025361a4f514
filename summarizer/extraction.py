"""What a backend returns before grounding: the `Extraction`.

Every backend (LLM or offline) produces this ungrounded form. It carries text and location hints
(sentence numbers as shown in the prompt, 1-based), never offsets; `summarizer.grounding` turns it
into a `Summary` with offsets computed by our own code.

The same class is the LLM's response model. When instructor validates it with a grounding context
(see `summarizer.grounding.checks`), ungrounded quotes and dangling ids become a precise reask.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, model_validator

from summarizer.schema import ActorType, ClaimKind, QuoteKind

_SCHEMAS: dict[str, str] = {}


class _Draft(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ExtractedActor(_Draft):
    id: str = Field(description="Short lowercase slug, e.g. 'jd-vance'.")
    name: str = Field(description="Full canonical name, e.g. 'JD Vance'.")
    type: ActorType
    role: str | None = Field(None, description="Title or role as the article states it.")
    aliases: list[str] = Field(default_factory=list, description="Other names the article uses.")


class ExtractedQuote(_Draft):
    text: str = Field(description="The exact words between the quote marks, without the marks.")
    speaker: str | None = Field(None, description="Actor id of the speaker, or null if unknown.")
    cue: str | None = Field(None, description="Reporting words, e.g. 'said', 'told WSJ'.")
    kind: QuoteKind = Field(QuoteKind.full, description="'partial' for a fragment in a sentence.")
    sentence: int | None = Field(None, description="Number of the sentence where the quote starts.")


class ExtractedAttribution(_Draft):
    source: str | None = Field(None, description="Actor id of the source.")
    content: str = Field(description="Short paraphrase of what the source said or reported.")
    cue: str | None = Field(None, description="E.g. 'according to', 'reports', 'told reporters'.")
    sentence: int | None = Field(None, description="Number of the sentence that says it.")


class ExtractedClaim(_Draft):
    text: str = Field(description="The assertion, stated briefly.")
    claimant: str = Field(description="Actor id, or 'article' for the article's own voice.")
    kind: ClaimKind = ClaimKind.fact
    sentences: list[int] = Field(default_factory=list, description="Supporting sentence numbers.")


class Extraction(_Draft):
    headline: str = Field(description="One line.")
    summary: str = Field(description="Two to four sentences.")
    actors: list[ExtractedActor] = Field(default_factory=list)
    quotes: list[ExtractedQuote] = Field(default_factory=list)
    attributions: list[ExtractedAttribution] = Field(default_factory=list)
    claims: list[ExtractedClaim] = Field(default_factory=list)

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Cached: pydantic builds the schema anew on every call, and instructor asks for it on
        every request (a third of a batch's CPU time before this cache)."""
        key = repr((cls, args, sorted(kwargs.items())))
        cached = _SCHEMAS.get(key)
        if cached is None:
            cached = _SCHEMAS[key] = json.dumps(super().model_json_schema(*args, **kwargs))
        return json.loads(cached)  # a fresh copy: callers may change it

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Extraction:
        """Like pydantic's, but tolerant of raw control characters inside JSON strings.

        Small models often put literal newlines in string values; strict JSON rejects that, and
        instructor's JSON mode parses with pydantic's strict JSON parser.
        """
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as exc:
            if not any("control character" in str(e.get("msg", "")) for e in exc.errors()):
                raise
            data = json.loads(json_data, strict=False)
            kwargs.pop("by_alias", None), kwargs.pop("by_name", None)
            return cls.model_validate(data, **kwargs)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> Extraction:
        """During an LLM call, reject what our code cannot ground (see `grounding_checks`)."""
        context: Any = info.context
        checker = context.get("grounding") if isinstance(context, dict) else None
        checker = checker or GROUNDING.get()
        if checker is not None:
            checker.check(self)
        return self


GROUNDING: ContextVar[Any] = ContextVar("summarizer_grounding_checker", default=None)
"""The checker for the call in progress. Not passed as instructor's `context=`: instructor renders
every message as a Jinja2 template when a context is given, and an article containing '{{' would
be evaluated (or crash the call)."""


@contextmanager
def grounding_checks(checker: Any) -> Iterator[None]:
    token = GROUNDING.set(checker)
    try:
        yield
    finally:
        GROUNDING.reset(token)
