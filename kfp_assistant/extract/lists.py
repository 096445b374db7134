"""Activities written as list items with labelled fields -> Activity records (source "list").

Plans without an activity table often list activities under UBARA or activity headings, each
item followed by labelled lines ("Ansvar: HR-chef", "Tidplan: HT 2025", "Uppföljning: ...") or
with the labels inline ("... Ansvar: närmaste chef, klart senast 2025-12-31."). Rules:

* A list item is an activity when at least one labelled field says who, when or how it is
  followed up: the labels are read by their words (roles.py: "Ansvar", "Ansvarig", "Vem",
  "Tidplan", "När", "Klart", "Deadline", "Uppföljning", "Mått" ...; no embedding model here, since
  any "Word:" in a list would be a candidate). Items without such fields are not activities
  (they may be needs or examples).
* Where both a general time ("När: Start HT 2026") and a completion ("Klart: 2027-06-30") are
  given, the completion is the target date.
* A responsible value that ends in a date clause ("närmaste chef, klart senast Q1 2025",
  "HR, löpande") gives the date too.
* The area is the item's lead-in when it names an UBARA area ("Utveckla – Alla medarbetare ..."),
  else the nearest heading naming one. A goal line before the items ("Mål: ...", "Syfte: ...")
  is the goal of the items below it, until the next heading.
* Items under a heading or intro that follows up the previous plan are follow-ups; so is an item
  that ends in a status in brackets ("... (Genomförd).", "(Pågår)", "(Ej påbörjad)"): the status
  is its follow-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kfp_assistant.extract.activity_text import flat
from kfp_assistant.extract.dates import DATE_WORD_RE
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.roles import Role, labelled, role_by_words
from kfp_assistant.extract.tables import activity_record, followup_context
from kfp_assistant.schema import Activity, Block, ParsedDocument, PlanMeta
from kfp_assistant.sv.areas import areas_in, areas_in_question

# "Label:" at the start of a line or after a sentence or clause: one to three words, capitalised
# or not ("klart senast" inline), then a colon and a space.
_LABEL_RE = re.compile(r"(?:^|(?<=[\s.;,(|·•]))((?:[A-ZÅÄÖa-zåäö][\wåäöÅÄÖ-]*)(?:\s[a-zåäö]+){0,2})\s*:\s+")
# A line closing with its fields in parentheses: "Fadder till alla nyanställda (Ansvar: HR, Q2 2026)".
_PAREN_FIELDS_RE = re.compile(
    r"\(\s*([A-ZÅÄÖa-zåäö][\wåäöÅÄÖ-]*(?:\s[a-zåäö]+){0,2})\s*:\s+[^()]+\)\s*\.?\s*$"
)
# A checkbox or bullet sign a line may begin with ("☐ Ta fram ...").
_MARKER_RE = re.compile(r"^\s*[☐☑☒□■▢◻◽✓✔•▪–-]\s+")
# A list number: "3.", "3)", or a numbered section's "4.1" / "4.1.".
_NUMBER_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)])\s+")
# An area in brackets closing an item: "Mentorskap för nya chefer (Introducera)", "[Attrahera/Rekrytera]".
_AREA_BRACKET_RE = re.compile(r"\s*[(\[](?P<a>[^()\[\]]{3,40})[)\]]\s*\.?\s*$")
_LEAD_RE = re.compile(r"^(.{3,40}?)\s+[–—-]\s+(?=\S)|^(.{3,40}?):\s+(?=[A-ZÅÄÖ])")
# A date clause closing a responsible value: ", klart senast Q1 2025", ", löpande", ", senast juni 2026".
_TRAILING_DATE_RE = re.compile(
    r",\s*(?:(?:klart|färdigt?|genomfört?)\s+)?(?:senast|till|under|från|klart)\s+(?P<d>[^,]+?)\.?$"
    r"|,\s*(?P<s>löpande|kontinuerligt|årligen|pågående|varje\s+\w+)\.?$"
    # a bare date after the party, as parenthesised fields write it: "(Ansvar: HR-chef, Q2 2026)"
    r"|,\s*(?P<q>(?:Q[1-4]|[HV]T)\s*\d{4}|\d{4}(?:-\d\d-\d\d)?)\.?$",
    re.IGNORECASE,
)
_END_LABEL_RE = re.compile(r"klart|deadline|senast|slut|måldatum|färdig", re.IGNORECASE)
# A status in brackets closing an item reports how far the activity has come: "... (Genomförd)."
_STATUS_RE = re.compile(
    r"\s*\((?P<s>(?:(?:ej|inte|delvis|helt|till\s+stor\s+del)\s+)?(?:genomförd|genomfört|klar|klart|avslutad|avslutat"
    r"|påbörjad|påbörjat|pågår|pågående|startad|startat|införd|infört|uppnådd|uppnått|försenad|pausad|vilande"
    r"|avbruten|avbrutet|utgår|ställd\s+in|flyttad\s+till\s+ny\s+plan))\)\s*\.?\s*$",
    re.IGNORECASE,
)
_ACTION_ROLES = ("responsible", "date", "followup", "kpi")


@dataclass
class _Item:
    text: str
    page: int
    area: str | None
    goal: str | None
    followup: bool
    fields: list[tuple[str, Role, str]] = field(default_factory=list)
    loose: bool = False  # a paragraph without a list number that labelled lines follow


_TRAILING_SEPARATOR_RE = re.compile(r"\s+[-–—|·•;,]+\s*$")


def _fields(text: str) -> tuple[str, list[tuple[str, Role, str]]]:
    """Text before the first label that names a role, and the (label, role, value) fields after it."""
    marks: list[tuple[re.Match[str], Role]] = []
    for m in _LABEL_RE.finditer(text):
        role = role_by_words(m.group(1))
        if role:
            marks.append((m, role))
    if not marks:
        return text, []
    found = []
    for n, (m, role) in enumerate(marks):
        end = marks[n + 1][0].start() if n + 1 < len(marks) else len(text)
        # fields may be set apart by a bar or a dot: "Ansvar: HR | Klart: 2026"
        found.append((m.group(1), role, text[m.end() : end].strip().rstrip(";|·•").strip()))
    # the separator before the first field is no part of the activity: "Närvaro på mässor – ansvar: HR"
    return _TRAILING_SEPARATOR_RE.sub("", text[: marks[0][0].start()]).strip(), found


def _values(item: _Item) -> dict[Role, str]:
    """Role -> value of an item's fields: a completion wins over a general time; trailing dates split off."""
    values: dict[Role, str] = {}
    implied_date: str | None = None
    for label, role, value in item.fields:
        if not value:
            continue
        if role == "date" and "date" in values and not _END_LABEL_RE.search(label):
            continue
        value = value.removesuffix(")").strip() if value.count(")") > value.count("(") else value
        if role == "responsible":
            m = _TRAILING_DATE_RE.search(value)
            if m and (m.group("s") or m.group("q") or DATE_WORD_RE.search(m.group("d") or "")):
                implied_date = (m.group("d") or m.group("s") or m.group("q")).strip()
                value = value[: m.start()].strip()
        values[role] = value.rstrip(".").strip() if role in ("responsible", "date") else value
    if implied_date and "date" not in values:
        values["date"] = implied_date
    return values


def _is_field_line(block: Block) -> bool:
    m = _LABEL_RE.match(flat(block.text))
    return m is not None and role_by_words(m.group(1)) is not None


@dataclass
class _State:
    headings: list[tuple[int, str]] = field(default_factory=list)
    goal: str | None = None
    followup: bool = False

    def area(self) -> str | None:
        for _, text in reversed(self.headings):
            # a heading may name its area in other words: "När medarbetare slutar", "Onboarding"
            if len(text.split()) <= 6 and (areas_in(text) or areas_in_question(text)):
                return text
        return None


def _items(doc: ParsedDocument, period: str | None) -> list[_Item]:
    """List items with the labelled lines that follow them, in document order."""
    items: list[_Item] = []
    state = _State()
    current: _Item | None = None
    pending: _Item | None = None  # a paragraph that is an item if labelled lines follow it
    for block in (b for p in doc.pages for b in p.blocks):
        text = flat(block.text)
        if (current or pending) is not None and block.kind != "table" and _is_field_line(block):
            if current is None and pending is not None:
                current, pending = pending, None
                items.append(current)
            if current is not None:
                current.fields += _fields(text)[1]
            continue
        pending = None
        if block.kind == "heading" and not _is_field_line(block):
            level = block.level or 3
            state.headings = [(lv, t) for lv, t in state.headings if lv < level] + [(level, text)]
            # a heading led by a goal label ("Mål 4: Hållbart ledarskap") is the goal of the items below
            led = labelled(text)
            state.goal = led[1] if led and led[0] == "goal" else None
            state.followup = bool(followup_context(text, period))
            current = None
        elif block.kind == "list_item" or (block.kind != "table" and _PAREN_FIELDS_RE.search(text)):
            body, fields = _fields(_MARKER_RE.sub("", _NUMBER_RE.sub("", text)))
            body = body.removesuffix("(").strip()
            current = _Item(body, block.page, state.area(), state.goal, state.followup, fields)
            items.append(current)
        elif _is_field_line(block):
            _, fields = _fields(text)
            goal = next((v for _, role, v in fields if role == "goal"), None)
            state.goal = goal or state.goal
            current = None
        else:
            state.followup = state.followup or bool(followup_context(text, period))
            current = None
            if block.kind == "paragraph":
                body, fields = _fields(_NUMBER_RE.sub("", text))
                loose = _NUMBER_RE.match(text) is None
                item = _Item(body, block.page, state.area(), state.goal, state.followup, fields, loose)
                if fields:  # its fields inline: "4.2 Fadder till nya (Introducera) Ansvar: HR | Klart: 2026"
                    items.append(item)
                    current = item
                else:
                    pending = item
    return items


def list_activities(doc: ParsedDocument, meta: PlanMeta) -> list[Activity]:
    """Activities written as list items with labelled fields, in document order."""
    pages = {p.number: p.text for p in doc.pages}
    out: list[Activity] = []
    for item in _items(doc, meta.period):
        values = _values(item)
        text, area, followup = item.text, item.area, item.followup
        status = _STATUS_RE.search(text) if not item.fields else None
        if status:  # a status report: the previous plan's activity, its status the follow-up
            text, followup = text[: status.start()].rstrip(" ."), True
            values["followup"] = status.group("s")
        if not any(role in values for role in _ACTION_ROLES) or not text:
            continue
        if item.loose and sum(role in values for role in _ACTION_ROLES) < 2:
            continue  # a paragraph and one label under it ("Ansvar: HR") may be prose and a contact
        bracket = _AREA_BRACKET_RE.search(text)
        if bracket and len(bracket.group("a").split()) <= 3 and areas_in(bracket.group("a")):
            text, area = text[: bracket.start()].strip(), bracket.group("a").strip()
        lead = _LEAD_RE.match(text)
        lead_text = (lead.group(1) or lead.group(2)) if lead else None
        if lead and lead_text and len(lead_text.split()) <= 3 and areas_in(lead_text):
            text, area = text[lead.end() :].strip(), lead_text.strip()
        record = activity_record(
            doc,
            meta,
            text=text,
            fields=values,
            kind="followup" if followup else "plan",
            area=area,
            goal=values.get("goal") or item.goal,
            page=item.page,
            quote=locate_quote(text, pages.get(item.page, "")) or text,
        )
        record.source = "list"
        out.append(record)
    return out
