"""Errors the CLI turns into a one-line message and an exit code."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class; `exit_code` is what the CLI exits with."""

    exit_code = 1


class InputError(SummarizerError):
    """Bad input or bad usage: missing file, empty text, binary data, unreachable URL (exit 2)."""

    exit_code = 2


class ConfigError(SummarizerError):
    """Bad configuration: unknown model, missing API key (exit 2)."""

    exit_code = 2


class ProviderError(SummarizerError):
    """The model or its provider failed (exit 1). `kind` names the failure for batch records."""

    exit_code = 1

    def __init__(self, message: str, kind: str = "provider_error", attempts: int = 1) -> None:
        super().__init__(message)
        self.kind = kind
        self.attempts = attempts
