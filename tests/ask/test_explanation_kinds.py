"""Explanations of a kind (sv/why.py, router, ask/meaning.py) on made-up questions and plan text: what
happens if something is not done is told by the plan's consequence sentence, how a figure was arrived
at by its method sentence, which need ranks first by its priority sentence, a cause by a sentence
naming the figure in other words; none of them by a list or a figure."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.meaning import by_meaning, metric_topic
from kfp_assistant.ask.router import route
from kfp_assistant.sv.why import asks_kind, asks_prose, explains_outright, gives_asked, gives_cause
from kfp_assistant.sv.words import degree_base, question_stems, text_stems, tokenize
from tests.ask.chunks import plan_chunk


@pytest.mark.parametrize(
    "question",
    [
        "Vad händer om bristen på handläggare kvarstår?",
        "vad händer om man inte åtgärdar gapen inom äldreomsorgen",
        "Vad riskerar förvaltningen om kompetensbristerna inte åtgärdas?",
        "Vilka konsekvenser får det om bristerna inte åtgärdas?",
        "Vad blir följden om insatserna uteblir?",
        "Hur har förvaltningen räknat fram hur många som går i pension?",
        "Hur räknar de ut pensionsavgångarna?",
        "Hur har Norr-Söderby räknat antalet rekryteringar?",  # a hyphenated name between
        "Hur tog nämnden reda på vilka kompetenser som saknas?",
        "Vad bygger analysen av behoven på?",
        "Vilka kompetensgap bedöms som mest kritiska?",
        "Vilka brister prioriterar nämnden högst?",
    ],
)
def test_a_consequence_a_method_or_a_priority_asked_is_an_explanation(question: str) -> None:
    routed = route(question, [])
    assert asks_prose(question) and routed.intent == "explain"
    assert routed.target is None and not routed.open_question  # no list of gaps or activities


@pytest.mark.parametrize(
    "question",
    [
        "Hur många beräknas gå i pension under perioden?",
        "Hur ofta mäts sjukfrånvaron?",
        "Vilka prioriterade kompetensområden finns i planen?",
        "Vad hände med aktiviteten om mentorskap?",
        "Vilka yrkesgrupper riskerar sämre arbetsmiljö?",
    ],
)
def test_a_figure_a_list_or_a_status_asked_is_none_of_those(question: str) -> None:
    assert not asks_prose(question)


def test_a_why_question_with_a_comparative_of_one_administration_asks_the_cause() -> None:
    assert explains_outright("Varför har förvaltningen färre visstidsanställda nu?")
    assert route("Varför har förvaltningen färre visstidsanställda nu?", []).intent == "explain"
    assert not explains_outright("Jämför varför sjukfrånvaron skiljer sig")  # a comparison asked in words


def test_each_kind_is_given_by_its_own_sentences() -> None:
    consequence = "Vad händer om bristen kvarstår?"
    assert gives_asked(consequence, "Om bristen kvarstår riskerar väntetiderna att öka.")
    assert gives_asked(consequence, "Annars finns en risk för högre sjukfrånvaro.")
    assert not gives_asked(consequence, "Bristen gäller framför allt erfarna handläggare.")
    method = "Hur har de räknat fram pensionsavgångarna?"
    assert gives_asked(method, "Beräkningen utgår från att alla går i pension vid 66 års ålder.")
    assert gives_asked(method, "Prognosen bygger på åldersstrukturen i personalsystemet.")
    assert not gives_asked(method, "Under perioden går 40 medarbetare i pension.")
    priority = "Vilka behov är mest kritiska?"
    assert gives_asked(priority, "Behov 2 och 3 bedöms som mest angelägna och ska prioriteras under 2026.")
    assert not gives_asked(priority, "Behoven är grupperade efter verksamhetsområde.")
    assert gives_asked("Varför är sjukfrånvaron hög?", "Sjukfrånvaron hänger samman med arbetsmiljön.")
    assert gives_cause("Den viktigaste förklaringen är att lönerna är högre i grannkommunerna.")
    assert asks_kind(priority) and not asks_kind("Hur många går i pension?")


# Made-up plan text: a figure sentence repeating the question's word leads by words; the consequence
# sentence names the topic too.
_PLAN = (
    "Bristen på erfarna handläggare är störst inom ekonomiskt bistånd.\n"
    "Om bristen inte åtgärdas riskerar handläggningstiderna att bli längre än en månad."
)


def _similar(scores: dict[str, float]):  # type: ignore[no-untyped-def]
    return lambda texts: [scores.get(t, 0.8) for t in texts]


def test_meaning_prefers_the_sentence_of_the_kind_asked() -> None:
    question = "Vad händer om bristen på handläggare kvarstår?"
    passages = sorted(
        score_chunk(plan_chunk(_PLAN), set(tokenize("bristen handläggare")), 0.85), key=lambda p: -p.score
    )
    assert "riskerar" not in passages[0].text
    similar = _similar({passages[0].text: 0.9})
    assert by_meaning(passages, similar)[0][0].text == passages[0].text
    ranked, _ = by_meaning(passages, similar, gives=lambda t: gives_asked(question, t))
    assert "riskerar" in ranked[0].text


def test_a_cause_naming_the_figure_in_other_words_is_on_the_topic() -> None:
    plan = (
        "Sjukfrånvaron hänger samman med den höga arbetsbelastningen på enheterna.\n"
        "De långa sjukskrivningarna gäller främst medarbetare över 50 år."
    )
    question = "Varför är det så mycket sjukskrivningar?"
    routed = route(question, [])
    assert routed.metrics == ["sick_leave_pct"]
    passages = sorted(
        score_chunk(plan_chunk(plan), set(tokenize("sjukskrivningar")), 0.85), key=lambda p: -p.score
    )
    assert "hänger" not in passages[0].text and not passages[1].terms  # names no question word
    assert not passages[1].before_terms  # nor follows a sentence that does
    similar = _similar({passages[0].text: 0.9})
    gives = lambda t: gives_asked(question, t)  # noqa: E731
    assert by_meaning(passages, similar, gives=gives)[0][0] is passages[0]  # off the words' topic
    ranked, _ = by_meaning(passages, similar, gives=gives, topic=metric_topic(routed))
    assert "hänger" in ranked[0].text


def test_a_why_follow_up_keeps_the_figure_talked_about_as_its_topic() -> None:
    first = route("Hur hög är sjukfrånvaron på förvaltningen?", [])
    follow = resolve_followup("varför har det ökat?", [first], [])
    assert follow.intent == "explain" and not follow.metrics  # not the figure again
    topic = metric_topic(follow)
    assert topic is not None and topic("Ökningen förklaras av fler långa sjukskrivningar inom hemtjänsten.")
    # the change asked by its verb is told by its noun
    (asked,) = tokenize("ökat")
    assert degree_base(asked) in text_stems("Ökningen förklaras av fler långa sjukskrivningar.")


def test_a_cause_right_after_a_sentence_on_the_topic_is_near_it() -> None:
    plan = (
        "Personalomsättningen har ökat igen under året.\n"
        "Den viktigaste förklaringen är att grannkommunerna erbjuder högre löner.\n"
        "Planen gäller i tre år."
    )
    question = "vad beror det på?"
    tokens = set(tokenize("personalomsättningen"))
    passages = sorted(score_chunk(plan_chunk(plan), tokens, 0.85), key=lambda p: -p.score)
    similar = _similar({passages[0].text: 0.9})
    ranked, _ = by_meaning(passages, similar, gives=lambda t: gives_asked(question, t))
    assert "förklaringen" in ranked[0].text
    assert set(tokenize("beror")) <= question_stems()  # how it asks, no topic of its own


def test_a_sentence_naming_the_figure_or_giving_the_kind_is_credited_with_those_words() -> None:
    from kfp_assistant.ask.meaning import credited
    from kfp_assistant.ask.passages import answer_tokens

    plan = (
        "Under perioden går 40 medarbetare i pension.\n"
        "Beräkningen utgår från att alla går i pension vid 66 års ålder.\n"
        "Sjukfrånvaron hänger samman med den höga arbetsbelastningen."
    )
    question = "Hur har nämnden räknat fram pensionsavgångarna?"
    routed = route(question, [])
    tokens = answer_tokens(question, routed)
    passages = sorted(score_chunk(plan_chunk(plan), tokens, 0.85), key=lambda p: -p.score)
    method = next(p for p in credited(passages, question, routed, tokens) if "Beräkningen" in p.text)
    assert "räkn" in method.terms  # "räknat" asked, "Beräkningen utgår från" written
    assert "räkn" not in next(p for p in passages if "Beräkningen" in p.text).terms
    why = "Varför är det så mycket sjukskrivningar?"
    routed = route(why, [])
    tokens = answer_tokens(why, routed)
    passages = sorted(score_chunk(plan_chunk(plan), tokens, 0.85), key=lambda p: -p.score)
    best = credited(passages, why, routed, tokens)[0]
    assert "hänger" in best.text and best.terms >= tokens


def test_a_word_for_a_figure_is_no_sign_of_an_unknown_topic_in_an_explanation_only() -> None:
    from kfp_assistant.ask.evidence import salient_stems

    why = "Varför är korttidsfrånvaron ett problem?"
    assert not any(t.startswith("korttidsfrånvar") for t in salient_stems(why, route(why, [])))
    count = "Hur hög är korttidsfrånvaron?"
    assert any(t.startswith("korttidsfrånvar") for t in salient_stems(count, route(count, [])))


def test_a_cause_below_a_restated_figure_is_shown_next() -> None:
    plan = (
        "Omsättningen ökade från 9,1 procent till 11,0 procent under året.\n"
        "Omsättningen har alltså ökat för andra året i rad.\n"
        "Den viktigaste förklaringen är att grannkommunerna erbjuder högre löner."
    )
    question = "Varför ökade omsättningen?"
    tokens = set(tokenize("omsättningen ökade"))
    passages = sorted(score_chunk(plan_chunk(plan), tokens, 0.85), key=lambda p: -p.score)
    similar = _similar({passages[0].text: 0.95, passages[1].text: 0.9})
    ranked, nearest = by_meaning(passages, similar, gives=lambda t: gives_asked(question, t))
    # the figure leads by words and meaning, but the cause answers (told with its paragraph) and the
    # figure is shown next to it
    assert "förklaringen" in ranked[0].text
    assert nearest is not None and nearest.text == passages[0].text
