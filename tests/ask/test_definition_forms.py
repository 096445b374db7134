"""A term's meaning asked in other forms, and defined in passing (made-up plans)."""

from __future__ import annotations

from kfp_assistant.ask.definitions import answer_definition, asks_definition, definitions_in, names_asked_term
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Chunk
from kfp_assistant.sv.english import in_swedish_terms
from tests.ask.chunks import plan_chunk

TERMS = plan_chunk(
    "Ordlista\n"
    "Kortare frånvaro – frånvaro dag 1–7 i en period.\n"
    "Långtidsfrånvaro – frånvaro som varat längre än 90 dagar i följd.\n"
    "Lugna pass – arbetspass med högst sex timmars arbete och rast efter halva passet.",
    chunk_id="d:6",
)
PROSE = plan_chunk(
    "Långtidsfrånvaron, det vill säga frånvaro längre än 90 dagar, var 3 procent.\n"
    "Avslut ska ske med värdskap, det vill säga att den som slutar talar väl om oss.\n"
    "Landstinget Norrby, det vill säga länets sjukhus, omfattas av planen.\n"
    "Syftet med lärande i vardagen handlar om att det som lärs på kurs används i arbetet.\n"
    "Varje yrke bedöms på en skala där underskott innebär att tjänster står tomma i mer än ett halvår.",
    chunk_id="d:2",
)
OLDER = plan_chunk("Syftet med jobbskuggning är att nya medarbetare följer en kollega en vecka.", "old:3")


def _answer(question: str, chunks: list[Chunk] | None = None, scope: list[str] | None = None) -> str | None:
    route_ = route(question, []).model_copy(update={"plans": ["d"], "scope": scope or ["d"]})
    by_doc = {"d": chunks or [PROSE, TERMS], "old": [OLDER]}
    found = answer_definition(route_, lambda doc: by_doc[doc], None, lambda _c: "Planen")
    return None if found is None else found[0]


def test_what_counts_as_a_figure_asked_in_everyday_words_is_the_glossary_line_of_that_figure() -> None:
    answer = _answer("Vad räknas som långtidssjukskriven i Norrby?") or ""
    assert "varat längre än 90 dagar i följd" in answer  # the glossary line, not the sentence in passing
    english = in_swedish_terms("What counts as long-term sick leave?")
    assert "längre än 90 dagar" in (_answer(english) or "")
    assert "längre än 90 dagar" in (
        _answer("Hur länge måste man vara sjuk för att räknas som långtidssjuk?") or ""
    )


def test_a_count_or_a_list_of_what_counts_asks_no_definition() -> None:
    assert not asks_definition("Hur många räknas som långtidssjuka?")
    assert not asks_definition("Vilka yrken räknas som bristyrken?")
    assert asks_definition("Vad räknas som bristyrke?")


def test_a_word_explained_in_passing_defines_it_but_a_name_explained_does_not() -> None:
    assert "den som slutar talar väl om oss" in (_answer("Vad menas med värdskap?") or "")
    terms = {d.term for d in definitions_in([PROSE])}
    assert "Långtidsfrånvaron" in terms and "värdskap" in terms and "Norrby" not in terms
    assert "används i arbetet" in (_answer("Vad menar de med lärande i vardagen?") or "")
    assert "står tomma" in (_answer("Vad menar de med att det är 'underskott' på ett yrke?") or "")


def test_what_is_x_in_the_plans_own_form_is_its_definition_the_definite_form_asks_the_figure() -> None:
    assert "högst sex timmars arbete" in (_answer("Vad är lugna pass i Norrby?") or "")
    assert _answer("Vad är långtidsfrånvaron i Norrby?") is None  # the figure, answered elsewhere


def test_an_older_version_defines_the_term_only_when_the_plan_asked_about_does_not() -> None:
    answer = _answer("Vad menas med jobbskuggning?", scope=["d", "old"])
    assert answer is not None and "följer en kollega" in answer
    assert "följer en kollega" not in (_answer("Vad menas med värdskap?", scope=["d", "old"]) or "")


def test_a_meaning_the_plan_does_not_define_is_not_answered_by_sentences_off_the_term() -> None:
    assert not names_asked_term(
        "Vad menas med långtidssjukfrånvaro?", "Vi utökar antalet utbildningsplatser."
    )
    assert names_asked_term(
        "Vad menas med långtidssjukfrånvaro?", "Långtidssjukfrånvaron har ökat till 3 procent."
    )
    assert names_asked_term(
        "Vad menas med långtidssjukskrivning?", "Den långa sjukfrånvaron ökar."
    )  # its figure
    assert names_asked_term("Hur många slutade?", "Vi utökar antalet utbildningsplatser.")  # no meaning asked
