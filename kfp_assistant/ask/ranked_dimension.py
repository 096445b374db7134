"""Whether an answer ranks what a "which … most/least" question ranks: units, age groups, sexes or
occupations, not years, nor one figure of the whole.

"Vilken avdelning har högst sjukfrånvaro?", "which age group has the most sick leave?", "vilka
yrkesgrupper har lägst omsättning?": a plan that reports the figure only for the whole organisation, year
by year, does not answer, and its years ranked ("Högst: 2022") or its one figure are no answer. An answer
ranks the dimension asked when it is a table ranking whose first item is no year, when a sentence it
quotes ranks ("högst bland socialsekreterarna", "framför allt inom hemtjänsten", "fler än"), or when it
quotes two or more table rows of named items. Otherwise the records are passed over (the text may
rank) and a text answer is declined, saying what the plan does not split the figure by.
"""

from __future__ import annotations

import re

from kfp_assistant.ask.compose import NOT_FOUND_SV, Composed, citation, plan_name
from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.units import units
from kfp_assistant.schema import Citation
from kfp_assistant.sv.english import in_swedish_terms, is_english
from kfp_assistant.sv.metrics import METRICS, metrics_in
from kfp_assistant.sv.occupations import occupations_in

# The kinds of thing a figure is split by, as a question names them after "vilken": the noun's start.
_DIMENSIONS = {
    "enhet": "enhet",
    "avdelning": "avdelning",
    "verksamhet": "verksamhet",
    "förvaltning": "förvaltning",
    "område": "område",
    "arbetsplats": "arbetsplats",
    "sektion": "enhet",
    "kontor": "enhet",
    "team": "enhet",
    "arbetsgrupp": "enhet",
    "stadsdel": "stadsdel",
    "unit": "enhet",
    "department": "avdelning",
    "division": "avdelning",
    "workplace": "arbetsplats",
    "ålder": "åldersgrupp",
    "age": "åldersgrupp",
    "kön": "kön",
    "gender": "kön",
    "sex": "kön",
    "yrke": "yrkesgrupp",
    "befattning": "yrkesgrupp",
    "personalgrupp": "yrkesgrupp",
    "grupp": "grupp",
    "occupation": "yrkesgrupp",
    "profession": "yrkesgrupp",
    "role": "yrkesgrupp",
}
_WHICH = re.compile(
    r"\b(?:vilk(?:en|et|a)|which|what)\s+(?:av\s+(?:de\s+)?)?(?P<kind>[\wåäö-]+)"
    r".*?\b(?:flest|högst|störst|mest|lägst|färst|minst(?!\s+\d)|most|highest|largest|lowest|fewest|least)\b",
    re.IGNORECASE,
)
# A sentence ranking ("högst bland …", "mest utsatta är …", "fler än"; "främst" is as often "mainly"),
# or a table ranking's head naming its first item (table_ranks: "Högst (caption): **item**").
# ("högst 5,0 procent" is a ceiling, no ranking)
_TOPS = (
    r"högst(?:\w+|(?!\s+\d))|lägst(?:\w+|(?!\s+\d))|flest|färst|störst\w*|minst(?!\s+\d)|mest"
    r"|överrepresenterad\w*"
)
_TOP = re.compile(rf"\b(?:{_TOPS})\b", re.IGNORECASE)
# ... or compares ("högre bland männen"), but a target is no ranking ("lägre än 5 procent")
_RANKS = re.compile(
    rf"\b(?:{_TOPS}|(?:högre|lägre|fler|färre|större|mindre)(?!\s+än\s+[\d,]+))\b", re.IGNORECASE
)
# The words naming each kind of dimension in a sentence: a sentence ranking age groups ("Åldersgruppen
# 20-29 har högst omsättning") does not rank occupations, nor one naming occupations ("högst bland
# socialsekreterarna") age groups; one naming no kind may rank the one asked.
_KINDS = {
    "åldersgrupp": re.compile(
        r"ålder|åldrar|\b\d\d\s*[-–]\s*\d\d\b|\b(?:under|över)\s+\d\d\b", re.IGNORECASE
    ),
    # staff named by their work: "badpersonalen", "anläggningsskötarna" (sv.occupations names the titles)
    "yrkesgrupp": re.compile(
        r"befattning|yrkesgrupp|yrke|yrkeskategori|personalgrupp|\w{3,}(?:personal(?:en)?|skötar\w*)\b", re.I
    ),
    "kön": re.compile(r"\bkvinn\w*|\bmän\b|\bmännen\b|\bkön\b", re.IGNORECASE),
    "enhet": re.compile(r"avdelning|\benhet|verksamhet|arbetsplats|stadsdel", re.IGNORECASE),
}
_UNIT_KINDS = ("enhet", "avdelning", "verksamhet", "förvaltning", "område", "arbetsplats", "stadsdel")
_HEAD = re.compile(r"^(?:Högst|Lägst)\s+\(.*?\):\s+\*\*(?P<item>[^*]+)\*\*", re.MULTILINE)
_YEARS = re.compile(r"^\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?(?:\s+och\s+|\s*,\s*)?)+\s*$")
_ROW = re.compile(r"^\s*(?P<label>[^|]+?)\s*\|")


def asked_dimension(question: str) -> str | None:
    """What a "which … most/least" question ranks when it is a dimension a figure is split by ("vilken
    avdelning har högst …" -> "avdelning"); None for any other question (a year, an activity, no
    superlative)."""
    text = in_swedish_terms(question) if is_english(question) else question
    match = _WHICH.search(text) or _WHICH.search(question)
    if match is None:
        return None
    noun = match.group("kind").lower()
    found = [dim for start, dim in _DIMENSIONS.items() if noun.startswith(start) or noun.endswith(start)]
    if noun.startswith("år") or noun.startswith("year"):
        return None
    return found[0] if found else None


def of_dimension(text: str, dimension: str) -> bool:
    """Whether a sentence may rank the dimension asked: it names that kind of thing, or no other kind."""
    kind = "enhet" if dimension in _UNIT_KINDS else dimension
    named = {k for k, rx in _KINDS.items() if rx.search(text)} | (
        {"yrkesgrupp"} if occupations_in(text) else set()
    )
    return kind not in _KINDS or not named or kind in named


def _one_administration(route: Route) -> bool:
    """Whether a question is about one administration's plans: over several, "vilken förvaltning är
    störst, A eller B?" ranks the administrations, which their plans' figures answer."""
    return len(set(route.administrations)) == 1 or (not route.administrations and len(route.scope) == 1)


def ranks_asked(route: Route, text: str, citations: list[Citation]) -> bool:
    """Whether an answer ranks the dimension its question asks (module docstring); True for a question
    asking no such ranking."""
    dimension = asked_dimension(route.question)
    if not route.metrics or dimension is None or not _one_administration(route):
        return True
    head = _HEAD.search(text)
    if head is not None:
        return not _YEARS.match(head.group("item"))
    if any(_RANKS.search(c.quote) and of_dimension(c.quote, dimension) for c in citations):
        return True
    rows = {
        m.group("label")
        for c in citations
        if (m := _ROW.match(c.quote)) and not _YEARS.match(m.group("label"))
    }
    return len(rows) >= 2


def unsplit_note(route: Route) -> str:
    """What the plans do not report: the figure asked per the dimension asked."""
    dimension = asked_dimension(route.question) or "grupp"
    figure = str(METRICS[route.metrics[0]]["label_sv"]).lower() if route.metrics else "siffran"
    return f"Planen redovisar inte {figure} per {dimension}."


def unless_unranked(route: Route, composed: Composed, passages: list[Passage]) -> Composed:
    """A text answer as it is when it ranks the dimension its question asks; else the plan's sentence
    ranking the figure asked among the passages ("Högst är omsättningen bland …"), or a decline."""
    if composed.not_found or ranks_asked(route, composed.text, composed.citations):
        return composed
    dimension = asked_dimension(route.question) or ""
    for p in passages:
        if route.plans and p.chunk.doc_id not in route.plans:
            continue
        if (
            _TOP.search(p.text)
            and of_dimension(p.text, dimension)
            and set(_nearest_metrics(p)) & set(route.metrics)
        ):
            return Composed(f"**{plan_name(p.chunk)}:** {p.text} [1]", [citation(1, p)], False)
    return Composed(
        f"{NOT_FOUND_SV} {unsplit_note(route)}", [], True, composed.probability, composed.features
    )


def _nearest_metrics(passage: Passage) -> list[str]:
    """The figures a sentence ranks: those it names, else those the nearest sentence before it in its
    paragraph names ("Långtidssjukfrånvaron är hög. … Mest utsatta är socialsekreterarna.")."""
    all_units = units(passage.chunk)
    here = all_units[passage.position].paragraph
    for unit in reversed(all_units[: passage.position + 1]):
        if unit.paragraph != here:
            break
        if found := metrics_in(unit.text):
            return found
    return []
