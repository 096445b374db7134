"""Jämför's tables: what each count counts, plans without activity tables, gaps with sources, diffs."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl

from kfp_assistant.app import compare_view as cv
from kfp_assistant.assistant import Assistant
from kfp_assistant.export import workbook_bytes
from kfp_assistant.settings import Settings
from tests.app.conftest import PLAN_2024, PLAN_2025


def test_activities_table_keeps_plans_without_a_table(ready: Assistant) -> None:
    plans, result = cv.compare_result(ready, None, "activities")
    assert result is not None
    headers, rows = cv.comparison_table("activities", result, plans)
    assert headers == [
        "Område (UBARA)", "Socialnämnden 2025-2027", "Socialnämnden 2024-2026", "Trafiknämnden 2025",
    ]  # fmt: skip
    table = {r[0]: r[1:] for r in rows}
    assert table["Behålla"] == [1, 1, ""]
    assert table["Totalt"] == [3, 2, cv.NO_TABLE]
    assert "Totalt" in cv.notice("activities", plans) or "räknas" in cv.EXPLAIN["activities"]


def test_gaps_are_listed_with_a_link_to_their_page(ready: Assistant) -> None:
    plans, result = cv.compare_result(ready, ["Trafiknämnden"], "gaps")
    assert result is not None and [p.administration for p in plans] == ["Trafiknämnden"]
    headers, rows = cv.comparison_table("gaps", result, plans)
    assert headers[0] == "Tema" and rows[-1][0] == "Totalt"
    listed = cv.gaps_html(result, plans)
    assert "trafikplanerare" in listed and f"kfp/plan/{plans[0].doc_id}?page=" in listed
    record_headers, records = cv.record_rows("gaps", result)
    assert record_headers[-3:] == ["Fil", "Sida", "Citat"] and all(r[4] == "trafik-2025.md" for r in records)


def test_figures_table_metric_choices_and_chart(ready: Assistant) -> None:
    plans, result = cv.compare_result(ready, None, "figures")
    headers, rows = cv.comparison_table("figures", result or {}, plans)
    assert headers[0] == "Nyckeltal" and any("7,3 %" in str(cell) for row in rows for cell in row)
    choices = cv.metric_choices(result)
    assert choices and all(isinstance(label, str) and metric for label, metric in choices)
    assert cv.chart("figures", result, choices[-1][1]) is not None
    assert cv.chart("figures", None) is None


def test_compare_sheets_download_as_xlsx(ready: Assistant) -> None:
    plans, result = cv.compare_result(ready, ["Socialnämnden"], "activities")
    assert result is not None
    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes(cv.compare_sheets("activities", result, plans))))
    assert book.sheetnames == ["Jämförelse", "Poster med källa"]
    assert book["Jämförelse"]["A1"].value == "Område (UBARA)"
    assert [c.value for c in book["Poster med källa"][1]][-3:] == ["Fil", "Sida", "Citat"]
    assert cv.compare_result(ready, ["Okänd förvaltning"], "activities") == ([], None)
    assert cv.notice("activities", []) == "Inga planer matchar urvalet."


def test_diff_between_versions(ready: Assistant) -> None:
    documents = ready.documents()
    assert cv.versioned_administrations(documents) == ["Socialnämnden"]
    assert cv.default_diff(ready, ["Socialnämnden"]) == "Socialnämnden" and cv.default_diff(ready, []) is None
    old, new = (doc_id for _, doc_id in cv.plan_versions(documents, "Socialnämnden"))
    (headers, rows), notice = cv.diff_view(ready, old, new)
    assert headers == ["Typ", "Status", "Före", "Efter"]
    assert ["Aktivitet", "Ny", "", "Erbjud avslutssamtal till alla som slutar"] in rows
    assert any(r[1] == "Borttagen" and "stayintervjuer" in r[2] for r in rows)
    assert "2024\\-2026 → 2025\\-2027" in notice
    html = cv.table_html(headers, rows, "t", ["10%", "10%", "40%", "40%"])
    assert 'style="width:40%"' in html and "table-layout" not in html  # widths; the layout is in the CSS
    assert cv.diff_view(ready, old, old)[1] == "Välj två olika versioner av planen."
    assert cv.diff_view(ready, old, "0000000000000000")[1] == "Planen finns inte längre i indexet."


def test_table_html_escapes_cells() -> None:
    html = cv.table_html(["<b>"], [['<img src="http://evil.example/x">']], "t", ["100%"])
    assert "<img" not in html and "&lt;img" in html and "<b>" not in html


def test_diff_opens_on_versions_that_list_something(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    prose = "# Kompetensförsörjningsplan {period}\n\nKulturnämnden\n\n## Läget\n\nVi rekryterar folk.\n"
    for period in ("2024", "2025"):
        (docs / f"kultur-{period}.md").write_text(prose.format(period=period), encoding="utf-8")
    (docs / "social-2024.md").write_text(PLAN_2024, encoding="utf-8")
    (docs / "social-2025.md").write_text(PLAN_2025, encoding="utf-8")
    assistant = Assistant(Settings(index_dir=tmp_path / "index", embeddings="fake", lock_timeout=5))
    assistant.ingest([docs])
    versioned = cv.versioned_administrations(assistant.documents())
    assert versioned == ["Kulturnämnden", "Socialnämnden"]
    assert cv.default_diff(assistant, versioned) == "Socialnämnden"
