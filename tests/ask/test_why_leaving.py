"""Why people leave, asked in everyday words and told by a plan in its own (made-up plan text)."""

from __future__ import annotations

from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.meaning import credited, metric_topic
from kfp_assistant.ask.passages import content_tokens, search_text
from kfp_assistant.ask.router import route
from kfp_assistant.sv.numbers import states_number
from kfp_assistant.sv.why import LEAVING_WORDS, asks_leaving, explains_outright, gives_asked, gives_cause
from tests.ask.chunks import plan_chunk

_PLAN = plan_chunk(
    "Handläggarna uppskattar sina kollegor och möjligheten att påverka.\n"
    "Rörligheten är störst bland handläggare med kort erfarenhet, som ofta går till konsultbolag.\n"
    "Handläggarna ska få ett mentorsprogram under 2027."
)


def test_leaving_asked_in_everyday_words_is_a_topic_plans_write_as_turnover_or_mobility() -> None:
    for question in ("Varför slutar handläggarna?", "Varför tappar förvaltningen folk?", "Varför lämnar de?"):
        assert asks_leaving(question), question
    assert not asks_leaving("Varför är sjukfrånvaron hög?")
    route_ = route("Varför slutar handläggarna?", [])
    assert route_.intent == "explain" and LEAVING_WORDS in search_text(route_.question, route_)
    topic = metric_topic(route_)
    assert (
        topic is not None
        and topic("Rörligheten är störst bland handläggare")
        and not topic("Vi har 40 handläggare")
    )


def test_the_sentence_on_mobility_is_credited_with_the_leaving_word_and_ranks_first() -> None:
    question = "Varför slutar handläggarna?"
    route_ = route(question, [])
    tokens = content_tokens(question, route_)
    passages = sorted(score_chunk(_PLAN, tokens, 0.8), key=lambda p: -p.score)
    ranked = credited(passages, question, route_, tokens)
    assert ranked[0].text.startswith("Rörligheten är störst")


def test_a_cause_named_in_a_compound_or_driven_by_is_a_cause() -> None:
    assert gives_cause("Egen begäran var den vanligaste avgångsorsaken.")
    assert gives_cause("Omsättningen drivs framför allt av ingenjörer som går till konsultbolag.")
    assert not gives_cause("Omsättningen var 9 procent.")


def test_a_count_spelt_out_before_what_it_counts_states_an_amount() -> None:
    assert states_number("Förvaltningen gjorde elva externa rekryteringar under året.")
    assert states_number("Vi anställde tolv sjuksköterskor.")
    assert not states_number("De tre största riskerna beskrivs nedan.")
    assert not states_number("Under året ska avdelningen rekrytera till två nyinrättade tjänster.")


def test_an_order_asked_is_answered_by_the_sentence_giving_the_order() -> None:
    question = "I vilken ordning tillsätts lediga tjänster?"
    assert gives_asked(question, "Enligt turordningen följer: 1. Omplacering, 2. Annonsering.")
    assert not gives_asked(question, "Vi har många lediga tjänster.")


def test_whether_something_is_counted_in_a_figure_asks_the_plans_sentence_on_what_it_includes() -> None:
    question = "Räknas det med när folk byter jobb internt i personalomsättningen?"
    assert explains_outright(question)
    assert gives_asked(question, "Statistiken exkluderar intern rörlighet inom förvaltningen.")
    assert not explains_outright("Vilka yrken ingår i planen?")  # no figure: a list


def test_who_leaves_is_no_topic_word_of_why_people_leave() -> None:
    question = "Varför slutar folk?"
    assert content_tokens(question, route(question, [])) == content_tokens(
        "Varför slutar de?", route(question, [])
    )
