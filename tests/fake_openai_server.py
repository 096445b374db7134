"""A tiny OpenAI-compatible chat server for tests: real HTTP on 127.0.0.1, scripted replies.

It implements POST /v1/chat/completions, plain and with ``"stream": true``
(server-sent events ending in ``data: [DONE]``), and records every request body,
so a test can check what the client really sent over the wire.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEFAULT_REPLY = "Personalomsättningen var 7,3 % enligt Socialnämndens plan 2025-2027 [1]."


class FakeOpenAIServer:
    """Serves scripted replies in order; the last one repeats when the script runs out."""

    def __init__(self, replies: list[str] | None = None) -> None:
        self.replies = list(replies or [DEFAULT_REPLY])
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> FakeOpenAIServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def next_reply(self, body: dict[str, Any], headers: dict[str, str]) -> str:
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)
            index = min(len(self.requests) - 1, len(self.replies) - 1)
            return self.replies[index]


def _completion(model: str, reply: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


def _chunk(model: str, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def split_reply(reply: str) -> list[str]:
    """The pieces the server streams: words with their following space, as real servers send tokens."""
    pieces: list[str] = []
    for word in reply.split(" "):
        pieces.append(word + " ")
    pieces[-1] = pieces[-1][:-1]
    return [p for p in pieces if p]


def _handler_for(server: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.0: the connection closes after each response, which ends an SSE stream cleanly.
        protocol_version = "HTTP/1.0"

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            return

        def do_POST(self) -> None:
            if self.path.rstrip("/") != "/v1/chat/completions":
                self._send_json(404, {"error": {"message": f"no route {self.path}"}})
                return
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            reply = server.next_reply(body, {k.lower(): v for k, v in self.headers.items()})
            model = str(body.get("model", "test-model"))
            if body.get("stream"):
                self._send_stream(model, reply, bool((body.get("stream_options") or {}).get("include_usage")))
            else:
                self._send_json(200, _completion(model, reply))

        def _send_json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _send_stream(self, model: str, reply: str, include_usage: bool) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            events = [_chunk(model, {"role": "assistant", "content": ""})]
            events += [_chunk(model, {"content": piece}) for piece in split_reply(reply)]
            events.append(_chunk(model, {}, finish="stop"))
            if include_usage:
                usage = {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}
                events.append({**_chunk(model, {}), "choices": [], "usage": usage})
            for event in events:
                self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()

    return Handler


@contextmanager
def running_server(replies: list[str] | None = None) -> Iterator[FakeOpenAIServer]:
    """Start a server on a free port for the duration of a with-block."""
    server = FakeOpenAIServer(replies).start()
    try:
        yield server
    finally:
        server.stop()
