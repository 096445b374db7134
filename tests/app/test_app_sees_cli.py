"""A running app and the CLI on one index: what the CLI commits is seen by the next chat request.

The app runs in this process and is spoken to over HTTP as the browser does (Gradio's queue);
`kfp ingest`, `kfp remove` and `kfp ingest --rebuild` run as separate processes on the same
index folder (real Chroma on disk, the fake embedder).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kfp_assistant.app.ui import build_app
from kfp_assistant.assistant import Assistant
from kfp_assistant.settings import Settings
from tests.conftest import PLAN_A, PLAN_B

ERRORS = ("Något gick fel", "Error finding id", "does not exist", "Traceback")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class App:
    """The chat of a launched app, asked over HTTP."""

    def __init__(self, url: str) -> None:
        self.url = url
        config = httpx.get(url + "config", timeout=30).json()
        elem = {c["id"]: c.get("props", {}).get("elem_id") for c in config["components"]}
        self.fn_index, self.trigger = next(
            (i, dep["targets"][0][0])
            for i, dep in enumerate(config["dependencies"])
            if any(elem.get(t[0]) == "kfp-chat-input" and t[1] == "submit" for t in dep["targets"])
        )

    def ask(self, question: str) -> str:
        """The chat's final answer text to one question, in a new session."""
        session = uuid.uuid4().hex
        payload = {
            "data": [question, None, [], []],
            "fn_index": self.fn_index,
            "trigger_id": self.trigger,
            "session_hash": session,
        }
        httpx.post(self.url + "gradio_api/queue/join", json=payload, timeout=30).raise_for_status()
        data_url = f"{self.url}gradio_api/queue/data?session_hash={session}"
        with httpx.stream("GET", data_url, timeout=60) as response:
            for line in response.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    assert message.get("success"), message
                    return _answer_text(message["output"]["data"][1])
        raise AssertionError("the app never completed the request")


def _answer_text(messages: list[dict[str, Any]]) -> str:
    content = messages[-1]["content"]
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content)
    return str(content)


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "rinkeby.md").write_text(PLAN_A, encoding="utf-8")
    return folder


@pytest.fixture
def app(tmp_path: Path, docs: Path) -> Iterator[App]:
    settings = Settings(index_dir=tmp_path / "idx", embeddings="fake")
    assistant = Assistant(settings)
    assistant.ingest([docs])
    blocks = build_app(assistant)
    blocks.queue()
    _, url, _ = blocks.launch(
        server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True, quiet=True
    )
    try:
        yield App(url)
    finally:
        blocks.close()


def kfp(tmp_path: Path, *args: str) -> None:
    env = {**os.environ, "KFP_EMBEDDINGS": "fake", "KFP_INDEX_DIR": str(tmp_path / "idx")}
    done = subprocess.run(
        [sys.executable, "-m", "kfp_assistant.app.cli", *args, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr


def test_cli_ingest_remove_and_rebuild_are_seen_by_the_running_app(
    app: App, tmp_path: Path, docs: Path
) -> None:
    turnover = "Hur hög är personalomsättningen i Rinkeby-Kista?"
    sick_leave = "Hur hög är sjukfrånvaron på Trafikkontoret?"
    first = app.ask(turnover)
    assert "9,5" in first

    (docs / "trafik.md").write_text(PLAN_B, encoding="utf-8")
    kfp(tmp_path, "ingest", str(docs / "trafik.md"))
    answer = app.ask(sick_leave)
    assert "4,1" in answer and not any(e in answer for e in ERRORS), answer

    kfp(tmp_path, "remove", "rinkeby.md")
    answer = app.ask(turnover)
    assert "9,5" not in answer and not any(e in answer for e in ERRORS), answer
    assert "4,1" in app.ask(sick_leave)

    kfp(tmp_path, "ingest", "--rebuild", str(docs))
    for question, figure in ((turnover, "9,5"), (sick_leave, "4,1")):
        answer = app.ask(question)
        assert figure in answer and not any(e in answer for e in ERRORS), answer
    answer = app.ask("Vilka erbjuds avslutssamtal?")
    assert "avslutssamtal" in answer.lower() and not any(e in answer for e in ERRORS), answer
