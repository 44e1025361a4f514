"""LLM extraction: prompt template + instructor + the `Extraction` schema, with grounded reasks.

Per chunk: render the prompt, ask for an `Extraction`, and let instructor reask (at most
`max_reasks` times) when our grounding checker finds an invented quote or a dangling id. When the
reasks run out, the last parsed answer is kept: grounding then flags what is still ungrounded as
`verified: false`, so nothing is dropped and nothing unverified is shown as verified.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import instructor
import openai
from instructor import OpenAISchema
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from pydantic import ConfigDict, ValidationError

from summarizer.backends import BackendResult
from summarizer.errors import ProviderError
from summarizer.extraction import Extraction, grounding_checks
from summarizer.grounding.checks import GroundingChecker
from summarizer.grounding.ground import ArticleIndex
from summarizer.ingest.article import Article
from summarizer.llm.failures import provider_failure
from summarizer.llm.limits import capped_schema
from summarizer.llm.providers import ModelSpec
from summarizer.merge import merge_extractions
from summarizer.options import Options
from summarizer.prompting import DEFAULT_PROMPT, RenderedPrompt, render_prompt, template_hash
from summarizer.schema import SCHEMA_VERSION, Usage
from summarizer.text.chunks import Chunk, chunk_sentences

PIPELINE_VERSION = "3"
"""Bump when the conversation with the model changes without the prompt or schema changing
(reask wording, parsing tolerance, how instructor is called): recordings made before then no
longer replay. 3: the grounding checker no longer travels as instructor's `context`."""

# instructor logs every failed attempt at ERROR level; we report failures ourselves, once.
logging.getLogger("instructor").setLevel(logging.CRITICAL)

_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "md_json": instructor.Mode.MD_JSON,
}


@dataclass
class _Tally:
    """Counts every call instructor makes, reasks included, from its hooks."""

    usage: Usage = field(default_factory=Usage)
    attempts: int = 0
    refusal: str | None = None
    http: list[int] = field(default_factory=lambda: [0])

    def requests(self) -> int:
        """HTTP requests made so far, transport retries included."""
        return self.http[0]

    def on_kwargs(self, *args: Any, **kwargs: Any) -> None:
        self.attempts += 1

    def on_response(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        self.usage = self.usage.add(
            Usage(
                prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
                completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
                total_tokens=getattr(usage, "total_tokens", 0) or 0,
                calls=1,
            )
        )
        choices = getattr(response, "choices", None) or []
        message = getattr(choices[0], "message", None) if choices else None
        if getattr(message, "refusal", None):
            self.refusal = str(message.refusal)


# `Extraction` as instructor's response model. Already an OpenAISchema, so instructor does not
# build a new pydantic class on every request (it did: a third of a batch's CPU time). No
# docstring: pydantic would put it in the JSON schema the model is shown; the title stays too.
class ExtractionResponse(Extraction, OpenAISchema):
    model_config = ConfigDict(title="Extraction")


# HTTP requests made for the article being processed (retries included), counted by an httpx
# event hook; a ContextVar keeps concurrent articles apart (each asyncio task has its own).
_REQUESTS: ContextVar[list[int] | None] = ContextVar("summarizer_requests", default=None)


def _count_request(request: Any) -> None:
    counter = _REQUESTS.get()
    if counter is not None:
        counter[0] += 1


async def _acount_request(request: Any) -> None:
    _count_request(request)


class LLMBackend:
    name = "llm"

    def __init__(self, spec: ModelSpec, options: Options) -> None:
        self.spec = spec
        self.options = options
        self.model = spec.id
        self._mode = _MODES[spec.mode]
        http = openai.OpenAI(
            **self._client_options(),
            http_client=openai.DefaultHttpxClient(event_hooks={"request": [_count_request]}),
        )
        self.client = instructor.from_openai(http, mode=self._mode)
        self._aclient: Any = None

    def _client_options(self) -> dict[str, Any]:
        return {
            "api_key": self.spec.api_key or "not-needed",
            "base_url": self.spec.base_url,
            "timeout": self.options.timeout,
            "max_retries": self.options.transport_retries,
        }

    @property
    def aclient(self) -> Any:
        """The async instructor client, made on first use (batch runs)."""
        if self._aclient is None:
            http = openai.AsyncOpenAI(
                **self._client_options(),
                http_client=openai.DefaultAsyncHttpxClient(
                    event_hooks={"request": [_acount_request]}
                ),
            )
            self._aclient = instructor.from_openai(http, mode=self._mode)
        return self._aclient

    def extract(self, index: ArticleIndex) -> BackendResult:
        run = _Run(self, index)
        with run.counting():
            for messages, checker in run.steps():
                run.add(self._ask(messages, checker, run.tally), checker)
        return run.result()

    async def aextract(self, index: ArticleIndex) -> BackendResult:
        run = _Run(self, index)
        with run.counting():
            for messages, checker in run.steps():
                run.add(await self._aask(messages, checker, run.tally), checker)
        return run.result()

    def _render(self, index: ArticleIndex) -> list[tuple[Chunk, RenderedPrompt]]:
        chunks = chunk_sentences(
            index.sentences, self.options.chunk_chars, self.options.overlap_chars
        )
        return [
            (
                chunk,
                render_prompt(
                    article_text=index.article.text,
                    sentences=list(chunk.sentences),
                    title=index.article.title,
                    date=index.article.date,
                    version=self.options.prompt_version,
                    system_role=self.spec.provider.system_role,
                ),
            )
            for chunk in chunks
        ]

    def _request(
        self, messages: list[dict[str, str]], checker: GroundingChecker, tally: _Tally
    ) -> dict[str, Any]:
        hooks = Hooks()
        hooks.on("completion:kwargs", tally.on_kwargs)
        hooks.on("completion:response", tally.on_response)
        return {
            "model": self.spec.name,
            "response_model": ExtractionResponse,
            "messages": messages,
            "max_retries": self.options.max_reasks,
            "strict": False,  # lax parsing: small models put raw newlines inside JSON strings
            "hooks": hooks,
            "temperature": self.options.temperature,
            "max_tokens": self.options.max_tokens,
            **self._structured_output_kwargs(),
        }

    def _ask(
        self, messages: list[dict[str, str]], checker: GroundingChecker, tally: _Tally
    ) -> Extraction:
        try:
            with grounding_checks(checker):
                return self.client.chat.completions.create(
                    **self._request(messages, checker, tally)
                )
        except Exception as exc:  # mapped, or re-raised, by _recover
            return self._recover(exc, checker, tally)

    async def _aask(
        self, messages: list[dict[str, str]], checker: GroundingChecker, tally: _Tally
    ) -> Extraction:
        try:
            with grounding_checks(checker):
                return await self.aclient.chat.completions.create(
                    **self._request(messages, checker, tally)
                )
        except Exception as exc:  # mapped, or re-raised, by _recover
            return self._recover(exc, checker, tally)

    def _recover(self, exc: Exception, checker: GroundingChecker, tally: _Tally) -> Extraction:
        """The last parsed answer when only grounding failed; otherwise our error for `exc`.

        Transport and API errors end here, never in a reask prompt: instructor reasks only on
        validation errors."""
        attempts = tally.requests()
        if isinstance(exc, IncompleteOutputException):
            raise ProviderError(
                f"{self.model}: the answer was cut off at max_tokens={self.options.max_tokens}"
                " (raise --max-tokens, or use a model that stops on its own)",
                "truncated",
                attempts,
            ) from exc
        if isinstance(exc, InstructorRetryException):
            cause = exc.__cause__ or exc
            failure = provider_failure(cause, self.model, self.spec.base_url, attempts)
            if failure is not None:
                raise failure from exc
            if tally.refusal:
                raise ProviderError(
                    f"{self.model}: the model refused: {tally.refusal[:200]}", "refusal", attempts
                ) from exc
            if isinstance(cause, ValidationError | ValueError) and checker.last is not None:
                return checker.last
            raise ProviderError(
                f"{self.model}: no valid answer after {tally.attempts} attempt(s):"
                f" {_first_line(cause)}",
                "invalid_output",
                attempts,
            ) from exc
        if isinstance(exc, openai.OpenAIError):
            failure = provider_failure(exc, self.model, self.spec.base_url, attempts)
            raise (
                failure or ProviderError(f"{self.model}: {_first_line(exc)}", attempts=attempts)
            ) from exc
        raise exc

    def fingerprint(self, article: Article, index: ArticleIndex | None = None) -> dict[str, Any]:
        """What a recording of this backend's calls for this article depends on (pass the
        article's index when there is one, to spare splitting it again)."""
        schema = self._schema or Extraction.model_json_schema()
        prompts = self._render(index or ArticleIndex(article))
        return {
            "model": self.model,
            "pipeline_version": PIPELINE_VERSION,
            "prompt_version": f"{DEFAULT_PROMPT}-{self.options.prompt_version}",
            "template_hash": template_hash(DEFAULT_PROMPT, self.options.prompt_version),
            "rendered_hash": _combined_hash([r for _, r in prompts]),
            "schema_version": SCHEMA_VERSION,
            "schema_hash": hashlib.sha256(json.dumps(schema, sort_keys=True).encode()).hexdigest(),
            "article_sha256": article.sha256,
            "options": self.options.key(),
        }

    @cached_property
    def _schema(self) -> dict[str, Any] | None:
        return self._response_schema()

    def _response_schema(self) -> dict[str, Any] | None:
        """The schema sent in `response_format` (grammar-constrained servers), if any."""
        if not self.spec.provider.schema_in_response_format or self.spec.mode != "json":
            return None
        compact = self.options.compact_schema
        if compact is None:
            compact = True
        schema = Extraction.model_json_schema()
        return capped_schema(schema) if compact else schema

    def _structured_output_kwargs(self) -> dict[str, Any]:
        schema = self._schema  # built once per backend: the same for every request
        if schema is None:
            return {}
        return {"extra_body": {"response_format": {"type": "json_object", "schema": schema}}}


class _Run:
    """One article's extraction: its prompts (one per chunk), tally, answers and notes."""

    def __init__(self, backend: LLMBackend, index: ArticleIndex) -> None:
        self.backend = backend
        self.index = index
        self.tally = _Tally()
        self.prompts = backend._render(index)
        self.extractions: list[Extraction] = []
        self.notes: list[str] = []

    @contextmanager
    def counting(self) -> Iterator[None]:
        token = _REQUESTS.set(self.tally.http)
        try:
            yield
        finally:
            _REQUESTS.reset(token)

    def steps(self) -> Iterator[tuple[list[dict[str, str]], GroundingChecker]]:
        for chunk, rendered in self.prompts:
            first, last = chunk.sentences[0].index + 1, chunk.sentences[-1].index + 1
            yield rendered.messages, GroundingChecker(self.index, (first, last))

    def add(self, extraction: Extraction, checker: GroundingChecker) -> None:
        self.extractions.append(extraction)
        if checker.problems_seen and checker.problems_seen[-1]:
            self.notes.append(
                f"chunk {len(self.extractions)}: still ungrounded after"
                f" {self.backend.options.max_reasks} reask(s): {len(checker.problems_seen[-1])} problem(s)"
            )

    def result(self) -> BackendResult:
        return BackendResult(
            extraction=merge_extractions(self.extractions),
            usage=self.tally.usage,
            attempts=self.tally.attempts,
            chunks=len(self.prompts),
            prompt_version=self.prompts[0][1].version,
            prompt_hash=_combined_hash([r for _, r in self.prompts]),
            notes=self.notes,
        )


def _combined_hash(prompts: list[RenderedPrompt]) -> str:
    if len(prompts) == 1:
        return prompts[0].hash
    return hashlib.sha256("".join(p.hash for p in prompts).encode()).hexdigest()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__
