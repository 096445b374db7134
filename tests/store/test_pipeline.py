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


# ------------------------------------------------------------------------- robustness (issue 14)


def test_an_exception_in_one_file_becomes_its_line_and_the_batch_goes_on(
    assistant: Assistant, docs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = assistant._extract

    def breaks_on_rinkeby(parsed, meta):  # type: ignore[no-untyped-def]
        if parsed.file == "rinkeby.md":
            raise ValueError("max() arg is an empty sequence")
        return original(parsed, meta)

    monkeypatch.setattr(assistant, "_extract", breaks_on_rinkeby)
    report = assistant.ingest([docs_dir])
    by_file = {Path(f.file).name: f for f in report.files}
    assert by_file["trafik.md"].status == "ok"
    failed = by_file["rinkeby.md"]
    assert failed.status == "failed" and failed.error is not None and failed.error.code == "internal_error"
    assert failed.message == (
        "rinkeby.md: failed while extracting its activities, key figures and gaps "
        "(ValueError: max() arg is an empty sequence). The other files went on; "
        "please report this file to the maintainers."
    )
    assert [d.file for d in assistant.documents()] == ["trafik.md"]


def test_a_file_with_no_plan_content_is_refused(assistant: Assistant, tmp_path: Path) -> None:
    junk = tmp_path / "anteckningar.md"
    junk.write_text("# Att göra\n\nKöp mjölk och bröd. Ring Anna om helgen.\n\n| a | b |\n", encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("# Project\n\nInstall with pip. Run the tests.\n", encoding="utf-8")
    plan_without_names = tmp_path / "plan.md"
    plan_without_names.write_text(
        "# Plan\n\nVi behöver rekrytera fler medarbetare och utveckla våra chefer.\n", encoding="utf-8"
    )
    report = assistant.ingest([junk, readme, plan_without_names])
    assert [f.status for f in report.files] == ["failed", "failed", "ok"]
    assert all(f.error and f.error.code == "not_a_plan" for f in report.files[:2])
    assert report.files[0].message and report.files[0].message.startswith(
        "anteckningar.md: no plan content found"
    )
    assert [d.file for d in assistant.documents()] == ["plan.md"]


@pytest.mark.timeout(120)  # guards against a hang: opening a pipe used to block while holding the lock
def test_a_pipe_given_by_path_is_refused_without_holding_the_lock(
    assistant: Assistant, docs_dir: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "plan.pdf"
    os.mkfifo(fifo)
    report = assistant.ingest([fifo, docs_dir / "trafik.md"])
    assert [f.status for f in report.files] == ["failed", "ok"]
    assert report.files[0].error and report.files[0].error.code == "not_regular"


def test_links_out_of_an_ingested_folder_are_not_followed_unless_asked(
    settings: Settings, docs_dir: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "hemlig.md").write_text(PLAN_A.replace("Rinkeby-Kista", "Farsta"), encoding="utf-8")
    (docs_dir / "hemlig.md").symlink_to(outside / "hemlig.md")
    (docs_dir / "mapp").symlink_to(outside, target_is_directory=True)
    (docs_dir / "inne.md").symlink_to(docs_dir / "trafik.md")  # a link inside the folder is fine
    (docs_dir / "trasig.md").symlink_to(tmp_path / "finns-inte.md")
    os.mkfifo(docs_dir / "ror.md")

    report = Assistant(settings).ingest([docs_dir])
    by_file = {Path(f.file).name: f for f in report.files}
    assert {n: f.error.code for n, f in by_file.items() if f.error} == {
        "hemlig.md": "link_outside",
        "mapp": "link_outside",
        "trasig.md": "not_found",
        "ror.md": "not_regular",
    }
    assert {n: f.status for n, f in by_file.items() if not f.error} == {
        "inne.md": "ok",  # read first (folders are walked in name order) ...
        "rinkeby.md": "ok",
        "trafik.md": "unchanged",  # ... so the file it links to has the same content
    }
    assert "Farsta stadsdelsförvaltning" not in {d.administration for d in Assistant(settings).documents()}

    followed = Assistant(settings.model_copy(update={"follow_symlinks": True})).ingest([docs_dir])
    failed = {Path(f.file).name for f in followed.files if f.status == "failed"}
    assert failed == {"trasig.md", "ror.md"}
    assert "Farsta stadsdelsförvaltning" in {d.administration for d in Assistant(settings).documents()}


def test_oversize_file_is_refused_by_the_setting(settings: Settings, docs_dir: Path) -> None:
    (docs_dir / "rinkeby.md").write_text(PLAN_A * 4, encoding="utf-8")
    assert (docs_dir / "rinkeby.md").stat().st_size > 1000 > (docs_dir / "trafik.md").stat().st_size
    report = Assistant(settings.model_copy(update={"max_file_mb": 0.001})).ingest([docs_dir])
    statuses = {Path(f.file).name: (f.status, f.error.code if f.error else None) for f in report.files}
    assert statuses == {"rinkeby.md": ("failed", "too_large"), "trafik.md": ("ok", None)}


def test_a_bad_manifest_fails_its_folder_with_its_own_line(
    assistant: Assistant, docs_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "plan.md").write_text(PLAN_A, encoding="utf-8")
    (other / "manifest.csv").write_text("file;period\nplan.md;snart\n", encoding="utf-8")
    report = assistant.ingest([other, docs_dir / "trafik.md"])
    assert [f.status for f in report.files] == ["failed", "ok"]
    failed = report.files[0]
    assert failed.error is not None and failed.error.code == "manifest"
    assert failed.message == (
        "plan.md: manifest.csv, row 2: period 'snart' is not YYYY or YYYY-YYYY. Write it like 2025-2027."
    )


def test_an_upload_under_a_registered_name_is_a_new_plan_until_replace(
    assistant: Assistant, docs_dir: Path, tmp_path: Path
) -> None:
    assistant.ingest([docs_dir])
    old = next(d for d in assistant.documents() if d.file == "rinkeby.md")
    upload = tmp_path / "upload" / "rinkeby.md"
    upload.parent.mkdir()
    upload.write_text(
        "# Kompetensförsörjningsplan 2026\n\nRinkeby-Kista stadsdelsförvaltning\n\nEn rad om heltid.\n",
        encoding="utf-8",
    )
    status = assistant.ingest([upload], replace_same_name=False).files[0]
    assert (
        status.status == "ok" and status.same_name == [old.doc_id] and "rinkeby.md" in (status.message or "")
    )
    assert {d.doc_id for d in assistant.documents()} >= {old.doc_id, status.doc_id}
    assert assistant.search("avslutssamtal", k=1)[0].doc_id == old.doc_id, "the real plan still answers"

    replaced = assistant.replace(old.doc_id, upload)
    assert replaced.status == "ok" and replaced.replaced == [old.doc_id]
    docs = assistant.documents()
    assert old.doc_id not in {d.doc_id for d in docs} and len(docs) == 2
    assert not [i for i in chroma_ids(assistant.index) if i.startswith(old.doc_id)]
    assert assistant.plans.get(old.doc_id) is None


def test_ingest_repairs_a_plan_whose_vectors_are_gone(assistant: Assistant, docs_dir: Path) -> None:
    assistant.ingest([docs_dir])
    ids = sorted(chroma_ids(assistant.index))
    victim = assistant.documents()[0]
    assistant.index.store.delete(ids=[i for i in ids if i.startswith(victim.doc_id)])
    (assistant.index.plans_dir / f"{victim.doc_id}.json").unlink()
    report = Assistant(assistant.settings).ingest([docs_dir])
    assert sorted(f.status for f in report.files) == ["ok", "unchanged"]
    assert sorted(chroma_ids(assistant.index)) == ids
    assert (assistant.index.plans_dir / f"{victim.doc_id}.json").exists()


def test_a_registered_plan_whose_storage_and_file_are_gone_is_taken_out(
    assistant: Assistant, docs_dir: Path
) -> None:
    assistant.ingest([docs_dir])
    victim = next(d for d in assistant.documents() if d.file == "trafik.md")
    (assistant.index.data_dir / "chunks" / f"{victim.doc_id}.json").unlink()
    (docs_dir / "trafik.md").unlink()
    report = Assistant(assistant.settings).ingest([docs_dir / "rinkeby.md"])
    removed = [f for f in report.files if f.status == "removed"]
    assert [f.doc_id for f in removed] == [victim.doc_id] and "Ingest the file again" in (
        removed[0].message or ""
    )
    assert [d.file for d in assistant.documents()] == ["rinkeby.md"]
