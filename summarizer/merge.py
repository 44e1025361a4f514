"""Merge per-chunk extractions of one article into one.

The same person often appears under different ids in different chunks ("jd-vance" in one,
"vance" in another). Actors are the same when their ids, names or aliases share a normalised
name, or when one person's name is the other's surname. References are rewritten to one id;
duplicate quotes are removed later by grounding (same span).
"""

from __future__ import annotations

from summarizer.extraction import ExtractedActor, Extraction
from summarizer.schema import ActorType


def merge_extractions(extractions: list[Extraction]) -> Extraction:
    if len(extractions) == 1:
        return extractions[0]
    if not extractions:
        return Extraction(headline="", summary="")
    actors, id_map = merge_actors([a for e in extractions for a in e.actors])

    def ref(value: str | None) -> str | None:
        return id_map.get(value, value) if value is not None else None

    return Extraction(
        headline=extractions[0].headline,
        summary=" ".join(e.summary.strip() for e in extractions[:2] if e.summary.strip()),
        actors=actors,
        quotes=[
            q.model_copy(update={"speaker": ref(q.speaker)}) for e in extractions for q in e.quotes
        ],
        attributions=[
            a.model_copy(update={"source": ref(a.source)})
            for e in extractions
            for a in e.attributions
        ],
        claims=[
            c.model_copy(update={"claimant": ref(c.claimant) or c.claimant})
            for e in extractions
            for c in e.claims
        ],
    )


def merge_actors(actors: list[ExtractedActor]) -> tuple[list[ExtractedActor], dict[str, str]]:
    """Actors grouped by identity, and a map from every input id to its group's id."""
    parent = list(range(len(actors)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(actors)):
        for j in range(i):
            if same_actor(actors[i], actors[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[ExtractedActor]] = {}
    for i, actor in enumerate(actors):
        groups.setdefault(find(i), []).append(actor)
    merged, id_map = [], {}
    for members in groups.values():
        best = max(members, key=lambda a: (len(a.name.split()), len(a.name)))
        names = [n for a in members for n in (a.name, *a.aliases)]
        aliases = [n for n in dict.fromkeys(names) if n != best.name]
        role = next((a.role for a in members if a.role), None)
        merged.append(best.model_copy(update={"aliases": aliases, "role": role}))
        for member in members:
            id_map[member.id] = best.id
    return merged, id_map


def same_actor(a: ExtractedActor, b: ExtractedActor) -> bool:
    names_a, names_b = _names(a), _names(b)
    if a.id == b.id or names_a & names_b:
        return True
    if a.type == b.type == ActorType.person:
        surname_a, surname_b = _surname(a.name), _surname(b.name)
        single_a, single_b = len(a.name.split()) == 1, len(b.name.split()) == 1
        return surname_a == surname_b and (single_a or single_b)
    return False


def _names(actor: ExtractedActor) -> set[str]:
    return {_key(n) for n in (actor.name, *actor.aliases) if _key(n)}


def _key(name: str) -> str:
    return " ".join("".join(c for c in name.lower() if c.isalnum() or c.isspace()).split())


def _surname(name: str) -> str:
    parts = _key(name).split()
    return parts[-1] if parts else ""
