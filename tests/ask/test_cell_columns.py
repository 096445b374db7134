"""Table cells chosen by a column the question names by a word and a year ("frånvaron bland kockar
2024" of "Frånvaro 2023, % | Frånvaro 2024, %"), by a word naming a rating column ("prognos 2029 för
elektriker": "Mycket svårt"), and rows written as a part of the row above ("– korttid dag 1–14")."""

from __future__ import annotations

from kfp_assistant.ask.figure_groups import group_unnamed
from kfp_assistant.ask.router import route
from kfp_assistant.sv.assessments import asks_difficulty
from tests.ask.test_cells import ask, catalog, plan, table

BY_OCCUPATION = table(
    [
        ["Yrke", "Anställda", "Frånvaro 2023, %", "Frånvaro 2024, %"],
        ["Lokalvårdare", "64", "9,4", "8,1"],
        ["Kock", "31", "6,2", "7,5"],
    ],
    "Frånvaro i de största yrkena",
)


def test_a_year_picks_one_of_the_columns_its_word_names_alike() -> None:
    plans = [plan("a", BY_OCCUPATION)]
    text = ask("Vad var frånvaron bland kockarna 2024?", plans) or ""
    assert "Frånvaro 2024, %: 7,5" in text and "6,2" not in text
    both = ask("Hur hög är frånvaron bland lokalvårdare?", plans) or ""
    assert "9,4" in both and "8,1" in both, "no year asked: the measure over every year the row gives"
    assert ask("Vad var frånvaron bland kockarna 2021?", plans) is None, "a year the table has no column of"


RATED = table(
    [
        ["Yrkesgrupp", "Antal", "Läge i dag", "Prognos 2029", "Kommentar"],
        ["Elektriker", "12", "Svårt", "Mycket svårt", "Få sökande i länet"],
        ["Vaktmästare", "40", "Lätt", "Medel", "Stabil grupp"],
    ],
    "Bemanning per yrkesgrupp",
)


def test_a_rating_column_named_by_its_word_gives_its_cell() -> None:
    plans = [plan("a", RATED)]
    text = ask("prognos 2029 för elektriker?", plans) or ""
    assert "Prognos 2029: Mycket svårt" in text and "Vaktmästare" not in text and "Läge i dag" not in text
    assert ask("kommentar om vaktmästare", plans) is None, "free text is no rating: answered elsewhere"
    assert ask("prognos 2031 för elektriker?", plans) is None, "no column of that year"


def test_a_row_marked_as_part_of_the_one_above_is_named_with_it() -> None:
    cells = table(
        [
            ["Mått", "2023", "2024"],
            ["Frånvaro totalt, %", "7,0", "6,6"],
            ["– korttid dag 1–14, %", "2,9", "2,7"],
            ["– långtid dag 60–, %", "3,1", "2,8"],
        ],
        "Nyckeltal",
    )
    plans = [plan("a", cells)]
    text = ask("Hur hög var långtidsfrånvaron 2023?", plans) or ""
    assert "2023: 3,1" in text and "2,9" not in text and "7,0" not in text


def test_recruiting_asked_as_how_it_goes_or_looks_is_a_difficulty_question() -> None:
    assert asks_difficulty("Hur tror nämnden att det blir att hitta elektriker framöver?")
    assert asks_difficulty("Vilka möjligheter finns att anställa kockar?")
    assert asks_difficulty("Hur bedömer de läget för att rekrytera vaktmästare?")
    assert asks_difficulty("How hard will it be to hire electricians?")
    assert not asks_difficulty("Hur många kockar går det att anställa i år?")
    assert not asks_difficulty("Hur arbetar nämnden för att rekrytera kockar?")


def test_a_group_typed_without_a_ring_or_dots_is_named_by_the_plans_word() -> None:
    plans = [plan("a", BY_OCCUPATION)]
    r = route("Vad var personalomsättningen bland bistandshandläggare 2024?", catalog(plans))
    assert not group_unnamed(r, "Biståndshandläggare | 64 | 9,4 | 8,1")
    assert group_unnamed(r, "Kock | 31 | 6,2 | 7,5")


def test_an_age_band_written_with_a_leading_dash_is_no_part_of_the_row_above() -> None:
    cells = table(
        [["Ålder", "Antal"], ["Totalt", "100"], ["–29 år", "12"], ["30–49 år", "50"]], "Åldersstruktur"
    )
    text = ask("Hur många är under 30 år?", [plan("a", cells)]) or ""
    assert "12" in text and "100" not in text


def test_two_columns_each_named_by_its_own_word_are_both_given() -> None:
    cells = table(
        [
            ["År", "Frånvaro totalt", "Korttid dag 1–14", "Långtid dag 60–"],
            ["2023", "6,1", "2,4", "2,9"],
            ["2024", "5,8", "2,2", "2,7"],
        ],
        "Frånvaro per år",
    )
    text = ask("och 2024, hur mycket var korttid resp. långtid?", [plan("a", cells)]) or ""
    assert "2,2" in text and "2,7" in text and "2,4" not in text and "5,8" not in text


def test_a_trend_column_named_by_its_word_gives_its_cell() -> None:
    cells = table(
        [
            ["Yrkesgrupp", "Bedömning", "Trend", "Kommentar"],
            ["Elektriker", "Svårt", "Försämrat", "Få sökande"],
            ["Vaktmästare", "Lätt", "Oförändrat", "Stabil grupp"],
        ],
        "Rekryteringsläge",
    )
    text = ask("hur ser trenden ut för vaktmästare?", [plan("a", cells)]) or ""
    assert "Trend: Oförändrat" in text and "Elektriker" not in text
