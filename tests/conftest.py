from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.scripted_server import ScriptedServer

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a7611fa1663ca0f3.txt"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Live-model tests run only with SUMMARIZER_LIVE_MODEL=1 (they need a model server)."""
    import os

    if os.environ.get("SUMMARIZER_LIVE_MODEL") == "1":
        return
    skip = pytest.mark.skip(
        reason="needs a live model server: SUMMARIZER_LIVE_MODEL=1 (see README)"
    )
    for item in items:
        if "live_model" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def scripted_server():
    """Factory: `with scripted_server([steps]) as server:` — a scripted test double."""
    return ScriptedServer


@pytest.fixture(autouse=True)
def _no_real_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's keys or model settings."""
    for name in ("OPENAI_API_KEY", "SUMMARIZER_MODEL", "SUMMARIZER_BASE_URL", "SUMMARIZER_API_KEY"):
        monkeypatch.delenv(name, raising=False)
