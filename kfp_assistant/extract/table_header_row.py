"""The header row of an activity table: column roles by meaning, timeline bands, title, section and goal rows.

* A header row has a column whose words name the activity and at least two roles in all; a row
  with a date in a cell that names no role is data, except in a timeline band: period columns side by
  side ("Q1 | Q2 | Q3 | Q4", "Jan | Feb", "2026 | 2027") whose cells are shaded or marked (Gantt).
* A header may take two rows: group words over role words ("Vad | Genomförande |" over "| Ansvarig | Klart").
* A row whose only cell names an UBARA area is a section row; one led by a goal label is a goal row.
"""

from __future__ import annotations

import re

from kfp_assistant.extract.activity_text import clean_cell, flat
from kfp_assistant.extract.dates import DATE_WORD_RE
from kfp_assistant.extract.roles import HeaderRoles, Role, labelled, role_by_words
from kfp_assistant.sv.areas import areas_in

# A header cell naming only a stretch of time: a column of a timeline (Gantt) band, its cells
# shaded or marked while the work goes on ("Q1 | Q2 | Q3", "Jan ... Dec", "HT 26 | VT 27", "2026 | 2027").
_TIME_COLUMN_RE = re.compile(
    r"^(?:(?:Q|kv\.?|kvartal|T|tertial)\s?[1-4]|[HV]T|(?:19|20)\d\d|jan|feb|mars?|apr|april|maj|juni?|juli?"
    r"|aug|sept?|okt|nov|dec)\.?(?:\s*(?:19|20)?\d\d)?$",
    re.IGNORECASE,
)


def map_header(row: list[str], roles: HeaderRoles) -> tuple[dict[Role, int], dict[str, int]] | None:
    """Column roles and extra columns of a header row, or None when the row is not an activity header.

    A cell with a date or year is data unless its words name a role ("Aktivitet 2024" is a header).
    Only a table whose words already name an activity column asks the embedding model about its
    other headers, so the model never turns a table of another kind into an activity table."""
    texts = [flat(clean_cell(cell)) for cell in row]
    words = [role_by_words(text) if text else None for text in texts]
    timeline = timeline_columns(texts)
    if any(
        not role and i not in timeline and DATE_WORD_RE.search(text)
        for i, (role, text) in enumerate(zip(words, texts, strict=True))
    ):
        return None
    if "activity" not in words:
        return None
    found: dict[Role, int] = {}
    extra: dict[str, int] = {}
    for i, (text, role) in enumerate(zip(texts, words, strict=True)):
        if text and not role:
            role = roles.role_of(text)
            role = None if role == "activity" else role
        if role and role not in found:
            found[role] = i
        elif (
            text and len(text) <= 40 and i not in timeline
        ):  # no role, or a second column of one ("Status", then "Kommentar")
            extra[text] = i
    return (found, extra) if len(found) >= 2 else None


def timeline_columns(texts: list[str]) -> set[int]:
    """Columns of a header row that name periods side by side (at least two, perhaps with empty cells
    between them: years spanning the quarter columns of a second header row): a timeline band, header
    cells and not data, although they hold dates."""
    found = [i for i, text in enumerate(texts) if _TIME_COLUMN_RE.match(text)]
    return {
        i
        for k, i in enumerate(found)
        if any(
            all(not texts[n].strip() for n in range(min(i, j) + 1, max(i, j)))
            for j in found[k - 1 : k] + found[k + 1 : k + 2]
        )
    }


def two_row_header(first: list[str], second: list[str]) -> list[str] | None:
    """A header set over two rows, cell by cell joined ("Vad | Genomförande |" over "| Ansvarig | Klart"):
    when the second row holds only short role words (and empty cells) under short group words, else None."""
    if len(first) != len(second):
        return None
    upper = [flat(clean_cell(c)) for c in first]
    lower = [flat(clean_cell(c)) for c in second]
    named = [t for t in lower if t]
    if not named or any(len(t.split()) > _GROUP_WORDS or not role_by_words(t) for t in named):
        return None
    if sum(1 for t in upper if t) < 2 or any(len(t.split()) > _GROUP_WORDS for t in upper):
        return None  # one cell over the header is a title (one table per goal), no group words
    return [f"{a} {b}".strip() for a, b in zip(upper, lower, strict=True)]


_GROUP_WORDS = 4


def is_section_row(cells: list[str]) -> str | None:
    """The area text of a row whose only non-empty cell is a short UBARA area name."""
    filled = [c for c in cells if c.strip()]
    if len(filled) != 1 or len(cells) < 2:
        return None
    text = flat(filled[0])
    return text if len(text.split()) <= 5 and areas_in(text) else None


def goal_row(cells: list[str]) -> str | None:
    """The goal of a row spanning the table that a goal label leads ("Mål 2: Stabil bemanning" -> "Stabil
    bemanning"): the goal of the rows below it."""
    filled = [c for c in cells if c.strip()]
    found = labelled(flat(filled[0])) if len(filled) == 1 and len(cells) >= 2 else None
    return found[1] if found and found[0] == "goal" else None
