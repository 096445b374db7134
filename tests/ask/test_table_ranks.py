"""Which row of a table ranks first ("vilken yrkesgrupp har flest …"), on small hand-made tables."""

from __future__ import annotations

from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.router import route
from kfp_assistant.ask.table_ranks import answer_from_ranking
from kfp_assistant.schema import PlanRecords
from kfp_assistant.sv.superlatives import lowest_first, superlative_of
from tests.ask.test_cells import catalog, plan, table

AGES = table(
    [
        ["Yrke", "Totalt", "-34 år", "35-54 år", "55-64 år", "65- år"],
        ["Sjuksköterska", "120", "30", "60", "22", "8"],
        ["Fysioterapeut", "25", "10", "10", "4", "1"],
        ["Lokalvårdare", "60", "5", "25", "20", "10"],
        ["Kock", "20", "4", "11", "4", "1"],
    ],
    "Anställda per yrke och ålder",
)
RETIREMENTS = table(
    [
        ["Enhet", "2026", "2027"],
        ["Enheten för äldreomsorg", "7", "4"],
        ["Enheten för förskola", "3", "9"],
        ["Totalt", "10", "13"],
    ],
    "Beräknade pensionsavgångar per enhet",
    index=1,
)


def ask(question: str, plans: list[PlanRecords]) -> str | None:
    answer = answer_from_ranking(route(question, catalog(plans)), plans)
    return None if answer is None else answer.text


def test_the_top_row_of_an_age_column_comes_first_and_every_row_is_cited() -> None:
    plans = [plan("a", AGES)]
    r = route("Vilken yrkesgrupp i Skarpnäck har flest anställda som är 65 år eller äldre?", catalog(plans))
    answer = answer_from_ranking(r, plans)
    assert answer is not None
    assert "Högst" in answer.text and "**Lokalvårdare**, 10 [1]" in answer.text
    assert answer.text.index("- Lokalvårdare") < answer.text.index("- Sjuksköterska")
    assert len(answer.citations) == 4
    assert answer.citations[0].quote == "Lokalvårdare | 60 | 5 | 25 | 20 | 10"


def test_least_a_band_over_two_columns_is_summed_and_ties_are_all_named() -> None:
    plans = [plan("a", AGES)]
    text = ask("Vilket yrke har lägst antal medarbetare över 55?", plans)
    assert text is not None and "Lägst" in text
    assert "**Fysioterapeut och Kock**, 5" in text  # 4 + 1 each
    assert "- Lokalvårdare: 30" in text


def test_no_column_named_ranks_by_the_total_column() -> None:
    text = ask("Vilken yrkesgrupp är störst?", [plan("a", AGES)])
    assert text is not None and "**Sjuksköterska**, 120" in text


def test_a_year_column_of_a_table_by_unit() -> None:
    text = ask("Vilken enhet har flest pensionsavgångar 2027?", [plan("a", AGES + RETIREMENTS)])
    assert text is not None and "**Enheten för förskola**, 9" in text
    assert "Totalt" not in text.split("I ordning:")[1]  # the total row is not ranked


def test_a_year_or_a_measure_no_table_states_is_no_answer() -> None:
    plans = [plan("a", AGES + RETIREMENTS)]
    assert ask("Vilken enhet har flest pensionsavgångar 2031?", plans) is None
    assert ask("Vilken yrkesgrupp har flest sjukdagar?", plans) is None


def test_other_questions_are_not_superlatives() -> None:
    assert superlative_of("Hur många sjuksköterskor finns det?") is None
    assert superlative_of("Vilka yrken har minst 55 anställda?") is None  # "at least", not "fewest"
    found = superlative_of("Vilken enhet har färst pensionsavgångar?")
    assert found is not None and found.least and found.kind == "enhet"


def test_english_superlative_is_answered_from_swedish_labels() -> None:
    text = ask("Which occupation has the most staff under 35?", [plan("a", AGES)])
    assert text is not None and "**Sjuksköterska**, 30" in text


def test_the_years_of_a_named_row_are_ranked_and_the_row_cited_once() -> None:
    figures = table(
        [["Nyckeltal", "2022", "2023", "2024"], ["Sjukfrånvaro, %", "6,1", "6,8", "6,4"]],
        "Nyckeltal",
        index=2,
    )
    answer = answer_from_ranking(
        route("Vilket år var sjukfrånvaron lägst?", catalog([plan("a", figures)])), [plan("a", figures)]
    )
    assert answer is not None and "**2022**, 6,1" in answer.text
    assert len(answer.citations) == 1 and answer.citations[0].quote.startswith("Sjukfrånvaro")


def test_a_follow_up_ranks_by_the_earlier_question_s_topic() -> None:
    plans = [plan("a", AGES + RETIREMENTS)]
    known = catalog(plans)
    first = route("Hur många pensionsavgångar väntas 2027?", known)
    follow = resolve_followup("Vilken enhet har flest?", [first], known)
    answer = answer_from_ranking(follow, plans)
    assert answer is not None and "**Enheten för förskola**, 9" in answer.text


def test_which_way_a_comparison_ranks() -> None:
    assert lowest_first("Vem har högst sjukfrånvaro, A eller B?") is False
    assert lowest_first("Har A färre anställda än B?") is True
    assert lowest_first("Har A minst 60 anställda?") is None  # "at least", no ranking
    assert lowest_first("Hur många anställda har A?") is None


def test_a_table_of_years_does_not_answer_which_group_ranks_first() -> None:
    by_year = table(
        [["Mått", "2023", "2024", "2025"], ["Sjukfrånvaro, %", "6,1", "7,4", "5,9"]],
        "Sjukfrånvaro per år",
        index=2,
    )
    plans = [plan("a", by_year)]
    assert ask("Vilken avdelning har högst sjukfrånvaro?", plans) is None  # years are no departments
    text = ask("Vilket år var sjukfrånvaron högst?", plans)
    assert text is not None and "**2024**" in text
