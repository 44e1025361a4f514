"""A scripted OpenAI-compatible server on 127.0.0.1 — a TEST DOUBLE, not a model.

Every answer it gives is written by the test that scripts it. It speaks real HTTP, so the openai
SDK, instructor and our error handling run exactly as they would against a real server.
A script is a list of steps, one per request, consumed in order; a step is a `Reply` or a
callable taking the request's JSON body and returning a `Reply`.
"""

from __future__ import annotations

import json
import random
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    stall_seconds: float = 0.0
    """Sleep this long before answering (to trip client timeouts)."""
    drop: bool = False
    """Close the connection without answering."""


Step = Reply | Callable[[dict[str, Any]], Reply]


def completion(
    content: str,
    prompt_tokens: int = 100,
    completion_tokens: int = 50,
    finish_reason: str = "stop",
    refusal: str | None = None,
) -> Reply:
    """A chat.completion answer carrying `content` (for instructor's JSON mode)."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if refusal is not None:
        message["refusal"] = refusal
    return Reply(
        body={
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 0,
            "model": "test-model",
            "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
    )


def json_completion(payload: dict[str, Any], **usage: int) -> Reply:
    return completion(json.dumps(payload), **usage)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients closing kept-alive connections (or giving up on a stall) are not errors here."""


class ScriptedServer:
    def __init__(self, steps: list[Step] | None = None, default: Step | None = None) -> None:
        self.steps: list[Step] = list(steps or [])
        self.default = default
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            wbufsize = 64 * 1024  # one send per response: no Nagle / delayed-ACK stalls

            def setup(self) -> None:
                super().setup()
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                self._send(Reply(body={"object": "list", "data": [{"id": "test-model"}]}))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                body = json.loads(raw or b"{}")
                with server._lock:
                    server.requests.append(body)
                    step = server.steps.pop(0) if server.steps else server.default
                if step is None:
                    self._send(Reply(500, {"error": {"message": "script exhausted"}}))
                    return
                reply = step(body) if callable(step) else step
                if reply.stall_seconds:
                    time.sleep(reply.stall_seconds)
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                self._send(reply)

            def _send(self, reply: Reply) -> None:
                data = json.dumps(reply.body).encode() if reply.body is not None else b""
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> ScriptedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --------------------------------------------------------------------------- fault injection

_MARKER = re.compile(r"ARTICLE-\d+")


@dataclass
class FaultMix:
    """Shares of requests answered with each fault (the rest succeed), for a FaultInjector."""

    rate_limit: float = 0.0
    retry_after_share: float = 0.5
    """Of the 429s, the share that carries a Retry-After header."""
    server_error: float = 0.0
    stall: float = 0.0
    drop: float = 0.0
    malformed: float = 0.0
    truncated: float = 0.0
    refusal: float = 0.0
    latency: float = 0.0
    """Seconds added to every answer."""
    stall_seconds: float = 2.0
    retry_after: str = "0.1"
    seed: int = 0


class FaultInjector:
    """A step for ScriptedServer (as `default`) that fails requests at random, by `FaultMix`.

    Successful answers are a minimal valid extraction. Requests are counted per article by the
    article's `ARTICLE-<n>` marker, so tests can assert which articles were (not) asked for.
    """

    def __init__(self, mix: FaultMix) -> None:
        self.mix = mix
        self.rng = random.Random(mix.seed)
        self.lock = threading.Lock()
        self.faults: Counter[str] = Counter()
        self.by_article: Counter[str] = Counter()

    def __call__(self, body: dict[str, Any]) -> Reply:
        text = json.dumps(body.get("messages", []))
        marker = (_MARKER.search(text) or [""])[0] if _MARKER.search(text) else "unknown"
        with self.lock:
            self.by_article[marker] += 1
            roll = self.rng.random()
            retry_after = self.rng.random() < self.mix.retry_after_share
        kind = self._kind(roll)
        with self.lock:
            self.faults[kind] += 1
        return self._reply(kind, marker, retry_after)

    def _kind(self, roll: float) -> str:
        m = self.mix
        for kind, share in (
            ("rate_limit", m.rate_limit), ("server_error", m.server_error), ("stall", m.stall),
            ("drop", m.drop), ("malformed", m.malformed), ("truncated", m.truncated),
            ("refusal", m.refusal),
        ):  # fmt: skip
            if roll < share:
                return kind
            roll -= share
        return "ok"

    def _reply(self, kind: str, marker: str, retry_after: bool) -> Reply:
        latency = self.mix.latency
        if kind == "rate_limit":
            headers = {"Retry-After": self.mix.retry_after} if retry_after else {}
            return Reply(429, {"error": {"message": "rate limited (injected)"}}, headers, latency)
        if kind == "server_error":
            return Reply(500, {"error": {"message": "server error (injected)"}}, {}, latency)
        if kind == "stall":
            return Reply(
                stall_seconds=self.mix.stall_seconds, body={"error": "too late"}, status=500
            )
        if kind == "drop":
            return Reply(drop=True, stall_seconds=latency)
        if kind == "malformed":
            reply = completion('{"headline": "broken", "summary": ', completion_tokens=5)
        elif kind == "truncated":
            reply = completion('{"headline": "cut off', finish_reason="length")
        elif kind == "refusal":
            reply = completion("", refusal="I can't help with that (injected)")
        else:
            answer = {"headline": f"Summary of {marker}", "summary": f"{marker} was summarized."}
            reply = json_completion(answer, prompt_tokens=200, completion_tokens=30)
        reply.stall_seconds = latency
        return reply
