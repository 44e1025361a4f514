"""Find anything that looks like a credential in recorded cassettes."""

from __future__ import annotations

import re
from pathlib import Path

from summarizer.recording.cassettes import SECRET_HEADERS

_PATTERNS = [
    re.compile(r"sk-(?:proj-|live-|test-)?[A-Za-z0-9_\-]{16,}"),  # OpenAI-style keys
    re.compile(r"(?i)bearer\s+[A-Za-z0-9._\-]{12,}"),
    re.compile(r"(?i)^\s*-?\s*['\"]?(" + "|".join(SECRET_HEADERS) + r")['\"]?\s*:", re.MULTILINE),
    re.compile(r"AKIA[0-9A-Z]{16}"),  # AWS access key ids
    re.compile(r"(?i)(?:api[_-]?key|secret|token)\s*[=:]\s*['\"]?[A-Za-z0-9_\-]{20,}"),
]


def find_secrets(path: Path) -> list[str]:
    """'file:line: what' for every suspicious line of one cassette."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        for pattern in _PATTERNS:
            match = pattern.search(line)
            if match:
                found.append(f"{path}:{number}: {match.group()[:40]}")
                break
    return found


def scan(root: Path) -> list[str]:
    return [hit for path in sorted(root.rglob("*.yaml")) for hit in find_secrets(path)]
