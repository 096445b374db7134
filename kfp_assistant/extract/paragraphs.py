"""Activities written as prose paragraphs under UBARA area headings -> Activity records (source "prose").

Some plans give no activity table or list: under a heading naming an area ("Behålla") each
paragraph says what will be done, who is responsible and when, in full sentences:

    "Under 2026 kommer förvaltningen att införa X. Ansvarig är personalchefen och arbetet ska
    vara klart i mars 2027."

Rules (general Swedish, no wording of any plan):

* Only paragraphs under a heading that names an UBARA area are read, and only paragraphs that
  name a responsible party ("Ansvarig är X", "X ansvarar för"): a paragraph without one is
  background, not an activity.
* In such a paragraph each sentence that says something will be done (a future or obligation
  verb: "kommer att", "ska", "planerar att", "avser att", or a passive "ska genomföras") and is
  not itself the responsibility, date or follow-up sentence is one activity.
* Its responsible party and target date come from the same sentence or the sentences after it,
  up to the next activity sentence; a completion ("klart i mars 2027", "senast i juni 2026")
  wins over a date in the activity sentence itself ("Under 2026 kommer ..."). "Under hela
  planperioden" ends with the plan's period.
* A sentence saying how it is followed up ("Resultatet följs upp i X") is its follow-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kfp_assistant.extract.activity_text import flat
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.tables import activity_record
from kfp_assistant.schema import Activity, ParsedDocument, PlanMeta
from kfp_assistant.sv.areas import areas_in

_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
# Something will be done: future, obligation or intent, active or passive.
_ACTION_RE = re.compile(
    r"\b(?:kommer\s+(?:\w+\s+){0,3}?att|ska(?:ll)?|planerar\s+(?:\w+\s+)?att|avser\s+(?:\w+\s+)?att"
    r"|har\s+för\s+avsikt\s+att)\s+(?:\w+\s+){0,4}?\w+",
    re.IGNORECASE,
)
# The party: "Ansvarig är X", "Ansvariga är X", "Ansvar: X", "X ansvarar för", "X har ansvaret".
_RESPONSIBLE_IS_RE = re.compile(
    r"\bansvarig(?:a)?\s+(?:för\s+\S+(?:\s+\S+)?\s+)?(?:är|blir)\s+|\bansvar\s*:\s*", re.I
)
_RESPONSIBLE_VERB_RE = re.compile(
    r"^(?P<who>.{2,60}?)\s+(?:ansvarar|har\s+(?:huvud)?ansvar(?:et)?|leder)\b", re.I
)
# Where a party named after "Ansvarig är" ends: a comma, or "och" + a new subject + its verb.
_PARTY_END_RE = re.compile(
    r",|\s+och\s+(?:det|den|de|\w+(?:en|et|na|erna|arna|orna))\s+"
    r"(?:ska|skall|sker|pågår|kommer|planeras|beräknas|blir|är|väntas|följs|genomförs)\b",
    re.I,
)
# When: a completion ("klart/senast ... i juni 2026") or any date phrase of a sentence.
_MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
_SEASONS = "våren|sommaren|hösten|vintern|vårterminen|höstterminen"
_DATE_PHRASE = (
    rf"(?:(?:{_MONTHS}|{_SEASONS})\s+20\d\d|(?:[HV]T|Q[1-4]|kvartal\s+[1-4])\s*20\d\d|20\d\d-\d\d-\d\d"
    r"|20\d\d\s*[-–]\s*20\d\d|20\d\d|löpande|kontinuerligt|årligen"
    r"|under\s+(?:hela\s+)?(?:plan)?perioden)"
)
_DATE_RE = re.compile(rf"(?<![\w-]){_DATE_PHRASE}(?![\w-])", re.IGNORECASE)
_COMPLETION_RE = re.compile(
    rf"\b(?:klar[t]?|färdig[t]?|genomför[dt]?|på\s+plats|igång|beslutad|senast|till\s+och\s+med|t\.?\s?o\.?\s?m\.?)"
    rf"\b[^.]{{0,20}}?(?<![\w-])(?P<d>{_DATE_PHRASE})(?![\w-])",
    re.IGNORECASE,
)
_FOLLOWED_UP_RE = re.compile(r"\bföljs\s+upp\b|\butvärderas\b|\bmäts\b", re.I)


@dataclass
class _Draft:
    text: str
    page: int
    area: str
    own_date: str | None
    responsible: str | None = None
    date: str | None = None
    followup: str | None = None
    notes: list[str] = field(default_factory=list)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_RE.split(flat(text)) if s.strip()]


def _responsible(sentence: str) -> str | None:
    """The party a sentence makes responsible, as written; None when it names none."""
    m = _RESPONSIBLE_IS_RE.search(sentence)
    if m:
        rest = sentence[m.end() :].rstrip(".")
        end = _PARTY_END_RE.search(rest)
        party = rest[: end.start()] if end else rest
        return party.strip() or None
    m = _RESPONSIBLE_VERB_RE.match(sentence)
    return m.group("who").strip() if m else None


def _date(sentence: str) -> tuple[str | None, bool]:
    """(date phrase, whether it is a completion) of a sentence; (None, False) when it names none."""
    m = _COMPLETION_RE.search(sentence)
    if m:
        return m.group("d"), True
    dates = _DATE_RE.findall(sentence)
    return (dates[-1], False) if dates else (None, False)


def _is_action(sentence: str) -> bool:
    return (
        bool(_ACTION_RE.search(sentence))
        and _responsible(sentence) is None
        and not _FOLLOWED_UP_RE.search(sentence)
    )


def _paragraph_drafts(text: str, page: int, area: str) -> list[_Draft]:
    """The activities of one paragraph, each with the party, date and follow-up its sentences give."""
    sentences = _sentences(text)
    if not any(_responsible(s) for s in sentences):
        return []
    drafts: list[_Draft] = []
    completion = False
    for sentence in sentences:
        if _is_action(sentence):
            own, completion = _date(sentence)
            drafts.append(_Draft(sentence.rstrip("."), page, area, own, date=own))
            continue
        if not drafts:
            continue
        current = drafts[-1]
        if _FOLLOWED_UP_RE.search(sentence) and not _responsible(sentence):
            current.followup = current.followup or sentence.rstrip(".")
            continue
        current.responsible = current.responsible or _responsible(sentence)
        when, done = _date(sentence)
        if when and (current.date is None or (current.date == current.own_date and not completion) or done):
            current.date, completion = when, completion or done
    return [d for d in drafts if d.responsible]


def _period_end(date: str | None, period: str | None) -> str | None:
    """The plan's last year for a date that says "the whole plan period"."""
    if date and re.search(r"period", date, re.I) and period:
        years = re.findall(r"(?:19|20)\d\d", period)
        return f"{years[-1]}-12-31" if years else None
    return None


def paragraph_activities(doc: ParsedDocument, meta: PlanMeta) -> list[Activity]:
    """Activities written as sentences in paragraphs under area headings, in document order."""
    pages = {p.number: p.text for p in doc.pages}
    out: list[Activity] = []
    area: str | None = None
    for block in (b for p in doc.pages for b in p.blocks):
        if block.kind == "heading":
            text = flat(block.text)
            area = text if len(text.split()) <= 6 and areas_in(text) else None
            continue
        if block.kind != "paragraph" or area is None:
            continue
        for draft in _paragraph_drafts(block.text, block.page, area):
            fields = {"responsible": draft.responsible or "", "date": draft.date or ""}
            if draft.followup:
                fields["followup"] = draft.followup
            record = activity_record(
                doc,
                meta,
                text=draft.text,
                fields={k: v for k, v in fields.items() if v},
                kind="plan",
                area=draft.area,
                goal=None,
                page=draft.page,
                quote=locate_quote(draft.text, pages.get(draft.page, "")) or draft.text,
            )
            record.target_end = _period_end(draft.date, meta.period) or record.target_end
            record.source = "prose"
            out.append(record)
    return out
