"""Checks of an answer against what its question asks: records that miss it (records_text) or rank
other than the dimension asked (ranked_dimension); a text answer's ranking, and its count. A count
asked ("hur många av undersköterskorna har …?", "how many …?") is answered by a number: quoted back
with a sentence that states none (an activity checking the thing, a sentence naming it) it is no
answer, and is declined. A list item's outline number ("5.4.2 Kontrollera …") counts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from kfp_assistant.ask.compose import NOT_FOUND_SV, Composed, records_need_text
from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.ranked_dimension import ranks_asked, unless_unranked
from kfp_assistant.ask.records_answer import RecordAnswer
from kfp_assistant.ask.records_text import misses_the_question
from kfp_assistant.ask.route import Route
from kfp_assistant.sv.numbers import asks_time_count, states_cardinal, states_count

_COUNT_ASKED = re.compile(r"\bhur\s+många\b|\bhow\s+many\b", re.IGNORECASE)
_OUTLINE = re.compile(r"(?<![\d,])\b\d+(?:\.\d+){1,3}\.?(?=\s)")
NO_COUNT_SV = "Planen anger inget antal för det."


def asks_count(route: Route) -> bool:
    """Whether a question of figures asks how many (not a comparison: each side is judged there)."""
    return route.intent == "figure" and bool(_COUNT_ASKED.search(route.question))


def unless_uncounted(route: Route, composed: Composed) -> Composed:
    """A text answer as it is, or declined when a count is asked and no quote states an amount."""
    if composed.not_found or not asks_count(route):
        return composed
    quotes = [_OUTLINE.sub(" ", c.quote) for c in composed.citations]
    if any(states_count(q) or (asks_time_count(route.question) and states_cardinal(q)) for q in quotes):
        return composed
    return Composed(f"{NOT_FOUND_SV} {NO_COUNT_SV}", [], True, composed.probability, composed.features)


def held_to_question(route: Route, composed: Composed, passages: list[Passage]) -> Composed:
    """A text answer as it is when it gives what is asked: a ranking of the dimension asked (else the
    plan's ranking sentence among the passages, or a decline), a number for a count (else declined)."""
    return unless_uncounted(route, unless_unranked(route, composed, passages))


def records_miss(route: Route, tokens: set[str], records: RecordAnswer, vocabulary: AbstractSet[str]) -> bool:
    """Whether a records answer misses the question (records_text.misses_the_question) or ranks other
    than the dimension asked (the text may rank it)."""
    if misses_the_question(route, tokens, records.figures, records.text, vocabulary):
        return True
    # shown with the plan's text, the answer as a whole is judged (unless_unranked)
    return not records_need_text(route) and not ranks_asked(route, records.text, records.citations)
