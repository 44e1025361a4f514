"""Small shared helpers for human-facing renderings."""

from __future__ import annotations

from summarizer.schema import Span, Summary


def actor_name(summary: Summary, actor_id: str | None, unknown: str = "unknown") -> str:
    if actor_id is None:
        return unknown
    if actor_id == "article":
        return "the article"
    actor = summary.actor(actor_id)
    return actor.name if actor else actor_id


NO_SOURCE = "no source named"  # an attribution the article itself leaves unsourced


def where(span: Span) -> str:
    if span.start is None:
        return "not found in article"
    return f"{span.start}-{span.end} ({span.status.value})"


def check_mark(verified: bool) -> str:
    return "verified" if verified else "NOT VERIFIED"
