"""The app's handlers as plain functions, over a small fake-embeddings index."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kfp_assistant.app import ui_compare as c
from kfp_assistant.app import ui_handlers as h
from kfp_assistant.assistant import Assistant
from kfp_assistant.schema import Citation
from kfp_assistant.settings import Settings

PLAN_2024 = """# Kompetensförsörjningsplan 2024-2026

Socialnämnden

## Nulägesanalys

Nämnden har 900 tillsvidareanställda. Personalomsättningen var 8,2 % under 2023.

## Aktiviteter

| Område | Mål | Aktivitet | Måldatum | Ansvarig |
| --- | --- | --- | --- | --- |
| Behålla | Minskad personalomsättning | Genomför stayintervjuer med handläggare | 2024-12-31 | Enhetschef |
| Rekrytera | Fler sökande | Annonsera alla tjänster på heltid | 2025 | HR-avdelningen |
"""

PLAN_2025 = """# Kompetensförsörjningsplan 2025-2027

Socialnämnden

## Nulägesanalys

Nämnden har 950 tillsvidareanställda. Personalomsättningen var 7,3 % under 2024.

## Avsluta

Alla medarbetare erbjuds avslutssamtal med närmaste chef när de slutar.

## Aktiviteter

| Område | Mål | Aktivitet | Måldatum | Ansvarig |
| --- | --- | --- | --- | --- |
| Behålla | Friskare arbetsplatser | Utveckla friskfaktorer på alla enheter | 2025-2027 | Avdelningschef |
| Utveckla | Digital kompetens | Erbjud utbildning i digitala verktyg | 2026 | HR-avdelningen |
| Avsluta | Lära av avslut | Erbjud avslutssamtal till alla som slutar | 2025 | Enhetschef |
"""


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("ui")
    docs = root / "docs"
    docs.mkdir()
    (docs / "social-2024.md").write_text(PLAN_2024, encoding="utf-8")
    (docs / "social-2025.md").write_text(PLAN_2025, encoding="utf-8")
    assistant = Assistant(Settings(index_dir=root / "index", embeddings="fake", lock_timeout=5))
    report = assistant.ingest([docs])
    assert [f.status for f in report.files] == ["ok", "ok"], report
    return assistant


def test_filter_choices_come_from_documents(ready: Assistant) -> None:
    admins, periods = h.filter_choices(ready.documents())
    assert admins == ["Socialnämnden"]
    assert periods == ["2025-2027", "2024-2026"]


def test_chat_streams_progressively_and_keeps_context(ready: Assistant) -> None:
    session = h.ChatSession()
    states = list(h.chat_stream(ready, "Hur hög var personalomsättningen 2024?", session, ["Socialnämnden"]))
    assert len(states) >= 2
    assert states[0].messages[-1]["content"] == h.SEARCHING  # shown at once, before any answer text
    final = states[-1]
    assert final.messages[0] == {"role": "user", "content": "Hur hög var personalomsättningen 2024?"}
    assert "7,3" in final.messages[-1]["content"]
    assert final.citations and "Källor" in final.messages[-1]["content"]
    assert len(final.turns) == 1 and final.turns[0].answer
    assert session.turns == [] and session.messages == []  # the old state is not mutated

    follow = list(h.chat_stream(ready, "Och 2023?", final))[-1]
    assert len(follow.turns) == 2 and len(follow.messages) == 4
    assert follow.turns[0] is final.turns[0]


def test_chat_ignores_empty_question_and_reports_errors(ready: Assistant) -> None:
    session = h.ChatSession()
    assert list(h.chat_stream(ready, "   ", session)) == [session]

    class Broken:
        def ask_stream(self, *args: object) -> object:
            raise RuntimeError("index saknas")

    last = list(h.chat_stream(Broken(), "Fråga?", session))[-1]  # type: ignore[arg-type]
    assert "index saknas" in last.messages[-1]["content"] and last.turns == []


def test_sessions_are_independent(ready: Assistant) -> None:
    a = list(h.chat_stream(ready, "Hur hög var personalomsättningen 2024?", h.ChatSession()))[-1]
    b = list(h.chat_stream(ready, "Hur arbetar nämnden med avslutssamtal?", h.ChatSession()))[-1]
    assert a.messages[0]["content"] != b.messages[0]["content"]
    assert len(a.turns) == len(b.turns) == 1
    # Nothing of one session's chat shows up in the other's.
    assert all(m["content"] != a.messages[0]["content"] for m in b.messages)


def test_source_panel_marks_quote_in_context(ready: Assistant) -> None:
    final = list(h.chat_stream(ready, "Hur hög var personalomsättningen 2024?", h.ChatSession()))[-1]
    citation = final.citations[0]
    panel = h.source_html(ready, citation)
    assert "<mark>" in panel and citation.file in panel and f"Sida</b> {citation.page}" in panel
    labels = h.citation_choices(final.citations)
    assert labels[0][1] == 1 and labels[0][0].startswith("[1] Socialnämnden")
    assert h.citation_by_number(final.citations, 1) == citation
    assert "Välj en källa" in h.source_html(ready, None)


def test_source_panel_escapes_and_falls_back_to_quote(ready: Assistant) -> None:
    doc = ready.documents()[0]
    citation = Citation(
        n=3, file=doc.file, doc_id=doc.doc_id, administration=None, period=None, page=1, quote="<b>x</b>"
    )
    panel = h.source_html(ready, citation)
    assert "<mark>&lt;b&gt;x&lt;/b&gt;</mark>" in panel


def test_activities_filter_and_export(ready: Assistant, tmp_path: Path) -> None:
    activities = h.all_activities(ready)
    assert len(activities) == 5
    choices = h.activity_choices(activities)
    assert choices["period"] == [h.ALL, "2025-2027", "2024-2026"]
    assert "Behålla" in choices["area"] and "Enhetschef" in choices["responsible"]

    assert len(h.filter_activities(activities, h.ALL, h.ALL, h.ALL, h.ALL, "")) == 5
    assert len(h.filter_activities(activities, period="2025-2027")) == 3
    assert len(h.filter_activities(activities, area="Behålla")) == 2
    assert len(h.filter_activities(activities, responsible="Enhetschef")) == 2
    shown = h.filter_activities(activities, text="AVSLUTSSAMTAL")
    assert [a.activity for a in shown] == ["Erbjud avslutssamtal till alla som slutar"]
    assert h.filter_activities(activities, text=None) == activities

    rows = h.activity_rows(shown)
    assert rows[0][:3] == ["Socialnämnden", "2025-2027", "Avsluta"] and len(rows[0]) == len(
        h.ACTIVITY_HEADERS
    )

    files = h.write_exports(shown, tmp_path)
    sheet = load_workbook(files["xlsx"]).active
    assert sheet is not None and sheet.max_row == 2
    assert any(c.value == "Erbjud avslutssamtal till alla som slutar" for c in sheet[2])
    text = files["csv"].read_bytes().decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(text), delimiter=";"))) == 2
    assert len(json.loads(files["json"].read_text(encoding="utf-8"))["activities"]) == 1


def test_documents_ingest_bad_file_changes_nothing(ready: Assistant, tmp_path: Path) -> None:
    before = h.document_rows(ready.documents())
    bad = tmp_path / "trasig.pdf"
    bad.write_bytes(b"\x00\x01 not a pdf at all \xff" * 20)
    steps: list[tuple[int, int]] = []
    report = h.ingest_uploads(ready, [str(bad)], lambda n, total, path: steps.append((n, total)))
    assert report.startswith("**Fel:** trasig.pdf") and report.count("\n") == 0
    assert str(tmp_path) not in report
    assert steps == [(1, 1)]
    assert h.document_rows(ready.documents()) == before
    assert "Välj" in h.ingest_uploads(ready, [])


def test_documents_upload_unchanged_and_remove(tmp_path: Path) -> None:
    assistant = Assistant(Settings(index_dir=tmp_path / "index", embeddings="fake", lock_timeout=5))
    plan = tmp_path / "social-2025.md"
    plan.write_text(PLAN_2025, encoding="utf-8")
    report = h.ingest_uploads(assistant, [str(plan)])
    assert report.startswith("**Inläst:** social-2025.md") and "Socialnämnden 2025-2027" in report
    assert "finns redan" in h.ingest_uploads(assistant, [str(plan)])
    rows = h.document_rows(assistant.documents())
    assert rows[0][:4] == [
        "Socialnämnden",
        "2025-2027",
        "Kompetensförsörjningsplan 2025-2027",
        "social-2025.md",
    ]
    (label, doc_id), *_ = h.document_choices(assistant.documents())
    assert "social-2025.md" in label
    assert "togs bort" in h.remove_document(assistant, doc_id)
    assert assistant.documents() == []
    assert "Välj" in h.remove_document(assistant, None)
    assert "hittade ingen" in h.remove_document(assistant, "0000000000000000")


def test_plan_versions_oldest_first(ready: Assistant) -> None:
    versions = c.plan_versions(ready.documents(), "Socialnämnden")
    assert [label.split()[0] for label, _ in versions] == ["2024-2026", "2025-2027"]
    assert c.plan_versions(ready.documents(), "Okänd") == []


def test_compare_activities_table_and_chart(ready: Assistant) -> None:
    headers, rows, figure, notice = c.compare_view(ready, ["Socialnämnden"], "Aktiviteter")
    assert headers == ["Område (UBARA)", "Socialnämnden 2025-2027", "Socialnämnden 2024-2026"]
    table = {r[0]: r[1:] for r in rows}
    assert table["Behålla"] == [1, 1] and table["Totalt"] == [3, 2]
    assert figure is not None and "Socialnämnden" in notice
    for aspect in ("Kompetensgap", "Nyckeltal"):
        headers, rows, _, notice = c.compare_view(ready, None, aspect)
        assert notice and headers[0] in {"Tema", "Nyckeltal"}
    assert c.compare_view(ready, ["Okänd förvaltning"], "Aktiviteter")[3] == "Inga planer matchar urvalet."


def test_diff_between_versions(ready: Assistant) -> None:
    old, new = (doc_id for _, doc_id in c.plan_versions(ready.documents(), "Socialnämnden"))
    headers, rows, notice = c.diff_view(ready, old, new)
    assert headers == ["Typ", "Status", "Före", "Efter"]
    activities = [r for r in rows if r[0] == "Aktivitet"]
    assert ["Aktivitet", "Ny", "", "Erbjud avslutssamtal till alla som slutar"] in activities
    assert any(r[1] == "Borttagen" and "stayintervjuer" in r[2] for r in activities)
    assert "2024-2026 → 2025-2027" in notice
    assert c.diff_view(ready, old, old)[2] == "Välj två olika versioner av planen."
    assert c.diff_view(ready, old, "0000000000000000")[2] == "Planen finns inte längre i indexet."


def test_login_checks_salted_hash(tmp_path: Path) -> None:
    users = tmp_path / "users.txt"
    users.write_text(f"# users\nanna:{h.hash_password('hemligt')}\nbo:{h.hash_password('x', 'salt')}\n")
    check = h.check_login(users)
    assert check("anna", "hemligt")
    assert not check("anna", "fel")
    assert not check("okänd", "hemligt")
    assert check("bo", "x")
    assert h.hash_password("x", "salt") == h.hash_password("x", "salt")
    assert h.hash_password("x") != h.hash_password("x")


def test_example_questions_name_indexed_administrations() -> None:
    from kfp_assistant.app.ui_handlers import example_questions
    from kfp_assistant.schema import DocumentInfo

    docs = [
        DocumentInfo(
            file=f"{i}.pdf", doc_id=str(i), administration=a, period="2025", title=None, pages=1, chunks=1
        )
        for i, a in enumerate(["Farsta stadsdelsförvaltning", "Trafiknämnden"])
    ]
    examples = example_questions(docs)
    assert "Farsta stadsdelsförvaltning" in examples[0] and "Trafiknämnden" in examples[1]
    assert example_questions([])[0].startswith("Vilka aktiviteter")
