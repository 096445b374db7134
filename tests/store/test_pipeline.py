"""Ingest as users run it: statuses per file, identity by content, bad input, crashes, concurrency."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kfp_assistant.assistant import Assistant
from kfp_assistant.settings import Settings
from kfp_assistant.store.index import ChunkIndex
from tests.conftest import PLAN_A


def chroma_ids(index: ChunkIndex) -> list[str]:
    return list(index.store.get(include=[])["ids"])


def test_ingest_reads_metadata_from_content_and_is_idempotent(assistant: Assistant, docs_dir: Path) -> None:
    report = assistant.ingest([docs_dir])
    assert [f.status for f in report.files] == ["ok", "ok"]
    by_file = {Path(f.file).name: f for f in report.files}
    assert by_file["rinkeby.md"].administration == "Rinkeby-Kista stadsdelsförvaltning"
    assert by_file["rinkeby.md"].period == "2025-2027"
    assert by_file["trafik.md"].period == "2024-2026"
    ids_before = sorted(chroma_ids(assistant.index))
    assert len(ids_before) == sum(f.chunks for f in report.files)

    again = Assistant(assistant.settings).ingest([docs_dir])
    assert [f.status for f in again.files] == ["unchanged", "unchanged"]
    assert sorted(chroma_ids(assistant.index)) == ids_before


def test_changed_file_replaces_its_old_version(assistant: Assistant, docs_dir: Path) -> None:
    assistant.ingest([docs_dir])
    old_id = next(d.doc_id for d in assistant.documents() if d.file == "rinkeby.md")
    (docs_dir / "rinkeby.md").write_text(PLAN_A + "\n## Attrahera\n\nVi erbjuder sommarjobb för studenter.\n")
    report = assistant.ingest([docs_dir])
    assert sorted(f.status for f in report.files) == ["ok", "unchanged"]
    docs = assistant.documents()
    assert len(docs) == 2 and old_id not in {d.doc_id for d in docs}
    assert not [i for i in chroma_ids(assistant.index) if i.startswith(old_id)]
    assert assistant.search("sommarjobb studenter", k=1)[0].file == "rinkeby.md"


def test_remove_and_prune(assistant: Assistant, docs_dir: Path) -> None:
    assistant.ingest([docs_dir])
    removed = assistant.remove("trafik.md")
    assert [r.status for r in removed] == ["removed"]
    assert [d.file for d in assistant.documents()] == ["rinkeby.md"]
    assert assistant.search("Trafikkontoret anställda", k=5)[0].file == "rinkeby.md"
    # trafik.md is still on disk, so ingesting the folder brings it back; rinkeby.md is gone: prune drops it.
    (docs_dir / "rinkeby.md").unlink()
    report = assistant.ingest([docs_dir], prune=True)
    assert sorted((Path(f.file).name, f.status) for f in report.files) == [
        ("rinkeby.md", "removed"),
        ("trafik.md", "ok"),
    ]
    assert [d.file for d in assistant.documents()] == ["trafik.md"]
    assert {i.split(":")[0] for i in chroma_ids(assistant.index)} == {assistant.documents()[0].doc_id}


def test_bad_files_get_one_clear_line_and_the_batch_goes_on(assistant: Assistant, docs_dir: Path) -> None:
    assistant.ingest([docs_dir])
    before = sorted(chroma_ids(assistant.index))
    bad = docs_dir.parent / "bad"
    bad.mkdir()
    (bad / "tom.pdf").write_bytes(b"")
    (bad / "trasig.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    (bad / "inte-en-pdf.pdf").write_bytes(os.urandom(2048))
    (bad / "program.exe").write_bytes(b"MZ\x90\x00")
    (bad / "ok.md").write_text(
        "# Kompetensförsörjningsplan 2023\n\nFarsta stadsdelsförvaltning\n\nText om heltid.\n"
    )
    files = sorted(bad.iterdir())
    report = assistant.ingest(files)
    statuses = {Path(f.file).name: f for f in report.files}
    assert statuses["ok.md"].status == "ok"
    for name in ("tom.pdf", "trasig.pdf", "inte-en-pdf.pdf", "program.exe"):
        status = statuses[name]
        assert status.status == "failed", name
        assert status.message and name in status.message and "\n" not in status.message
    assert set(before) <= set(chroma_ids(assistant.index))
    assert len(assistant.documents()) == 3


class Crash(BaseException):
    """Stands in for the process being killed (not an Exception, so nothing catches it)."""


def test_ingest_killed_midway_is_completed_by_the_next_run(
    settings: Settings, docs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = ChunkIndex._write_registry
    calls = {"n": 0}

    def dies_on_second_commit(self: ChunkIndex) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise Crash()
        original(self)

    monkeypatch.setattr(ChunkIndex, "_write_registry", dies_on_second_commit)
    with pytest.raises(Crash):
        Assistant(settings).ingest([docs_dir])
    monkeypatch.setattr(ChunkIndex, "_write_registry", original)

    survivor = Assistant(settings)
    assert len(survivor.documents()) == 1, "the first plan was committed, the second was not"
    assert len(survivor.search("anställda", k=10)) > 0, "the index is readable after the crash"
    report = survivor.ingest([docs_dir])
    assert sorted(f.status for f in report.files) == ["ok", "unchanged"]
    ids = chroma_ids(survivor.index)
    assert len(ids) == len(set(ids)) == sum(d.chunks for d in survivor.documents())


def kfp(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kfp_assistant.app.cli", *args],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_two_ingests_at_once_do_not_corrupt_the_index(tmp_path: Path, docs_dir: Path) -> None:
    env = {**os.environ, "KFP_EMBEDDINGS": "fake", "KFP_INDEX_DIR": str(tmp_path / "idx")}
    procs = [kfp("ingest", str(docs_dir), "--json", env=env) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    statuses = sorted(f["status"] for out, _ in outputs for f in json.loads(out)["files"])
    assert statuses == ["ok", "ok", "unchanged", "unchanged"], "the lock serialised them"
    assistant = Assistant(Settings(index_dir=tmp_path / "idx", embeddings="fake"))
    ids = chroma_ids(assistant.index)
    assert len(ids) == len(set(ids)) == sum(d.chunks for d in assistant.documents())
