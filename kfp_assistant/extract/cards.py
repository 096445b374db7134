"""Activities laid out as cards: a box of labelled rows per activity -> Activity records (source "table").

Some plans give each activity its own small box instead of a row in one table:

    Aktivitet 3 · Behålla
    | Åtgärd  | Lönekartläggning av tekniska yrken |
    | Varför  | Tekniker lämnar för högre löner    |
    | Ansvar  | HR-enheten                         |
    | Klart   | Q2 2025                            |
    | Mått    | Genomförd kartläggning             |

A table is read as cards when one of its columns holds role labels (roles.label_columns: "Åtgärd",
"Aktivitet", "Vad", "Syfte", "Varför", "Ansvarig", "Vem", "Klart", "Tidplan", "Mått", "Uppföljning"
...) with the values in the column to its right. Cards set side by side in one table give one label
column each ("Åtgärd | X | Åtgärd | Y"); each is read down on its own. A table that sets several
activities across under one column of labels ("Åtgärd | X | Y") gives one card per value column. Rules:

* Within a label column a card ends where a label it already has comes again, or at a row without
  a value that is no bare label (a card's own heading row: "Aktivitet 2 · Utveckla", "Kort 3").
  A second label of a role it has ("Status", then "Kommentar") is kept as an extra field.
* A card without an activity label is no activity (a box of key figures, a contact box).
* The area is the card's area row ("Område: Behålla"), else its own heading row, else a short line
  right before the table that names an area (a title set in body type), else the nearest heading
  before the table that names one ("Aktivitet 4 · Introducera"); only the part of such a heading
  that names the area is kept ("Introducera").
* Cards under a heading or intro that follows up the previous plan are follow-ups.
* A label that names no role is kept as an extra field ("Budget: 50 tkr").

A card may also carry its activity as a title instead of a label: a title line (a heading, or a short
line in body type) right above a box of labelled fields, or a first row with the title alone:

    Inför mentorskap för nya sjuksköterskor
    | Behov  | Fler stannar första året |        |         |
    | Ansvar | Vårdenhetschefer         | Klart  | Q3 2026 |
    | Mått   | Andel kvar efter ett år  |        |         |

Such a box is a card when each of its filled rows is label/value pairs ("Ansvar | X | Klart | Y") naming
at least three roles, one of them who or when; a box of key figures or a contact box names fewer. A
title row inside the box starts the next card of a box that stacks several ("Titel" rows between them).

A box of one column may set its labels inline, one field a line ("Ägare: HR-chef"), under a heading
line ("U1 · Utveckla") and a title line: it is read as a card of labelled rows, its title the activity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kfp_assistant.extract.activity_text import clean_cell, flat
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.roles import Role, label_columns, role_by_words
from kfp_assistant.extract.tables import activity_record, followup_context
from kfp_assistant.schema import Activity, Block, ParsedDocument, PlanMeta
from kfp_assistant.sv.areas import areas_in

# Where a heading's parts meet: "Aktivitet 4 · Introducera", "Insats 2 – Behålla", "3 | Utveckla".
_HEADING_PARTS_RE = re.compile(r"\s+[·•|–—-]\s+|:\s+|\s*/\s*(?=\d)")


# A label row without a value that heads a card rather than leaving a field empty: it numbers the
# card or names its area ("Insats 2 – Behålla").
_HEADING_MARK_RE = re.compile(r"\d|[·•–—|]")


@dataclass
class _Card:
    values: dict[Role, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)
    heading: str | None = None
    labels: set[str] = field(default_factory=set)  # the labels read so far, folded


def area_part(text: str) -> str:
    """The part of a heading that names an UBARA area ("Aktivitet 4 · Introducera" -> "Introducera");
    the whole text when no single part does."""
    parts = [p.strip() for p in _HEADING_PARTS_RE.split(text) if p.strip()]
    named = [p for p in parts if areas_in(p)]
    return named[-1] if len(parts) > 1 and named else text


def _strip_cards(rows: list[list[str]], col: int, value_col: int) -> list[_Card]:
    """The cards of one label column and one of its value columns, read down the rows."""
    cards: list[_Card] = []
    current = _Card()
    for row in rows:
        label = flat(row[col]) if col < len(row) else ""
        value = clean_cell(row[value_col]) if value_col < len(row) else ""
        if not label and not value:
            continue
        role = role_by_words(label) if label and len(label.split()) <= 4 else None
        if label and not value and role is not None and not _HEADING_MARK_RE.search(label):
            continue  # a field left empty ("Mått |")
        if label and not value:  # the card's own heading row: "Aktivitet 2 · Utveckla", "Insats 3"
            if current.values:
                cards.append(current)
            current = _Card(heading=label)
            continue
        if role is not None and label.casefold() in current.labels:
            cards.append(current)
            current = _Card()
        if label:
            current.labels.add(label.casefold())
        if role is not None and role not in current.values:
            current.values[role] = flat(value) if role != "activity" else value
        elif label:  # no role, or a second label of a role ("Status", then "Kommentar")
            current.extra[label] = flat(value)
        elif current.values.get("activity") is not None and value:  # a value wrapped into the next row
            current.values["activity"] = f"{current.values['activity']} {value}"
    if current.values:
        cards.append(current)
    return [c for c in cards if c.values.get("activity")]


def _card_record(
    card: _Card, block: Block, doc: ParsedDocument, meta: PlanMeta, heading_area: str | None, followup: bool
) -> Activity:
    text = flat(card.values["activity"])
    area = card.values.get("area") or (card.heading if card.heading and areas_in(card.heading) else None)
    area = area_part(area or heading_area or "") or None
    record = activity_record(
        doc,
        meta,
        text=text,
        fields=card.values,
        kind="followup" if followup else "plan",
        area=area,
        goal=card.values.get("goal"),
        page=block.page,
        quote=locate_quote(text, next((p.text for p in doc.pages if p.number == block.page), "")) or text,
    )
    record.extra = card.extra
    return record


# A line that introduces what follows rather than titling one card: "Aktiviteterna nedan:".
_INTRO_LINE_RE = re.compile(r":\s*$|\bnedan\w*|\bföljande\b|\btabell\w*", re.IGNORECASE)


def _pairs(row: list[str]) -> list[tuple[Role | None, str, str]] | None:
    """(role, label, value) of a row read as label/value pairs ("Ansvar | X | Klart | Y"), or None
    when its first filled cell names no role."""
    cells = [flat(c) for c in row]
    out: list[tuple[Role | None, str, str]] = []
    i = 0
    while i < len(cells):
        label = cells[i]
        if not label:
            i += 1
            continue
        role = role_by_words(label.rstrip(":")) if len(label.split()) <= 4 else None
        if role is None and not out:
            return None
        value = cells[i + 1] if i + 1 < len(cells) else ""
        out.append((role, label, value))
        i += 2
    return out


def _is_title(text: str) -> bool:
    """Whether a line can title a card: a few words at least, no intro line, not just an area name."""
    text = flat(text)
    return 2 <= len(text.split()) <= 40 and not _INTRO_LINE_RE.search(text) and not _area_only(text)


def _area_only(text: str) -> bool:
    """ "Behålla", "Attrahera och rekrytera", "3. Utveckla": a heading that names areas and little else."""
    rest = re.sub(r"[\d.·•|–—:/-]|\boch\b", " ", text)
    return bool(areas_in(text)) and len(rest.split()) <= len(areas_in(text)) + 1


def _title_alone(row: list[str]) -> bool:
    """A row of one cell of three words or more: a title, not a label without its value."""
    filled = [flat(c) for c in row if c.strip()]
    return len(filled) == 1 and len(filled[0].split()) >= 3 and _is_title(filled[0])


_BAND_WORDS = 5


def titled_cards(rows: list[list[str]], title: str | None) -> list[_Card]:
    """Cards of a box of labelled fields without an activity label, the activity its title (the line
    above, or a title row inside the box), by the module docstring."""
    cards: list[_Card] = []
    current = _Card(heading=title if title and _is_title(title) else None)

    band: str | None = None  # a row naming the area of the card below it ("K2 · Rekrytera")

    def close() -> None:
        roles = set(current.values) - {"area"}
        if current.heading and len(roles) >= 3 and roles & {"responsible", "date"}:
            current.values["activity"] = current.heading
            current.heading = None  # the title is the activity, not a heading naming its area
            cards.append(current)

    for row in rows:
        if not any(c.strip() for c in row):
            continue
        pairs = _pairs(row)
        if pairs is not None and _title_alone(row):
            pairs = None  # "Schemaläggning efter önskemål" alone on its row: a title, though it ends in "mål"
        if pairs is None:
            filled = {flat(c) for c in row if c.strip()}
            if len(filled) != 1:
                return []  # a row of neither labels nor a title: no box of fields
            close()
            text = filled.pop()
            current = _Card(heading=text if _is_title(text) else None)
            if current.heading is None and areas_in(text) and len(text.split()) <= _BAND_WORDS:
                band = text
            elif current.heading and band:
                current.values["area"], band = band, None
            continue
        for role, label, value in pairs:
            if role == "activity":
                return []  # a card with an activity label: read by its label column
            if value and role is not None and role not in current.values:
                current.values[role] = flat(value)
            elif value:
                current.extra[label] = flat(value)
    close()
    return cards


_INLINE_LABEL_RE = re.compile(r"^([^\W\d_][^\W\d_ /-]*(?:[ /-][^\W\d_]+){0,2}):\s+(\S.*)$")


# Where a label may start inside a line: a capitalised word (and up to two words in lower case) and
# a colon ("Ansvarig:", "Klart senast:"; not "Enhetschef Klart:").
_LABEL_START_RE = re.compile(r"(?<=\S)\s+(?=([A-ZÅÄÖ][^\W\d_]*(?: [a-zåäö][^\W\d_]*){0,2}):\s)")


def _at_labels(line: str) -> list[str]:
    """A line cut before each label that names a role ("... Ansvarig: X Klart: Y" -> three parts),
    for fields set one after another in a box's lines."""
    cuts = [m.end() for m in _LABEL_START_RE.finditer(line) if role_by_words(m[1]) is not None]
    parts = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    return [p for p in parts if p]


def unfolded(rows: list[list[str]]) -> list[list[str]]:
    """A box of one column whose lines carry their labels ("Ägare: HR-chef") as rows of label and
    value; the line right before a card's first label line, when no line names the activity, is
    its title and so its activity ("U1 · Utveckla" / "Starta ett mentorprogram" / "Varför: ..."
    / "Ägare: ..."). Any other table as it is."""
    if not rows or any(sum(1 for c in r if c.strip()) != 1 for r in rows):
        return rows
    lines = [part for r in rows for c in r if c.strip() for ln in c.splitlines() for part in _at_labels(ln)]
    out: list[list[str]] = []
    for ln in lines:
        m = _INLINE_LABEL_RE.match(ln)
        out.append([m[1], m[2]] if m and role_by_words(m[1]) is not None else [ln, ""])
    roles = [role_by_words(r[0]) if r[1] else None for r in out]
    if sum(1 for r in roles if r) < 2 or "activity" in roles:
        return rows
    for i in range(len(out) - 1):
        if not roles[i] and roles[i + 1] and _is_title(out[i][0]) and not _area_only(out[i][0]):
            out[i] = ["Aktivitet", out[i][0]]
    return out


def card_activities(doc: ParsedDocument, meta: PlanMeta) -> list[Activity]:
    """Activities laid out as cards of labelled rows, in document order."""
    out: list[Activity] = []
    headings: list[tuple[int, str]] = []
    followup_level: int | None = None  # the level of the heading whose section follows up the previous plan
    title: str | None = None  # a short line right before a table that names an area: the card's title
    line: str | None = None  # the text block right before a table: the title of a card without one
    for block in (b for p in doc.pages for b in p.blocks):
        previous_title, title = title, None
        previous_line, line = line, (flat(block.text) if block.kind != "table" else None)
        if block.kind == "heading":
            level = block.level or 3
            headings = [(lv, t) for lv, t in headings if lv < level] + [(level, flat(block.text))]
            if followup_context(block.text, meta.period):
                followup_level = level
            elif followup_level is not None and level <= followup_level:
                followup_level = None
            continue
        if block.kind != "table":
            if followup_context(block.text, meta.period) and followup_level is None:
                followup_level = headings[-1][0] if headings else 0
            short = len(block.text.split()) <= 6
            title = flat(block.text) if short and areas_in(block.text) else None
            continue
        followup = followup_level is not None
        rows = unfolded(block.rows or [])
        heading_area = previous_title or next(
            (t for _, t in reversed(headings) if len(t.split()) <= 6 and areas_in(t)), None
        )
        labels = label_columns(rows)
        if not labels:
            # the title line above the box is the card's activity, not its area
            titled = previous_line if previous_line and _is_title(previous_line) else None
            above = [t for _, t in headings if t != titled]
            heading_area = (previous_title if previous_title != titled else None) or next(
                (t for t in reversed(above) if len(t.split()) <= 6 and areas_in(t)), None
            )
            for card in titled_cards(rows, previous_line):
                out.append(_card_record(card, block, doc, meta, heading_area, followup))
            continue
        width = max((len(r) for r in rows), default=0)
        for col, end in zip(labels, [*labels[1:], width], strict=True):
            # the columns up to the next label column: one card each when a table sets several
            # activities across under one column of labels
            for value_col in range(col + 1, end):
                for card in _strip_cards(rows, col, value_col):
                    out.append(_card_record(card, block, doc, meta, heading_area, followup))
    return out
