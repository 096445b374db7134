"""Questions in everyday Swedish put in the words plans write; plan words, versions and quotes kept."""

from __future__ import annotations

import pytest

from kfp_assistant.sv.areas import area_phrases, areas_in_question
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.everyday import in_plan_words
from kfp_assistant.sv.thesaurus import family_pattern
from kfp_assistant.sv.words import tokenize


@pytest.mark.parametrize(
    ("question", "plan_word"),
    [
        ("Får man jobba hemifrån ibland?", "distansarbete"),
        ("Vad är vanligaste skälet till att folk säger upp sig?", "orsaken till att folk slutar"),
        ("Hur många sa upp sig i fjol?", "slutade på egen begäran"),
        ("Hur många byter jobb varje år?", "personalomsättning"),
        ("Vad gör de för nya sköterskor?", "sjuksköterskor"),
        ("Hur tungt är arbetsbördan för cheferna?", "arbetsbelastning"),
        ("Vad gör de med kontoren?", "lokaler"),
        ("Hur många har nämnden tagit in i år?", "rekryterat"),
        ("Hur tar de emot nya?", "nyanställda"),
        ("Vad gör de för att nya ska komma in i jobbet?", "nyanställda ska introduceras"),
        ("Vad gör de för att folk inte ska sluta?", "ska stanna kvar"),
        ("Hur många blev anställda i fjol?", "rekryterades"),
        ("Hur mycket är folk borta från jobbet?", "frånvaro"),
        ("Får personalen gå kurser?", "utbildning"),
    ],
)
def test_everyday_words_become_the_plans_words(question: str, plan_word: str) -> None:
    assert plan_word in in_plan_words(question)


@pytest.mark.parametrize(
    "question",
    [
        "Vad är nytt i förra planen vs nya?",  # "nya" is the version here
        "Vilka nya aktiviteter finns?",
        "Hur ska de ta in synpunkter från medarbetarna?",  # no recruitment
        "Hur många undersköterskor finns det?",  # a word of its own, not "sköterskor"
        "Hur används 'jobba hemma' i planen?",  # quoted from a plan
        "Hur fungerar Jobba i staden?",  # a system's name
    ],
)
def test_plan_words_versions_and_quotes_stay(question: str) -> None:
    assert in_plan_words(question) == question


def test_a_short_stem_meets_its_compounds_by_its_thesaurus_family() -> None:
    (lon,) = tokenize("lönerna")
    pattern = family_pattern(lon, tokenize)
    assert pattern is not None and pattern.search("se över lönestrukturen")
    (slut,) = tokenize("slutar")
    pattern = family_pattern(slut, tokenize)
    assert pattern is None or not pattern.search("de som lämnar nämnden"), "a ring's other words are no form"
    assert family_pattern("xyzzy", tokenize) is None


def test_a_misspelt_hr_word_is_put_right_by_the_plans_words() -> None:
    plans = frozenset(tokenize("Vi vill att medarbetare ska stanna kvar och att personalen är borta sällan."))
    assert "stanna kvar" in in_plan_words("Hur får de folk att stana kvar?", plans)
    assert in_plan_words("Hur får de folk att stana kvar?") == "Hur får de folk att stana kvar?", "no plans"
    assert "borta" in in_plan_words("Hur ofta är de borta?", frozenset(tokenize("korta"))), "first letters"
    assert "Stana" in in_plan_words("Stana kvar?", plans), "a capital is a name"


def test_english_numbers_in_words_are_written_as_plans_write_them() -> None:
    assert "inom fem år" in in_swedish_terms("How many will turn 65 within five years?")
    assert "fyller 65" in in_swedish_terms("How many will turn 65 within five years?")
    assert "55" in in_swedish_terms("How many are fifty-five or older?")
    assert "hur stor andel av" in in_swedish_terms("What share of the staff are women?")


def test_what_someone_is_doing_for_a_thing_asks_what_they_do() -> None:
    assert "vad gör board för att attrahera" in in_swedish_terms(
        "What is the board doing to attract new people?"
    )
    assert "vad gör de åt" in in_swedish_terms("What do they do about sick leave?")


def test_staying_on_is_the_keep_area_and_no_topic_of_its_own() -> None:
    assert areas_in_question("Vad gör de för att folk ska vilja stanna kvar?") == ["Behålla"]
    assert "kvar" in " ".join(area_phrases("Vad gör de för att folk ska vilja stanna kvar?"))
