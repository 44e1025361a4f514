"""Map openai / instructor / transport exceptions to our errors, each with a clear one-line message."""

from __future__ import annotations

import openai

from summarizer.errors import ConfigError, ProviderError, SummarizerError


def provider_failure(
    exc: BaseException, model: str, where: str | None, attempts: int = 1
) -> SummarizerError | None:
    """Our error for a transport or API failure, or None if `exc` is not one."""
    failure = _failure(exc, model, where or "the provider")
    if isinstance(failure, ProviderError):
        failure.attempts = attempts
    return failure


def _failure(exc: BaseException, model: str, place: str) -> SummarizerError | None:
    if isinstance(exc, openai.AuthenticationError):
        return ProviderError(
            f"{model}: authentication failed at {place} (check the API key)", "auth"
        )
    if isinstance(exc, openai.PermissionDeniedError):
        return ProviderError(f"{model}: permission denied by {place}", "auth")
    if isinstance(exc, openai.NotFoundError):
        return ConfigError(f"unknown model '{model}' at {place}: {_detail(exc)}")
    if isinstance(exc, openai.RateLimitError):
        return ProviderError(f"{model}: rate limited by {place} after retries", "rate_limit")
    if isinstance(exc, openai.APITimeoutError):
        return ProviderError(f"{model}: {place} did not answer in time", "timeout")
    if isinstance(exc, openai.APIConnectionError):
        return ProviderError(f"{model}: cannot connect to {place}", "connection")
    if isinstance(exc, openai.InternalServerError):
        return ProviderError(
            f"{model}: server error {exc.status_code} from {place}", "server_error"
        )
    if isinstance(exc, openai.BadRequestError):
        return ProviderError(
            f"{model}: {place} rejected the request: {_detail(exc)}", "bad_request"
        )
    if isinstance(exc, openai.APIStatusError):
        return ProviderError(
            f"{model}: HTTP {exc.status_code} from {place}: {_detail(exc)}", "http"
        )
    return None


def _detail(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        message = body.get("message") or (body.get("error") or {}).get("message")
        if message:
            return " ".join(str(message).split())[:200]
    return " ".join(str(exc).split())[:200]
