"""Key figures from tables whose columns are groups and whose rows are metrics.

    Nyckeltal 2025        | Förskola | Grundskola | Kultur
    Tillsvidareanställda  | 412      | 380        | 57
    Sjukfrånvaro, %       | 7,9      | 6,2        | 4,1

Each row label names its metric (as in a key-figure table with years as columns), each column header a
group of the organisation (a department, a unit, an occupation): each cell is one figure of that
metric scoped to its column's group, a "Totalt"/"Förvaltningen" column the plan-wide figure. The year
is the one the first header cell names ("Nyckeltal 2025"), else the plan's data year. A table with
years or genders as columns is read elsewhere (figure_tables); this shape is tried after those.
"""

from __future__ import annotations

import re

from kfp_assistant.extract.figure_numbers import years_in
from kfp_assistant.extract.figure_tables import figure_record, row_figure
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.table_headers import is_whole
from kfp_assistant.schema import Block, KeyFigure, ParsedDocument, PlanMeta
from kfp_assistant.sv.numbers import unit_in

_NAME_RE = re.compile(r"[^\W\d_]{3}")


def _group_header(cell: str) -> bool:
    """A column header naming a group: words, no year, no unit alone ("%", "Antal")."""
    text = " ".join(cell.split())
    return bool(_NAME_RE.search(text)) and not years_in(text) and unit_in(text) is None


def metric_row_figures(
    block: Block, doc: ParsedDocument, meta: PlanMeta, page_text: str, year: str | None
) -> list[KeyFigure]:
    """Figures of a table with metrics as rows and groups as columns, by the module docstring."""
    rows = block.rows or []
    if len(rows) < 3 or len(rows[0]) < 3:
        return []
    header = [" ".join(c.split()) for c in rows[0]]
    if not all(_group_header(h) for h in header[1:]):
        return []
    named = [r for r in rows[1:] if r and any(row_figure(c, " ".join(r[0].split())) for c in r[1:])]
    if 2 * len(named) < len(rows) - 1 or len(named) < 2:
        return []
    stated = years_in(header[0])
    as_of = stated[-1] if len(stated) == 1 else year
    out = []
    for row in named:
        label = " ".join(row[0].split())
        words = " ".join(row).split()
        quote = locate_quote(" ".join(words), page_text, min_words=len(words), sep=r"[\s|]+")
        if not quote:
            continue
        for cell, group in zip(row[1:], header[1:], strict=False):
            if found := row_figure(cell, label):
                scope = None if is_whole(group) else group
                out.append(figure_record(doc, meta, found[0], found[1], as_of, scope, block.page, quote))
    return out
