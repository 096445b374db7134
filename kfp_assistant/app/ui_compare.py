"""Handlers of the Jämför tab: comparison tables, charts and version diffs, as plain functions.

The comparison itself lives in compare.py and diff.py (charts in charts.py); this module turns
their results into Swedish tables. While one of them is missing it returns a notice.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from kfp_assistant.app.ui_handlers import plan_label
from kfp_assistant.assistant import Assistant
from kfp_assistant.schema import DocumentInfo, PlanRecords

ASPECTS = ["Aktiviteter", "Kompetensgap", "Nyckeltal"]
KINDS = {"Aktiviteter": "activities", "Kompetensgap": "gaps", "Nyckeltal": "figures"}
COMPARE_MISSING = "Jämförelsen är inte tillgänglig i den här versionen (modulen compare saknas)."
UNITS = {"percent": " %", "years": " år", "count": "", "index": ""}
STATUS_SV = {
    "added": "Ny",
    "removed": "Borttagen",
    "kept": "Kvar",
    "reworded": "Omformulerad",
    "changed": "Ändrad",
    "unchanged": "Oförändrad",
}
Table = tuple[list[str], list[list[Any]]]


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(f"kfp_assistant.{name}")
    except ImportError:
        return None


def _number(value: float | None, unit: str = "count") -> str:
    if value is None:
        return ""
    text = f"{value:g}".replace(".", ",")
    return text + UNITS.get(unit, "")


def _pivot(rows: list[dict[str, Any]], row_key: Callable[[dict[str, Any]], str], cell: str) -> Table:
    """Rows x plans table; `cell` names the field shown in each cell."""
    plans: list[str] = []
    table: dict[str, dict[str, Any]] = {}
    for row in rows:
        plan = plan_label(row.get("administration"), row.get("period"))
        if plan not in plans:
            plans.append(plan)
        table.setdefault(row_key(row), {})[plan] = row[cell]
    return ["", *plans], [[key, *(values.get(p, "") for p in plans)] for key, values in table.items()]


def comparison_table(kind: str, result: dict[str, Any]) -> Table:
    rows = result.get("rows", [])
    if kind == "activities":
        headers, table = _pivot(rows, lambda r: r["area"], "count")
        totals = {plan_label(t.get("administration"), t.get("period")): t["count"] for t in result["totals"]}
        table.append(["Totalt", *(totals.get(p, "") for p in headers[1:])])
        headers[0] = "Område (UBARA)"
        return headers, table
    if kind == "gaps":
        headers, table = _pivot(rows, lambda r: r.get("label") or r["theme"], "count")
        headers[0] = "Tema"
        return headers, table
    shown = [{**r, "shown": _number(r["value"], r["unit"]) + (f" ({r['as_of']})" if r.get("as_of") else "")}
             for r in rows]  # fmt: skip
    headers, table = _pivot(
        shown, lambda r: r["label"] + (f", {r['scope']}" if r.get("scope") else ""), "shown"
    )
    headers[0] = "Nyckeltal"
    return headers, table


def _fallback_chart(headers: list[str], rows: list[list[Any]]) -> Any | None:
    """Grouped bars of a count table, for when charts.py is not there."""
    numeric = [r for r in rows if r[0] != "Totalt" and any(isinstance(v, int) for v in r[1:])]
    if not numeric or len(headers) < 2:
        return None
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(10, 3.6), layout="constrained")
    axes = figure.add_subplot()
    width = 0.8 / (len(headers) - 1)
    for n, plan in enumerate(headers[1:]):
        values = [r[n + 1] if isinstance(r[n + 1], int) else 0 for r in numeric]
        axes.bar([i + n * width for i in range(len(numeric))], values, width, label=plan)
    axes.set_xticks([i + 0.4 - width / 2 for i in range(len(numeric))], [str(r[0]) for r in numeric])
    axes.tick_params(axis="x", labelrotation=30)
    axes.set_ylabel("Antal")
    axes.legend(fontsize="small")
    return figure


def _chart(kind: str, result: dict[str, Any], table: Table) -> Any | None:
    charts = _module("compare.charts")
    function = getattr(charts, f"{kind}_chart_figure", None) if charts else None
    if function is not None:
        try:
            return function(result)
        except Exception:
            pass
    return None if kind == "figures" else _fallback_chart(*table)


def compare_view(
    assistant: Assistant, administrations: list[str] | None, aspect: str
) -> tuple[list[str], list[list[Any]], Any | None, str]:
    """Table headers, rows, a matplotlib figure (or None) and a notice for the Jämför tab."""
    compare = _module("compare.side_by_side")
    kind = KINDS.get(aspect, "activities")
    function = getattr(compare, f"compare_{kind}", None) if compare else None
    if function is None:
        return [], [], None, COMPARE_MISSING
    plans: list[PlanRecords] = assistant.plan_records(administrations or None)
    if not plans:
        return [], [], None, "Inga planer matchar urvalet."
    result = function(plans)
    table = comparison_table(kind, result)
    names = ", ".join(plan_label(p.administration, p.period) for p in plans)
    return *table, _chart(kind, result, table), f"**{aspect}** i {len(plans)} planer: {names}."


def plan_versions(documents: list[DocumentInfo], administration: str | None) -> list[tuple[str, str]]:
    """(label, doc_id) of one administration's plans, oldest first."""
    docs = sorted(
        (d for d in documents if d.administration == administration), key=lambda d: (d.period or "", d.file)
    )
    return [(f"{d.period or 'utan period'} ({d.file})", d.doc_id) for d in docs]


def diff_table(result: dict[str, Any]) -> Table:
    headers = ["Typ", "Status", "Före", "Efter"]
    rows: list[list[Any]] = []
    for kind, label, field in (("activities", "Aktivitet", "activity"), ("gaps", "Kompetensgap", "text")):
        part = result.get(kind, {})
        rows += [[label, "Ny", "", r[field]] for r in part.get("added", [])]
        rows += [[label, "Borttagen", r[field], ""] for r in part.get("removed", [])]
        rows += [
            [label, "Omformulerad" if k["reworded"] else "Kvar", k["from"][field], k["to"][field]]
            for k in part.get("kept", [])
        ]
    for f in result.get("figures", []):
        label = f["label"] + (f", {f['scope']}" if f.get("scope") else "")
        before = _number(f["from"], f["unit"]) + (f" ({f['from_as_of']})" if f.get("from_as_of") else "")
        after = _number(f["to"], f["unit"]) + (f" ({f['to_as_of']})" if f.get("to_as_of") else "")
        rows.append([f"Nyckeltal: {label}", STATUS_SV.get(f["status"], f["status"]), before, after])
    order = {"Ny": 0, "Borttagen": 1, "Omformulerad": 2, "Ändrad": 3, "Kvar": 4, "Oförändrad": 5}
    rows.sort(key=lambda r: (r[0].startswith("Nyckeltal"), order.get(r[1], 9)))
    return headers, rows


def diff_view(
    assistant: Assistant, old_id: str | None, new_id: str | None
) -> tuple[list[str], list[list[Any]], str]:
    """What changed between two versions of one administration's plan."""
    diff = _module("compare.diff")
    if diff is None or not hasattr(diff, "diff_plans"):
        return [], [], COMPARE_MISSING
    if not old_id or not new_id or old_id == new_id:
        return [], [], "Välj två olika versioner av planen."
    old, new = assistant.plans.get(old_id), assistant.plans.get(new_id)
    if old is None or new is None:
        return [], [], "Planen finns inte längre i indexet."
    headers, rows = diff_table(diff.diff_plans(old, new, assistant.embeddings))
    counts = {s: sum(1 for r in rows if r[1] == s) for s in ("Ny", "Borttagen", "Omformulerad", "Ändrad")}
    summary = ", ".join(f"{n} {s.lower()}" for s, n in counts.items() if n)
    label = f"{plan_label(old.administration, old.period)} → {new.period or new.file}"
    return headers, rows, f"**{label}**: {summary or 'inga skillnader'}."
