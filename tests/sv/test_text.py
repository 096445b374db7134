"""Questions typed without å, ä, ö are read with the plans' spelling."""

from __future__ import annotations

from kfp_assistant.sv.text import folded_forms, restore_letters


def test_words_typed_without_swedish_letters_are_spelled_as_the_plans_spell_them() -> None:
    plans = "De sökande upplever långa svarstider. Äldreomsorgen är stor och har år av erfarenhet."
    forms = folded_forms(plans.lower().replace(".", "").split())
    asked = "Vad tycker de sokande om aldreomsorgen, vad ar problemet och har de svarat?"
    assert restore_letters(asked, forms) == (
        "Vad tycker de sökande om äldreomsorgen, vad ar problemet och har de svarat?"
    ), "'ar' could be 'är' or 'år': left as typed; 'har' is a word of its own"
    assert restore_letters("Sokande", forms) == "Sökande"
    assert restore_letters("sökande och ÄLDREOMSORGEN", forms) == "sökande och ÄLDREOMSORGEN"
