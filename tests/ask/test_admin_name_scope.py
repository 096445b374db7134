"""A figure's group is chosen by the question's own words for it, never by the words of the
administration's name: "sjukfrånvaron på skolförvaltningen" asks of the whole administration even
when a unit's name ("Skola och elevhälsa") shares a part of it (made-up plan)."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.schema import KeyFigure, PlanRecords
from kfp_assistant.sv.words import tokenize

_ADMIN = "Skolförvaltningen"


def _figure(value: float, scope: str | None) -> KeyFigure:
    return KeyFigure(
        file="skol.pdf", doc_id="s", administration=_ADMIN, period="2026-2028", metric="sick_leave_pct",
        value=value, unit="percent", page=4, quote=f"Sjukfrånvaro {scope or 'totalt'}: {value:.1f} %",
        as_of="2025", scope=scope,
    )  # fmt: skip


def _first_figure_line(question: str) -> str:
    plan = PlanRecords(
        doc_id="s", file="skol.pdf", administration=_ADMIN, period="2026-2028",
        figures=[
            _figure(4.1, "Skola och elevhälsa"), _figure(6.3, None), _figure(5.2, "Stödenheten Skolstöd")
        ],
    )  # fmt: skip
    routed = route(question, [{"doc_id": "s", "administration": _ADMIN, "period": "2026-2028"}])
    answered = answer_from_records(routed, [plan], set(tokenize(question)))
    assert answered is not None
    return next(line for line in answered.text.splitlines() if line.startswith("- "))


@pytest.mark.parametrize(
    "question",
    ["Hur hög är sjukfrånvaron på skolförvaltningen?", "Vad är sjukfrånvaron inom Skolförvaltningen?"],
)
def test_the_administrations_own_name_asks_for_its_whole_figure(question: str) -> None:
    assert "(2025)" in _first_figure_line(question)


def test_a_unit_named_by_its_own_words_comes_first() -> None:
    assert "(2025, Stödenheten Skolstöd)" in _first_figure_line(
        "Hur hög är sjukfrånvaron på stödenheten Skolstöd?"
    )
    assert "(2025, Skola och elevhälsa)" in _first_figure_line(
        "Hur hög är sjukfrånvaron på elevhälsa inom skolförvaltningen?"
    )
