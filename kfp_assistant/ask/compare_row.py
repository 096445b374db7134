"""One plan's figure compared with what its own table sets beside it ("Hur ligger sjukfrånvaron jämfört
med staden?", "är personalomsättningen högre än i riket?", "har sjukfrånvaron ökat sedan 2022?").

In: the Route of a comparison about one plan only (the other side is no plan in the index: the city,
the country, an earlier year) naming a metric, and that plan's records. Out: a RecordAnswer with the
table row the plan's key figure of the metric was read from, every column of it with its header
("Kulturförvaltningen 2024: 5,4; Stockholms stad 2024: 6,9"), cited, and which column is highest or
lowest when the question asks; None when the figure was not read from a row of two or more values
(then the figure and the text answer as for one plan).
"""

from __future__ import annotations

from kfp_assistant.ask.records_answer import RecordAnswer, cite_record
from kfp_assistant.ask.records_cap import plan_title
from kfp_assistant.ask.route import Route
from kfp_assistant.schema import Citation, KeyFigure, PlanRecords, TableCell
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.superlatives import lowest_first


def _row_of(plan: PlanRecords, figure: KeyFigure) -> list[TableCell]:
    """The numbered cells of the table row the figure was read from (its quote is the row's)."""
    cells = [
        c
        for c in plan.cells
        if c.page == figure.page and c.quote == figure.quote and c.number is not None and c.column_header
    ]
    rows = {(c.table, c.row) for c in cells}
    return cells if len(rows) == 1 and len({c.column_header for c in cells}) >= 2 else []


def _ranking(cells: list[TableCell], question: str, metric: str) -> str | None:
    """Which column is highest (or lowest) when the question asks and the values share a unit."""
    low = lowest_first(question, metric)
    if low is None or len({c.unit for c in cells}) > 1:
        return None
    ranked = sorted(cells, key=lambda c: c.number or 0.0, reverse=not low)
    if ranked[0].number == ranked[1].number:
        return "Lika: " + " och ".join(f"{c.column_header} ({c.value})" for c in ranked) + "."
    word = "Lägst" if low else "Högst"
    others = ", ".join(f"{c.column_header} ({c.value})" for c in ranked[1:])
    return f"**{word}:** {ranked[0].column_header} ({ranked[0].value}), före {others}."


def answer_row_comparison(route: Route, plans: list[PlanRecords]) -> RecordAnswer | None:
    """The row of the plan's table holding its key figure of each asked metric, every column named;
    None unless a comparison of one plan whose figure was read from a row of two or more values."""
    sides = [p for p in plans if p.doc_id in set(route.plans)]
    metrics = [m for m in route.metrics if m in METRICS]
    if route.intent != "compare" or len(sides) != 1 or not metrics:
        return None
    plan = sides[0]
    citations: list[Citation] = []
    lines: list[str] = []
    shown: list[KeyFigure] = []
    for metric in metrics:
        figures = [f for f in plan.figures if f.metric == metric and f.scope is None]
        rows = [(f, cells) for f in figures if (cells := _row_of(plan, f))]
        if not rows:
            continue
        figure, cells = rows[0]
        n = cite_record(citations, plan, figure.page, figure.quote, cells[0].caption or "")
        values = "; ".join(f"{c.column_header}: {c.value}" for c in cells)
        caption = f"{cells[0].caption} – " if cells[0].caption else ""
        lines.append(f"- {caption}{' / '.join(cells[0].row_headers)}: {values} [{n}]")
        verdict = _ranking(cells, route.question, metric)
        lines += [verdict] if verdict else []
        shown.append(figure)
    if not lines:
        return None
    return RecordAnswer(f"**{plan_title(plan)}:**\n" + "\n".join(lines), citations, figures=shown)
