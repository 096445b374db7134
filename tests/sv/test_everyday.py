"""Questions in everyday Swedish put in the words plans write; plan words, versions and quotes kept."""

from __future__ import annotations

import pytest

from kfp_assistant.sv.everyday import in_plan_words


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
