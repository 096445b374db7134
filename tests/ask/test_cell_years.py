"""Table cells picked by a year said relative to the one talked about, or by a span since a year."""

from __future__ import annotations

from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.router import route
from tests.ask.test_cells import ask, plan, table


def test_a_year_relative_to_the_one_talked_about_picks_its_column() -> None:
    cells = table(
        [
            ["Mått", "2024", "2025"],
            ["Sjukfrånvaro, %", "6,1", "5,9"],
            ["Korttidssjukfrånvaro, %", "2,8", "2,5"],
        ],
        "Personalen i siffror",
    )
    plans = [plan("a", cells)]
    first = ["Hur hög var sjukfrånvaron i Skarpnäck 2025?"]
    assert "2024: 2,8" in (ask("och korttidsfrånvaron året innan?", plans, first) or "")
    assert "2025: 5,9" in (
        ask("och året efter?", plans, ["Hur hög var sjukfrånvaron i Skarpnäck 2024?"]) or ""
    )
    text = ask("Hur hög var korttidssjukfrånvaron förra året?", plans) or ""
    assert "2024: 2,8" in text and "2,5" not in text, "the year before the latest the table states"


def test_a_figure_follow_up_a_year_later_is_not_asked_of_the_words_year_after() -> None:
    from kfp_assistant.ask.passages import content_tokens

    first = route("Hur många anställda hade Skarpnäck 2024?", [])
    then = resolve_followup("och året efter?", [first], [])
    assert then.requested_periods == ["2025"] and content_tokens(then.question, then) == set()


def test_a_change_since_a_year_shows_that_year_and_those_after() -> None:
    cells = table(
        [["Nyckeltal", "2022", "2023", "2024"], ["Medelålder (år)", "46,0", "45,6", "45,1"]],
        "Tabellen visar nyckeltalen för tre år.",
    )
    plans = [plan("a", cells)]
    since = ask("Hur har medelåldern förändrats sedan 2023?", plans) or ""
    assert "2023: 45,6; 2024: 45,1" in since and "2022" not in since.split("–")[-1]
    assert "2024: 45,1" not in (ask("Vad var medelåldern 2023?", plans) or ""), "a bare year is that year"
