"""English ways of asking that the glossary's word-for-word terms cannot carry into the plans' Swedish:
an age band in words ("in their thirties" -> "i 30-årsåldern"), a plan named by its year ("the 2022
plan" -> "planen 2022"), why people leave ("why do nurses quit" -> "varför slutar nurses"), what a
plan says on a topic ("what does the plan say about pay" -> "vad säger the plan om pay").

In: an English question (before the glossary). Out: the question with such forms in the Swedish the
router reads; the rest left to the glossary (sv/english_glossary.py, read by sv/english.py).
"""

from __future__ import annotations

import re

from kfp_assistant.sv.english_fields import ENGLISH_FIELDS

# "in their twenties", "staff in their early forties", "in their 30s", "aged in their fifties": one
# decade of age, as table_terms reads it ("i 30-årsåldern"). A bare "20s" may be years ("the 2020s",
# "the 20s"), so digits count only after "in their".
_DECADES = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6}
_DECADE = re.compile(
    rf"\b(?:(?:aged\s+)?in\s+(?:their|his|her|the)\s+)?(?:early\s+|mid\s+|mid-|late\s+)?(?P<word>{'|'.join(_DECADES)})\b"
    r"|\b(?:aged\s+)?in\s+their\s+(?:early\s+|mid\s+|mid-|late\s+)?(?P<digit>[2-6])0['’]?s\b",
    re.IGNORECASE,
)
# "aged 60 or older", "55 and over", "staff 60 years or older": an age band, as plans write it ("60 år
# eller äldre"), not the mean age an "older" alone compares.
_AGE_BAND = re.compile(
    r"\b(?:aged\s+)?(?P<age>[1-9]\d)\s*(?:years?\s+(?:old\s+)?|\+\s*)?(?:or|and)\s+(?:older|over|above)\b",
    re.IGNORECASE,
)
# "the 2021 plan", "Norrby's 2024-2026 plan", "the 2023 competence supply plan", "the plan for 2022",
# "the plan from 2024": a plan version named by its year, as periods.py reads it ("planen 2021").
_YEAR = r"(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?"
_PLAN_WORD = r"(?:(?:competence|skills|staffing|workforce|personnel|hr)\s+(?:supply\s+|provision\s+)?)?plan"
_YEAR_PLAN = re.compile(rf"\b(?:the\s+)?(?P<year>{_YEAR})\s+{_PLAN_WORD}\b", re.IGNORECASE)
_PLAN_YEAR = re.compile(
    rf"\b(?:the\s+)?{_PLAN_WORD}\s+(?:for|from|of|covering)\s+(?:the\s+)?(?:year\s+|period\s+)?(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)
# "why do people quit", "why are nurses leaving", "why did staff resign": why people leave, in the
# Swedish order ("varför slutar …"), up to four words of subject; "people", "staff" are its workforce.
# "Why is sick leave so high?" asks of an absence, not of anyone leaving.
_WHY_LEAVE = re.compile(
    r"\bwhy\s+(?:do|does|did|are|is|were|was|would|might)\s+(?P<subject>(?:[\w'’-]+\s+){1,4}?)"
    r"(?<!sick\s)(?<!sickness\s)(?<!parental\s)(?<!annual\s)(?<!maternity\s)(?<!paternity\s)(?:quit|quits|quitting|leave|leaves|leaving|left|resign|resigns|resigning|resigned|stop\s+working)\b",
    re.IGNORECASE,
)
_WORKFORCE = frozenset(("people", "staff", "employees", "workers", "personnel", "they"))
# "what does the plan say about X", "what did Norrby's 2021 plan write about Y": what a plan says on a
# topic ("vad säger planen om X"), not what anyone does ("what does" alone is "vad gör").
_SAY_ABOUT = re.compile(
    r"\bwhat\s+(?:do|does|did|will)\s+(?P<subject>(?:[\w'’-]+\s+){1,6}?)(?:say|write|state|mention)\s+(?:about|on|regarding)\b",
    re.IGNORECASE,
)


# "the sports administration", "Stockholm's environment department", "the education office": an
# administration named by its field, as Swedish names it in one word ("idrottsförvaltningen"), the field's
# form before "förvaltningen" from sv/english_fields.py. Fields named in more words ("culture and
# leisure", "health care") are the glossary's.
_FIELDS = {f.english: f.linked for f in ENGLISH_FIELDS if f.compound}
_FIELD_ADMIN = re.compile(
    rf"\b(?:the\s+)?(?P<field>{'|'.join(sorted(_FIELDS, key=len, reverse=True))})\s+"
    r"(?P<kind>administrations?|departments?|offices?|committees?|boards?)\b",
    re.IGNORECASE,
)
_KINDS = {"administration": "förvaltningen", "department": "förvaltningen", "office": "kontoret"}
_KINDS |= {"committee": "nämnden", "board": "nämnden"}
# "in Norrby", "at Mälarvatten", "at the education department": a place, an employer or an administration
# by its name, as Swedish sets it ("i Norrby"), where the question's other English prepositions are dropped.
_IN_NAME = re.compile(r"\b(?:in|at|within)\s+(?=[A-ZÅÄÖ][\w-]|\w+(?:förvaltningen|kontoret|nämnden)\b)")


# "what share of the staff is that?", "how many are they?": a question ending in a pronoun points back
# at what was talked about, as Swedish ends it ("är det?", "är de?"); English pronouns are dropped else.
_POINTING_END = re.compile(
    r"\b(?P<verb>is|was|are|were)\s+(?P<pronoun>that|this|it|they|those)\s*(?=[?.!]*\s*$)", re.I
)


def _pointing_end(match: re.Match[str]) -> str:
    verb = "var" if match.group("verb").lower() in ("was", "were") else "är"
    return f"{verb} {'de' if match.group('pronoun').lower() in ('they', 'those') else 'det'}"


def _field_admin(match: re.Match[str]) -> str:
    field = _FIELDS[" ".join(match.group("field").lower().split())]
    kind = _KINDS[match.group("kind").lower().removesuffix("s")]
    return f"{field}{kind}"


def _decade(match: re.Match[str]) -> str:
    tens = _DECADES[match.group("word").lower()] if match.group("word") else int(match.group("digit"))
    return f"i {tens}0-årsåldern"


def _why_leave(match: re.Match[str]) -> str:
    subject = match.group("subject").strip()
    return "varför slutar " + ("medarbetare" if subject.lower() in _WORKFORCE else subject)


def in_swedish_forms(text: str) -> str:
    """An English question with its age decades, plans named by year and why-people-leave questions in
    the Swedish forms the router reads; other words as they are."""
    text = _DECADE.sub(_decade, text)
    text = _AGE_BAND.sub(lambda m: f"{m.group('age')} år eller äldre", text)
    text = _FIELD_ADMIN.sub(_field_admin, text)
    text = _IN_NAME.sub("i ", text)
    text = _POINTING_END.sub(_pointing_end, text)
    text = _YEAR_PLAN.sub(lambda m: f"planen {m.group('year')}", text)
    text = _PLAN_YEAR.sub(lambda m: f"planen {m.group('year')}", text)
    text = _SAY_ABOUT.sub(lambda m: f"vad säger {m.group('subject').strip()} om", text)
    return _WHY_LEAVE.sub(_why_leave, text)
