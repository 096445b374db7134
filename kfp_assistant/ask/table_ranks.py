"""Which row of a table ranks first: "Vilken yrkesgrupp har flest medarbetare över 60?", "vilken
avdelning har lägst antal pensionsavgångar 2026?", "which occupation has the most staff aged 65+?".

In: a Route and the records of the plans in its scope (TableCell rows). Out: a RecordAnswer naming the
top row (every row tied with it) and its value, then the other rows of the column in order, each line
citing its row; None when the question is not a "which … most/least" question or no table answers it
confidently. The answerer then tries the single-cell lookup (cells.py) and retrieval.

How a table answers:
* The column is chosen as cells.py chooses one: by an asked age band, gender or year, or by words naming
  its label. An age band that covers several columns ("60 år eller äldre": 60-64 and 65-) ranks the rows
  by their sum. With no column chosen, a share question ranks by the share column, any other by the
  total column ("flest anställda").
* Rows: every labelled row that is not a total.
* Every content word of the question must be named by the caption or a column or row label, except
  the noun after "vilken" (the kind of row asked for: "yrkesgrupp", "avdelning") and the superlative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kfp_assistant.ask.cell_labels import Asked, asked_of, explained, facets_hold, read_label, topic_named
from kfp_assistant.ask.cell_plans import plan_versions, plans_in_scope
from kfp_assistant.ask.cells import shown_value, split_labels
from kfp_assistant.ask.gap_ranks import answer_from_gap_sizes
from kfp_assistant.ask.records_answer import RecordAnswer, cite_record
from kfp_assistant.ask.records_cap import plan_title
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.table_lines import TableLine, choose_lines, row_label, table_lines
from kfp_assistant.schema import Citation, PlanRecords, TableCell
from kfp_assistant.sv.superlatives import Superlative, superlative_of

MAX_ROWS = 15  # a ranking longer than this is a table to read, not an answer to show whole


@dataclass
class _Ranked:
    """A table's ranking: rows with their value in the chosen column(s), best first."""

    rows: list[tuple[str, float, list[TableCell]]]  # (row or column label, value, its cells)
    caption: str
    columns: list[str]
    key: tuple[int, int]  # (unexplained words, -explained words): lower is better


def _across(lines: list[TableLine], asked: Asked, by_row: bool) -> list[TableLine] | None:
    """The lines the ranking reads (columns when rows are ranked), None when the question chooses
    none clearly. Ranking rows, a column named by nothing is the total (or share) column; ranking
    columns ("vilket år var … högst"), the row must be named."""
    chosen = choose_lines(lines, asked, allow_total=False)
    if chosen or chosen is None or not by_row:
        return chosen or None
    measure = "share" if asked.measure == "share" else "count"
    fallback = [
        line
        for line in lines
        if any(c.number is not None for c in line.cells)
        and (("percent" in {c.unit for c in line.cells}) == (measure == "share"))
        and (line.label.total or measure == "share")
    ]
    return fallback if len(fallback) == 1 else None


def _item_label(cell: TableCell, by_row: bool) -> str:
    return row_label(cell) if by_row else cell.column_header


def _rank(cells: list[TableCell], asked: Asked, sup: Superlative, by_row: bool) -> _Ranked | None:
    """The rows (or columns) of one table ranked by the asked column (or row), or None when the
    table does not answer."""
    words = [w for w in asked.words if w != sup.kind and w not in sup.words]
    # "Vilken avdelning har flest?" after a question about retirements ranks by the retirements
    own = replace(asked, words=words or asked.earlier, inherited=not words and bool(asked.earlier))
    across = _across(table_lines(cells, by_row=not by_row), own, by_row)
    if not across:
        return None
    wanted = {id(c) for line in across for c in line.cells}
    ranked = []
    for line in table_lines(cells, by_row=by_row):
        if line.label.total or not _item_label(line.cells[0], by_row).strip():
            continue
        picked = [c for c in line.cells if id(c) in wanted and c.number is not None]
        if not all(facets_hold(*split_labels(c), asked) for c in picked):
            return None  # a year, age band or gender asked that the column does not state
        if len(picked) != len(across) or len({c.unit for c in picked}) > 1:
            return None  # a row without the value, or counts summed with shares: no ranking
        ranked.append((_item_label(picked[0], by_row), sum(c.number or 0.0 for c in picked), picked))
    if not 2 <= len(ranked) <= MAX_ROWS or _years_for_another_kind(ranked, sup):
        return None
    labels = [line.label for line in across] + [read_label(label) for label, _, _ in ranked]
    caption = read_label(cells[0].caption or "")
    if not topic_named(own, labels, caption, measures_as_labels=False) and not any(
        line.label.metrics for line in across
    ):
        return None
    hits, missing = explained(own, labels, caption)
    if missing > (1 if asked.soft else 0):
        return None
    if missing and not any(line.kind in ("words", "facet") for line in across):
        return None  # a word left unexplained and no column named: the total column may rank another measure
    ranked.sort(key=lambda r: r[1], reverse=not sup.least)
    return _Ranked(ranked, cells[0].caption or "", [line.label.text for line in across], (missing, -hits))


_YEAR_LABEL = re.compile(r"^\s*(?:19|20)\d{2}\s*\*?\s*$")
# Kinds of item that are times: "vilket år", "vilken period", "when".
_TIME_KINDS = frozenset(("år", "året", "period", "perioden", "månad", "kvartal", "tertial", "year"))


def _years_for_another_kind(ranked: list[tuple[str, float, list[TableCell]]], sup: Superlative) -> bool:
    """Whether the items ranked are years while the question asks for another kind of item ("vilken
    yrkesgrupp har högst omsättning?" is not answered by the year the whole staff's rate was highest)."""
    if not sup.kind or sup.kind.casefold() in _TIME_KINDS:
        return False
    return all(_YEAR_LABEL.match(label) for label, _, _ in ranked)


def _plan_ranking(plan: PlanRecords, asked: Asked, sup: Superlative) -> _Ranked | None:
    """The one table of a plan that answers best, or None (none answers, or two answer equally)."""
    tables: dict[int, list[TableCell]] = {}
    for cell in plan.cells:
        tables.setdefault(cell.table, []).append(cell)
    found = [
        r
        for cells in tables.values()
        for by_row in (True, False)
        if (r := _rank(cells, asked, sup, by_row)) is not None
    ]
    found.sort(key=lambda r: r.key)
    if not found or (len(found) > 1 and found[1].key == found[0].key):
        return None
    return found[0]


def _number(value: float) -> str:
    """A summed value as Swedish text writes it: "51", "12,5"."""
    return f"{value:g}".replace(".", ",")


def _render(plan: PlanRecords, ranked: _Ranked, sup: Superlative, citations: list[Citation]) -> str:
    """The top row(s) first, then every row of the column in order, each citing its row."""
    lines = []
    cited: dict[str, int] = {}  # ranking the columns of one row cites that row once
    for label, value, cells in ranked.rows:
        first = cells[0]
        if first.quote not in cited:
            cited[first.quote] = cite_record(citations, plan, first.page, first.quote, first.caption or "")
        shown = shown_value(first.value) if len(cells) == 1 else _number(value)
        lines.append(f"- {label}: {shown} [{cited[first.quote]}]")
    best = ranked.rows[0][1]
    top = [label for label, value, _ in ranked.rows if value == best]
    what = " – ".join(part for part in (ranked.caption, " + ".join(ranked.columns)) if part)
    word = "Lägst" if sup.least else "Högst"
    head = f"{word} ({what}): **{' och '.join(top)}**, {lines[0].rsplit(': ', 1)[1]}"
    return f"**{plan_title(plan)}:**\n{head}\n\nI ordning:\n" + "\n".join(lines)


def answer_from_ranking(route: Route, plans: list[PlanRecords]) -> RecordAnswer | None:
    """An answer naming the row of a table that ranks first (or last) in the asked column, for each
    plan the question is about; None for any other question or when no table answers it. Where a gap
    is largest, a table rating gaps answers (gap_ranks)."""
    if (gaps := answer_from_gap_sizes(route, plans)) is not None:
        return gaps
    sup = superlative_of(route.question)
    if sup is None or (route.unknown_administrations and not route.administrations):
        return None
    wanted = plans_in_scope(route)
    asked = asked_of(route)
    citations: list[Citation] = []
    sections = []
    for versions in plan_versions(route, [p for p in plans if not wanted or p.doc_id in wanted]):
        for plan in versions:
            ranked = _plan_ranking(plan, asked, sup)
            if ranked is not None:
                sections.append(_render(plan, ranked, sup, citations))
                break
    return RecordAnswer("\n\n".join(sections), citations) if sections else None
