"""Run one backend over the gold suite: live (offline backend) or through cassettes (LLM backends).

A model or provider failure on one article is kept as that article's result (it scores as an
empty summary); a missing or stale recording is collected separately, because it means the
evaluation itself could not run as recorded and must fail.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from summarizer.api import summarize_article
from summarizer.backends import Backend, make_backend
from summarizer.errors import ConfigError, ProviderError
from summarizer.evaluation.gold import GoldItem
from summarizer.options import Options
from summarizer.recording.cassettes import CassetteError, cassette_path, use_cassette
from summarizer.schema import Summary


@dataclass
class ArticleRun:
    item: GoldItem
    summary: Summary | None
    seconds: float
    error: str | None = None
    error_kind: str | None = None
    """'provider:<kind>' for a model/provider failure, 'cassette' for a missing/stale recording."""

    @property
    def id(self) -> str:
        return self.item.entry.id


def load_targets(evals_root: Path) -> dict[str, dict[str, Any]]:
    path = evals_root / "models.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def target_options(evals_root: Path, model: str, **overrides: Any) -> Options:
    """The options a model is evaluated (and recorded) with: evals/models.json, then overrides."""
    configured = load_targets(evals_root).get(model, {}).get("options", {})
    fields = set(Options.__dataclass_fields__)
    unknown = set(configured) - fields
    if unknown:
        raise ConfigError(f"evals/models.json: unknown option(s) for {model}: {sorted(unknown)}")
    values = {**configured, **{k: v for k, v in overrides.items() if v is not None}}
    return replace(Options(), model=model, **values)


def run_suite(
    items: list[GoldItem],
    options: Options,
    cassette_mode: str = "replay",
    cassettes_root: Path = Path("cassettes"),
    outputs_dir: Path | None = None,
    on_article: Callable[[ArticleRun], None] | None = None,
) -> list[ArticleRun]:
    """Summarize every gold article with the backend `options` select."""
    backend = make_backend(options)
    runs = []
    for item in items:
        run = _run_one(item, backend, cassette_mode, cassettes_root)
        if outputs_dir is not None and run.summary is not None:
            outputs_dir.mkdir(parents=True, exist_ok=True)
            (outputs_dir / f"{run.id}.json").write_text(
                run.summary.model_dump_json(indent=2) + "\n", encoding="utf-8"
            )
        if on_article is not None:
            on_article(run)
        runs.append(run)
    return runs


def _run_one(item: GoldItem, backend: Backend, cassette_mode: str, root: Path) -> ArticleRun:
    started = time.perf_counter()
    try:
        if backend.name == "offline":
            summary = summarize_article(item.article, backend)
        else:
            path = cassette_path(root, backend.model, item.article.id)
            fingerprint = backend.fingerprint(item.article)  # type: ignore[attr-defined]
            with use_cassette(path, cassette_mode, fingerprint, item.article.id):
                summary = summarize_article(item.article, backend)
    except CassetteError as exc:
        return ArticleRun(item, None, time.perf_counter() - started, str(exc), "cassette")
    except ProviderError as exc:
        return ArticleRun(
            item, None, time.perf_counter() - started, str(exc), f"provider:{exc.kind}"
        )
    except (ConfigError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a bug: recorded, fails the evaluation, does not stop the suite
        message = f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
        return ArticleRun(item, None, time.perf_counter() - started, message, "internal")
    return ArticleRun(item, summary, time.perf_counter() - started)


def load_outputs(items: list[GoldItem], outputs_dir: Path) -> list[ArticleRun]:
    """Saved summaries, re-scored without calling any model (`eval --from-outputs`)."""
    runs = []
    for item in items:
        path = outputs_dir / f"{item.entry.id}.json"
        if not path.is_file():
            runs.append(ArticleRun(item, None, 0.0, f"no saved output at {path}", "missing_output"))
            continue
        summary = Summary.model_validate_json(path.read_text(encoding="utf-8"))
        runs.append(ArticleRun(item, summary, 0.0))
    return runs
