"""`kfp compare` and `kfp diff`: thin commands over compare/side_by_side.py and compare/diff.py."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from kfp_assistant.app.cli_common import (
    AdminOption,
    IndexDirOption,
    JsonOption,
    console,
    err_console,
    friendly_errors,
    open_index,
    print_json,
)
from kfp_assistant.ask.scope import latest_per_administration, version_key, versions_of
from kfp_assistant.compare.diff import diff_plans
from kfp_assistant.compare.side_by_side import compare_activities, compare_figures, compare_gaps
from kfp_assistant.errors import KfpError
from kfp_assistant.export import workbook_bytes

ASPECTS = ("activities", "gaps", "figures")
# Table columns per aspect: (key in a row, header). Lists of records stay in the JSON/XLSX only.
_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "activities": [
        ("administration", "Förvaltning"), ("period", "Period"), ("area", "Område"), ("count", "Antal"),
    ],
    "gaps": [("label", "Tema"), ("administration", "Förvaltning"), ("period", "Period"), ("count", "Antal")],
    "figures": [
        ("label", "Nyckeltal"), ("administration", "Förvaltning"), ("period", "Period"), ("value", "Värde"),
        ("as_of", "Avser"), ("scope", "Avgränsning"), ("page", "Sida"),
    ],
}  # fmt: skip
# The sheet also names unit and file, so each figure row can be traced without the JSON.
_SHEET_EXTRA: dict[str, list[tuple[str, str]]] = {"figures": [("unit", "Enhet"), ("file", "Fil")]}


def _flat(aspect: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row for a table or a sheet: nested records reduced to their texts and pages."""
    flat = {k: row.get(k) for k, _ in _COLUMNS[aspect] + _SHEET_EXTRA.get(aspect, [])}
    if aspect == "activities":
        flat["items"] = "\n".join(f"{a['activity']} (s. {a['page']})" for a in row["activities"])
    elif aspect == "gaps":
        flat["items"] = "\n".join(f"{g['text']} (s. {g['page']})" for g in row["gaps"])
    else:
        flat["items"] = row.get("quote")
    return flat


def write_xlsx(aspect: str, rows: list[dict[str, Any]], out: Path) -> Path:
    """One sheet with a bold frozen header and autofilter; a last column with the records or the quote."""
    columns = _COLUMNS[aspect] + _SHEET_EXTRA.get(aspect, [])
    header = [h for _, h in columns] + ["Citat" if aspect == "figures" else "Poster (sida)"]
    table = [list(_flat(aspect, row).values()) for row in rows]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(workbook_bytes([(f"Jämförelse {aspect}", header, table)]))
    return out


def _print_table(aspect: str, result: dict[str, Any]) -> None:
    table = Table(title=f"Jämförelse: {aspect}")
    for _, header in _COLUMNS[aspect]:
        table.add_column(header, overflow="fold")
    for row in result["rows"]:
        table.add_row(*("" if row.get(k) is None else str(row.get(k)) for k, _ in _COLUMNS[aspect]))
    console.print(table)
    if "totals" in result:
        totals = ", ".join(
            f"{t['administration']} {t['period'] or ''}: {t['count']}" for t in result["totals"]
        )
        console.print(f"Totalt per plan: {totals}")


def _print_diff(diff: dict[str, Any]) -> None:
    head = f"{diff['administration']}: {diff['from']['period']} -> {diff['to']['period']}"
    for kind, field in (("activities", "activity"), ("gaps", "text")):
        part = diff[kind]
        table = Table(title=f"{head} ({kind})", show_lines=True)
        for column in ("status", "före", "efter", "likhet"):
            table.add_column(column, overflow="fold")
        for pair in part["kept"]:
            status = "omformulerad" if pair["reworded"] else "kvar"
            table.add_row(status, pair["from"][field], pair["to"][field], f"{pair['similarity']:.2f}")
        for item in part["removed"]:
            table.add_row("[red]borttagen[/]", item[field], "", "")
        for item in part["added"]:
            table.add_row("[green]ny[/]", "", item[field], "")
        console.print(table)
    table = Table(title=f"{head} (nyckeltal)")
    for column in ("nyckeltal", "avgränsning", "före", "efter", "förändring", "status"):
        table.add_column(column)
    for f in diff["figures"]:
        cells = (f["label"], f["scope"], f["from"], f["to"], f["change"], f["status"])
        table.add_row(*("" if c is None else f"{c:g}" if isinstance(c, float) else str(c) for c in cells))
    console.print(table)


def _select_versions(
    plans: list[Any], administration: str, old: str | None, new: str | None
) -> tuple[Any, Any]:
    """The two plans to diff: the named periods, else the latest and the one before it."""
    versions = versions_of(plans, administration)
    if len(versions) < 2:
        found = ", ".join(p.period or "no period" for p in versions) or "none"
        raise KfpError(
            f"{administration}: needs two plan versions to diff, found {found}; ingest another version"
        )
    by_period = {p.period: p for p in versions}
    for wanted in (old, new):
        if wanted is not None and wanted not in by_period:
            raise KfpError(
                f"{administration}: no plan for period {wanted}; periods: {', '.join(map(str, by_period))}"
            )
    if old is not None and new is None:
        later = [p for p in versions if version_key(p) > version_key(by_period[old])]
        new = later[-1].period if later else None
    second = by_period[new] if new else versions[-1]
    earlier = [p for p in versions if version_key(p) < version_key(second)]
    first = by_period[old] if old else earlier[-1] if earlier else None
    if first is None or first is second:
        raise KfpError(
            f"{administration}: no other plan version to diff {second.period} with; give --from and --to"
        )
    return first, second


def _chart(aspect: str, result: dict[str, Any], path: Path, metrics: list[str] | None) -> Path:
    # Deferred: charts imports matplotlib, which would slow the start of every kfp command.
    from kfp_assistant.compare import charts

    if aspect == "activities":
        return charts.activities_chart(result, path)
    if aspect == "gaps":
        return charts.gaps_chart(result, path)
    return charts.figures_chart(result, metrics, path)


def run_compare(
    assistant: Any,
    aspect: str,
    administrations: list[str] | None,
    all_versions: bool,
    metrics: list[str] | None,
    out: Path | None,
    chart: Path | None,
    as_json: bool,
) -> dict[str, Any]:
    """The body of `kfp compare`: build the comparison, write the files asked for, print it."""
    if aspect not in ASPECTS:
        raise KfpError(f"unknown aspect {aspect!r}; use one of {', '.join(ASPECTS)}")
    if out is not None and out.suffix.lower() != ".xlsx":
        raise KfpError(f"{out.name}: --out writes an Excel file; give a name ending in .xlsx")
    plans = assistant.plan_records(administrations or None)
    if not plans:
        raise KfpError("no plans match; list them with `kfp docs` or ingest some with `kfp ingest`")
    # Key figures are compared over time, so they keep every version; lists use the latest plan.
    chosen = plans if all_versions or aspect == "figures" else latest_per_administration(plans)
    builders = {"activities": compare_activities, "gaps": compare_gaps, "figures": compare_figures}
    result: dict[str, Any] = builders[aspect](chosen)
    if out is not None:
        err_console.print(f"wrote {write_xlsx(aspect, result['rows'], out)}")
    if chart is not None:
        err_console.print(f"wrote {_chart(aspect, result, chart, metrics)}")
    if as_json:
        print_json(result)
    else:
        _print_table(aspect, result)
    return result


@friendly_errors
def compare(
    aspect: Annotated[str, typer.Option("--aspect", help="activities, gaps or figures.")] = "activities",
    administrations: AdminOption = None,
    all_versions: Annotated[
        bool, typer.Option("--all-versions", help="Every plan version, not only the latest of each.")
    ] = False,
    metrics: Annotated[
        list[str] | None, typer.Option("--metric", help="Metric ids for the figures chart (repeatable).")
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Write the rows to this .xlsx file.")] = None,
    chart: Annotated[Path | None, typer.Option("--chart", help="Write a chart (.png or .svg).")] = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Compare activities (UBARA area), gaps (theme) or key figures across administrations."""
    run_compare(open_index(index_dir), aspect, administrations, all_versions, metrics, out, chart, as_json)


@friendly_errors
def diff(
    administration: Annotated[str, typer.Argument(help="Administration, e.g. Socialnämnden.")],
    old: Annotated[str | None, typer.Option("--from", help="Period of the older plan.")] = None,
    new: Annotated[str | None, typer.Option("--to", help="Period of the newer plan.")] = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """What changed between two versions of one administration's plan (default: the two latest)."""
    assistant = open_index(index_dir)
    first, second = _select_versions(assistant.plan_records([administration]), administration, old, new)
    result = diff_plans(first, second, assistant.embeddings)
    if as_json:
        print_json(result)
    else:
        _print_diff(result)
