"""`kfp extract`, `kfp export` and `kfp schema`: the records extracted at ingest, shown or exported."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, cast

import typer
from pydantic import BaseModel
from rich.table import Table

from kfp_assistant.app.cli_common import (
    AdminOption,
    IndexDirOption,
    JsonOption,
    PeriodOption,
    console,
    err_console,
    fail,
    friendly_errors,
    open_index,
    print_json,
)
from kfp_assistant.assistant import Assistant
from kfp_assistant.errors import KfpError
from kfp_assistant.export import (
    FORMATS,
    KINDS,
    ActivityFilter,
    Format,
    RecordKind,
    default_name,
    headers,
    json_schema,
    rows,
    write_export,
)
from kfp_assistant.schema import Activity, Gap, KeyFigure
from kfp_assistant.sv.areas import UBARA_AREAS

WhatOption = Annotated[str, typer.Option("--what", help="activities, figures or gaps.")]
# Columns left out of the terminal table: they make rows too wide to read; the exports keep them.
_WIDE = {"Citat", "Fil", "Uppföljning", "Mål/behov", "Övrigt"}


def _records(
    assistant: Assistant,
    kinds: tuple[RecordKind, ...],
    administration: list[str] | None,
    period: list[str] | None,
    chosen: ActivityFilter | None = None,
) -> dict[RecordKind, list[BaseModel]]:
    plans = assistant.plan_records(administration, period)
    data: dict[RecordKind, list[BaseModel]] = {}
    for kind in kinds:
        records = [record for plan in plans for record in getattr(plan, kind)]
        data[kind] = list(_filtered(kind, records, chosen or ActivityFilter()))
    return data


def _filtered(kind: RecordKind, records: list[Any], chosen: ActivityFilter) -> list[Any]:
    if kind == "activities":
        return chosen.apply(cast(list[Activity], records))
    needle = (chosen.text or "").strip().casefold()
    if not needle:
        return records
    return [r for r in records if needle in _record_text(r).casefold()]


def _record_text(record: Gap | KeyFigure) -> str:
    if isinstance(record, Gap):
        return f"{record.theme or ''} {record.text}"
    return f"{record.metric} {record.scope or ''} {record.quote}"


def _kinds(what: str) -> tuple[RecordKind, ...]:
    if what == "all":
        return KINDS
    if what not in KINDS:
        raise KfpError(f"unknown record kind {what!r}; use activities, figures, gaps or all")
    return (cast(RecordKind, what),)


@friendly_errors
def extract(
    what: WhatOption = "activities",
    administration: AdminOption = None,
    period: PeriodOption = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show the records extracted at ingest: activities, key figures or gaps."""
    kind = _kinds(what)[0] if what != "all" else None
    if kind is None:
        raise fail("--what must be one of activities, figures, gaps")
    assistant = open_index(index_dir)
    records = _records(assistant, (kind,), administration, period)[kind]
    if as_json:
        print_json({kind: [r.model_dump(mode="json") for r in records]})
        return
    all_columns = headers(kind)
    shown = [c for c in all_columns if c not in _WIDE]
    table = Table(title=f"{len(records)} {what}")
    for column in shown:
        table.add_column(column, overflow="fold")
    for row in rows(kind, records):
        table.add_row(*[str(row[all_columns.index(c)]) for c in shown])
    console.print(table)
    for plan in assistant.plan_records(administration, period):
        for warning in plan.warnings:
            err_console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)


def _area(value: str | None) -> str | None:
    if not value:
        return None
    for area in UBARA_AREAS:
        if area.casefold() == value.strip().casefold():
            return area
    raise KfpError(f"unknown area {value!r}; use one of {', '.join(UBARA_AREAS)}")


@friendly_errors
def export(
    what: Annotated[str, typer.Argument(help="activities, figures, gaps or all.")],
    fmt: Annotated[str, typer.Option("--format", help="json, csv or xlsx.")] = "xlsx",
    out: Annotated[
        Path | None, typer.Option("--out", help="Output file (default: e.g. aktiviteter.xlsx, by format).")
    ] = None,
    administration: AdminOption = None,
    period: PeriodOption = None,
    area: Annotated[str | None, typer.Option("--area", help="Activities of this UBARA area only.")] = None,
    responsible: Annotated[
        str | None, typer.Option("--responsible", help="Activities with this party responsible only.")
    ] = None,
    text: Annotated[str | None, typer.Option("--text", help="Records containing this text only.")] = None,
    table: Annotated[
        str | None,
        typer.Option("--table", help="plan (the plan's own activities) or followup (the previous plan's)."),
    ] = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Export records for reporting: JSON with schema, CSV for Swedish Excel, XLSX (Swedish headers)."""
    kinds = _kinds(what)
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; use json, csv or xlsx")
    if table not in (None, "plan", "followup"):
        raise fail(f"unknown table {table!r}; use plan or followup")
    chosen = ActivityFilter(
        area=_area(area),
        responsible=responsible,
        text=text,
        table=cast(Any, table),
    )
    data = _records(open_index(index_dir), kinds, administration, period, chosen)
    counts = ", ".join(f"{len(v)} {k}" for k, v in data.items())
    if not any(data.values()):
        raise fail(f"no records match the filters ({counts}); nothing written")
    target = out or Path(default_name(what, cast(Format, fmt)))
    for path in write_export(data, cast(Format, fmt), target):
        console.print(f"wrote {path} ({counts})", highlight=False)


def schema() -> None:
    """Print the JSON Schema of the extracted records."""
    print_json(json_schema())
