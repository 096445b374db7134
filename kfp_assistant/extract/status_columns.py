"""A follow-up table read column by column -> follow-up Activity records.

A two-column follow-up without ruling lines ("Aktivitet i planen 2025 | Utfall") may reach the reader
column after column: first every activity, one line each, then every outcome, each opening with a
status ("✓ Genomförd, 212 sökande", "◐ Påbörjad, fortsätter 2026", "✗ Ej genomförd"):

    Aktivitet i planen 2025
    Gemensam ansökningsdag för säsongsanställda
    Mentorskap för nya arbetsledare
    Utfall
    ✓ Genomförd, 212 sökande
    ◐ Påbörjad, fortsätter 2026

Two runs of lines of one length, the first of names, the second of lines that each open with a status
(sv.status), pair up row by row: the n-th name went as the n-th outcome says. A status column only
reports on what was planned before, so the rows are the follow-up of the previous plan's activities.
"""

from __future__ import annotations

import re

from kfp_assistant.extract.activity_text import flat
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.tables import activity_record
from kfp_assistant.schema import Activity, Block, ParsedDocument, PlanMeta
from kfp_assistant.sv.status import status_of

_MIN_ROWS = 2
_MAX_NAME_WORDS = 16
# Glyphs that stand for a status where no word says it.
_GLYPHS = {
    "✓": "Genomförd",
    "✔": "Genomförd",
    "◐": "Delvis genomförd",
    "✗": "Ej genomförd",
    "✘": "Ej genomförd",
}


def _status(text: str) -> str | None:
    """The line as a status cell when it opens with a status word or glyph, else None."""
    if status_of(text):
        return text
    glyph = text[:1]
    return text if glyph in _GLYPHS and status_of(f"{_GLYPHS[glyph]} {text[1:]}") else None


def _is_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _MAX_NAME_WORDS and not text.endswith(".") and _status(text) is None


# The header of a status column, between the two runs ("Utfall", "Status och kommentar", "Läge").
_STATUS_HEADER_RE = re.compile(r"^(?:utfall|status|resultat|läge|genomför\w*|uppföljning|kommentar)\b", re.I)


def _runs(lines: list[tuple[str, Block]]) -> list[tuple[list[tuple[str, Block]], list[str]]]:
    """(names, outcomes) of each pair of equally long runs: names, perhaps the status column's header,
    then as many outcomes (the names run may begin with the first column's header)."""
    out = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_name(lines[j][0]):
            j += 1
        names = lines[i:j]
        if names and (names[-1][1].kind == "heading" or _STATUS_HEADER_RE.match(names[-1][0])):
            names = names[:-1]  # the status column's header
        k, statuses = j, list[str]()
        while k < len(lines) and len(statuses) < len(names) and _status(lines[k][0]):
            statuses.append(lines[k][0])
            k += 1
        if len(statuses) >= _MIN_ROWS:
            out.append((names[len(names) - len(statuses) :], statuses))
            i = k
        else:
            i = j + 1
    return out


def status_column_activities(doc: ParsedDocument, meta: PlanMeta) -> list[Activity]:
    """Follow-up rows of a table read column by column, by the module docstring."""
    pages = {p.number: p.text for p in doc.pages}
    lines = [
        (flat(b.text), b)
        for p in doc.pages
        for b in p.blocks
        if b.kind in ("paragraph", "heading", "list_item") and b.text.strip()
    ]
    out: list[Activity] = []
    for names, statuses in _runs(lines):
        if re.search(r"[^\W\d_]{3}", " ".join(s for s in statuses)) is None:
            continue
        for (name, block), status in zip(names, statuses, strict=True):
            out.append(
                activity_record(
                    doc,
                    meta,
                    text=name,
                    fields={"followup": status},
                    kind="followup",
                    area=None,
                    goal=None,
                    page=block.page,
                    quote=locate_quote(name, pages.get(block.page, "")) or name,
                )
            )
    return out
