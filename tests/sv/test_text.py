"""Questions typed without å, ä, ö are read with the plans' spelling."""

from __future__ import annotations

from kfp_assistant.ask.router import route
from kfp_assistant.sv.respelling import respell_by_stem
from kfp_assistant.sv.text import folded_forms
from kfp_assistant.sv.words import tokenize


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


def test_small_words_typed_without_swedish_letters_are_read_as_the_one_word_they_fold_from() -> None:
    forms = folded_forms(tokenize("Skolan har många lärare och år av erfarenhet."))
    assert respell_by_stem("hur manga larare pa skolan gar i pension nar?", forms) == (
        "hur många lärare på skolan gar i pension när?"
    )
    # folds shared by two words stay as typed: "har"/"här", "vara"/"våra", "for" (of "fara"), "ar"/"år"
    asked = "vad har de for larare, ar det sa, ska vi vara kvar?"
    assert respell_by_stem(asked, forms) == "vad har de for lärare, ar det sa, ska vi vara kvar?"
    # ... unless the context settles it: "for att" is "för att"
    assert respell_by_stem("vad gor skolan for att behalla larare?", forms).endswith(
        "för att behalla lärare?"
    )
    assert respell_by_stem("For att", forms) == "För att"


def test_a_small_word_folding_like_a_word_of_the_plans_is_left_as_typed() -> None:
    forms = folded_forms(tokenize("Kontoret ligger vid ån."))  # the plans' "ån" folds like "än"
    assert respell_by_stem("fler an i fjol pa kontoret?", forms) == "fler an i fjol på kontoret?"
    assert respell_by_stem("Pa kontoret", forms) == "På kontoret"


def test_a_question_typed_without_swedish_letters_gets_the_accented_questions_route() -> None:
    forms = folded_forms(tokenize("Många sjuksköterskor på förvaltningen fyller år."))
    for typed, accented in [
        (
            "hur manga sjukskoterskor pa forvaltningen ar over 60?",
            "hur många sjuksköterskor på förvaltningen är över 60?",
        ),
        ("nar gar fler an tio i pension?", "när går fler än tio i pension?"),
    ]:
        folded, plain = route(respell_by_stem(typed, forms), []), route(accented, [])
        assert (folded.intent, folded.metrics, folded.target) == (plain.intent, plain.metrics, plain.target)
