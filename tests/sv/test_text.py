"""Questions typed without å, ä, ö are read with the plans' spelling."""

from __future__ import annotations

from kfp_assistant.sv.text import folded_forms
from kfp_assistant.sv.words import respell_by_stem, tokenize


def test_words_typed_without_swedish_letters_are_spelled_as_the_plans_spell_them() -> None:
    plans = "De sökande upplever långa svarstider. Äldreomsorgen är stor och har år av erfarenhet."
    forms = folded_forms(tokenize(plans))  # the word index's stems
    asked = "Vad tycker de sokande om aldreomsorgen, vad ar problemet och har de svarat?"
    assert respell_by_stem(asked, forms) == (
        "Vad tycker de sökande om äldreomsorgen, vad ar problemet och har de svarat?"
    ), "'ar' is 'är' typed plainly (a stopword), not 'år'; 'har' is a word of its own"
    assert respell_by_stem("Sokande", forms) == "Sökande"
    assert respell_by_stem("sökande och ÄLDREOMSORGEN", forms) == "sökande och ÄLDREOMSORGEN"
    assert respell_by_stem("aldreomsorgens", forms) == "äldreomsorgens"  # another ending, same stem
