"""The Dokument tab's logic: uploads kept under the index, same-name files held back, Swedish lines."""

from __future__ import annotations

from pathlib import Path

from kfp_assistant.app import documents as d
from kfp_assistant.assistant import Assistant
from kfp_assistant.schema import FileProblem, FileStatus
from kfp_assistant.settings import Settings
from tests.app.conftest import PLAN_2024, PLAN_2025


def _assistant(tmp_path: Path) -> Assistant:
    return Assistant(Settings(index_dir=tmp_path / "index", embeddings="fake", lock_timeout=5))


def _shown(markdown: str) -> str:
    """Markdown as the page shows it (escapes gone; this file's lines hold no other markup)."""
    return markdown.replace("\\", "").replace("**", "")


def _upload(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "gradio-upload" / str(abs(hash(text)))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_upload_is_kept_under_the_index_and_ingested(tmp_path: Path) -> None:
    assistant = _assistant(tmp_path)
    kept = d.keep_upload(assistant, _upload(tmp_path, "social.md", PLAN_2025))
    assert kept.same_name is None and kept.path.parent.parent == d.uploads_dir(assistant)
    report = _shown(d.ingest_files(assistant, [kept.path]))
    assert report.startswith("Inläst: social.md – Socialnämnden 2025-2027")
    assert assistant.index.document(kept.doc_id).path == str(kept.path)  # type: ignore[union-attr]
    again = d.keep_upload(assistant, _upload(tmp_path, "kopia.md", PLAN_2025))
    assert again.same_name is None  # same content: nothing to ask
    assert "finns redan" in d.ingest_files(assistant, [again.path])


def test_same_name_other_content_is_held_back_then_replaces(tmp_path: Path) -> None:
    assistant = _assistant(tmp_path)
    first = d.keep_upload(assistant, _upload(tmp_path, "social.md", PLAN_2024))
    d.ingest_files(assistant, [first.path])
    second = d.keep_upload(assistant, _upload(tmp_path, "social.md", PLAN_2025))
    assert second.same_name is not None and second.same_name.doc_id == first.doc_id
    assert [doc.doc_id for doc in assistant.documents()] == [first.doc_id]  # nothing changed yet
    line = _shown(d.replace_plan(assistant, first.doc_id, second.path))
    assert line.startswith("Inläst: social.md – Socialnämnden 2025-2027")
    assert [doc.doc_id for doc in assistant.documents()] == [second.doc_id]
    d.discard_upload(assistant, second.path)
    assert second.path.exists()  # the index reads the plan from it


def test_same_name_other_content_can_be_kept_beside(tmp_path: Path) -> None:
    assistant = _assistant(tmp_path)
    first = d.keep_upload(assistant, _upload(tmp_path, "social.md", PLAN_2024))
    d.ingest_files(assistant, [first.path])
    second = d.keep_upload(assistant, _upload(tmp_path, "social.md", PLAN_2025))
    line = _shown(d.ingest_files(assistant, [second.path]))
    assert line.startswith("Inläst: social.md") and "samma filnamn" in line
    assert {doc.doc_id for doc in assistant.documents()} == {first.doc_id, second.doc_id}


def test_a_failed_upload_is_not_kept_and_says_why_in_swedish(tmp_path: Path) -> None:
    assistant = _assistant(tmp_path)
    broken = tmp_path / "trasig.pdf"
    broken.write_bytes(b"\x00\x01 not a pdf at all \xff" * 20)
    kept = d.keep_upload(assistant, broken)
    steps: list[tuple[int, int]] = []
    report = _shown(d.ingest_files(assistant, [kept.path], lambda n, total, path: steps.append((n, total))))
    assert report.startswith("Fel: trasig.pdf – filen är skadad") and report.count("\n") == 0
    assert str(tmp_path) not in report and " is " not in report and steps == [(1, 1)]
    assert not kept.path.parent.exists() and assistant.documents() == []


def test_every_problem_code_has_a_swedish_line() -> None:
    described = FileProblem.model_fields["code"].description or ""
    codes = [c.split()[0].strip(" .") for c in described.split(":", 1)[1].split(",")]
    assert len(codes) > 10 and set(codes) <= set(d.PROBLEMS_SV)

    def failed(code: str, page: int | None = None) -> FileStatus:
        return FileStatus(
            file="x", status="failed", error=FileProblem(code=code, problem="", fix="", page=page)
        )

    assert d.swedish_problem(failed("encrypted", 3), 50).startswith("sidan 3: PDF-filen är lösenordsskyddad")
    assert "50 MB" in d.swedish_problem(failed("too_large"), 50)
    assert d.swedish_problem(failed("something_new"), 50) == d.PROBLEMS_SV["unreadable"]


def test_too_large_is_refused_before_ingest(tmp_path: Path) -> None:
    assistant = Assistant(Settings(index_dir=tmp_path / "index", embeddings="fake", max_file_mb=0.001))
    big = _upload(tmp_path, "stor.md", PLAN_2025 * 10)
    line = d.too_large(assistant, big)
    assert line is not None and _shown(line).startswith("Fel: stor.md – filen är") and "0,001 MB" in line
    assert d.too_large(assistant, _upload(tmp_path, "liten.md", "# x")) is None


def test_remove_asks_nothing_here_but_reports(tmp_path: Path) -> None:
    assistant = _assistant(tmp_path)
    kept = d.keep_upload(assistant, _upload(tmp_path, "social.md", PLAN_2025))
    d.ingest_files(assistant, [kept.path])
    (label, doc_id), *_ = d.document_choices(assistant.documents())
    assert "social.md" in label
    assert "togs bort" in d.remove_document(assistant, doc_id)
    assert assistant.documents() == [] and not kept.path.parent.exists()
    assert "Välj" in d.remove_document(assistant, None)
    assert "hittade ingen" in d.remove_document(assistant, "0000000000000000")


def test_warnings_in_swedish() -> None:
    assert d.swedish_warning("page 3 has no text layer (scanned?)") == "sidan 3 saknar text (inskannad?)"
    assert d.swedish_warning("plan.pdf: no activity table found") == "ingen aktivitetstabell hittades"
    assert d.swedish_warning("något nytt").startswith("anmärkning: ")
