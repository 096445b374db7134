"""Why- and how-questions in everyday words (router and ask/meaning.py), on made-up questions and plan
text: a cause asked is an explanation answered by the sentence giving the cause; measures asked are
no figure; meaning chooses among sentences on the topic."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.meaning import by_meaning, on_topic
from kfp_assistant.ask.router import route
from kfp_assistant.sv.why import asks_cause, gives_cause
from kfp_assistant.sv.words import join_particle_verbs, tokenize
from tests.ask.chunks import plan_chunk


@pytest.mark.parametrize(
    "question",
    [
        "Vad beror den höga sjukfrånvaron på?",
        "Vad beror det på att personalomsättningen ökat?",
        "Hur kommer det sig att så många slutar?",
        "Vad är den främsta orsaken till att sjukfrånvaron ökar?",
        "Vad leder bristen på sjuksköterskor till?",
        "Vad har bristen på vikarier lett till?",
        "Vad menar de med heltid som norm?",
        "Hur arbetar de med att minska antalet timanställda?",
        "Hur ska förvaltningen minska personalomsättningen?",
    ],
)
def test_a_cause_an_effect_or_the_measures_asked_is_no_figure(question: str) -> None:
    assert route(question, []).intent in ("explain", "list")  # list: the activities answer measures


@pytest.mark.parametrize(
    "question",
    [
        "Hur mycket har sjukfrånvaron minskat?",
        "Hur många har slutat under året?",
        "Vad var personalomsättningen 2024?",
        "Hur hög är andelen heltidsanställda?",
    ],
)
def test_figure_questions_stay_figures(question: str) -> None:
    assert route(question, []).intent == "figure"


def test_why_questions_and_causal_sentences_are_recognised() -> None:
    assert asks_cause("Varför slutar så många?") and asks_cause("Vad är anledningen till bristen?")
    assert asks_cause("vad leder bristen till") and not asks_cause("Hur många slutar?")
    assert gives_cause("Ökningen beror främst på längre sjukskrivningar.")
    assert gives_cause("Enheten är sårbar eftersom varje uppgift sköts av en person.")
    assert gives_cause("Många går i pension, vilket gör att behovet ökar.")
    assert not gives_cause("Sjukfrånvaron var 5,2 procent 2024.")


# Made-up plan text: the reason is given by the second sentence, the first repeats the question's words.
_PLAN = (
    "Sjukfrånvaron i förvaltningen var 6,1 procent under året, jämfört med 5,3 procent året före.\n"
    "Ökningen av sjukfrånvaron beror främst på långa sjukskrivningar i två av enheterna."
)


def _similar(scores: dict[str, float]):  # type: ignore[no-untyped-def]
    return lambda texts: [scores.get(t, 0.8) for t in texts]


def test_a_why_question_is_answered_by_the_sentence_giving_the_cause() -> None:
    passages = sorted(
        score_chunk(plan_chunk(_PLAN), set(tokenize("sjukfrånvaron förvaltningen")), 0.85),
        key=lambda p: -p.score,
    )
    assert "beror" not in passages[0].text  # by words the figure sentence leads
    # meaning puts the figure sentence first too: without the cause asked, it stays first
    similar = _similar({passages[0].text: 0.9})
    assert by_meaning(passages, similar)[0][0].text == passages[0].text
    assert "beror" in by_meaning(passages, similar, gives=gives_cause)[0][0].text


def test_meaning_chooses_among_sentences_on_the_topic() -> None:
    topic = plan_chunk("Planen följs upp två gånger per år av ledningen. Planen revideras varje år.", "d:1")
    elsewhere = plan_chunk("Syftet med planen är att ge en gemensam bild av behoven.", "d:0")
    tokens = set(tokenize(join_particle_verbs("hur följs den upp")))  # as the question's content words
    passages = sorted(
        score_chunk(elsewhere, tokens, 0.85) + score_chunk(topic, tokens, 0.85), key=lambda p: -p.score
    )
    kept = {p.text for p in on_topic(passages, tokens)}
    assert "Planen revideras varje år." in kept  # beside the topic, though naming none of its words
    assert not any("Syftet" in t for t in kept)  # near in tone only
    near = _similar({"Syftet med planen är att ge en gemensam bild av behoven.": 0.95})
    assert "följs upp" in by_meaning(passages, near, tokens=tokens)[0][0].text
    # a question word no sentence names: the topic is not found, meaning chooses among all
    assert on_topic(passages, tokens | {"lön"}) == passages


def test_the_words_naming_an_area_by_a_particle_verb_pick_no_rows() -> None:
    from kfp_assistant.ask.list_topic import topic_stems
    from kfp_assistant.ask.passages import content_tokens

    question = "Hur tar de emot nyanställda?"
    route_ = route(question, [])
    assert route_.areas == ["Introducera"]
    # "tar … emot" is the noun "mottag…" among the question's stems: it names the area, not a topic
    assert topic_stems(route_, content_tokens(question, route_)) == set()


@pytest.mark.parametrize(
    "question",
    [
        "Vad gör det svårt att rekrytera ingenjörer?",
        "Vad är tanken bakom mentorskapet?",
        "Hur resonerar de kring AI?",
    ],
)
def test_what_makes_it_hard_the_idea_behind_and_reasoning_are_explanations(question: str) -> None:
    assert route(question, []).intent == "explain"


def test_how_an_area_is_worked_with_is_asked_by_its_verb() -> None:
    route_ = route("Hur introduceras nyanställda på förvaltningen?", [])
    assert route_.open_question and route_.areas == ["Introducera"] and route_.target == "activities"
    assert not route("Hur utvecklas sjukfrånvaron?", []).open_question  # a trend, not an area's work


def test_a_what_is_question_is_not_answered_by_a_sentence_only_naming_the_term() -> None:
    from kfp_assistant.ask.compose import compose_extractive

    chunk = plan_chunk(
        "Förvaltningen behöver stärka kompetensen inom följande områden:\n- Kolibri och Excel\n"
        "- Statistik och analys\n\nLedarskap är viktigt för alla chefer."
    )
    question = "vad är kolibri?"
    route_ = route(question, [])
    passages = sorted(score_chunk(chunk, set(tokenize("kolibri")), 0.9), key=lambda p: -p.score)
    assert passages[0].text == "Kolibri och Excel"  # by words the item leads
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=frozenset({"hypergen"})
    )
    assert composed.not_found and "Kolibri" not in composed.text
    # a sentence saying something about the term answers
    said = plan_chunk("Kolibri är stadens system för uppföljning av verksamhetens mål och budget.")
    passages = score_chunk(said, set(tokenize("kolibri")), 0.9)
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=frozenset({"hypergen"})
    )
    assert not composed.not_found and "stadens system" in composed.text


def test_a_what_is_follow_up_does_not_filter_the_list_before() -> None:
    from kfp_assistant.ask.followup import resolve_followup

    first = route("Vilka kompetensbehov har förvaltningen?", [])
    assert first.target == "gaps"
    assert resolve_followup("vad är kolibri?", [first], []).target is None
    # a pronoun pointing back still asks of the answer before
    assert resolve_followup("och vad är det i procent?", [first], []).target == "gaps"


def test_a_forecast_answers_an_effect_asked_but_is_no_cause() -> None:
    from kfp_assistant.sv.why import asks_effect

    forecast = "Barnantalet minskar de närmaste åren, därefter förväntas det öka igen."
    assert not gives_cause(forecast) and gives_cause(forecast, effect=True)
    assert asks_effect("Hur ska den nya strukturen göra det bättre för cheferna?")
    assert not asks_effect("Varför är avslutssamtal viktiga?")


@pytest.mark.parametrize(
    "question",
    [
        "Hur bedömde de sina kompetensbehov?",
        "Var är gapen störst?",
        "Hur har förvaltningen identifierat behoven?",
    ],
)
def test_how_a_list_was_arrived_at_or_where_it_is_greatest_is_no_list(question: str) -> None:
    assert route(question, []).intent == "explain"


def test_digitalisation_is_told_by_digital_and_the_idea_behind_is_how_it_asks() -> None:
    from kfp_assistant.sv.words import degree_base, question_stems, text_stems

    (asked,) = tokenize("digitaliseringen")
    assert degree_base(asked) in text_stems("Den digitala utvecklingen ger nya möjligheter.")
    assert set(tokenize("tanken bakom")) <= question_stems()
