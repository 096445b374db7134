"""English questions on two versions of a plan put in the Swedish words the version comparison reads
(sv.english_glossary): what was dropped or remains, whether a figure went up or down, "between the two
plans" (a phrase with a number word, which the question has in Swedish by then); made-up wording."""

from __future__ import annotations

from kfp_assistant.ask.changes import asks_for_changes
from kfp_assistant.ask.route import Route
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.versus import asks_versus


def test_dropped_and_remaining_items_are_changes_between_versions() -> None:
    dropped = in_swedish_terms("Which activities were dropped from the new plan of Norrby?")
    assert "tagits bort" in dropped and asks_versus(dropped)
    remain = in_swedish_terms("Which gaps remain in the latest plan?")
    assert "finns kvar" in remain and asks_versus(remain)


def test_a_phrase_holding_a_number_word_still_matches() -> None:
    both = in_swedish_terms("Has turnover gone up or down between the two plans of Norrby?")
    assert "ökat eller minskat" in both and "mellan planerna" in both
    assert "båda planerna" in in_swedish_terms("Compare the two plans of Norrby")
    assert "inom fem år" in in_swedish_terms("How many retire within five years?")


def test_what_is_new_against_an_older_version_named_is_a_change_between_versions() -> None:
    assert asks_versus("Vilka insatser är nya jämfört med 2023-2025?")
    assert asks_versus(in_swedish_terms("Which of Norrby's activities are new compared with 2023-2025?"))
    assert asks_versus("Finns det några nya åtgärder sedan förra planen?")
    assert not asks_versus("Vilka nya medarbetare har anställts sedan 2023?"), "new staff, no new version"


def test_items_also_in_the_earlier_version_are_what_both_hold() -> None:
    both = Route(
        question="vilka av dem fanns med i förra planen också?", intent="compare", target="gaps",
        administrations=["Parknämnden"], plans=["a", "b"],
    )  # fmt: skip
    assert asks_for_changes(both)
