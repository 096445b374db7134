"""The same index code against a real `chroma run` server on loopback (KFP_CHROMA_URL)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kfp_assistant.ask.retrieval import search
from kfp_assistant.settings import Settings
from kfp_assistant.store.embeddings import make_embeddings
from kfp_assistant.store.index import ChunkIndex
from tests.store.test_index import TEXTS_A, TEXTS_B, register

pytestmark = pytest.mark.server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("chroma server did not start")
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_index_works_against_a_chroma_server(chroma_url: str, tmp_path: Path) -> None:
    settings = Settings(
        index_dir=tmp_path / "idx", embeddings="fake", chroma_url=chroma_url, collection="srv_test"
    )
    index = ChunkIndex(settings, make_embeddings("fake"), "test-chunking")
    register(index, "aaaa", "Socialnämnden", "2025-2027", TEXTS_A)
    register(index, "bbbb", "Trafikkontoret", "2024", TEXTS_B)
    assert not (tmp_path / "idx" / "chroma").exists(), "vectors live on the server, not on disk"
    hits = search(index, "avslutssamtal", k=3)
    assert hits[0].doc_id == "aaaa"
    # A second client (another process, say) sees the same collection.
    other = ChunkIndex(settings, make_embeddings("fake"), "test-chunking")
    assert {cid.split(":")[0] for cid, _ in other.dense_search("procent", 10)} == {"aaaa", "bbbb"}
    index.remove_document("aaaa")
    assert index.store.get(where={"doc_id": "aaaa"})["ids"] == []
