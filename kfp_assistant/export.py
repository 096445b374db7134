"""Records -> JSON (published schema), CSV for Swedish Excel, XLSX. The one home of openpyxl.

JSON keeps the records as they are (English field names, ids): it is the machine format with a
published schema. CSV and XLSX are for people: Swedish headers, no internal ids, codes spelled
out ("Uppföljning av förra planen"), dates the plan gives as real dates.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from kfp_assistant.schema import Activity, Gap, KeyFigure, RecordsExport
from kfp_assistant.sv.metrics import METRICS

RecordKind = Literal["activities", "figures", "gaps"]
Format = Literal["json", "csv", "xlsx"]
KINDS: tuple[RecordKind, ...] = ("activities", "figures", "gaps")
FORMATS: tuple[Format, ...] = ("json", "csv", "xlsx")
SHEET_TITLES: dict[RecordKind, str] = {
    "activities": "Aktiviteter",
    "figures": "Nyckeltal",
    "gaps": "Kompetensgap",
}
TABLE_SV = {"plan": "Plan", "followup": "Uppföljning av förra planen"}
UNIT_SV = {"count": "antal", "percent": "procent", "index": "index", "years": "år"}
# A sheet: its title, the header row and the rows.
Sheet = tuple[str, list[str], list[list[Any]]]
_MAX_WIDTH = 60
_MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]  # fmt: skip
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_SV_DATE = re.compile(rf"^\s*(\d{{1,2}})\s+({'|'.join(_MONTHS)})\s+(\d{{4}})\s*$", re.IGNORECASE)


def json_schema() -> dict[str, Any]:
    """JSON Schema of the export (and of `kfp extract --json`)."""
    schema = RecordsExport.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "kfp_assistant records"
    return schema


def as_date(text: str | None) -> dt.date | None:
    """The date a cell states ('2024-12-31', '31 december 2024'); None for periods, quarters, years."""
    if not text:
        return None
    iso, swedish = _ISO_DATE.match(text), _SV_DATE.match(text)
    try:
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        if swedish:
            return dt.date(int(swedish[3]), _MONTHS.index(swedish[2].lower()) + 1, int(swedish[1]))
    except ValueError:  # "2024-02-31" is no date; keep the text as written
        return None
    return None


def _date_or_text(text: str | None) -> Any:
    return as_date(text) or (text or "")


def _activity(a: Activity) -> list[Any]:
    return [
        a.administration or "",
        a.period or "",
        a.area or "",
        a.goal or "",
        a.activity,
        _date_or_text(a.target_date),
        a.responsible or "",
        a.followup or "",
        "; ".join(f"{k}: {v}" for k, v in a.extra.items()),
        TABLE_SV[a.table],
        a.file,
        a.page,
        a.quote,
    ]


def _figure(f: KeyFigure) -> list[Any]:
    label = METRICS[f.metric]["label_sv"] if f.metric in METRICS else f.metric
    return [
        f.administration or "",
        f.period or "",
        label,
        f.value,
        UNIT_SV.get(f.unit, f.unit),
        _date_or_text(f.as_of),
        f.scope or "",
        f.file,
        f.page,
        f.quote,
    ]


def _gap(g: Gap) -> list[Any]:
    return [g.administration or "", g.period or "", g.theme or "", g.text, g.file, g.page, g.quote]


_HEADERS: dict[RecordKind, list[str]] = {
    "activities": [
        "Förvaltning", "Planperiod", "Område", "Mål/behov", "Aktivitet", "Måldatum", "Ansvarig",
        "Uppföljning", "Övrigt", "Tabell", "Fil", "Sida", "Citat",
    ],
    "figures": [
        "Förvaltning", "Planperiod", "Nyckeltal", "Värde", "Enhet", "Avser", "Avgränsning", "Fil", "Sida",
        "Citat",
    ],
    "gaps": ["Förvaltning", "Planperiod", "Tema", "Kompetensgap", "Fil", "Sida", "Citat"],
}  # fmt: skip
_ROW: dict[RecordKind, Callable[[Any], list[Any]]] = {
    "activities": _activity,
    "figures": _figure,
    "gaps": _gap,
}


def headers(kind: RecordKind) -> list[str]:
    """The Swedish column names of a record kind's CSV and XLSX export."""
    return list(_HEADERS[kind])


def rows(kind: RecordKind, records: Sequence[BaseModel]) -> list[list[Any]]:
    """One row per record, in the order of headers(kind); dates as datetime.date where the plan gives one."""
    return [_ROW[kind](r) for r in records]


@dataclass(frozen=True)
class ActivityFilter:
    """The filters of the app's Aktiviteter tab and of `kfp export`; None or '' means no filter."""

    administration: str | None = None
    period: str | None = None
    area: str | None = None
    responsible: str | None = None
    text: str | None = None
    table: Literal["plan", "followup"] | None = None

    def matches(self, a: Activity) -> bool:
        """True when the activity passes every filter that is set (text: any field, any case)."""
        if self.administration and a.administration != self.administration:
            return False
        if self.period and a.period != self.period:
            return False
        if self.area and self.area.casefold() not in {x.casefold() for x in a.areas}:
            return False
        wanted = (self.responsible or "").casefold()
        if wanted and wanted not in {r.casefold() for r in a.responsible_list}:
            return False
        if self.table and a.table != self.table:
            return False
        needle = (self.text or "").strip().casefold()
        if not needle:
            return True
        fields = (a.activity, a.goal, a.area, a.responsible, a.followup, a.target_date)
        return needle in " ".join(v or "" for v in fields).casefold()

    def apply(self, activities: Sequence[Activity]) -> list[Activity]:
        """The activities that match, in their order."""
        return [a for a in activities if self.matches(a)]


def to_json(data: dict[RecordKind, list[BaseModel]]) -> str:
    """The records as published-schema JSON: every field, ids included."""
    payload = {kind: [r.model_dump(mode="json") for r in records] for kind, records in data.items()}
    return json.dumps(payload, ensure_ascii=False, indent=2)


def _csv_cell(value: Any) -> Any:
    # Swedish Excel reads "6,2" as a number and "6.2" as a date or text; ISO dates it reads as dates.
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def table_csv(header: list[str], table: list[list[Any]]) -> bytes:
    """UTF-8 with BOM and ';' separators: what Swedish Excel opens correctly with a double-click."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(header)
    for row in table:
        writer.writerow([_csv_cell(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_csv(kind: RecordKind, records: Sequence[BaseModel]) -> bytes:
    """One record kind as CSV with Swedish headers."""
    return table_csv(headers(kind), rows(kind, records))


def workbook_bytes(sheets: Sequence[Sheet]) -> bytes:
    """An XLSX file: per sheet a bold frozen header row, autofilter, wrapped text, sensible widths."""
    # Imported when a workbook is written, not at start: openpyxl is 0.3-0.6 s of every CLI start.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, table in sheets:
        sheet = workbook.create_sheet(_sheet_title(title))
        sheet.append(header)
        for row in table:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for column in sheet.iter_cols(min_row=2):
            for cell in column:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(cell.value, str) and len(cell.value) > _MAX_WIDTH:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(max(len(header), 1))}{max(sheet.max_row, 1)}"
        for index, name in enumerate(header, start=1):
            longest = max([len(str(name))] + [len(str(r[index - 1])) for r in table[:500] if len(r) >= index])
            sheet.column_dimensions[get_column_letter(index)].width = min(max(longest + 2, 8), _MAX_WIDTH)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_title(title: str) -> str:
    # Excel allows 31 characters and none of []:*?/\ in a sheet name.
    return re.sub(r"[\[\]:*?/\\]", "-", title)[:31] or "Blad"


def to_xlsx(data: dict[RecordKind, list[BaseModel]]) -> bytes:
    """One sheet per record kind, Swedish headers."""
    return workbook_bytes([(SHEET_TITLES[k], headers(k), rows(k, records)) for k, records in data.items()])


def default_name(what: str, fmt: Format) -> str:
    """The file name an export gets when none is given: the kind's Swedish name and the format's suffix."""
    stems: dict[str, str] = {"all": "kfp-export", **{k: v.lower() for k, v in SHEET_TITLES.items()}}
    stem = stems.get(what, what)
    return f"{stem}.{fmt}"


def write_export(data: dict[RecordKind, list[BaseModel]], fmt: Format, out: Path) -> list[Path]:
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
        path = out.with_name(f"{out.stem}-{SHEET_TITLES[kind].lower()}{out.suffix or '.csv'}")
        path.write_bytes(to_csv(kind, records))
        written.append(path)
    return written
