"""Numbers asked ahead of the data (made-up plans): outcomes of the years before the plan's period do not
answer "hur många väntas gå i pension under planperioden?"; the plan's forecast does."""

from __future__ import annotations

from kfp_assistant.ask.forecasts import misses_the_forecast
from kfp_assistant.ask.records_text import counted_words
from kfp_assistant.ask.router import route
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.periods import asks_forecast, before_plan


def _retirements(value: float, as_of: str) -> KeyFigure:
    return KeyFigure(
        file="plan.pdf", doc_id="d", administration="X", period="2026-2028", metric="retirements",
        value=value, unit="count", page=2, quote=f"Pensionsavgångar {as_of}: {value:g}", as_of=as_of,
    )  # fmt: skip


def test_outcomes_before_the_plan_do_not_answer_a_forecast() -> None:
    asked = route("Hur många beräknas gå i pension de kommande åren?", [])
    assert asks_forecast(asked.question)
    assert misses_the_forecast(asked, [_retirements(14, "2024"), _retirements(11, "2025")], "")
    assert not misses_the_forecast(asked, [_retirements(52, "2026-2028")], "")
    past = route("Hur många gick i pension 2025?", [])
    assert not misses_the_forecast(past, [_retirements(11, "2025")], "")
    assert before_plan("2025", "2026-2028") and not before_plan("2026", "2026-2028")


def test_a_forecast_asked_in_english_or_with_a_passive_verb() -> None:
    assert asks_forecast(in_swedish_terms("How many staff are expected to retire?"))
    assert counted_words("Hur många sjuksköterskor beräknas sluta?") == [["sjuksköterskor"]]
