"""Identified competence gaps and needs -> Gap records, each item once.

Where a plan lists them, in this order of preference:

* a section whose heading names gaps, needs, shortages, challenges or risks ("Identifierade kompetensgap",
  "Kompetensbehov", "Utmaningar", "Bristyrken och svårrekryterade grupper", "Kompetenser som är
  svåra att hitta", "Yrken vi behöver mest"), with list items
  (bulleted or numbered; the number is not part of the gap) under it. A short line ending with
  ":", a short line without a full stop, or a heading, followed directly by list items, sets the
  theme of the items below it; so does a list item with sub-items (the sub-items are the gaps). The
  section ends at a paragraph after its items, or at a heading
  that is not followed by list items (prose subsections are analysis, not lists of gaps);
* a table in such a section that is not an activity table ("Yrkesgrupp eller kompetens | Bedömt
  gap | Kommentar"): each row's first cell is a gap; where a column rates each row ("Brist",
  "Viss brist", "Balans", "Överskott"), only the rows it rates as a shortage are, and such a table
  is read wherever it stands. A column that only numbers the rows ("Nr") is skipped: the gap is the
  column whose header names it ("Kompetensgap", "Behov"), else the first other column. A table whose
  need column is headed as gaps and that numbers or rates its rows ("Nr | Kompetensgap | Avdelning |
  Bedömt gap | Prioritet") is a gap table wherever it stands, under an analysis heading too;
* only when the plan has neither, the needs column ("Behov") of its activity table: each distinct
  cell is a gap, its short bold lead ("Digitalisering: Behov av ...") the theme. A plan that lists
  its gaps would otherwise count every need of its activity table a second time.
"""

from __future__ import annotations

import re

from kfp_assistant.extract.dot_ratings import dot_rated_rows, rated_line_at
from kfp_assistant.extract.gap_ratings import rated_gap_rows
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.roles import HeaderRoles
from kfp_assistant.extract.tables import map_header, need_cells
from kfp_assistant.schema import Block, Gap, ParsedDocument, PlanMeta
from kfp_assistant.sv.assessments import GAP_HEADER, NEED_HEADER, is_numbering_column, is_rating_column

_GAP_HEADING_RE = re.compile(
    r"kompetens(?:gap|behov|brist|luck)\w*|utmaning\w*|kritisk\w*\s+kompetens\w*|behov\s+av\s+kompetens"
    r"|\bgap\b|bristyrk\w*|\bbrist(?:område|kompetens|roll|grupp|befattning)\w*|\bbrist\w*\s+på"
    r"|svårrekryter\w*|rekryteringsbehov\w*|kompetensrisk\w*|\brisk(?:er|erna|analys)\b"
    # "Kompetenser som är svåra att hitta", "Yrken vi behöver mest", "Roller som saknas"
    r"|svår\w*\s+att\s+(?:hitta|rekrytera|få\s+tag|tillsätta|bemanna|ersätta)"
    r"|(?:kompetens\w*|yrk\w*|roller|befattning\w*|profession\w*)\s+(?:som\s+|vi\s+)?[^.]{0,20}?"
    r"\b(?:behöv\w*|saknas|efterfråga\w*)",
    re.IGNORECASE,
)
# (a risk analysis lists the competence risks: "Riskanalys")
_NOT_GAP_HEADING_RE = re.compile(r"uppfölj|utvärder|(?<!risk)analys", re.IGNORECASE)
_INTRO_RE = re.compile(r"följande|nedan|nedanstående|områdena|identifierats", re.IGNORECASE)
_LEAD_RE = re.compile(r"^(.{3,80}?)(?::\s+|\.\s+|\n)(?=[A-ZÅÄÖ])")
_NUMBER_RE = re.compile(r"^\s*\d{1,2}[.)]\s+")

Found = tuple[str | None, str, int]  # theme, text, page


def _is_gap_heading(text: str) -> bool:
    return bool(_GAP_HEADING_RE.search(text)) and not _NOT_GAP_HEADING_RE.search(text)


def _theme_line(text: str, before_items: bool) -> str | None:
    """A short label line: "Teknik, IT-system och digitalisering:", or a few words with no full stop
    right above list items ("Omvårdnad"); never an intro sentence."""
    text = " ".join(text.split())
    if _INTRO_RE.search(text) or len(text.split()) > 7:
        return None
    if text.endswith(":"):
        return text[:-1].strip()
    if before_items and not text.endswith((".", "!", "?")) and text[:1].isupper():
        return text
    return None


def _column(rows: list[list[str]], col: int) -> list[str]:
    return [" ".join(r[col].split()) if col < len(r) else "" for r in rows[1:]]


def _need_column(rows: list[list[str]]) -> int:
    """The column naming the gaps: past a numbering column ("Nr"), the first whose header names a
    gap or need and that rates nothing, else the first column that neither numbers nor rates."""
    width = max((len(r) for r in rows), default=0)
    header = [" ".join(c.split()) for c in rows[0]] + [""] * width
    plain = [
        col
        for col in range(width)
        if not is_numbering_column(header[col], _column(rows, col))
        and not is_rating_column(header[col], _column(rows, col))
    ]
    named = [col for col in plain if NEED_HEADER.search(header[col])]
    return (named or plain or [0])[0]


def _is_gap_table(rows: list[list[str]]) -> bool:
    """A table of numbered or rated gaps, its need column headed as gaps ("Nr | Kompetensgap | ... |
    Prioritet"): a gap table wherever it stands."""
    if len(rows) < 3:
        return False
    need = _need_column(rows)
    header = [" ".join(c.split()) for c in rows[0]]
    if need >= len(header) or not (_is_gap_heading(header[need]) or GAP_HEADER.search(header[need])):
        return False
    others = [col for col in range(len(header)) if col != need]
    return any(
        is_numbering_column(header[col], _column(rows, col))
        or is_rating_column(header[col], _column(rows, col))
        for col in others
    )


def _assessed(rows: list[list[str]]) -> list[str] | None:
    """Need cells of the rows a rating column says are gaps (gap_ratings: a shortage, a gap size other
    than none, a needed level above the current one, a group hard to recruit), or None when the table
    rates nothing."""
    return rated_gap_rows(rows, _need_column(rows)) if len(rows) >= 2 else None


def _table_gaps(block: Block, theme: str | None = None) -> list[Found]:
    """Need cells of a gap table's rows (header row skipped), when it is not an activity table; of a
    table with an assessment column, the rows assessed as a shortage. `theme`: the subsection heading
    the table stands under ("3.2 Förskola"), which groups its rows."""
    rows = block.rows or []
    dotted = dot_rated_rows(rows)
    if dotted is not None:  # rated in dots: every row is a competence assessed, a header row has none
        return [(theme, text, block.page) for text in dotted]
    if len(rows) < 2 or map_header(rows[0], HeaderRoles()) is not None:
        return []
    assessed = _assessed(rows)
    if assessed is not None:
        return [(theme, text, block.page) for text in assessed]
    need = _need_column(rows)
    return [
        (theme, " ".join(r[need].split()), block.page) for r in rows[1:] if need < len(r) and r[need].strip()
    ]


def _heading_theme(text: str) -> str | None:
    """A subsection heading as the theme of the gap table under it ("3.3 Äldreomsorg" -> "Äldreomsorg"):
    a short heading that is neither the gap heading itself nor an analysis heading."""
    text = _SECTION_NUMBER_RE.sub("", " ".join(text.split()))
    if not text or len(text.split()) > 6 or _is_gap_heading(text) or _NOT_GAP_HEADING_RE.search(text):
        return None
    return text


_INTRO_WORDS = 40
_NAMES_GAPS_RE = re.compile(r"kompetens(?:gap|behov|brist|luck)\w*|\bgap\w*|\bbrist\w*", re.IGNORECASE)
_SECTION_NUMBER_RE = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


def _items_follow(blocks: list[Block], at: int) -> bool:
    """Whether list items follow the heading at blocks[at], perhaps after one short paragraph that
    introduces them (a subsection of long prose is analysis, even if a list ends it)."""
    for block in blocks[at + 1 : at + 3]:
        if block.kind == "list_item":
            return True
        if block.kind != "paragraph" or len(block.text.split()) > _INTRO_WORDS:
            return False
    return False


def _list_gaps(blocks: list[Block]) -> list[Found]:
    """(theme, text, page) for list items and table rows in gap sections, by the module docstring."""
    out: list[Found] = []
    inside, theme, has_items = False, None, False
    parent: str | None = None  # the list item whose sub-items follow
    gap_level: int | None = None  # the level of the gap heading whose section this is
    heading_theme: str | None = None  # the theme the nearest heading gives the tables under it
    near_gap_heading = False  # one of the last two headings names gaps: a matrix of dots rates gaps
    headings: list[str] = []
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        before_items = nxt is not None and nxt.kind == "list_item"
        if block.kind == "heading":
            level = block.level or 3
            heading_theme = _heading_theme(block.text)
            headings = [*headings[-1:], block.text]
            near_gap_heading = any(_is_gap_heading(h) for h in headings)
            if _is_gap_heading(block.text):
                inside, theme, has_items = True, None, False
                # only a section named for gaps or needs groups them in subsections; the subsections
                # of a section of challenges or risks describe each one
                gap_level = level if _NAMES_GAPS_RE.search(block.text) else None
            elif gap_level is not None and level > gap_level and _items_follow(blocks, i):
                # a subsection of the gap section that lists items after a line or two of prose
                inside, theme, has_items = (
                    True,
                    _SECTION_NUMBER_RE.sub("", " ".join(block.text.split())),
                    False,
                )
            elif inside and before_items:
                theme = " ".join(block.text.split())
            else:
                inside = False
                gap_level = None if gap_level is not None and level <= gap_level else gap_level
        elif near_gap_heading and (rated := rated_line_at(blocks, i)):
            out.append((theme or heading_theme, rated, block.page))  # a line of a matrix rated in dots
        elif not inside:
            rows = block.rows or []
            dotted = near_gap_heading and dot_rated_rows(rows)
            if block.kind == "table" and (
                dotted or _assessed(rows) or _is_gap_table(rows)
            ):  # rated, anywhere
                out += _table_gaps(block, heading_theme)
            continue
        elif block.kind == "list_item":
            text = " ".join(_NUMBER_RE.sub("", block.text).split())
            has_items = True
            if nxt is not None and nxt.kind == "list_item" and (nxt.level or 1) > (block.level or 1):
                parent = text  # an item with sub-items is their theme, not a gap of its own
            elif (block.level or 1) > 1:
                out.append((parent or theme, text, block.page))
            else:
                out.append((theme, text, block.page))
        elif block.kind == "table":
            found = _table_gaps(block, theme or heading_theme)
            out += found
            inside = bool(found) and not has_items
            has_items = has_items or bool(found)
        elif block.kind == "paragraph" and _theme_line(block.text, before_items):
            theme = _theme_line(block.text, before_items)
        elif has_items:
            inside = False
    return out


def _split_lead(cell: str) -> tuple[str | None, str]:
    """ "Digitalisering: Behov av ..." -> ("Digitalisering", "Behov av ..."); no lead -> (None, cell)."""
    m = _LEAD_RE.match(cell)
    if m and len(m.group(1).split()) <= 6:
        return m.group(1).strip(), " ".join(cell[m.end() :].split())
    words = cell.split()
    # A bold lead run into the text: "Lärande organisation Behov av ..." - a capital after a short phrase.
    for k in range(1, min(6, len(words) - 2)):
        if words[k][:1].isupper() and not words[k].isupper() and words[k + 1][:1].islower():
            return " ".join(words[:k]), " ".join(words[k:])
    return None, " ".join(words)


def extract_gaps(doc: ParsedDocument, meta: PlanMeta) -> list[Gap]:
    """Identified competence gaps and needs, in document order, each item once."""
    pages = {p.number: p.text for p in doc.pages}
    found = _list_gaps([b for p in doc.pages for b in p.blocks])
    if not found:
        found = [(*_split_lead(cell), page) for cell, page in need_cells(doc)]
    gaps, seen = [], set()
    for theme, text, page in found:
        if text.casefold() in seen:
            continue
        seen.add(text.casefold())
        n = len(text.split())
        # a name wrapped around its cells on the page ("... kulturhistoriska" / "●●○" / "miljöer") is
        # quoted by its head, when that holds at least half of it
        quote = locate_quote(text, pages.get(page, ""), min_words=n) or locate_quote(
            text, pages.get(page, ""), min_words=max(3, (n + 1) // 2)
        )
        gaps.append(
            Gap(
                file=doc.file,
                doc_id=doc.doc_id,
                administration=meta.administration,
                period=meta.period,
                theme=theme,
                text=text,
                page=page,
                quote=quote or text,
            )
        )
    return gaps
