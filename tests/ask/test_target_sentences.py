"""A figure asked against its target ("nådde de personalomsättningsmålet?"): the plan's sentence stating
the target is shown beside the figure, a target of another figure or another plan is not."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.target_sentences import target_sentences
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.targets import asks_against_target
from tests.ask.chunks import plan_chunk


@pytest.mark.parametrize(
    ("question", "against"),
    [
        ("Nådde Parknämnden sitt personalomsättningsmål förra året?", True),
        ("Klarade de målet för andelen heltidsanställda 2024?", True),
        ("Did they meet the target for sick leave?", True),  # as its Swedish terms are routed
        ("Vad är målet för personalomsättningen?", False),  # the target alone
        ("Hur hög var personalomsättningen 2024?", False),
        ("Vilket måldatum har aktiviteten och nåddes det?", False),  # a date, no target of a figure
    ],
)
def test_a_figure_asked_against_its_target(question: str, against: bool) -> None:
    assert asks_against_target(in_swedish_terms(question)) is against


def _turnover(doc: str) -> KeyFigure:
    return KeyFigure(
        file="plan.pdf", doc_id=doc, administration="Parknämnden", period=None, metric="turnover_pct",
        value=11.2, unit="percent", page=1, quote="Personalomsättningen var 11,2 procent 2024.",
    )  # fmt: skip


def _passage(text: str, doc: str, score: float) -> Passage:
    return Passage(chunk=plan_chunk(text, f"{doc}:0"), text=text, page=1, score=score)


def test_the_target_of_the_shown_figure_in_its_plan_is_shown() -> None:
    stated = _passage("Målsättningen är att personalomsättningen ska understiga 10 procent.", "p", 0.3)
    other_metric = _passage("Målet för sjukfrånvaron är högst 5 procent.", "p", 0.9)
    other_plan = _passage("Vårt mål är en personalomsättning under 8 procent.", "q", 0.9)
    no_target = _passage("Personalomsättningen har ökat sedan 2022.", "p", 0.8)
    found = target_sentences([other_metric, other_plan, no_target, stated], [_turnover("p")], "")
    assert [p.text for p in found] == [stated.text]
    assert target_sentences([stated], [_turnover("p")], f"… {stated.text} …") == [], "shown already"
