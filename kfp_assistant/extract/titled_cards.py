"""Activities laid out as titled cards without ruling: an area line, a title, then labelled fields run
together in one paragraph -> Activity records.

    B3 · Behålla
    Genomföra stanna-samtal med medarbetare i bristroller
    Varför: Vi vill förstå varför medarbetare stannar. Ägare: Närmaste chef Klart: Löpande Mätetal: Antal

The area line names one UBARA area (perhaps with a code: "B3 · Behålla", "Behålla (B3)"); the title is
the activity; the fields are the labels the roles know ("Varför", "Ägare", "Klart", "Mätetal", "Ansvar"),
at least two of them, each running to the next label. Without an area line right above it, a title with
its fields one a line (at least two lines, one saying who or when) is a card too, its area the nearest
heading above naming one:

    Rekrytera
    Praktikplatser för undersköterskeelever
    Ansvarig: Enhetschef
    Klart: HT 2031

A card read as a table or a list elsewhere is kept once (activities.py).
"""

from __future__ import annotations

import re

from kfp_assistant.extract.activity_text import flat
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.roles import Role, role_by_words
from kfp_assistant.extract.tables import activity_record
from kfp_assistant.schema import Activity, Block, ParsedDocument, PlanMeta
from kfp_assistant.sv.areas import areas_in

# A label inside running text: a capitalised word (or two) and a colon ("Ägare:", "Klart:").
_LABEL_RE = re.compile(r"(?:(?<=\s)|^)(?P<label>[A-ZÅÄÖ][\wåäö-]*(?:\s[a-zåäö]+)?):\s")
_MIN_FIELDS = 2
_MAX_AREA_WORDS = 5
_MAX_TITLE_WORDS = 25


def inline_fields(text: str) -> list[tuple[Role, str]]:
    """(role, value) of the labelled fields a paragraph runs together, each value up to the next label;
    [] when a label names no role (the paragraph is prose with a colon, not fields)."""
    found = list(_LABEL_RE.finditer(text))
    if not found or found[0].start() > 0:
        return []
    out: list[tuple[Role, str]] = []
    for k, m in enumerate(found):
        role = role_by_words(m.group("label"))
        if role is None:
            return []
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        out.append((role, text[m.end() : end].strip()))
    return out


def _area_line(block: Block) -> str | None:
    text = flat(block.text)
    if block.kind not in ("heading", "paragraph") or len(text.split()) > _MAX_AREA_WORDS:
        return None
    areas = areas_in(text)
    return areas[0] if len(areas) == 1 else None  # "B3 · Behålla" -> "Behålla"


def _fields_after(blocks: list[Block], i: int) -> tuple[list[tuple[Role, str]], int]:
    """The labelled fields of the paragraphs right after block ``i`` (one paragraph running them
    together, or one a line), and how many paragraphs hold them."""
    fields: list[tuple[Role, str]] = []
    n = 0
    while i + 1 + n < len(blocks) and blocks[i + 1 + n].kind == "paragraph":
        found = inline_fields(flat(blocks[i + 1 + n].text))
        if not found:
            break
        fields += found
        n += 1
    return fields, n


def titled_card_activities(doc: ParsedDocument, meta: PlanMeta) -> list[Activity]:
    """Activities of titled cards, by the module docstring."""
    pages = {p.number: p.text for p in doc.pages}
    blocks = [b for p in doc.pages for b in p.blocks]
    out: list[Activity] = []
    headings: list[tuple[int, str]] = []  # the headings above, by level
    for i, title in enumerate(blocks):
        if title.kind == "heading":
            level = title.level or 3
            headings = [(lv, t) for lv, t in headings if lv < level] + [(level, flat(title.text))]
        if title.kind not in ("heading", "paragraph"):
            continue
        name = flat(title.text)
        fields, held = _fields_after(blocks, i)
        roles = dict(reversed(fields))  # the first of a role wins
        if len(roles) < _MIN_FIELDS or inline_fields(name) or len(name.split()) > _MAX_TITLE_WORDS:
            continue
        area = _area_line(blocks[i - 1]) if i else None
        if area is None:
            # fields one a line under a title, the area a heading further up ("Rekrytera" over the titles)
            if held < _MIN_FIELDS or not roles.keys() & {"responsible", "date"} or _area_line(title):
                continue
            above = [t for _, t in headings if t != name]
            area = next(
                (a for t in reversed(above) if (a := _area_line(Block(kind="heading", text=t, page=0)))), None
            )
        out.append(
            activity_record(
                doc,
                meta,
                text=name,
                fields=roles,
                kind="plan",
                area=area,
                goal=roles.get("goal"),
                page=title.page,
                quote=locate_quote(name, pages.get(title.page, "")) or name,
            )
        )
    return out
