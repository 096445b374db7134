"""Exports as people open them: Swedish headers, no internal ids, real dates; JSON keeps everything."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import openpyxl

from kfp_assistant.export import (
    ActivityFilter,
    as_date,
    default_name,
    headers,
    rows,
    to_csv,
    to_json,
    to_xlsx,
    workbook_bytes,
)
from kfp_assistant.schema import Activity


def _activity(**changes: object) -> Activity:
    base: dict[str, object] = {
        "file": "plan.pdf",
        "doc_id": "abc123",
        "administration": "Socialnämnden",
        "period": "2025-2027",
        "table": "followup",
        "area": "Behålla",
        "areas": ["Behålla"],
        "goal": "Friskare arbetsplatser",
        "activity": "Utveckla friskfaktorer",
        "target_date": "2025-12-31",
        "responsible": "AC, HR",
        "responsible_list": ["AC", "HR"],
        "page": 7,
        "quote": "Utveckla friskfaktorer",
    }
    return Activity(**{**base, **changes})  # type: ignore[arg-type]


def test_dates_only_where_the_plan_gives_one() -> None:
    assert as_date("2025-12-31") == dt.date(2025, 12, 31)
    assert as_date("31 december 2025") == dt.date(2025, 12, 31)
    assert [as_date(x) for x in ("2025", "Q1 2025", "2025-2027", "2025-02-31", None)] == [None] * 5


def test_csv_and_xlsx_speak_swedish_and_drop_ids() -> None:
    record = _activity()
    header = headers("activities")
    assert header[:5] == ["Förvaltning", "Planperiod", "Område", "Mål/behov", "Aktivitet"]
    assert {"Tabell", "Fil", "Sida", "Citat", "Måldatum", "Ansvarig", "Uppföljning"} <= set(header)
    assert not {"doc_id", "file", "goal", "target_date", "responsible_list"} & set(header)
    row = dict(zip(header, rows("activities", [record])[0], strict=True))
    assert row["Tabell"] == "Uppföljning av förra planen" and row["Måldatum"] == dt.date(2025, 12, 31)
    assert "abc123" not in row.values()

    text = to_csv("activities", [record]).decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert table[0] == header and table[1][header.index("Måldatum")] == "2025-12-31"

    data = to_xlsx({"activities": [record, _activity(target_date="2026")]})
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book["Aktiviteter"]
    assert [c.value for c in sheet[1]] == header and sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    column = header.index("Måldatum") + 1
    dated, year = sheet.cell(2, column), sheet.cell(3, column)
    assert dated.is_date and dated.value.date() == dt.date(2025, 12, 31) and year.value == "2026"


def test_json_keeps_ids_and_field_names() -> None:
    data = json.loads(to_json({"activities": [_activity()]}))
    assert data["activities"][0]["doc_id"] == "abc123" and data["activities"][0]["table"] == "followup"


def test_activity_filter_matches_the_tab() -> None:
    own, followup = _activity(table="plan", activity="Erbjud avslutssamtal"), _activity()
    items = [own, followup]
    assert ActivityFilter().apply(items) == items
    assert ActivityFilter(table="plan").apply(items) == [own]
    assert ActivityFilter(area="behålla", responsible="hr").apply(items) == items  # any case
    assert ActivityFilter(text="AVSLUTSSAMTAL").apply(items) == [own]
    assert ActivityFilter(period="2024-2026").apply(items) == []


def test_default_names_follow_the_format_and_sheets_keep_headers() -> None:
    assert default_name("activities", "csv") == "aktiviteter.csv"
    assert default_name("all", "xlsx") == "kfp-export.xlsx"
    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes([("Jämförelse: a/b", ["A", "B"], [[1, "x"]])])))
    assert book.sheetnames == ["Jämförelse- a-b"] and [c.value for c in book.active[1]] == ["A", "B"]
