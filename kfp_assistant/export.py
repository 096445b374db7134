"""Records -> JSON (published schema), CSV for Swedish Excel, XLSX. The one home of openpyxl."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from pydantic import BaseModel

from kfp_assistant.schema import Activity, Gap, KeyFigure, RecordsExport

RecordKind = Literal["activities", "figures", "gaps"]
MODELS: dict[RecordKind, type[BaseModel]] = {"activities": Activity, "figures": KeyFigure, "gaps": Gap}
SHEET_TITLES: dict[RecordKind, str] = {
    "activities": "Aktiviteter",
    "figures": "Nyckeltal",
    "gaps": "Kompetensgap",
}
_MAX_WIDTH = 60


def json_schema() -> dict[str, Any]:
    """JSON Schema of the export (and of `kfp extract --json`)."""
    schema = RecordsExport.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "kfp_assistant records"
    return schema


def columns(kind: RecordKind) -> list[str]:
    return list(MODELS[kind].model_fields)


def _cell(value: Any) -> Any:
    """Flat cell value: lists joined, mappings as "key: value; ...", None as empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return value


def rows(kind: RecordKind, records: list[BaseModel]) -> list[list[Any]]:
    cols = columns(kind)
    return [[_cell(getattr(r, c)) for c in cols] for r in records]


def to_json(data: dict[RecordKind, list[BaseModel]]) -> str:
    payload = {kind: [r.model_dump(mode="json") for r in records] for kind, records in data.items()}
    return json.dumps(payload, ensure_ascii=False, indent=2)


def to_csv(kind: RecordKind, records: list[BaseModel]) -> bytes:
    """UTF-8 with BOM and ';' separators: what Swedish Excel opens correctly with a double-click."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(columns(kind))
    for row in rows(kind, records):
        writer.writerow([_swedish_decimal(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _swedish_decimal(value: Any) -> Any:
    # Swedish Excel reads "6,2" as a number and "6.2" as a date or text.
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return value


def to_xlsx(data: dict[RecordKind, list[BaseModel]]) -> bytes:
    """One sheet per record kind: bold frozen header row, autofilter, sensible widths."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for kind, records in data.items():
        sheet = workbook.create_sheet(SHEET_TITLES[kind])
        cols = columns(kind)
        sheet.append(cols)
        table = rows(kind, records)
        for row in table:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(sheet.max_row, 1)}"
        for index, name in enumerate(cols, start=1):
            longest = max([len(name)] + [len(str(r[index - 1])) for r in table[:500]])
            sheet.column_dimensions[get_column_letter(index)].width = min(max(longest + 2, 8), _MAX_WIDTH)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_export(
    data: dict[RecordKind, list[BaseModel]], fmt: Literal["json", "csv", "xlsx"], out: Path
) -> list[Path]:
    """Write the export; CSV with several kinds writes one file per kind (<stem>-<kind>.csv)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        out.write_text(to_json(data), encoding="utf-8")
        return [out]
    if fmt == "xlsx":
        out.write_bytes(to_xlsx(data))
        return [out]
    if len(data) == 1:
        kind, records = next(iter(data.items()))
        out.write_bytes(to_csv(kind, records))
        return [out]
    written = []
    for kind, records in data.items():
        path = out.with_name(f"{out.stem}-{kind}{out.suffix or '.csv'}")
        path.write_bytes(to_csv(kind, records))
        written.append(path)
    return written
