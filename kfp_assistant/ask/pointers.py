"""Sentences that do not tell what is asked although they name it: those that point at what the text
does not hold, "enligt tidplanen nedan",
"se bilaga 2", "tabellen nedan visar". What they point at is a figure, an image or an appendix (or, for
a table, the rows that follow in their own chunk): the sentence only names the thing asked about; and,
for a cost or a length of time, those stating none."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.route import Route
from kfp_assistant.sv.metrics import METRICS, metrics_in
from kfp_assistant.sv.numbers import (
    asks_for_age,
    asks_for_duration,
    asks_for_money,
    asks_per_period,
    states_age,
    states_duration,
    states_money,
    states_per_period,
)
from kfp_assistant.sv.responsible import (
    asked_role,
    asks_for_organisation,
    asks_for_person,
    names_organisation,
    names_person,
)
from kfp_assistant.sv.words import term_in, tokenize

# "nedanstående bild", "ovanstående tabell", "tidplanen nedan", "bilaga 2", "figur 3".
_POINTER = re.compile(
    r"\b(?:nedanstående|ovanstående|bifogade?)\s+(?P<after>[\w-]+(?:\s+(?:och|samt)\s+[\w-]+)?)"
    r"|\b(?P<before>[\w-]+)\s+(?:nedan|ovan|i\s+bilaga\w*)\b"
    r"|\b(?:se|enligt)\s+(?P<see>(?:bilaga|figur|bild|diagram|illustration)\w*)",
    re.IGNORECASE,
)


def points_elsewhere(text: str, tokens: AbstractSet[str]) -> bool:
    """Whether the sentence names a word of the question only as what it points at elsewhere
    ("… följer tidplanen nedan" for "hur såg tidplanen ut?")."""
    for match in _POINTER.finditer(text):
        named = match.group("after") or match.group("before") or match.group("see") or ""
        words = set(tokenize(named))
        if any(term_in(t, words) for t in tokens if len(t) >= 4):
            return True
    return False


# "Hur nöjda är medarbetarna?", "hur engagerade känner de sig?": a quality asked by its degree, which only a
# sentence speaking of that quality tells (not "hur många/stor/hög/gamla …", which ask measures).
_DEGREE = re.compile(
    r"\bhur\s+(?!(?:många|mycket|stor|store|stora|hög|höga|låg|låga|lång|långa|gamla|gammal|ofta|länge|snabbt"
    r"|väl|bra|dålig|dåliga|vanlig|vanliga)\b)(?P<quality>[a-zåäö]{4,}(?:a|e))\s+(?:är|var|blir|känner)\b",
    re.IGNORECASE,
)


def speaks_of_quality(question: str, passage: Passage) -> bool:
    """Whether a sentence (with its neighbours) names the quality a "hur nöjda är …" question asks the
    degree of, by its stem ("nöjd" of "nöjda"); a question asking none passes."""
    match = _DEGREE.search(question)
    if not match:
        return True
    stem = match.group("quality").lower()[:-1]
    return stem in f"{passage.before} {passage.text} {passage.follow}".lower()


def tell_what_is_asked(question: str, passages: list[Passage], tokens: AbstractSet[str]) -> list[Passage]:
    """The passages that may tell what is asked: none pointing elsewhere for it, and for a cost or a
    salary only those stating an amount of money, for "hur länge" only those stating a length of time,
    for an age only those stating one."""
    passages = [p for p in passages if not points_elsewhere(p.text, tokens)]
    passages = [p for p in passages if speaks_of_quality(question, p)]
    if asks_for_organisation(question):  # "vilket företag …?": a name of one, not what is done with one
        passages = [p for p in passages if names_organisation(p.text, p.chunk.administration or "")]
    if asks_for_person(question):  # a role, or what a role does, is no name
        role = asked_role(question)
        passages = [p for p in passages if names_person(p.text, p.chunk.administration or "", role)]
    if asks_for_money(question):  # which most plans never state
        return [p for p in passages if states_money(f"{p.before} {p.text} {p.follow}")]
    if asks_for_duration(question):  # not the activity it is about
        return [p for p in passages if states_duration(f"{p.text} {p.follow}")]
    if asks_for_age(question):  # "vilken pensionsålder gäller?": an age, not how many retire
        return [p for p in passages if states_age(p.text)]
    if asks_per_period(question):  # "hur många vikarier per månad?": not a count at one date
        return [p for p in passages if states_per_period(p.text)]
    return passages


# Metrics that one sentence may state for another: the total and its short and long parts, a share of
# women and of men (a sentence on one states the other).
_FAMILIES = (
    frozenset(("sick_leave_pct", "short_sick_leave_pct", "long_sick_leave_pct")),
    frozenset(("women_share", "men_share", "women_count", "men_count")),
)
_RATES = frozenset(("percent", "index", "years"))  # counts of staff are named in too many ways


def names_asked_rate(passage: Passage, route: Route) -> bool:
    """Whether a sentence may state the rate, index or age asked: it (with the sentence before and its
    heading) names the asked metric or one of its family; a question asking no such metric passes."""
    asked = {m for m in route.metrics if m in METRICS and METRICS[m]["unit"] in _RATES}
    if not asked or len(asked) < len(route.metrics):
        return True
    asked |= {m for family in _FAMILIES if family & asked for m in family}
    text = f"{passage.chunk.section or ''} {passage.before} {passage.text}"
    return bool(set(metrics_in(text, question=True)) & asked)
