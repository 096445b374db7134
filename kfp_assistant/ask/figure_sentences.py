"""Which sentences answer a figure question: one stating an amount in the unit asked, about what the
question asks (not staff in general), naming what is counted."""

from __future__ import annotations

import re

from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.route import Route
from kfp_assistant.sv.metrics import METRICS, metrics_in
from kfp_assistant.sv.numbers import (
    asks_time_count,
    states_amount_of,
    states_cardinal,
    states_number,
    states_share,
)
from kfp_assistant.sv.table_terms import age_bands, band_overlaps, measure_asked, without_age_bands
from kfp_assistant.sv.thesaurus import related_terms
from kfp_assistant.sv.words import term_in, tokenize

# Staff in general: a sentence counting "medarbetare" is not thereby about the staff group asked for.
_STAFF = frozenset(tokenize("medarbetare medarbetarna anställda anställd personal personalen folk"))


# How an amount is asked, not of what: "hur många procent av ... har gått utbildningen?" is not answered by
# a sentence whose only word of the question is "procent".
_UNIT_WORDS = frozenset(
    tokenize("procent procenten procentenheter andel andelen antal antalet stycken redan")
)


# A distribution ("åldersstrukturen", "könsfördelningen") is told by counts and shares of its groups, in
# whatever unit the plan has them, not only by the metric that sums it up (a mean age).
_DISTRIBUTION = re.compile(r"\w*(?:fördelning|struktur|sammansättning)\w*", re.IGNORECASE)


def states_asked_amount(text: str, route_: Route) -> bool:
    """Whether a sentence states an amount, in the unit of an asked metric when it has one ("Vad är
    medelåldern?" is answered in years, not by a headcount) and no distribution is asked; a count of
    activities or needs also in words."""
    asked = [] if _DISTRIBUTION.search(route_.question) else route_.metrics
    units = {str(METRICS[m]["unit"]) for m in asked if m in METRICS}
    if (route_.target in ("activities", "gaps") or asks_time_count(route_.question)) and not asked:
        return states_cardinal(text)  # "hur många av aktiviteterna blev genomförda?": "åtta av de sexton"
    if measure_asked(route_.question) == "share" and units <= {"percent"} and not states_share(text):
        return False  # "hur stor andel är 60 år eller äldre?": a count of them is no share
    # an age limit ("60 år eller äldre") is no mean age in years
    stated = {u: without_age_bands(text) if u == "years" else text for u in units}
    return states_number(text) and (not units or any(states_amount_of(stated[u], u) for u in units))


def about_the_question(passage: Passage, route_: Route) -> bool:
    """Whether a sentence is about the question: it names an asked metric, or holds a question stem
    other than staff in general."""
    return bool(passage.terms - _STAFF - _UNIT_WORDS) or bool(
        set(metrics_in(passage.text, question=True)) & set(route_.metrics)
    )


_STAFF_TAIL = re.compile(r"(?:anställd|anställda|anställning|anställningar|medarbetare|personal)$")


def names_counted(counted: list[list[str]], passage: Passage) -> bool:
    """Whether a sentence (with the one before and its heading, which may name the subject) names what
    is counted: every word of one alternative, each as itself or a compound of it, a word of its
    thesaurus ring, or the metric it names."""
    window = f"{passage.chunk.section or ''} {passage.before} {passage.text}"
    words = set(tokenize(window))
    metrics = set(metrics_in(window, question=True))

    def named(word: str) -> bool:
        stems = [*tokenize(word), *tokenize(" ".join(r.rstrip("*") for r in related_terms(word)))]
        # "månadsanställda" is named by what tells them apart: "månadsavlönade"
        kind = _STAFF_TAIL.sub("", word.lower())
        if kind != word.lower() and len(kind) >= 4 and any(w.startswith(kind) for w in words):
            return True
        return any(term_in(s, words) for s in stems if len(s) >= 3) or bool(
            metrics & set(metrics_in(word, question=True))
        )

    return any(all(named(w) for w in alternative) for alternative in counted)


# Headcounts and the flows in and out of the staff: a number of departures is no number employed.
_STOCKS = frozenset(("employees_total", "employees_permanent", "employees_temporary", "hourly_staff"))
_FLOWS = frozenset(("departures", "recruitments", "retirements", "turnover_pct"))


def counts_a_flow(passage: Passage, route_: Route) -> bool:
    """Whether a sentence offered for a headcount ("hur många socialsekreterare är anställda?") counts
    people coming or going instead ("Det uppgick till 136 ... hade flest avgångar") and no headcount."""
    if not set(route_.metrics) & _STOCKS or set(route_.metrics) & _FLOWS:
        return False
    if counts_asked_ages(passage.text, route_):
        return False  # "andelen som är 60 år eller äldre är 14 procent, vilket ger fler pensionsavgångar"
    named = set(metrics_in(passage.text, question=True))
    # a form of employment qualifies the flow ("avgångar avseende tidsbegränsade anställningar"): only
    # the headcount asked for makes it one
    return bool(named & _FLOWS) and not named & set(route_.metrics)


def counts_asked_ages(text: str, route_: Route) -> bool:
    """Whether a sentence counts the age group a question asks about ("hur stor andel har fyllt 60?":
    "var sjunde medarbetare är 60 år eller äldre"): the staff word of the question is then the whole
    the group is part of, and what the sentence goes on to say of pensions does not make it a flow."""
    asked = age_bands(route_.question)
    return bool(asked) and any(band_overlaps(b, a) for b in age_bands(text) for a in asked)


# A length of time or an age in years: "60 år eller äldre" is blanked by the age bands, "om fem till sju år",
# "i 12 år" here.
_SPAN_OF_TIME = re.compile(r"\d+(?:[,.]\d+)?\s*(?:-\s*\d+\s*)?(?:år|månader|veckor)\b", re.IGNORECASE)


def states_only_ages(text: str, route_: Route) -> bool:
    """Whether a sentence offered for a count of people states only ages and lengths of time ("en stor
    grupp är 60 år eller äldre, främst bygglovshandläggare"), unless an age or a time is what is asked."""
    if age_bands(route_.question) or "average_age" in route_.metrics:
        return False
    return states_number(text) and not states_number(_SPAN_OF_TIME.sub(" ", without_age_bands(text)))
