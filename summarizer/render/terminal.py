"""A readable terminal view with rich."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from summarizer.render.labels import NO_SOURCE, actor_name, where
from summarizer.schema import Summary


def print_summary(summary: Summary, console: Console) -> None:
    s = summary
    header = Group(
        Text(s.headline, style="bold"),
        Text(s.summary),
        Text(f"{s.article.title or s.article.id}", style="dim"),
    )
    console.print(Panel(header, title="summary", title_align="left"))
    for warning in s.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    if s.actors:
        table = Table("actor", "type", "role", "also called", title="Actors", title_justify="left")
        for a in s.actors:
            table.add_row(a.name, a.type.value, a.role or "", ", ".join(a.aliases))
        console.print(table)
    if s.quotes:
        table = Table("speaker", "quote", "cue", "status", title="Quotes", title_justify="left")
        for q in s.quotes:
            status = (
                Text("✓ " + where(q.span), style="green")
                if q.verified
                else Text("✗ " + where(q.span), style="bold red")
            )
            table.add_row(actor_name(s, q.speaker), f"“{q.text}”", q.cue or "", status)
        console.print(table)
    if s.attributions:
        table = Table(
            "source", "content", "cue", "evidence", title="Attributions", title_justify="left"
        )
        for a in s.attributions:
            table.add_row(
                actor_name(s, a.source, NO_SOURCE), a.content, a.cue or "", where(a.evidence)
            )
        console.print(table)
    if s.claims:
        table = Table("claimant", "claim", "kind", title="Claims", title_justify="left")
        for c in s.claims:
            table.add_row(actor_name(s, c.claimant), c.text, c.kind.value)
        console.print(table)
    p = s.provenance
    console.print(
        Text(
            f"{p.backend} · {p.model} · schema {p.schema_version}"
            + (f" · prompt {p.prompt_version}" if p.prompt_version else "")
            + (f" · {p.usage.total_tokens} tokens / {p.usage.calls} calls" if p.usage.calls else "")
            + (" · extractive headline/summary" if p.extractive else ""),
            style="dim",
        )
    )
