"""The Jämför tab's tables, without gradio: comparisons across plans and diffs between versions.

compare/ computes; this module turns its results into Swedish tables (the same rows for the
screen, for copying and for the XLSX download) and says what each count counts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlencode

from matplotlib.figure import Figure

from kfp_assistant.app.render import h, md_text, plan_label
from kfp_assistant.assistant import Assistant
from kfp_assistant.compare import charts
from kfp_assistant.compare.diff import diff_plans
from kfp_assistant.compare.side_by_side import compare_activities, compare_figures, compare_gaps
from kfp_assistant.export import Sheet
from kfp_assistant.schema import DocumentInfo, PlanRecords
from kfp_assistant.sv.metrics import METRICS

ASPECTS = ["Aktiviteter", "Kompetensgap", "Nyckeltal"]
KINDS = {"Aktiviteter": "activities", "Kompetensgap": "gaps", "Nyckeltal": "figures"}
NO_TABLE = "ingen aktivitetstabell"
FOLLOWUP_ROW = "Uppföljning av förra planen (räknas inte)"
UNITS = {"percent": " %", "years": " år", "count": "", "index": ""}
STATUS_SV = {
    "added": "Ny",
    "removed": "Borttagen",
    "kept": "Kvar",
    "reworded": "Omformulerad",
    "changed": "Ändrad",
    "unchanged": "Oförändrad",
}
EXPLAIN = {
    "activities": "Antal aktiviteter per UBARA-område i planernas egna aktivitetstabeller. En aktivitet "
    "som hör till flera områden (t.ex. ”Utveckla/Behålla”) räknas under vart och ett, så områdena kan "
    "summera till mer än Totalt, som räknar varje aktivitet en gång. Uppföljningar av förra planens "
    "aktiviteter räknas inte; de står på en egen rad.",
    "gaps": "Antal identifierade kompetensgap per tema. Ett gap kan höra till flera teman, så temana kan "
    "summera till mer än Totalt, som räknar varje gap en gång. Alla gap med källa står under tabellen.",
    "figures": "Varje plans aktuella värde per nyckeltal, för hela förvaltningen när planen anger det "
    "(annars för den grupp som står inom parentes), med året värdet avser.",
}
Table = tuple[list[str], list[list[Any]]]


def _number(value: float | None, unit: str = "count") -> str:
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",") + UNITS.get(unit, "")


def _plans_header(plans: Sequence[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(plan_label(p.get("administration"), p.get("period")) for p in plans))


def _pivot(
    rows: list[dict[str, Any]], plans: list[str], row_key: Callable[[dict[str, Any]], str], cell: str
) -> list[list[Any]]:
    """Rows x plans; `cell` names the field shown in each cell."""
    table: dict[str, dict[str, Any]] = {}
    for row in rows:
        table.setdefault(row_key(row), {})[plan_label(row.get("administration"), row.get("period"))] = row[
            cell
        ]
    return [[key, *(values.get(p, "") for p in plans)] for key, values in table.items()]


def _activities_table(result: dict[str, Any], records: Sequence[PlanRecords]) -> Table:
    plans = _plans_header(result["totals"])
    table = _pivot(result["rows"], plans, lambda r: r["area"], "count")
    by_label = {plan_label(p.administration, p.period): p for p in records}
    totals, followups = [], []
    for label in plans:
        plan = by_label.get(label)
        own = sum(1 for a in plan.activities if a.table == "plan") if plan else 0
        totals.append(own if plan is None or plan.activities else NO_TABLE)
        followups.append(sum(1 for a in plan.activities if a.table == "followup") if plan else 0)
    table.append(["Totalt", *totals])
    if any(followups):
        table.append([FOLLOWUP_ROW, *followups])
    return ["Område (UBARA)", *plans], table


def comparison_table(kind: str, result: dict[str, Any], records: Sequence[PlanRecords] = ()) -> Table:
    """The comparison as shown: a first column (area, theme or key figure) and one column per plan."""
    if kind == "activities":
        return _activities_table(result, records)
    if kind == "gaps":
        plans = _plans_header(result["totals"])
        table = _pivot(result["rows"], plans, lambda r: r.get("label") or r["theme"], "count")
        counts = {plan_label(t.get("administration"), t.get("period")): t["count"] for t in result["totals"]}
        table.append(["Totalt", *(counts.get(p, 0) for p in plans)])
        return ["Tema", *plans], table
    shown = [
        {**r, "shown": _number(r["value"], r["unit"]) + (f" ({r['as_of']})" if r.get("as_of") else "")}
        for r in result["rows"]
    ]
    plans = _plans_header(result["rows"])
    table = _pivot(
        shown, plans, lambda r: r["label"] + (f" ({r['scope']})" if r.get("scope") else ""), "shown"
    )
    return ["Nyckeltal", *plans], table


def gap_rows(result: dict[str, Any]) -> Table:
    """Every gap of a gaps comparison with its theme and source (plan, page, quote), once per theme."""
    headers = ["Tema", "Förvaltning", "Planperiod", "Kompetensgap", "Fil", "Sida", "Citat"]
    rows = [
        [
            r["label"],
            r.get("administration") or "",
            r.get("period") or "",
            g["text"],
            g["file"],
            g["page"],
            g["quote"],
        ]
        for r in result["rows"]
        for g in r["gaps"]
    ]
    return headers, rows


def gaps_html(result: dict[str, Any], records: Sequence[PlanRecords]) -> str:
    """Every gap under its theme, with a link that opens its plan at the cited page."""
    doc_ids = {p.file: p.doc_id for p in records}
    rows = []
    for r in result["rows"]:
        for g in r["gaps"]:
            plan = plan_label(r.get("administration"), r.get("period"))
            href = f"kfp/plan/{doc_ids.get(g['file'], '')}?" + urlencode(
                {"page": g["page"], "q": g["quote"][:400]}
            )
            rows.append(
                f"<tr><td>{h(r['label'])}</td><td>{h(plan)}</td><td>{h(g['text'])}</td>"
                f'<td><a href="{h(href)}" target="_blank" rel="noopener">s. {g["page"]} ↗</a></td></tr>'
            )
    cols = "".join(f'<col style="width:{w}">' for w in ("18%", "22%", "50%", "10%"))
    return (
        '<div class="kfp-table-wrap"><table class="kfp-table" id="kfp-gap-table">'
        f"<colgroup>{cols}</colgroup><thead><tr><th>Tema</th><th>Plan</th><th>Kompetensgap</th>"
        f"<th>Källa</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def record_rows(kind: str, result: dict[str, Any]) -> Table:
    """The records behind a comparison, one per row with file, page and quote (the XLSX's second sheet)."""
    if kind == "gaps":
        return gap_rows(result)
    if kind == "activities":
        headers = ["Område (UBARA)", "Förvaltning", "Planperiod", "Aktivitet", "Fil", "Sida", "Citat"]
        rows = [
            [
                r["area"],
                r.get("administration") or "",
                r.get("period") or "",
                a["activity"],
                a["file"],
                a["page"],
                a["quote"],
            ]
            for r in result["rows"]
            for a in r["activities"]
        ]
        return headers, rows
    headers = [
        "Nyckeltal",
        "Avgränsning",
        "Förvaltning",
        "Planperiod",
        "Värde",
        "Avser",
        "Fil",
        "Sida",
        "Citat",
    ]
    rows = [
        [r["label"], r.get("scope") or "", r.get("administration") or "", r.get("period") or "", r["value"],
         r.get("as_of") or "", r["file"], r["page"], r["quote"]]
        for r in result["rows"]
    ]  # fmt: skip
    return headers, rows


def compare_result(
    assistant: Assistant, administrations: list[str] | None, kind: str
) -> tuple[list[PlanRecords], dict[str, Any] | None]:
    """The plans chosen and the comparison of them (None when no plan matches)."""
    plans = assistant.plan_records(administrations or None) if administrations != [] else []
    if not plans:
        return [], None
    builders = {"activities": compare_activities, "gaps": compare_gaps, "figures": compare_figures}
    return plans, builders[kind](plans)


def metric_choices(result: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(Swedish label, metric id) of the key figures a figures comparison has values for."""
    if not result or result.get("aspect") != "figures":
        return []
    present = list(dict.fromkeys(t["metric"] for t in result["trend"]))
    return [(METRICS[m]["label_sv"] if m in METRICS else m, m) for m in present]


def chart(kind: str, result: dict[str, Any] | None, metric: str | None = None) -> Figure | None:
    """The comparison's chart; for key figures the chosen metric over time (else the first)."""
    if not result or not result.get("rows"):
        return None
    if kind == "activities":
        return charts.activities_chart_figure(result)
    if kind == "gaps":
        return charts.gaps_chart_figure(result)
    choices = [m for _, m in metric_choices(result)]
    if not choices:
        return None
    return charts.figures_chart_figure(result, [metric if metric in choices else choices[0]])


def compare_sheets(kind: str, result: dict[str, Any], records: Sequence[PlanRecords]) -> list[Sheet]:
    """The comparison table and the records behind it, as XLSX sheets."""
    headers, rows = comparison_table(kind, result, records)
    record_headers, record_table = record_rows(kind, result)
    return [("Jämförelse", headers, rows), ("Poster med källa", record_headers, record_table)]


def notice(kind: str, plans: Sequence[PlanRecords]) -> str:
    """Markdown above the table: which plans, and what the counts count."""
    if not plans:
        return "Inga planer matchar urvalet."
    names = ", ".join(plan_label(p.administration, p.period) for p in plans)
    return f"**{len(plans)} planer:** {md_text(names)}\n\n{EXPLAIN[kind]}"


def plan_versions(documents: list[DocumentInfo], administration: str | None) -> list[tuple[str, str]]:
    """(label, doc_id) of one administration's plans, oldest first."""
    docs = sorted(
        (d for d in documents if d.administration == administration), key=lambda d: (d.period or "", d.file)
    )
    return [(f"{d.period or 'utan period'} ({d.file})", d.doc_id) for d in docs]


def versioned_administrations(documents: list[DocumentInfo]) -> list[str]:
    """Administrations with at least two plans in the index: those a diff can be shown for."""
    admins = sorted({d.administration for d in documents if d.administration})
    return [a for a in admins if len(plan_versions(documents, a)) > 1]


def default_diff(assistant: Assistant, versioned: list[str]) -> str | None:
    """The administration a diff opens on: the one whose two latest versions both list the most
    activities and gaps (a plan written as prose has nothing to pair, so its diff says little)."""

    def listed(admin: str) -> int:
        plans = {p.doc_id: p for p in assistant.plan_records([admin])}
        latest = [plans[i] for _, i in plan_versions(assistant.documents(), admin)[-2:] if i in plans]
        return min((len(p.activities) + len(p.gaps) for p in latest), default=0)

    ranked = sorted(versioned, key=lambda admin: -listed(admin))  # stable: alphabetical among equals
    return ranked[0] if ranked else None


class DiffCache:
    """Diffs by (old, new) doc id: plans never change under an id, and a diff embeds every item."""

    def __init__(self, size: int = 16) -> None:
        self.size = size
        self._items: dict[tuple[str, str], dict[str, Any]] = {}
        self._lock = threading.Lock()

    def get(self, assistant: Assistant, old: PlanRecords, new: PlanRecords) -> dict[str, Any]:
        """The diff of two plans, computed once."""
        key = (old.doc_id, new.doc_id)
        with self._lock:
            if key in self._items:
                return self._items[key]
        result = diff_plans(old, new, assistant.embeddings)
        with self._lock:
            self._items[key] = result
            while len(self._items) > self.size:
                self._items.pop(next(iter(self._items)))
        return result


DIFFS = DiffCache()
DIFF_HEADERS = ["Typ", "Status", "Före", "Efter"]
_ORDER = {"Ny": 0, "Borttagen": 1, "Omformulerad": 2, "Ändrad": 3, "Kvar": 4, "Oförändrad": 5}


def diff_table(result: dict[str, Any]) -> Table:
    """Rows (type, status, before, after): new and removed first, figures last."""
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
        label = f["label"] + (f" ({f['scope']})" if f.get("scope") else "")
        before = _number(f["from"], f["unit"]) + (f" ({f['from_as_of']})" if f.get("from_as_of") else "")
        after = _number(f["to"], f["unit"]) + (f" ({f['to_as_of']})" if f.get("to_as_of") else "")
        rows.append([f"Nyckeltal: {label}", STATUS_SV.get(f["status"], f["status"]), before, after])
    rows.sort(key=lambda r: (r[0].startswith("Nyckeltal"), _ORDER.get(r[1], 9)))
    return DIFF_HEADERS, rows


def table_html(headers: list[str], rows: list[list[Any]], element_id: str, widths: list[str]) -> str:
    """An HTML table of escaped text with fixed column widths: long cells wrap, nothing runs off-screen."""
    cols = "".join(f'<col style="width:{w}">' for w in widths)
    head = "".join(f"<th>{h(c)}</th>" for c in headers)
    body = "".join(
        "<tr>" + "".join(f'<td class="kfp-c{i}">{h(v)}</td>' for i, v in enumerate(row)) + "</tr>"
        for row in rows
    )
    return (
        f'<div class="kfp-table-wrap"><table class="kfp-table" id="{h(element_id)}">'
        f"<colgroup>{cols}</colgroup>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def diff_view(assistant: Assistant, old_id: str | None, new_id: str | None) -> tuple[Table, str]:
    """The diff table of two versions and a Markdown summary line."""
    if not old_id or not new_id or old_id == new_id:
        return (DIFF_HEADERS, []), "Välj två olika versioner av planen."
    old, new = assistant.plans.get(old_id), assistant.plans.get(new_id)
    if old is None or new is None:
        return (DIFF_HEADERS, []), "Planen finns inte längre i indexet."
    table = diff_table(DIFFS.get(assistant, old, new))
    counts = {s: sum(1 for r in table[1] if r[1] == s) for s in ("Ny", "Borttagen", "Omformulerad", "Ändrad")}
    summary = ", ".join(f"{n} {s.lower()}" for s, n in counts.items() if n)
    label = f"{plan_label(old.administration, old.period)} → {new.period or new.file}"
    return table, f"**{md_text(label)}**: {summary or 'inga skillnader'}."
