"""vcrpy cassettes for model calls: one per article, matched on method, path and JSON body.

Three modes:
- `replay` (default): never touches the network; a missing or stale recording is an error that
  names the article and says why ("re-record needed: the prompt changed").
- `record`: replays recordings whose fingerprint still matches and records the missing or stale ones.
- `rewrite`: records everything anew.

Each cassette carries a fingerprint (model, prompt version and template hash, schema version and
hash, article hash, options) in vcrpy's cassette metadata. Secrets never reach the file: request
headers are dropped except content-type, response headers likewise, and bodies are stored
decoded and pretty-printed so a cassette diff can be reviewed.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import vcr
import yaml
from vcr.errors import CannotOverwriteExistingCassetteException

from summarizer.errors import SummarizerError

MODES = ("replay", "record", "rewrite")
FINGERPRINT_KEY = "fingerprint"
KEPT_HEADERS = {"content-type", "retry-after"}
SECRET_HEADERS = (
    "authorization",
    "api-key",
    "x-api-key",
    "openai-organization",
    "openai-project",
    "cookie",
    "set-cookie",
)


class CassetteError(SummarizerError):
    """A recording is missing, stale or incomplete (exit 2: re-record, the model did not fail)."""

    exit_code = 2


def model_slug(model: str) -> str:
    """A folder-safe name for a model id: 'llamacpp/gemma-3-270m' -> 'llamacpp__gemma-3-270m'."""
    return model.replace("/", "__").replace(":", "_")


def cassette_path(root: Path, model: str, article_id: str) -> Path:
    return root / model_slug(model) / f"{article_id}.yaml"


def read_fingerprint(path: Path) -> dict[str, Any] | None:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return (data.get("metadata") or {}).get(FINGERPRINT_KEY)


def fingerprint_difference(recorded: dict[str, Any] | None, current: dict[str, Any]) -> str | None:
    """Why a recording no longer fits, in words, or None if it does."""
    if recorded is None:
        return "re-record needed: the recording has no fingerprint"
    checks = (
        ("model", ("model",)),
        ("pipeline", ("pipeline_version",)),
        ("article text", ("article_sha256",)),
        ("prompt", ("prompt_version", "template_hash", "rendered_hash")),
        ("schema", ("schema_version", "schema_hash")),
        ("options", ("options",)),
    )
    for label, keys in checks:
        if any(recorded.get(k) != current.get(k) for k in keys):
            changed = [k for k in keys if recorded.get(k) != current.get(k)]
            detail = ", ".join(f"{k}: {recorded.get(k)!r} -> {current.get(k)!r}" for k in changed)
            if label == "options":
                detail = _options_detail(
                    recorded.get("options") or {}, current.get("options") or {}
                )
            return f"re-record needed: the {label} changed ({detail})"
    return None


def _options_detail(old: dict[str, Any], new: dict[str, Any]) -> str:
    keys = sorted(k for k in {*old, *new} if old.get(k) != new.get(k))
    return ", ".join(f"{k}: {old.get(k)!r} -> {new.get(k)!r}" for k in keys)


@contextlib.contextmanager
def use_cassette(
    path: Path, mode: str, fingerprint: dict[str, Any], article_id: str
) -> Iterator[Any]:
    """Run model calls inside a cassette; raises `CassetteError` for missing or stale recordings."""
    if mode not in MODES:
        raise CassetteError(f"unknown cassette mode '{mode}': use one of {', '.join(MODES)}")
    exists = path.is_file()
    stale = fingerprint_difference(read_fingerprint(path), fingerprint) if exists else None
    if mode == "replay":
        if not exists:
            raise CassetteError(
                f"{article_id}: no recording at {path}; record it with `summarizer record`"
            )
        if stale:
            raise CassetteError(f"{article_id}: {stale}")
        record_mode = "none"
    elif mode == "record" and exists and not stale:
        record_mode = "none"
    else:
        path.unlink(missing_ok=True)
        record_mode = "all"
    recorder = _recorder(record_mode)
    with recorder.use_cassette(str(path)) as cassette:
        if record_mode != "none":
            cassette.get_metadata(FINGERPRINT_KEY, fingerprint)
        try:
            yield cassette
        except BaseException as exc:
            miss = _cassette_miss(exc)
            if miss is not None:
                raise CassetteError(
                    f"{article_id}: re-record needed: request {cassette.play_count + 1} does not"
                    f" match the recording ({miss.reason})"
                ) from exc
            raise
        if record_mode == "none" and not cassette.all_played:
            unplayed = len(cassette) - cassette.play_count
            raise CassetteError(
                f"{article_id}: re-record needed: {unplayed} recorded interaction(s) were not"
                " replayed (the sequence of calls changed)"
            )


def _cassette_miss(exc: BaseException) -> CannotOverwriteExistingCassetteException | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, CannotOverwriteExistingCassetteException):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _recorder(record_mode: str) -> vcr.VCR:
    recorder = vcr.VCR(
        record_mode=record_mode,
        match_on=["method", "path", "json_body"],
        filter_headers=list(SECRET_HEADERS),
        before_record_request=_clean_request,
        before_record_response=_clean_response,
        decode_compressed_response=True,
        serializer="readable_yaml",
    )
    recorder.register_matcher("json_body", _json_body_matcher)
    recorder.register_serializer("readable_yaml", ReadableYaml)
    return recorder


def _json_body_matcher(r1: Any, r2: Any) -> None:
    if _decoded(r1.body) != _decoded(r2.body):
        raise AssertionError("the JSON request bodies differ")


def _decoded(body: Any) -> Any:
    if body is None:
        return None
    text = body.decode("utf-8") if isinstance(body, bytes) else str(body)
    try:
        return json.loads(text)
    except ValueError:
        return text


def _clean_request(request: Any) -> Any:
    for name in list(request.headers):
        if name.lower() not in KEPT_HEADERS:
            del request.headers[name]
    decoded = _decoded(request.body)
    if isinstance(decoded, dict | list):
        request.body = json.dumps(decoded, indent=2, ensure_ascii=False).encode("utf-8")
    return request


def _clean_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = {
        k: v for k, v in response.get("headers", {}).items() if k.lower() in KEPT_HEADERS
    }
    body = response.get("body", {}).get("string")
    decoded = _decoded(body)
    if isinstance(decoded, dict | list):
        response["body"]["string"] = json.dumps(decoded, indent=2, ensure_ascii=False).encode(
            "utf-8"
        )
    return response


class _ReadableDumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_ReadableDumper.add_representer(str, _represent_str)


class ReadableYaml:
    """YAML with multi-line strings as literal blocks, loaded with vcrpy's safe loader."""

    @staticmethod
    def serialize(cassette_dict: dict[str, Any]) -> str:
        return yaml.dump(
            cassette_dict, Dumper=_ReadableDumper, allow_unicode=True, sort_keys=False, width=100
        )

    @staticmethod
    def deserialize(cassette_string: str) -> Any:
        from vcr.serializers import yamlserializer

        return yamlserializer.deserialize(cassette_string)
