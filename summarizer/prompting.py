"""Versioned Jinja2 prompt templates, rendered into chat messages with a hash for provenance.

Templates live in the repository's `prompts/` folder and ship inside the wheel as
`summarizer/_prompts`. The article is shown one numbered sentence per line between delimiters that
carry a nonce derived from the article's own hash, so text inside the article cannot close the
block: it would have to contain the hash of itself.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from summarizer.text.sentences import Sentence

DEFAULT_PROMPT = "extract"
DEFAULT_VERSION = "v1"


@dataclass(frozen=True)
class RenderedPrompt:
    messages: list[dict[str, str]]
    version: str
    hash: str
    """sha256 of the rendered messages: any change to template or article changes it."""


PROMPTS_DIR_ENV = "SUMMARIZER_PROMPTS_DIR"


def prompts_dir() -> Path:
    """$SUMMARIZER_PROMPTS_DIR, else the installed templates, else the checkout's `prompts/`."""
    if os.environ.get(PROMPTS_DIR_ENV):
        return Path(os.environ[PROMPTS_DIR_ENV])
    installed = Path(__file__).parent / "_prompts"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "prompts"


def template_hash(name: str = DEFAULT_PROMPT, version: str = DEFAULT_VERSION) -> str:
    """sha256 of the template sources of one prompt version (the same for every article)."""
    digest = hashlib.sha256()
    for role in ("system", "user"):
        digest.update((prompts_dir() / name / f"{version}.{role}.jinja").read_bytes())
    return digest.hexdigest()


def _environment():
    return _cached_environment(str(prompts_dir()))


@cache
def _cached_environment(directory: str):
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        autoescape=False,
    )


def article_nonce(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def render_prompt(
    *,
    article_text: str,
    sentences: list[Sentence],
    title: str | None = None,
    date: str | None = None,
    name: str = DEFAULT_PROMPT,
    version: str = DEFAULT_VERSION,
    system_role: bool = True,
) -> RenderedPrompt:
    """The chat messages for one article (or chunk). With `system_role=False` the system prompt
    is folded into the user message, for chat formats that drop system messages."""
    env = _environment()
    variables = {
        "nonce": article_nonce(article_text),
        "sentences": sentences,
        "title": _one_line(title),
        "date": _one_line(date),
    }
    messages = [
        {
            "role": role,
            "content": env.get_template(f"{name}/{version}.{role}.jinja").render(**variables),
        }
        for role in ("system", "user")
    ]
    if not system_role:
        messages = [
            {"role": "user", "content": messages[0]["content"] + "\n\n" + messages[1]["content"]}
        ]
    digest = hashlib.sha256(json.dumps(messages, sort_keys=True).encode()).hexdigest()
    return RenderedPrompt(messages=messages, version=f"{name}-{version}", hash=digest)


def _one_line(value: str | None) -> str | None:
    return " ".join(value.split()) if value else None
