"""English questions on two versions of a plan put in the Swedish words the version comparison reads
(sv.english_glossary): what was dropped or remains, whether a figure went up or down, "between the two
plans" (a phrase with a number word, which the question has in Swedish by then); made-up wording."""

from __future__ import annotations

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
