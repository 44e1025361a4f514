"""A scripted OpenAI-compatible server on 127.0.0.1 — a TEST DOUBLE, not a model.

Every answer it gives is written by the test that scripts it. It speaks real HTTP, so the openai
SDK, instructor and our error handling run exactly as they would against a real server.
A script is a list of steps, one per request, consumed in order; a step is a `Reply` or a
callable taking the request's JSON body and returning a `Reply`.
"""

from __future__ import annotations

import json
import threading
import time
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


class ScriptedServer:
    def __init__(self, steps: list[Step] | None = None, default: Step | None = None) -> None:
        self.steps: list[Step] = list(steps or [])
        self.default = default
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

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
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
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
