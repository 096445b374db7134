"""Identified competence gaps and needs -> Gap records.

Two places in a plan list them:

* a section whose heading names gaps or needs ("Identifierade kompetensgap", "Kompetensbehov",
  "Gemensamma utmaningar"), with list items under it. A short line ending with ":" or a heading
  followed directly by list items sets the theme of the items below it. The section ends at a
  table, at a paragraph after its items, or at a heading that is not followed by list items
  (prose subsections are analysis, not lists of gaps);
* the needs column ("Behov") of an activity table: each distinct cell is a gap, its short bold
  lead ("Digitalisering: Behov av ...") the theme.
"""

from __future__ import annotations

import re

from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.tables import need_cells
from kfp_assistant.schema import Block, Gap, ParsedDocument, PlanMeta

_GAP_HEADING_RE = re.compile(
    r"kompetens(?:gap|behov|brist|luck)\w*|utmaning\w*|kritisk\w*\s+kompetens\w*|behov\s+av\s+kompetens",
    re.IGNORECASE,
)
_NOT_GAP_HEADING_RE = re.compile(r"uppfölj|utvärder|analys", re.IGNORECASE)
_INTRO_RE = re.compile(r"följande|nedan|nedanstående|områdena|identifierats", re.IGNORECASE)
_LEAD_RE = re.compile(r"^(.{3,80}?)(?::\s+|\.\s+|\n)(?=[A-ZÅÄÖ])")


def _is_gap_heading(text: str) -> bool:
    return bool(_GAP_HEADING_RE.search(text)) and not _NOT_GAP_HEADING_RE.search(text)


def _theme_line(text: str) -> str | None:
    """A short label line "Teknik, IT-system och digitalisering:" (not an intro sentence)."""
    text = " ".join(text.split())
    if text.endswith(":") and len(text.split()) <= 7 and not _INTRO_RE.search(text):
        return text[:-1].strip()
    return None


def _list_gaps(blocks: list[Block]) -> list[tuple[str | None, str, int]]:
    """(theme, text, page) for list items in gap sections, by the rules in the module docstring."""
    out: list[tuple[str | None, str, int]] = []
    inside, theme, has_items = False, None, False
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind == "heading":
            if _is_gap_heading(block.text):
                inside, theme, has_items = True, None, False
            elif inside and nxt is not None and nxt.kind == "list_item":
                theme = " ".join(block.text.split())
            else:
                inside = False
        elif not inside:
            continue
        elif block.kind == "list_item":
            out.append((theme, " ".join(block.text.split()), block.page))
            has_items = True
        elif block.kind == "paragraph" and _theme_line(block.text):
            theme = _theme_line(block.text)
        elif block.kind == "table" or has_items:
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
    """Identified competence gaps and needs, in document order."""
    pages = {p.number: p.text for p in doc.pages}
    blocks = [b for p in doc.pages for b in p.blocks]
    found = _list_gaps(blocks)
    found += [(*_split_lead(cell), page) for cell, page in need_cells(doc)]
    gaps = []
    for theme, text, page in found:
        quote = locate_quote(text, pages.get(page, ""), min_words=len(text.split()))
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
