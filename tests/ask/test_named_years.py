"""A bare year past a plan's period (ask.scope.with_named_years): reportable when the plans in scope name it
in their stored text (a forecast table's later columns), declined when none of them does, and a year only
another administration's plan names does not count. Made-up plans and wording, over a real word index."""

from __future__ import annotations

from kfp_assistant.ask.route import Route
from kfp_assistant.ask.router import route
from kfp_assistant.ask.scope import unknown_periods_note, with_named_years
from kfp_assistant.store.lexical import LexicalIndex

CATALOG = [
    {"doc_id": "bygg", "administration": "Byggnadsförvaltningen", "period": "2026-2028"},
    {"doc_id": "hamn", "administration": "Hamnförvaltningen", "period": "2026-2028"},
]
TEXTS = {
    "bygg": [
        "Beräknade pensionsavgångar per år | 2026 | 2027 | 2028 | 2029 | 2030",
        "Ingenjörer | 3 | 2 | 4 | 5 | 6",
    ],
    "hamn": ["Vi följer utvecklingen fram mot målbilden för 2035."],
}
WORDS = LexicalIndex.from_texts(TEXTS)


class _Words:
    """The word index as the answerer's store offers it."""

    def lexical_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        return WORDS.search(query, k, doc_ids)


def _asked(question: str) -> Route:
    return with_named_years(route(question, CATALOG), _Words())


def test_a_year_past_the_period_in_a_forecast_table_is_reported() -> None:
    question = "Hur många ingenjörer lämnar Byggnadsförvaltningen för pension år 2030?"
    assert route(question, CATALOG).unknown_periods == ["2030"]  # past the period: refused before
    assert _asked(question).unknown_periods == []


def test_a_year_no_plan_of_the_administration_names_is_declined() -> None:
    for year in ("2015", "2041"):
        r = _asked(f"Hur många ingenjörer lämnar Byggnadsförvaltningen för pension år {year}?")
        assert r.unknown_periods == [year]
        assert f"inga uppgifter för {year}" in unknown_periods_note(r)


def test_a_year_only_another_administration_names_does_not_count() -> None:
    r = _asked("Hur många ingenjörer lämnar Byggnadsförvaltningen för pension år 2035?")
    assert r.unknown_periods == ["2035"]
    # the administration that names it has the year reported
    question = "Vad skriver Hamnförvaltningen om år 2035?"
    assert route(question, CATALOG).unknown_periods == ["2035"]
    assert _asked(question).unknown_periods == []
