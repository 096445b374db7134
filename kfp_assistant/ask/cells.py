"""Questions answered by one cell or one row of a plan's table: "Hur många undersköterskor är över 65?",
"hur många män jobbade där i oktober 2023?", "antal förskollärare".

In: a Route and the records of the plans in its scope (TableCell rows in PlanRecords.cells). Out: a
RecordAnswer that states the cell(s) with their headers and cites the row, or None when no row
matches confidently; the answerer then goes on to retrieval. A wrong cell is worse than no answer.

How a table answers (cell_labels.py reads the question and the labels):
* Rows: a row is chosen when the question names its label by its words (occupation, department,
  metric), by a facet value it asks for (gender "K"/"M", an age band, a year), or, when the question
  names no row, by being the total row. Of rows named by words only the best counts; a tie between
  two different rows is ambiguous and the table does not answer.
* Columns are chosen the same way; a table with years or age bands as rows and occupations as
  columns is read the same as its transpose. When nothing chooses a column, the answer is the whole
  row, narrowed to counts or shares when the question says which, or to the total column.
* Every facet the question asks (age band, gender, year) must be stated by the cell's labels.
* Every content word of the question must be named by the chosen cells' labels or the caption. Only
  a word of an English question or one inherited from an earlier turn may stay unexplained, one at
  most, and only when labels chose both the row and the column.
* Plans: the named versions; else each administration's latest plan, falling back to an older
  version when the latest has no table that answers. Two tables of one plan answering equally well
  are ambiguous: no answer from that plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import groupby

from kfp_assistant.ask.cell_labels import (
    Asked,
    Label,
    asked_of,
    content_words,
    explained,
    facets_hold,
    read_label,
    topic_named,
)
from kfp_assistant.ask.cell_plans import plan_versions, plans_in_scope, states_figure
from kfp_assistant.ask.difficulty import answer_difficulty
from kfp_assistant.ask.records_answer import RecordAnswer, cite_record
from kfp_assistant.ask.records_cap import Showing, also_line, plan_title
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.table_lines import (
    TableLine,
    choose_lines,
    measures_as_labels,
    rates,
    row_label,
    table_lines,
)
from kfp_assistant.schema import Citation, PlanRecords, TableCell
from kfp_assistant.sv.administrations import administration_key
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.periods import says_last_year, year_before_plan
from kfp_assistant.sv.table_terms import asks_definition, band_overlaps, band_within, header_reading
from kfp_assistant.sv.targets import asks_for_target
from kfp_assistant.sv.why import asks_kind
from kfp_assistant.sv.words import SAME_WORD, word_match

_FLOWS = {"retirements", "recruitments", "departures"}  # counts of events in a year, not of staff
MAX_TEXT_ROWS = 2  # a row of text asked about by its words, or two naming them alike
MAX_CELLS = 12  # more than a row's worth of cells is not "one cell or one row"


@dataclass
class _Found:
    """A table's answer: the cells chosen and how sure the choice is."""

    cells: list[TableCell]
    # (unexplained words, -explained words, 1 for a table of a group not asked, -row coverage, -row
    # label's words that are the question's own): lower is better. "hur många förskollärare?" is
    # answered by the row "Förskollärare" of one table, not by the unit row "Förskola" of another.
    key: tuple[int, int, int, float, int]
    rows: list[int] = field(default_factory=list)


def _measure_of(cell: TableCell) -> str | None:
    if cell.number is None:
        return None
    return "share" if cell.unit == "percent" else "count"


def _narrow(cells: list[TableCell], asked: Asked, columns_chosen: bool) -> list[TableCell]:
    """Cells of the asked measure; of an unconstrained row, the total column when one is asked for."""
    if asked.measure:
        cells = [c for c in cells if _measure_of(c) == asked.measure]
    if asked.age_spread and not columns_chosen:
        cells = [c for c in cells if read_label(c.column_header).ages] or cells
    if not columns_chosen and (asked.total or asked.measure == "count"):
        totals = [c for c in cells if read_label(c.column_header).total and c.column_header.strip()]
        cells = totals or cells
    return cells


def _latest(cells: list[TableCell], back: int = 0) -> list[TableCell]:
    """Of cells in dated columns, those of the latest date ("hur många jobbar där idag?"), or of the
    year `back` years before it ("förra året": none when the table has no such column)."""
    dates = {id(c): max(read_label(c.column_header).dates, default=None) for c in cells}
    known = [d for d in dates.values() if d is not None]
    if not known:
        return cells
    latest = max(known, key=lambda d: (d[0], d[1] or 0))
    if back:
        return [c for c in cells if (d := dates[id(c)]) is not None and d[0] == latest[0] - back]
    return [c for c in cells if dates[id(c)] in (None, latest)]


def _straddles(lines: list[TableLine], asked: Asked) -> bool:
    """Whether a label's age band overlaps an asked band without lying inside it: the table cannot
    answer "under 40" from "-34 år" and "35-54 år"."""
    bands = [b for line in lines for b in line.label.ages]
    return any(band_overlaps(b, a) and not band_within(b, a) for b in bands for a in asked.ages)


def _table_answer(cells: list[TableCell], asked: Asked) -> _Found | None:
    """The cells of one table that answer the question, or None."""
    rows = table_lines(cells, by_row=True)
    columns = table_lines(cells, by_row=False)
    if _straddles(rows, asked) or _straddles(columns, asked):
        return None
    names_some_row = bool(asked.words) and not asked.inherited
    column_choice = choose_lines(columns, asked, allow_total=False)
    if column_choice is None:
        return None
    # A question naming no row ("hur många är över 65?") is about the total row, when an age band or a
    # gender chose its column; a date alone does not say whose total ("medarbetare i oktober 2024"
    # may count more staff than a table of one form of employment).
    by_person = any(c.kind == "facet" and (c.label.ages or c.label.gender) for c in column_choice)
    row_choice = choose_lines(rows, asked, allow_total=asked.total or (not names_some_row and by_person))
    if row_choice is None:
        return None
    if (
        asked.compared
        and any(r.kind == "words" for r in row_choice)
        and all(c.kind == "words" for c in column_choice)
    ):
        column_choice = []  # "jämfört med riket" names the column beside the plan's own: the whole row
    if not row_choice and by_person and len(rows) == 1:
        row_choice = rows  # a table of one row ("Antal" under age bands): that row is its total
    if not row_choice:
        # Years or age bands as rows, occupations as columns: a column named by words is the "row".
        if not any(c.kind == "words" for c in column_choice):
            return None
        row_choice = [r for r in rows if not r.label.words] if len(rows) <= MAX_CELLS else []
        if not row_choice:
            return None
    chosen_columns = {id(c) for line in column_choice for c in line.cells}
    picked = [c for line in row_choice for c in line.cells if not column_choice or id(c) in chosen_columns]
    # Numbers, and ratings of a column chosen by its word or year and a row named by words ("bedömning
    # 2028 för kockar": "Svårt"); any other text cell ("Löpande", an activity) belongs to an activity
    # row, answered elsewhere.
    ratings = {id(c) for line in column_choice if rates(line) for c in line.cells}
    if not all(line.kind == "words" for line in row_choice):
        ratings = set()
    picked = [
        c
        for c in picked
        if (c.number is not None or id(c) in ratings) and facets_hold(*split_labels(c), asked)
    ]
    picked = _narrow(picked, asked, columns_chosen=bool(column_choice))
    if asked.now:
        picked = _latest(picked)
    elif asked.before:
        picked = _latest(picked, back=1)
    if not picked or len(picked) > MAX_CELLS:
        return None
    labels = [label for c in picked for label in split_labels(c)[0]]
    caption = read_label(picked[0].caption or "")
    if _caption_measures(caption, picked, asked):
        labels.append(caption)  # "Pensionsavgångar" over departments by year: "pensioneringar" asks it
    by_rating = all(id(c) in ratings for c in picked)  # the column named is what the question asks
    measures = measures_as_labels(rows) or measures_as_labels(columns)
    if not by_rating and not topic_named(asked, labels, caption, measures):
        return None
    hits, missing = explained(asked, labels, caption)
    pinned = bool(column_choice) and all(line.kind in ("words", "facet") for line in row_choice)
    if missing and (missing > 1 or not pinned or not (asked.soft or asked.inherited)):
        return None
    row_score = max((line.score[0] for line in row_choice), default=0.0)
    own = max((line.score[2] for line in row_choice), default=0)
    part = int(_of_a_part(caption, asked))
    return _Found(picked, (missing, -hits, part, -row_score, -own), sorted({c.row for c in picked}))


def _of_a_part(caption: Label, asked: Asked) -> bool:
    """Whether the caption narrows the whole table to a group the question does not ask about: an age
    band ("Anställda 55 år och äldre per yrke") or a gender. Of two tables naming the row asked, the one
    of all staff answers "hur många X finns?"; the group's table answers only when its group is asked."""
    return bool((caption.ages and not asked.ages) or (caption.gender and not asked.genders))


def _caption_measures(caption: Label, cells: list[TableCell], asked: Asked) -> bool:
    """Whether the caption names the metric the question asks and the cells are of its unit (a
    caption pointing at a figure they are not, "Åldersstruktur" over counts of people, does not)."""
    percent = all(c.unit == "percent" for c in cells)
    units = {METRICS[m]["unit"] for m in caption.metrics & asked.metrics}
    return ("percent" in units and percent) or (
        "count" in units and not any(c.unit == "percent" for c in cells)
    )


def split_labels(cell: TableCell) -> tuple[list[Label], Label]:
    """([the cell's row label, its column label], its caption), each read for what it names."""
    return [read_label(row_label(cell)), read_label(cell.column_header)], read_label(cell.caption or "")


def _text_rows(cells: list[TableCell], asked: Asked) -> _Found | None:
    """The row (or two) of a table whose label and cells name every word of the question, or None."""

    def same(words: list[str]) -> int:
        return sum(any(word_match(w, o) == SAME_WORD for o in words) for w in asked.words)

    hits = []
    for line in table_lines(cells, by_row=True):
        words = [*line.label.words, *(w for c in line.cells for w in content_words(c.value))]
        if asked.words and same(words) == len(asked.words):
            hits.append(line)
    if not 1 <= len(hits) <= MAX_TEXT_ROWS:
        return None
    picked = [c for line in hits for c in line.cells]
    in_label = min(same(line.label.words) for line in hits)  # the row's own name beats a cell naming it
    return _Found(picked, (0, -len(asked.words), 0, -float(in_label), 0), sorted({c.row for c in picked}))


def _plan_answer(plan: PlanRecords, asked: Asked) -> _Found | None:
    """The one table of a plan that answers best, or None (none answers, or two answer equally)."""
    tables: dict[int, list[TableCell]] = {}
    for cell in plan.cells:
        tables.setdefault(cell.table, []).append(cell)
    found: list[_Found] = []
    for cells in tables.values():
        if all(c.number is None for c in cells) and not any(
            rates(line) for line in table_lines(cells, False)
        ):
            continue  # a table of text (activities): only numbers and ratings are answered here
        answer = _table_answer(cells, asked)
        if answer is not None:
            found.append(answer)
    if not found and asked.table:  # "vad står det i tabellen om X?": a row of text, whole
        found = [f for cells in tables.values() if (f := _text_rows(cells, asked)) is not None]
    if not found:
        return None
    found.sort(key=lambda f: f.key)
    if len(found) > 1 and found[1].key == found[0].key:
        return None
    return found[0]


def _render(plan: PlanRecords, found: _Found, asked: Asked, citations: list[Citation]) -> str:
    """Lines stating the cells, one per row, each citing the row; the sum of the cells when an asked
    age band spans several columns ("60 år eller äldre": 60-64 and 65-)."""
    lines = []
    for _, group in groupby(found.cells, key=lambda c: c.row):
        row = list(group)
        first = row[0]
        cite_record(citations, plan, first.page, first.quote, first.caption or "")
        label = row_label(first) or "Totalt"
        values = "; ".join(
            f"{c.column_header}: {shown_value(c.value)}{_reading(c.column_header)}"
            if c.column_header
            else shown_value(c.value)
            for c in row
        )
        caption = f"{first.caption} – " if first.caption else ""
        lines.append(
            f"- {caption}{label}: {values}{_band_sum(row, asked)} (s. {first.page}) [{len(citations)}]"
        )
    return f"**{plan_title(plan)}:**\n" + "\n".join(lines)


def _band_sum(row: list[TableCell], asked: Asked) -> str:
    """ ", sammanlagt N" for the counts of one row in several age-band columns of one asked band, or
    in several year columns of a span asked ("under planperioden": 2025, 2026 and 2027)."""
    if len(row) < 2 or any(c.unit == "percent" or c.number is None for c in row):
        return ""
    labels = [read_label(c.column_header) for c in row]
    years = [d[0] for label in labels for d in label.dates]
    named = read_label(row_label(row[0])).metrics | read_label(row[0].caption or "").metrics
    flow = bool(named & _FLOWS)  # retirements add up over years; a headcount does not
    by_year = asked.span and flow and len(years) == len(row) == len(set(years))
    if not by_year and not (asked.ages and all(lb.ages for lb in labels)):
        return ""
    total = sum(c.number or 0.0 for c in row)
    return f", sammanlagt {total:g}".replace(".", ",")


def _reading(header: str) -> str:
    """What a coded header means, after its cell: "–29: 22 (29 år eller yngre)"."""
    reading = header_reading(header)
    return f" ({reading})" if reading else ""


def shown_value(value: str) -> str:
    """A cell's value as the plan writes it ("84%" stays "84%"): a quote is the plan's own text."""
    return " ".join(value.split())


def _present_of(plan: PlanRecords, asked: Asked, route: Route) -> Asked:
    """The question's constraints for this plan: "förra året", asked afresh, is the year before the plan's
    first (2025 for a plan for 2026-2028), not the year before its table's latest column."""
    year = year_before_plan(plan.period)
    if not asked.before or route.followup or year is None or not says_last_year(route.question):
        return asked
    return replace(asked, years=[year], before=False)


def answer_from_cells(
    route: Route, plans: list[PlanRecords], showing: Showing | None = None
) -> RecordAnswer | None:
    """An answer from one cell or one row of a table of each plan the question is about, citing the
    row; None when no row of any plan matches confidently. With `showing` (many administrations),
    the best administrations' rows are shown and the others named (records_cap)."""
    if route.unknown_administrations and not route.administrations:
        return None  # about an administration no plan belongs to: the answerer says so
    if (rated := answer_difficulty(route, plans, showing)) is not None:
        return rated  # how hard a group is to recruit: its row whole, the rating with it (difficulty)
    if asks_definition(route.question) or asks_for_target(route.question):
        return None  # "hur räknas …, vad menas med det?", "vad är målet?": the plan's prose says
    if (route.intent == "explain" and asks_kind(route.question)) or route.open_question:
        return None  # "varför är de många?", "vad gör de åt X?": told in sentences and activities
    wanted = plans_in_scope(route)
    plans = [p for p in plans if not wanted or p.doc_id in wanted]
    asked = asked_of(route)
    if not (asked.words or asked.has_facets or asked.total):
        return None
    citations: list[Citation] = []
    sections: list[str] = []
    answered: list[tuple[PlanRecords, _Found]] = []
    for versions in plan_versions(route, plans):
        for plan in versions:
            if plan is not versions[0] and states_figure(route, versions[0]):
                break  # the current plan states it in a sentence: no older table answers instead
            found = _plan_answer(plan, _present_of(plan, asked, route))
            if found is not None:
                answered.append((plan, found))
                break
    named = {administration_key(plan.administration or "") for plan, _ in answered}
    also: list[str] = []
    if showing is not None and len(answered) > max(showing.top, 1):
        # More administrations answer than are shown: the best ranked first, the others named.
        answered.sort(key=lambda pair: showing.place([pair[0]]))
        also = [plan_title(plan) for plan, _ in answered[max(showing.top, 1) :]]
        answered = answered[: max(showing.top, 1)]
    sections += [_render(plan, found, asked, citations) for plan, found in answered]
    # A question about several named administrations is answered for all of them or left to others.
    if not sections or not {administration_key(a) for a in route.administrations} <= named:
        return None
    return RecordAnswer("\n\n".join(sections + ([also_line(also)] if also else [])), citations)
