"""A size-capped copy of the response JSON schema for grammar-constrained servers.

llama.cpp's server compiles `response_format.schema` into a grammar, and honours `maxItems` and
`maxLength`: a tiny model that would otherwise ramble until `max_tokens` then closes its JSON.
The caps only shape what the server may generate; validation still uses the full model.
"""

from __future__ import annotations

import copy
from typing import Any

LIST_CAPS = {"actors": 4, "quotes": 4, "attributions": 3, "claims": 3, "aliases": 2, "sentences": 2}
STRING_CAPS = {"summary": 240, "headline": 100, "text": 160, "content": 120}
DEFAULT_STRING_CAP = 40
# The longest answer these caps allow is about 4,300 characters, under 1,600 tokens: the
# max_tokens that evals/models.json records Gemma with, so a capped answer always closes its JSON.


def capped_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with maxItems on known lists and maxLength on every string property."""
    capped = copy.deepcopy(schema)
    for definition in [capped, *capped.get("$defs", {}).values()]:
        for name, prop in definition.get("properties", {}).items():
            _cap(name, prop)
    return capped


def _cap(name: str, prop: dict[str, Any]) -> None:
    for variant in [prop, *prop.get("anyOf", [])]:
        if variant.get("type") == "array" and name in LIST_CAPS:
            variant.setdefault("maxItems", LIST_CAPS[name])
        if variant.get("type") == "string" and "enum" not in variant:
            variant.setdefault("maxLength", STRING_CAPS.get(name, DEFAULT_STRING_CAP))
