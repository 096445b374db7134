"""The web server: FastAPI with the Gradio app mounted, security headers, login throttling, serve().

Gradio's own launch() cannot add response headers or middleware, so the app is mounted on a
FastAPI app that this module builds and runs with uvicorn on a socket it binds itself (a busy
port is then one clear line, not a traceback). The plan viewer and the downloads are plain
routes (routes.py) that answer only a logged-in browser when login is configured.
"""

from __future__ import annotations

import asyncio
import errno
import json
import socket
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

import gradio as gr
import uvicorn
from fastapi import FastAPI, Request

from kfp_assistant.app import routes
from kfp_assistant.app.login import LoginThrottle, UsersFile
from kfp_assistant.app.ui import CSS, THEME, build_app, head_html
from kfp_assistant.assistant import Assistant
from kfp_assistant.errors import ConfigError
from kfp_assistant.settings import Settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Everything the page loads comes from this server: no outside origin for scripts, styles, images,
# fonts or connections; no framing by other sites. Gradio needs inline scripts and styles (its page
# carries its config inline) and evaluates event snippets, hence 'unsafe-inline' and 'unsafe-eval'.
CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "media-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "frame-src 'self'",
        "object-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]
FILES_PER_UPLOAD = 20  # an upload request may carry several plans, each up to the per-file limit
LOGIN_MESSAGE = (
    "Logga in för att använda KFP-assistenten. Efter fem felaktiga försök spärras inloggningen en stund."
)


class SecurityHeaders:
    """ASGI middleware adding CSP, X-Frame-Options and X-Content-Type-Options to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class UploadLimit:
    """ASGI middleware refusing an upload whose declared size is over `limit_mb`, before reading it.

    Browsers declare the size (Content-Length) of every upload, so a too large one costs nothing.
    The limit is per request (a request may carry several files); Gradio counts each file's bytes
    against the per-file limit as they arrive, and the page checks each file before sending it.
    """

    def __init__(self, app: ASGIApp, limit_mb: float) -> None:
        self.app = app
        self.limit_mb = limit_mb

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope.get("method") == "POST"
            and scope["path"].rstrip("/").endswith("/upload")
        ):
            declared = dict(scope.get("headers", [])).get(b"content-length", b"")
            if declared.isdigit() and int(declared) > self.limit_mb * 1024 * 1024:
                limit = f"{self.limit_mb:g}".replace(".", ",")
                text = f"Uppladdningen är för stor: högst {limit} MB åt gången. Inget har lästs in."
                await send(
                    {"type": "http.response.start", "status": 413,
                     "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close")]}
                )  # fmt: skip
                await send({"type": "http.response.body", "body": text.encode("utf-8")})
                return
        await self.app(scope, receive, send)


class LoginGuard:
    """ASGI middleware in front of Gradio's /login: throttles failed logins per user and address,
    and ends the sessions of users who are no longer in the users file."""

    def __init__(self, app: ASGIApp, users: UsersFile, throttle: LoginThrottle, tokens: Callable[[], dict]):
        self.app = app
        self.users = users
        self.throttle = throttle
        self.tokens = tokens

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            self._end_removed_sessions()
        path = scope.get("path", "").rstrip("/")
        if scope["type"] != "http" or scope.get("method") != "POST" or not path.endswith("/login"):
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        username = _form_field(scope, body, "username")
        address = (scope.get("client") or ("?", 0))[0]
        wait = self.throttle.wait(username, address)
        if wait > 0:
            await _refuse(send, wait)
            return
        status: list[int] = []

        async def replay() -> Message:
            return {"type": "http.request", "body": body, "more_body": False}

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.app(scope, replay, watch)
        if status and status[0] == 200:
            self.throttle.succeeded(username, address)
        elif status and status[0] in (400, 401):
            self.throttle.failed(username, address)

    def _end_removed_sessions(self) -> None:
        tokens = self.tokens()
        if not tokens:
            return
        current = self.users.users()
        for token, user in list(tokens.items()):
            if user not in current:
                tokens.pop(token, None)


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def _form_field(scope: Scope, body: bytes, name: str) -> str:
    """A field of a urlencoded or multipart login form ('' when absent)."""
    content_type = dict(scope.get("headers", [])).get(b"content-type", b"").decode("latin-1")
    if content_type.startswith("application/x-www-form-urlencoded"):
        return parse_qs(body.decode("utf-8", "replace")).get(name, [""])[0].strip()
    marker = f'name="{name}"'.encode()
    start = body.find(marker)
    if start < 0:
        return ""
    value_start = body.find(b"\r\n\r\n", start) + 4
    value_end = body.find(b"\r\n--", value_start)
    return body[value_start:value_end].decode("utf-8", "replace").strip()


async def _refuse(send: Send, wait: float) -> None:
    minutes = max(1, round(wait / 60))
    detail = f"För många misslyckade inloggningar. Försök igen om {minutes} min."
    # 400, not 429: Gradio's login page shows its "wrong credentials" line only for a 400.
    payload = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    headers = [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"retry-after", str(int(wait) + 1).encode()),
    ]
    await send({"type": "http.response.start", "status": 400, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


def _gradio_app(app: FastAPI) -> Any:
    """The Gradio App mounted on `app` (it holds the login tokens)."""
    for route in app.routes:
        inner = getattr(route, "app", None)
        if inner is not None and hasattr(inner, "tokens"):
            return inner
    raise RuntimeError("the Gradio app is not mounted")


def create_app(assistant: Assistant, throttle: LoginThrottle | None = None) -> FastAPI:
    """The FastAPI app: viewer and download routes, Gradio at /, headers and login guard around it."""
    settings = assistant.settings
    users = UsersFile(settings.auth) if settings.auth else None
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    holder: dict[str, Any] = {}

    def logged_in(request: Request) -> bool:
        if users is None:
            return True
        token = next((v for k, v in request.cookies.items() if k.startswith("access-token")), None)
        return token is not None and holder["gradio"].tokens.get(token) in users.users()

    routes.register(app, assistant, logged_in)
    blocks = build_app(assistant, login=users is not None)
    blocks.queue(default_concurrency_limit=4)

    async def check(username: str, password: str) -> bool:
        assert users is not None
        # scrypt takes a tenth of a second or more: off the event loop, so other users are not held up.
        return await asyncio.to_thread(users.check, username, password)

    gr.mount_gradio_app(
        app,
        blocks,
        path="/",
        auth=check if users else None,
        auth_message=LOGIN_MESSAGE if users else None,
        theme=THEME,
        css=CSS,
        head=head_html(settings.max_file_mb),
        max_file_size=int(settings.max_file_mb * 1024 * 1024),
        show_error=True,
        footer_links=[],
        run_history=False,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        enable_monitoring=False,
    )
    holder["gradio"] = _gradio_app(app)
    if users is not None:
        app.add_middleware(
            LoginGuard,
            users=users,
            throttle=throttle or LoginThrottle(),
            tokens=lambda: holder["gradio"].tokens,
        )
    app.add_middleware(UploadLimit, limit_mb=settings.max_file_mb * FILES_PER_UPLOAD)
    app.add_middleware(SecurityHeaders)
    return app


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port; a busy or unusable address is one clear ConfigError."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(
                f"port {port} on {host} is already in use (another kfp serve?); stop that program "
                "or choose another port with --port or KFP_PORT"
            ) from None
        raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror}); check --host/KFP_HOST") from None
    sock.listen(128)
    return sock


def serve(settings: Settings, announce: Callable[[str], None] = print) -> None:
    """Build the assistant and run the app on settings.host:settings.port until stopped."""
    assistant = Assistant(settings)
    sock = bind(settings.host, settings.port)
    # Build the index, lexical index and embedding model once, before concurrent requests race to.
    assistant.documents()
    assistant.search("kompetensförsörjning", k=1)
    # The sentences explanations rank by meaning, embedded while the app serves (ask/sentence_cache.py):
    # ingest leaves them out, and so does an upload here.
    assistant.background_sentences = True
    assistant.warmer.start()
    app = create_app(assistant)
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    announce(f"KFP-assistenten: http://{host}:{settings.port}/ (Ctrl+C stops)")
    if settings.auth is None:
        announce(
            "No login configured (KFP_AUTH): everyone who can reach this address can read the plans "
            "and add or remove plans."
        )
    config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=5)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":  # `python -m kfp_assistant.app.web`, as the browser tests start it
    serve(Settings())
