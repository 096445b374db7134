"""Figures of an age group asked in prose words (made-up plans): a share or count of staff above an age
is a real figure, answered by the sentence stating it, whatever it goes on to say about pensions and
however the age is worded; a share is not answered by a count alone; a measure of a survey ("svarsfrekvens")
is not answered by the survey's index."""

from __future__ import annotations

from kfp_assistant.ask.compose import compose_extractive
from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_text import counted_words, misses_the_question
from kfp_assistant.ask.router import route
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.numbers import states_number, states_share
from kfp_assistant.sv.table_terms import bare_age_bands
from kfp_assistant.sv.words import tokenize
from tests.ask.chunks import plan_chunk


def _answer(question: str, text: str) -> str | None:
    """The extractive answer from one chunk of made-up plan text, None when it declines."""
    route_ = route(question, [])
    passages = score_chunk(plan_chunk(text), content_tokens(question, route_), 0.99)
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=frozenset(tokenize(text))
    )
    return None if composed.not_found else composed.text


_PROSE = (
    "Förvaltningen hade 820 anställda i oktober. Andelen anställda som är 58 år eller äldre är 17 procent,"
    " vilket ger många pensionsavgångar under perioden. Sjukfrånvaron var 6,2 procent."
)


def test_a_share_of_staff_above_an_age_is_answered_though_its_sentence_goes_on_about_pensions() -> None:
    for question in (
        "Hur stor andel av de anställda är 58 år eller äldre?",
        "Hur många procent av personalen är 58+?",
        "Hur stor andel av de anställda har fyllt 58?",
    ):
        answer = _answer(question, _PROSE)
        assert answer is not None and "17 procent" in answer, question


def test_an_age_asked_in_other_words_than_the_plans_is_matched_by_the_age() -> None:
    text = "Av de tillsvidareanställda är 96 personer 63 år eller äldre. Medelåldern är 47 år."
    answer = _answer("Hur många av medarbetarna har fyllt 63?", text)
    assert answer is not None and "96" in answer
    assert bare_age_bands("har fyllt 63").split() == bare_age_bands("63 år eller äldre").split() == ["63"]
    assert "dag 1-14" in bare_age_bands("sjukfrånvaro dag 1-14"), "days of sick leave are no age"


def test_a_share_is_not_answered_by_a_count_but_by_a_share_in_words() -> None:
    counted = "Nyckeltal\nMedarbetare 61 år eller äldre | 44\nPersonalomsättning | 8,1 %"
    assert _answer("Hur stor andel av personalen är 61 år eller äldre?", counted) is None
    in_words = "Var sjätte medarbetare är 61 år eller äldre, flest inom driften."
    answer = _answer("Hur stor del av personalen är 61 år eller äldre?", in_words)
    assert answer is not None and "Var sjätte" in answer
    assert states_share("Nio av 52 chefer är över 60 år.") and states_share("Hälften har fyllt 55.")
    assert not states_share("Medarbetare 61 år eller äldre: 44.")


def test_a_year_ending_a_clause_before_a_comma_is_no_amount() -> None:
    assert not states_number("Underlag: lönesystemet, enkäten 2024, och chefernas bedömningar.")
    assert states_number("Sjukfrånvaron var 2024,5 dagar")  # a number with a decimal comma


def test_a_survey_measure_other_than_its_index_is_not_answered_by_the_index() -> None:
    question = "Vilken svarsfrekvens hade medarbetarenkäten?"
    route_ = route(question, [])
    index = KeyFigure(
        file="plan.pdf", doc_id="d", administration="X", period=None, metric="ami_index", value=77,
        unit="index", page=2, quote="AMI blev 77 i medarbetarenkäten.", as_of="2025",
    )  # fmt: skip
    vocabulary = frozenset(tokenize("svarsfrekvensen fick ami medarbetarenkäten"))
    tokens = content_tokens(question, route_)
    assert misses_the_question(route_, tokens, [index], index.quote, vocabulary)
    asked_index = route("Vilket AMI fick de i medarbetarenkäten?", [])
    tokens = content_tokens(asked_index.question, asked_index)
    assert not misses_the_question(asked_index, tokens, [index], index.quote, vocabulary)


def test_a_name_after_the_counted_word_of_an_english_question_is_not_counted() -> None:
    assert counted_words(in_swedish_terms("How many nurses does Kalmar have?")) == [["sjuksköterskor"]]
    assert counted_words("Hur många personliga assistenter finns det?") == [["personliga", "assistenter"]]


def test_english_training_and_analysis_words_read_as_the_plans_swedish() -> None:
    swedish = in_swedish_terms("When is the data analysis training course due?")
    assert "dataanalys" in swedish and "utbildning" in swedish


def test_english_hr_words_read_as_the_plans_swedish_and_leave_no_function_word_counted() -> None:
    assert "månadsavlönade" in in_swedish_terms("How many monthly paid employees are there?")
    asked = in_swedish_terms("How many nurses at the clinic are 60 or older?")
    assert counted_words(asked) == [["sjuksköterskor"]]
    assert "svårast att rekrytera" in in_swedish_terms("Which roles are the most difficult to fill?")


def test_english_words_for_full_time_equivalents_hiring_and_postponing_read_as_the_plans_swedish() -> None:
    assert "årsarbetare" in in_swedish_terms("How many full-time equivalents of agency staff?")
    assert "heltid" in in_swedish_terms("How many work full-time?")
    assert "externa rekryteringar" in in_swedish_terms("How many were hired externally last year?")
    assert "skjuts upp" in in_swedish_terms("Why was the mentoring scheme put on hold?")


def test_english_names_of_administrations_by_their_field_read_as_the_swedish_name() -> None:
    assert "äldreförvaltningen" in in_swedish_terms(
        "What is the turnover at the Elderly Care Administration?"
    )
    assert "äldreförvaltningen" in in_swedish_terms("How many nurses does the elderly administration have?")
    assert "kyrkogårdsförvaltningen" in in_swedish_terms("Who leads the cemetery administration?")
    assert "äldreomsorg" in in_swedish_terms("How many work in elderly care?")


def test_english_follow_ups_read_as_the_swedish_follow_up_forms() -> None:
    assert in_swedish_terms("What about the culture administration?").startswith("och ")
    assert in_swedish_terms("How about 2023?").startswith("och ")
    assert "ökat" in in_swedish_terms("Why did it go up?")
    assert "minskat" in in_swedish_terms("Why did it go down?")
    assert "vad säger" in in_swedish_terms("What did the plan say about pensions?")
