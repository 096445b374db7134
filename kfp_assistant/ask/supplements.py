"""The text shown under a records answer: a nuance the records lack (a target, a group), or the prose
behind a figure whose only quote is a table row.

In: the scored passages of the plans, the records answer's text and key figures. Out: the passages to add,
each plan's best first.
"""

from __future__ import annotations

from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.records_text import stated_numbers
from kfp_assistant.ask.units import MIN_CITABLE
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.metrics import metrics_in

# How far below the floor a sentence naming an open question's whole subject may be (see supplements).
TOPIC_BELOW = 0.1
_MIN_WORDS = 5


def supplements(
    passages: list[Passage],
    shown_text: str,
    figures: list[KeyFigure],
    *,
    floor: float,
    per_plan: int | None,
    limit: int,
    numbers_first: bool,
    topic: set[str] | None = None,
) -> list[Passage]:
    """Sentences of the text to show under a records answer: a nuance the records lack (a target,
    a group), or the prose behind a figure whose only quote is a table row.

    A sentence is left out when the answer already shows it, or holds a figure's quote and states
    no number the answer does not already show (it would only repeat the figure). A sentence
    stating the value of a figure quoted from a table row comes first; then, if `numbers_first`,
    sentences stating a number; then by support. A sentence naming every `topic` stem (an open
    question's subject, "socialsekreterare" in "vad gör de för att behålla socialsekreterare?") needs
    TOPIC_BELOW less support: the question's other words name the area in everyday language.
    """
    quotes = [f.quote for f in figures if len(f.quote) >= MIN_CITABLE and "|" not in f.quote]
    table_values = {f.value for f in figures if "|" in f.quote}

    def key(p: Passage) -> tuple[bool, bool, float]:
        numbers = stated_numbers(p.text)
        return (bool(numbers & table_values), numbers_first and bool(numbers), p.score)

    known = stated_numbers(shown_text)

    def repeats(p: Passage) -> bool:
        return p.text in shown_text or (any(q in p.text for q in quotes) and stated_numbers(p.text) <= known)

    def enough(p: Passage) -> bool:
        if not topic:
            return p.score >= floor
        # A lone table cell ("Socialsekreterare") names the subject but says nothing that is done.
        sentence = len(p.text.split()) >= _MIN_WORDS
        return sentence and p.score >= floor - (TOPIC_BELOW if topic <= p.terms else 0.0)

    rows = {(f.doc_id, f.metric, f.value) for f in figures if "|" in f.quote}

    def prose_of_row(p: Passage) -> bool:
        """Whether a sentence of the plan states a table-row figure's value and names its metric ("…
        sjönk till 8,6 procent 2025" beside »2025 | 74 | 53 | 17 | 8,6 %«): shown whatever the question's
        words (an English question's words name nothing in it)."""
        numbers = stated_numbers(p.text) if "|" not in p.text else set()
        named = set(metrics_in(p.text)) if numbers else set()
        return any(d == p.chunk.doc_id and v in numbers and m in named for d, m, v in rows)

    fresh = [p for p in passages if (enough(p) or prose_of_row(p)) and not repeats(p)]
    out: list[Passage] = []
    counts: dict[str, int] = {}
    for p in sorted(fresh, key=key, reverse=True):
        if per_plan is not None and counts.get(p.chunk.doc_id, 0) >= per_plan:
            continue
        if any(p.text == o.text for o in out):
            continue
        counts[p.chunk.doc_id] = counts.get(p.chunk.doc_id, 0) + 1
        out.append(p)
        if len(out) == limit:
            break
    return out
