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
from dataclasses import dataclass, field
from typing import Any

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from pydantic import ValidationError

from summarizer.backends import BackendResult
from summarizer.errors import ProviderError
from summarizer.extraction import Extraction
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

PIPELINE_VERSION = "2"
"""Bump when the conversation with the model changes without the prompt or schema changing
(reask wording, parsing tolerance): recordings made before then no longer replay."""

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


class LLMBackend:
    name = "llm"

    def __init__(self, spec: ModelSpec, options: Options) -> None:
        self.spec = spec
        self.options = options
        self.model = spec.id
        http = openai.OpenAI(
            api_key=spec.api_key or "not-needed",
            base_url=spec.base_url,
            timeout=options.timeout,
            max_retries=options.transport_retries,
        )
        self.client = instructor.from_openai(http, mode=_MODES[spec.mode])

    def extract(self, index: ArticleIndex) -> BackendResult:
        tally = _Tally()
        extractions, notes = [], []
        prompts = self._render(index)
        for chunk, rendered in prompts:
            checker = GroundingChecker(
                index, (chunk.sentences[0].index + 1, chunk.sentences[-1].index + 1)
            )
            extractions.append(self._ask(rendered.messages, checker, tally))
            if checker.problems_seen and checker.problems_seen[-1]:
                notes.append(
                    f"chunk {chunk.index + 1}: still ungrounded after {self.options.max_reasks}"
                    f" reask(s): {len(checker.problems_seen[-1])} problem(s)"
                )
        return BackendResult(
            extraction=merge_extractions(extractions),
            usage=tally.usage,
            attempts=tally.attempts,
            chunks=len(prompts),
            prompt_version=prompts[0][1].version,
            prompt_hash=_combined_hash([r for _, r in prompts]),
            notes=notes,
        )

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

    def _ask(
        self, messages: list[dict[str, str]], checker: GroundingChecker, tally: _Tally
    ) -> Extraction:
        hooks = Hooks()
        hooks.on("completion:kwargs", tally.on_kwargs)
        hooks.on("completion:response", tally.on_response)
        try:
            return self.client.chat.completions.create(
                model=self.spec.name,
                response_model=Extraction,
                messages=messages,  # type: ignore[arg-type]
                max_retries=self.options.max_reasks,
                context={"grounding": checker},
                strict=False,  # lax parsing: small models put raw newlines inside JSON strings
                hooks=hooks,
                temperature=self.options.temperature,
                max_tokens=self.options.max_tokens,
                **self._structured_output_kwargs(),
            )
        except IncompleteOutputException as exc:
            raise ProviderError(
                f"{self.model}: the answer was cut off at max_tokens={self.options.max_tokens}"
                " (raise --max-tokens, or use a model that stops on its own)",
                "truncated",
                tally.attempts,
            ) from exc
        except InstructorRetryException as exc:
            cause = exc.__cause__ or exc
            failure = provider_failure(cause, self.model, self.spec.base_url)
            if failure is not None:
                raise failure from exc
            if tally.refusal:
                raise ProviderError(
                    f"{self.model}: the model refused: {tally.refusal[:200]}",
                    "refusal",
                    tally.attempts,
                ) from exc
            if isinstance(cause, ValidationError | ValueError) and checker.last is not None:
                return checker.last
            raise ProviderError(
                f"{self.model}: no valid answer after {tally.attempts} attempt(s):"
                f" {_first_line(cause)}",
                "invalid_output",
                tally.attempts,
            ) from exc
        except openai.OpenAIError as exc:
            failure = provider_failure(exc, self.model, self.spec.base_url)
            raise (failure or ProviderError(f"{self.model}: {_first_line(exc)}")) from exc

    def fingerprint(self, article: Article) -> dict[str, Any]:
        """What a recording of this backend's calls for this article depends on."""
        schema = self._response_schema() or Extraction.model_json_schema()
        return {
            "model": self.model,
            "pipeline_version": PIPELINE_VERSION,
            "prompt_version": f"{DEFAULT_PROMPT}-{self.options.prompt_version}",
            "template_hash": template_hash(DEFAULT_PROMPT, self.options.prompt_version),
            "rendered_hash": _combined_hash([r for _, r in self._render(ArticleIndex(article))]),
            "schema_version": SCHEMA_VERSION,
            "schema_hash": hashlib.sha256(json.dumps(schema, sort_keys=True).encode()).hexdigest(),
            "article_sha256": article.sha256,
            "options": self.options.key(),
        }

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
        schema = self._response_schema()
        if schema is None:
            return {}
        return {"extra_body": {"response_format": {"type": "json_object", "schema": schema}}}


def _combined_hash(prompts: list[RenderedPrompt]) -> str:
    if len(prompts) == 1:
        return prompts[0].hash
    return hashlib.sha256("".join(p.hash for p in prompts).encode()).hexdigest()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__
