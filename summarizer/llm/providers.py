"""Which provider a model name means, where it lives, which key it needs, and which instructor mode.

Kept free of heavy imports: the CLI resolves the model (and reports a missing key) before it
loads the openai SDK.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from summarizer.errors import ConfigError

OFFLINE = "offline"
DEFAULT_OPENAI_MODEL = "openai/gpt-4o-mini"
MODEL_ENV = "SUMMARIZER_MODEL"
BASE_URL_ENV = "SUMMARIZER_BASE_URL"
API_KEY_ENV = "SUMMARIZER_API_KEY"

MODES = ("tools", "json", "json_schema", "md_json")


@dataclass(frozen=True)
class Provider:
    name: str
    base_url: str | None
    key_env: str | None
    """Environment variable holding the API key; None if the server needs none."""
    mode: str
    schema_in_response_format: bool
    """Send the JSON schema as `response_format: {type: json_object, schema}` (llama.cpp, vLLM)."""
    system_role: bool = True
    """False: fold the system prompt into the user message. llama.cpp's gemma chat format, for
    one, silently drops system messages."""


PROVIDERS = {
    "openai": Provider("openai", None, "OPENAI_API_KEY", "tools", False),
    "ollama": Provider("ollama", "http://localhost:11434/v1", None, "json", True),
    "llamacpp": Provider("llamacpp", "http://127.0.0.1:8080/v1", None, "json", True, False),
    "vllm": Provider("vllm", "http://localhost:8000/v1", None, "json", True),
    "compatible": Provider("compatible", None, None, "json", True),
}
_OPENAI_PREFIXES = ("gpt-", "o1", "o3", "o4", "chatgpt-")


@dataclass(frozen=True)
class ModelSpec:
    """A resolved model: `provider/name` plus everything needed to call it."""

    provider: Provider
    name: str
    base_url: str | None
    api_key: str | None
    mode: str

    @property
    def id(self) -> str:
        return f"{self.provider.name}/{self.name}"


def default_model(env: dict[str, str] | None = None) -> str:
    """SUMMARIZER_MODEL, else OpenAI when OPENAI_API_KEY is set, else the offline backend."""
    env = os.environ if env is None else env
    if env.get(MODEL_ENV):
        return env[MODEL_ENV]
    if env.get("OPENAI_API_KEY"):
        return DEFAULT_OPENAI_MODEL
    return OFFLINE


def resolve_model(
    model: str,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | None = None,
    env: dict[str, str] | None = None,
) -> ModelSpec:
    """Parse `provider/name` (or a bare OpenAI name) and check the key; raises `ConfigError`."""
    env = os.environ if env is None else env
    base_url = base_url or env.get(BASE_URL_ENV) or None
    provider_name, _, name = model.partition("/")
    if not name:
        name = model
        if base_url:
            provider_name = "compatible"
        elif model.startswith(_OPENAI_PREFIXES):
            provider_name = "openai"
        else:
            raise ConfigError(
                f"unknown model '{model}': use 'offline' or provider/model, with provider one of "
                f"{', '.join(PROVIDERS)} (e.g. {DEFAULT_OPENAI_MODEL})"
            )
    provider = PROVIDERS.get(provider_name)
    if provider is None:
        raise ConfigError(
            f"unknown model provider '{provider_name}' in '{model}': use one of {', '.join(PROVIDERS)}"
        )
    if provider.name == "compatible" and not base_url:
        raise ConfigError("model 'compatible/...' needs --base-url (or SUMMARIZER_BASE_URL)")
    if mode is not None and mode not in MODES:
        raise ConfigError(f"unknown mode '{mode}': use one of {', '.join(MODES)}")
    key = (
        api_key or env.get(API_KEY_ENV) or (env.get(provider.key_env) if provider.key_env else None)
    )
    if provider.key_env and not key and not base_url:
        raise ConfigError(
            f"model '{model}' needs an API key: set {provider.key_env} (or pass --model offline)"
        )
    return ModelSpec(
        provider=provider,
        name=name,
        base_url=base_url or provider.base_url,
        api_key=key,
        mode=mode or provider.mode,
    )
