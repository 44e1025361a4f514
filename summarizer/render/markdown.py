"""Markdown rendering, for reading, pull-request comments and newsroom wikis."""

from __future__ import annotations

from summarizer.render.labels import NO_SOURCE, actor_name, check_mark, where
from summarizer.schema import Summary


def to_markdown(summary: Summary) -> str:
    s, lines = summary, []
    title = s.article.title or s.article.id
    lines += [f"# {s.headline or title}", "", f"*Article:* {title}", "", s.summary, ""]
    if s.warnings:
        lines += ["> **Warnings**", *[f"> - {w}" for w in s.warnings], ""]
    if s.actors:
        lines += ["## Actors", "", "| Actor | Type | Role | Also called |", "|---|---|---|---|"]
        lines += [
            f"| {_cell(a.name)} | {a.type.value} | {_cell(a.role or '')} | {_cell(', '.join(a.aliases))} |"
            for a in s.actors
        ]
        lines.append("")
    if s.quotes:
        lines += ["## Quotes", ""]
        for q in s.quotes:
            cue = f" ({q.cue})" if q.cue else ""
            lines.append(
                f"- **{actor_name(s, q.speaker)}**{cue}: “{q.text}” — {q.kind.value}, "
                f"{check_mark(q.verified)}, chars {where(q.span)}"
            )
        lines.append("")
    if s.attributions:
        lines += ["## Attributions", ""]
        for a in s.attributions:
            cue = f" ({a.cue})" if a.cue else ""
            lines.append(
                f"- **{actor_name(s, a.source, NO_SOURCE)}**{cue}: {a.content} — evidence chars {where(a.evidence)}"
            )
        lines.append("")
    if s.claims:
        lines += ["## Claims", ""]
        for c in s.claims:
            spans = ", ".join(where(e) for e in c.evidence) or "no evidence"
            lines.append(
                f"- {c.text} — *{actor_name(s, c.claimant)}*, {c.kind.value}; evidence {spans}"
            )
        lines.append("")
    p = s.provenance
    usage = (
        f"{p.usage.total_tokens} tokens in {p.usage.calls} call(s)"
        if p.usage.calls
        else "no model calls"
    )
    lines += [
        "---",
        f"*{p.backend} backend, model {p.model}"
        + (
            f", prompt {p.prompt_version} ({(p.prompt_hash or '')[:12]})"
            if p.prompt_version
            else ""
        )
        + f", schema {p.schema_version}, {usage}"
        + (
            "; headline and summary are extractive (copied from the article)"
            if p.extractive
            else ""
        )
        + "*",
        "",
    ]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
