"""A table read as lines: its rows (or columns), each with its label, and the lines a question chooses
by naming their words, by a facet value they state (a year, an age band, a gender) or as the total.
Used by the one-cell answer (cells.py) and the rankings over a table (table_ranks.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kfp_assistant.ask.cell_labels import (
    Asked,
    Label,
    coverage,
    facet_conflict,
    facet_hit,
    names_label,
    read_label,
)
from kfp_assistant.schema import TableCell
from kfp_assistant.sv.assessments import is_difficulty_column, is_rating_column, is_trend_column
from kfp_assistant.sv.text import fold
from kfp_assistant.sv.words import SAME_WORD, word_match


@dataclass
class TableLine:
    """One row (or column) of a table: its label and its cells."""

    label: Label
    cells: list[TableCell]
    leaf: Label | None = None  # a row's own label, without the section above it
    kind: str = ""  # how the question chose it: "words", "facet", "total" or "" (not chosen)
    # (share of the label the question names, words named as the same word, words the question's own)
    score: tuple[float, int, int] = (0.0, 0, 0)


def row_label(cell: TableCell) -> str:
    """A cell's row headers as one label ("Äldreomsorg / Undersköterska")."""
    return " / ".join(cell.row_headers)


def table_lines(cells: list[TableCell], by_row: bool) -> list[TableLine]:
    """A table's rows (or columns), each with its label and its cells, in the table's order."""
    lines: dict[str, TableLine] = {}
    parent = ""  # the last row not marked as a part of the one above
    for cell in cells:
        key = f"{cell.row}" if by_row else cell.column_header
        own = row_label(cell) if by_row else cell.column_header
        if by_row and key not in lines and not _SUB_ROW.match(own):
            parent = own
        if by_row and _SUB_ROW.match(own) and parent:
            # "– långtid dag 60–" under "Sjukfrånvaro totalt": a part of the row above, named with it
            # ("långtidssjukfrånvaro"), and by its own words too
            label, leaf = read_label(f"{parent} {_SUB_ROW.sub('', own)}"), read_label(own)
        else:
            leaf = None
            label = read_label(own)
            if by_row and len(cell.row_headers) > 1:
                leaf = read_label(cell.row_headers[-1])
        lines.setdefault(key, TableLine(label, [], leaf)).cells.append(cell)
    return list(lines.values())


# A row label marked as a part of the row above it: a leading dash ("– korttid dag 1–14", "- varav män").
_SUB_ROW = re.compile(r"^\s*[–—-]\s*(?=[^\W\d_])")  # "-29 år" is an age band, no part


def measures_as_labels(lines: list[TableLine]) -> bool:
    """Whether most labels name a metric: a table of key figures, whose caption only groups them."""
    return sum(bool(line.label.metrics) for line in lines) * 2 >= len(lines) > 0


def own_words(label: Label, asked: Asked) -> int:
    """How many of the label's words are a question word itself (the same stem, also as typed
    without å, ä and ö), not only a word sharing its beginning: "förskollärare" is the row
    "Förskollärare" itself and only shares a stem with the unit row "Förskola", which word_match
    takes for one word (its endings differ by at most three letters)."""
    folded = {fold(w) for w in asked.words}
    return sum(fold(w) in folded for w in label.words)


def choose_lines(lines: list[TableLine], asked: Asked, allow_total: bool) -> list[TableLine] | None:
    """The lines the question chooses ([] when it chooses none), None when the choice is ambiguous."""
    for line in lines:
        labels = [label for label in (line.label, line.leaf) if label and names_label(label, asked)]
        if labels and facet_conflict(line.label, asked):
            continue  # "Omsättning 2024, %" when 2025 is asked: named by its words, but not the year's
        if labels:
            line.kind = "words"
            line.score = max((*coverage(label, asked), own_words(label, asked)) for label in labels)
        elif facet_hit(line.label, asked):
            line.kind = "facet"
        elif allow_total and line.label.total:
            line.kind = "total"
    named = [line for line in lines if line.kind == "words"]
    if named:
        best = max(line.score[:2] for line in named)
        top = [line for line in named if line.score[:2] == best]
        if len(top) == 1 or _dates_apart(top) or _named_apart(top, asked):
            return top
        # rows named alike, one whose label is the asked word itself: that one ("Förskollärare" over
        # "Förskola"); only a tie is broken so, two rows asked for by their own words stay two
        own = max(line.score[2] for line in top)
        exact = [line for line in top if line.score[2] == own]
        return exact if len(exact) == 1 else None
    facets = [line for line in lines if line.kind == "facet"]
    return facets or [line for line in lines if line.kind == "total"]


def _dates_apart(lines: list[TableLine]) -> bool:
    """Whether lines named alike differ only by their dates ("Omsättning 2024, %", "Omsättning 2025, %"):
    one measure over years, all of them an answer when no year is asked (not two rows that tie)."""
    return all(line.label.dates for line in lines) and len({tuple(line.label.words) for line in lines}) == 1


def _named_apart(lines: list[TableLine], asked: Asked) -> bool:
    """Whether lines named alike are each named by a word of the question naming no other of them
    ("korttid resp. långtid": two columns asked for, not one column named ambiguously)."""
    own = [
        {w for w in asked.words if any(word_match(w, x) == SAME_WORD for x in line.label.words)}
        for line in lines
    ]
    return all(own) and all(not (a & b) for i, a in enumerate(own) for b in own[i + 1 :])


def rates(line: TableLine) -> bool:
    """Whether a column's cells rate its rows in a word or two ("Svårt", "Stort", "Hög"): a cell of it
    answers like a number does."""
    values = [c.value for c in line.cells]
    header = line.label.text
    return (
        is_rating_column(header, values)
        or is_difficulty_column(header, values)
        or is_trend_column(header, values)
    )
