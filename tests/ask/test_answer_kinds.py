"""Kinds of offline answering failure, each on made-up sentences: lists phrased with another degree of an
adjective, open questions about what is done, loose matches to unanswerable questions."""

from __future__ import annotations

from kfp_assistant.ask.compose import about_year, compose_extractive
from kfp_assistant.ask.definitions import defines_term
from kfp_assistant.ask.evidence import load_model
from kfp_assistant.ask.extractive import Passage, found_terms, score_chunk
from kfp_assistant.ask.passages import area_stems, content_tokens, search_text
from kfp_assistant.ask.router import route
from kfp_assistant.ask.supplements import supplements
from kfp_assistant.sv.words import degree_base, term_named, text_stems, tokenize
from tests.ask.chunks import plan_chunk as _chunk

# -- (a) list questions: another degree of the same adjective ----------------------------------


def test_degrees_of_an_irregular_adjective_meet_at_one_stem() -> None:
    assert degree_base(tokenize("största")[0]) == degree_base(tokenize("stora")[0])
    assert degree_base(tokenize("högre")[0]) == degree_base(tokenize("hög")[0])
    assert degree_base(tokenize("äldst")[0]) == degree_base(tokenize("äldre")[0])
    assert {"stor", "störst"} <= text_stems("de största enheterna")
    assert degree_base("kompetens") == "kompetens", "other words are left as they are"


def test_a_superlative_question_finds_the_sentence_with_the_positive() -> None:
    question = "Vilka är de största personalgrupperna i kommunen?"
    tokens = content_tokens(question, route(question, []))
    sentence = (
        "Kommunen har några stora personalgrupper såsom lärare (30 %), kockar (8 %) och vaktmästare (5 %)."
    )
    assert tokens <= found_terms(tokens, sentence)


# -- (b) open questions: the sentences on the subject, with what follows ------------------------


def test_an_open_question_gets_the_sentences_naming_its_subject() -> None:
    topic = set(tokenize("tolkar"))
    tokens = topic | set(tokenize("stanna"))
    text = (
        "Enheten fortsätter arbetet med en handlingsplan för tolkar och deras arbetsvillkor. "
        "Under våren bildas också en arbetsgrupp med fackliga företrädare.\nTolkar"
    )
    passages = sorted(score_chunk(_chunk(text), tokens, 0.7), key=lambda p: -p.score)
    assert all(p.score < 0.62 for p in passages), "half the question's words: below the floor"
    plain = supplements(passages, "", [], floor=0.62, per_plan=None, limit=4, numbers_first=False)
    assert plain == []
    chosen = supplements(
        passages, "", [], floor=0.62, per_plan=None, limit=4, numbers_first=False, topic=topic
    )
    assert [p.text for p in chosen] == [passages[0].text], "the lone cell 'Tolkar' says nothing done"
    assert chosen[0].follow.startswith("Under våren bildas")


def test_an_open_question_about_an_area_reads_the_areas_section() -> None:
    question = "Vad gör de för att locka folk till hemtjänsten?"
    route_ = route(question, [])
    assert route_.open_question and route_.areas == ["Attrahera"]
    tokens = content_tokens(question, route_)
    assert tokens == area_stems(route_) | set(tokenize("hemtjänsten")), "the area's name for 'locka folk'"
    text = "Hemtjänsten besöker gymnasieskolor och mässor varje vår."
    under_area = score_chunk(_chunk(text, section="Hemtjänst > Attrahera"), tokens, 0.8, area_stems(route_))
    elsewhere = score_chunk(_chunk(text, section="Hemtjänst > Lokaler"), tokens, 0.8, area_stems(route_))
    assert under_area[0].terms == tokens and elsewhere[0].terms == set(tokenize("hemtjänsten"))
    assert "Attrahera" in search_text(question, route_)


# -- (c) unanswerable questions: parts of compounds, glossaries, nothing asked shown -----------


def test_the_first_part_of_a_question_compound_does_not_name_it() -> None:
    words = set(tokenize("Alla kockar har en utbildning i hygien."))
    assert not term_named(tokenize("kockutbildningar")[0], {tokenize("kockar")[0]})
    assert term_named(tokenize("hygien")[0], words)
    assert term_named(tokenize("lön")[0], {tokenize("lönesamtal")[0]}) is False, "short stems match whole"
    assert term_named(tokenize("avslut")[0], set(tokenize("avslutssamtal"))), (
        "a compound of the stem names it"
    )


def test_a_glossary_entry_is_recognised() -> None:
    assert defines_term("Korttidsfrånvaro – Frånvaro dag 1–14 i en sjukperiod.")
    assert defines_term("Bemanningsgrad - Andelen bemannade pass.")
    assert not defines_term("Sjukfrånvaron var 6 % – en ökning sedan förra året.")
    assert not defines_term("Förvaltningen har många stora yrkesgrupper – Främst lärare.")


def test_a_figure_question_is_not_answered_by_a_glossary_entry() -> None:
    question = "Hur hög är korttidsfrånvaron i kommunen?"
    route_ = route(question, [])
    chunk = _chunk(
        "Korttidsfrånvaro – Frånvaro dag 1–14 i en sjukperiod. Kompetensgap – Skillnaden mellan behov."
    )
    passages = score_chunk(chunk, content_tokens(question, route_), 0.9)
    vocabulary = frozenset(tokenize(chunk.text))
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=vocabulary
    )
    assert composed.not_found


def test_a_question_about_what_no_plan_writes_is_declined_when_nothing_asked_is_shown() -> None:
    question = "Berätta om körkortsbehörigheten."
    route_ = route(question, [])
    chunk = _chunk("Förvaltningen har totalt 412 tillsvidareanställda medarbetare i oktober.")
    passages = score_chunk(chunk, content_tokens(question, route_), 0.95)
    vocabulary = frozenset(tokenize(chunk.text))
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=vocabulary
    )
    assert composed.probability is not None and composed.probability >= load_model().threshold
    assert composed.not_found, "the search agrees on the passage, but it holds nothing the question asks"
    assert composed.features["coverage"] == 0.0 and composed.features["absent"] > 0


# -- routing: compounds of a record kind, "hur tar de hand om", one side of a comparison ---------


def test_a_compound_of_activity_asks_for_activities_and_how_questions_explain() -> None:
    listed = route("Vilka utbildningsinsatser har förvaltningen?", [])
    assert listed.intent == "list" and listed.target == "activities"
    how = route("Hur tar skolan hand om nyanställda?", [])
    # a how-question that names a metric's word is not a figure question: taking care of new hires is
    # the introduction area, answered by its activities (as "hur tar de emot nyanställda?")
    assert how.intent == "list" and how.areas == ["Introducera"], how
    assert route("Hur många nyanställda har skolan?", []).intent == "figure"


def test_a_period_of_one_compared_administration_keeps_the_other() -> None:
    catalog = [
        {"doc_id": "a1", "administration": "Farsta stadsdelsförvaltning", "period": "2021"},
        {"doc_id": "a2", "administration": "Farsta stadsdelsförvaltning", "period": "2025-2027"},
        {"doc_id": "b1", "administration": "Kulturnämnden", "period": None},
    ]
    compared = route("Jämför hur Kulturnämnden och Farsta (2021 års plan) tar emot praktikanter.", catalog)
    assert compared.intent == "compare"
    assert sorted(compared.plans) == ["a1", "b1"]


def test_what_is_hard_to_find_asks_for_the_competence_needs() -> None:
    for question in (
        "Vilka yrken har skolan svårt att få tag på?",
        "Vilka kompetenser saknas i kommunen?",
        "Vilka befattningar är svåra att rekrytera?",
    ):
        assert route(question, []).target == "gaps", question
    assert route("Hur många rekryteringar gjordes?", []).target != "gaps"


def test_a_year_asked_carries_over_from_the_sentence_before_to_one_naming_no_year() -> None:
    chunk = _chunk("x")

    def sentence(text: str, before: str) -> Passage:
        return Passage(chunk=chunk, text=text, page=1, score=1.0, before=before)

    of_2024 = "Under 2024 rapporterades 310 avvikelser."
    assert about_year(sentence("I 52 av dem gällde det hot.", of_2024), ["2024"])
    assert about_year(sentence(of_2024, ""), ["2024"])
    assert not about_year(sentence("Under 2022 gällde 40 avvikelser hot.", of_2024), ["2024"])
    assert not about_year(sentence("I 52 av dem gällde det hot.", "Så var det 2022."), ["2024"])


def test_a_distribution_is_told_by_its_groups_counts_not_only_by_the_mean() -> None:
    question = "Hur ser åldersstrukturen ut i förvaltningen?"
    route_ = route(question, [])
    assert route_.metrics == ["average_age"]  # the metric that sums a distribution of ages up
    chunk = _chunk("Åldersstrukturen är ojämn: 120 medarbetare är under 30 och 340 är över 50.")
    passages = score_chunk(chunk, content_tokens(question, route_), 0.9)
    vocabulary = frozenset(tokenize(chunk.text))
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=vocabulary, decide=False
    )
    assert "340 är över 50" in composed.text
