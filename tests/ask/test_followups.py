"""Follow-ups and later parts of a question, on made-up plans: the administration talked about stays,
a part asking a thing of its own does not take the figures asked before, and a pronoun pointing back
("vad handlade de om?") is about what the answer before quoted."""

from __future__ import annotations

from typing import Any

from kfp_assistant.ask.extractive import REFERENT, found_terms, score_chunk, select
from kfp_assistant.ask.followup import quoted, resolve_followup
from kfp_assistant.ask.grounds import add_grounds
from kfp_assistant.ask.passages import answer_tokens, content_tokens, referent_of
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Citation, Gap, PlanRecords, TableCell
from kfp_assistant.sv.targets import asks_for_target
from kfp_assistant.sv.words import join_particle_verbs, text_stems, tokenize
from tests.ask.chunks import plan_chunk

PLANS: list[dict[str, Any]] = [
    {"administration": "Kulturnämnden", "period": "2023-2025", "doc_id": "k23"},
    {"administration": "Kulturnämnden", "period": "2026-2028", "doc_id": "k26"},
    {"administration": "Idrottsnämnden", "period": "2026-2028", "doc_id": "i26"},
]


def test_a_question_of_its_own_in_a_chat_stays_with_the_administration_talked_about() -> None:
    first = route("Hur många pensionsavgångar väntas i Kulturnämnden de närmaste åren?", PLANS)
    then = resolve_followup("varför är det svårt att veta hur många som går?", [first], PLANS)
    assert then.administrations == ["Kulturnämnden"] and then.plans == ["k26"]
    assert then.intent == "explain" and then.metrics == [], "its topic is its own"
    assert first.question in then.context, "'det' points back: the question before is searched too"


def test_a_plan_version_talked_about_stays_the_one_meant() -> None:
    first = route("Hur hög var sjukfrånvaron i Kulturnämnden enligt förra planen?", PLANS)
    assert first.plans == ["k23"]
    then = resolve_followup("vad gjordes för att minska den korta frånvaron?", [first], PLANS)
    assert then.plans == ["k23"]


def test_a_bare_year_asks_of_figures_and_a_follow_up_stays_with_the_version_the_answer_drew_on() -> None:
    first = route("Vilken yrkesgrupp hade högst sjukfrånvaro i Kulturnämnden 2023?", PLANS)
    assert first.figure_years == ["2023"], "a bare year is the year of the figures, even a plan's period"
    assert route("Hur hög var sjukfrånvaron i Kulturnämndens plan 2023-2025?", PLANS).figure_years == []
    assert route("Vad säger planen 2023 om sjukfrånvaron i Kulturnämnden?", PLANS).figure_years == []
    answered = first.model_copy(update={"quoted": ["k23||Sjukfrånvaron 2023 var högst bland vaktmästare."]})
    then = resolve_followup("varför var den så hög?", [answered], PLANS)
    assert then.plans == ["k23"], "the version the answer quoted is the one talked about"
    unanswered = resolve_followup("varför var den så hög?", [first], PLANS)
    assert set(unanswered.doc_ids) == {"k23", "k26"}


def test_a_question_over_administrations_stands_alone() -> None:
    first = route("Hur hög är sjukfrånvaron i Kulturnämnden?", PLANS)
    then = resolve_followup("Vilka förvaltningar har brist på ljudtekniker?", [first], PLANS)
    assert then.administrations == [] and not then.followup


def test_a_part_asking_which_of_a_thing_does_not_take_the_figures_asked_before() -> None:
    first = route("Hur många timanställda har Kulturnämnden?", PLANS)
    assert first.metrics and first.target == "figures"
    then = resolve_followup("och vilka yrken är vanligast bland dem?", [first], PLANS)
    assert then.followup and then.administrations == ["Kulturnämnden"]
    assert then.metrics == [] and then.target is None and then.intent != "figure"
    # "vilka av dem" asks for some of the same records
    listed = route("Vilka aktiviteter har Kulturnämnden inom Rekrytera?", PLANS)
    narrowed = resolve_followup("vilka av dem har HR som ansvarig?", [listed], PLANS)
    assert narrowed.target == "activities" and narrowed.responsible == "HR"


def _citation(section: str, quote: str) -> Citation:
    return Citation(n=1, file="k.pdf", doc_id="k26", administration="Kulturnämnden", period="2026-2028",
                    page=3, section=section, quote=quote)  # fmt: skip


def test_a_pronoun_pointing_back_is_about_what_the_answer_before_quoted() -> None:
    said = "Under våren anmäldes 40 tillbud i verksamheternas system för avvikelser."
    first = route("Hur många tillbud anmäldes i Kulturnämnden under våren?", PLANS)
    first = first.model_copy(update={"quoted": quoted([_citation("Arbetsmiljö", said)], False)})
    then = resolve_followup("och vad gällde de mest?", [first], PLANS)
    assert then.referent == first.quoted
    assert REFERENT in answer_tokens(then.question, then) and REFERENT not in content_tokens(
        then.question, then
    )
    referent = referent_of(then)
    assert referent is not None
    text = (
        f"{said} De flesta tillbud gällde halkolyckor i entréerna.\n"
        "Föreningarna har fått nya lokaler i centrum under året."
    )
    chunk = plan_chunk(text, "k26:4", section="Arbetsmiljö")
    about = {p.text for p in score_chunk(chunk, answer_tokens(then.question, then), 0.5, referent=referent)
             if REFERENT in p.terms}  # fmt: skip
    assert about == {"De flesta tillbud gällde halkolyckor i entréerna."}, "the quoted one is said already"
    elsewhere = plan_chunk("De flesta tillbud gällde halkolyckor i entréerna.", "k26:9", section="Lokaler")
    assert not any(REFERENT in p.terms for p in score_chunk(elsewhere, {REFERENT}, 0.5, referent=referent))
    assert quoted([_citation("Arbetsmiljö", said)], True) == [], "a refusal quoted no answer"


def test_a_particle_verb_meets_its_noun() -> None:
    question = "Hur följs handlingsplanen upp i nämnden?"
    tokens = content_tokens(question, route(question, PLANS))
    assert "uppfölj" in tokens
    assert found_terms(tokens, "Personalenheten gör en uppföljning varje höst.") == {"uppfölj"}
    assert found_terms(tokens, "Handlingsplanen följs upp av enheten.") >= {"uppfölj"}
    assert "mottag" in text_stems("Enheten tar emot praktikanter.")
    assert join_particle_verbs("Vi tar upp frågan.") == "Vi tar upp frågan.", "no noun puts 'upp' before 'ta'"


def test_a_question_for_the_target_is_not_answered_by_the_outcome() -> None:
    assert asks_for_target("Vad var nämndens mål för sjukfrånvaron 2024?")
    assert asks_for_target(
        "hur hög är Kulturnämnden's mål for sjukfrånvaro in 2024?"
    )  # English, in Swedish terms
    assert not asks_for_target("Hur hög var sjukfrånvaron jämfört med målet?"), "the outcome is asked too"
    assert not asks_for_target("Vilket måldatum har aktiviteten?")
    assert not asks_for_target("Hur hög är sjukfrånvaron?")


def test_what_is_hoped_for_is_what_a_plan_expects() -> None:
    question = "Vad hoppas nämnden få ut av den nya bemanningsenheten?"
    tokens = content_tokens(question, route(question, PLANS))
    expects = "Genom bemanningsenheten förväntas vikarier kunna bokas samma dag."
    needs = "Med bemanningsenheten uppstår ett behov av rutiner."
    assert len(found_terms(tokens, expects)) > len(found_terms(tokens, needs))
    assert found_terms(tokens, "Förhoppningen är att vikarier kan bokas samma dag.") == found_terms(
        tokens, "Vikarier förväntas kunna bokas samma dag."
    )


def test_a_conclusion_is_shown_with_the_figures_it_rests_on() -> None:
    figures = plan_chunk(
        "Sjukfrånvaron har ökat något under året.\n"
        "De enheter som har haft högst sjukfrånvaro är kök och städ med 9 procent.\n"
        "Antalet anställda var 420 i december.",
        "d:1",
        section="Nyckeltal",
    )
    analysis = plan_chunk(
        "Utifrån ovanstående siffror konstateras att läget varierar. "
        "Insatser mot sjukfrånvaro bör därför riktas mot enheter inom kök och städ.",
        "d:5",
        section="Analys",
    )
    question = "Varför ska insatserna mot sjukfrånvaron riktas mot köket?"
    route_ = route(question, PLANS)
    tokens = content_tokens(question, route_)
    passages = sorted(
        [*score_chunk(analysis, tokens, 0.8), *score_chunk(figures, tokens, 0.7)], key=lambda p: -p.score
    )
    chosen = select(passages, tokens, budget=6, close=0.1, cover_floor=0.52, paragraph=5)
    assert chosen.shown.get("d:1", set()) == set(), "the figures share few words with the question"
    add_grounds(chosen, passages, budget=6)
    shown = {chosen.units[c][i].text for c, indices in chosen.shown.items() for i in indices}
    assert "De enheter som har haft högst sjukfrånvaro är kök och städ med 9 procent." in shown
    assert "Antalet anställda var 420 i december." not in shown


def _needs_plan() -> PlanRecords:
    common = {"file": "k.pdf", "doc_id": "k26", "administration": "Kulturnämnden", "period": "2026-2028"}
    rows = [
        ("Ljudtekniker", "Stort", "Få utbildas i regionen."),
        ("Bibliotekarier", "Litet", "Många sökande."),
    ]
    gaps = [Gap(**common, theme=None, text=name, page=4, quote=name) for name, *_ in rows]
    cells = [
        TableCell(**common, page=4, table=1, caption="Tabell 1. Behov", row=r, row_headers=[name],
                  column_header=header, value=value, number=None, unit=None, quote=" | ".join(row))
        for r, (name, *rest) in enumerate(rows)
        for header, value, row in zip(("Bedömt behov", "Kommentar"), rest, [rows[r]] * 2, strict=True)
    ]  # fmt: skip
    return PlanRecords(**common, gaps=gaps, cells=cells)


def test_a_question_about_one_need_gets_its_table_row() -> None:
    plan = _needs_plan()
    question = "Hur kritisk är bristen på ljudtekniker enligt Kulturnämnden?"
    route_ = route(question, PLANS)
    assert route_.target == "gaps"
    answer = answer_from_records(route_, [plan], content_tokens(question, route_))
    assert answer is not None
    assert "Ljudtekniker – Bedömt behov: Stort; Kommentar: Få utbildas i regionen." in answer.text
    assert "Bibliotekarier" not in answer.text
    assert answer.citations[0].quote == "Ljudtekniker | Stort | Få utbildas i regionen."
    listing = "Vilka kompetensbehov har Kulturnämnden förutom ljudtekniker?"
    listed = answer_from_records(
        route(listing, PLANS), [plan], content_tokens(listing, route(listing, PLANS))
    )
    assert listed is not None and "Bibliotekarier" in listed.text, "a list of all needs stays whole"


def test_a_risk_or_a_cause_asks_for_the_reasoning_not_a_figure() -> None:
    for question in (
        "Vad är risken med många timanställda i Kulturnämnden?",
        "Vad blir konsekvensen av den höga personalomsättningen?",
        "Vad finns det för nackdelar med korta vikariat?",
    ):
        assert route(question, PLANS).intent == "explain", question
    assert route("Hur många timanställda har Kulturnämnden?", PLANS).intent == "figure"


def test_one_of_those_responsible_is_a_responsible_filter() -> None:
    listed = route("Vilka aktiviteter har Kulturnämnden inom Attrahera?", PLANS)
    for question in ("vilka av dem är HR med och ansvarar för?",):
        narrowed = resolve_followup(question, [listed], PLANS)
        assert narrowed.responsible in ("HR", "EC") and narrowed.target == "activities", question


def test_what_they_were_about_is_a_question_of_its_own() -> None:
    first = route("Hur många tillbud anmäldes i Kulturnämnden 2025?", PLANS)
    then = resolve_followup("och vad handlade de mest om?", [first], PLANS)
    assert then.intent == "explain" and then.metrics == [] and then.administrations == ["Kulturnämnden"]
    tokens = content_tokens(then.question, then)
    assert found_terms(tokens, "De flesta gällde främst halkolyckor.") == found_terms(
        tokens, "Det handlade mest om halkolyckor."
    ) - set(tokenize("handlade"))


def test_who_is_responsible_for_it_keeps_what_was_asked_before() -> None:
    first = route("Vad gör Kulturnämnden för att behålla personal?", PLANS)
    then = resolve_followup("vem ansvarar för det?", [first], PLANS)
    assert then.followup and then.areas == first.areas == ["Behålla"]


def test_a_follow_up_naming_nothing_of_its_own_is_about_the_subject_talked_about() -> None:
    first = route("Hur mycket är folk sjukskrivna i Idrottsnämnden?", PLANS)
    why = resolve_followup("varför har det ökat?", [first], PLANS)
    assert why.topic == "Hur mycket är folk sjukskrivna i" and why.intent == "explain", "whose is no topic"
    tokens = content_tokens(why.question, why)
    cause = "Ökningen förklaras av fler långa sjukskrivningar inom hemtjänsten."
    general = "Idrottsnämnden driver simhallar och idrottsplatser i hela kommunen."
    assert found_terms(tokens, cause) and not found_terms(tokens, general)
    # two turns on: "och två år tidigare?" named nothing either, the subject is still the sick leave
    earlier = resolve_followup("och två år tidigare?", [first], PLANS)
    then = resolve_followup("vad gör de för att få ner den?", [first, earlier], PLANS)
    assert "sjukskrivna" in then.topic
    # a word of its own is the follow-up's subject: the sentences shown must name it themselves
    own = resolve_followup("och hur många av dem har körkort?", [first], PLANS)
    assert own.topic == ""
    assert resolve_followup("och personalomsättningen?", [first], PLANS).topic == "", "a figure of its own"


def test_an_area_named_before_is_no_topic_word_of_a_follow_up() -> None:
    first = route("Vilka aktiviteter har Kulturnämnden inom rekrytering?", PLANS)
    area = resolve_followup("och inom introduktion?", [first], PLANS)
    who = resolve_followup("vem ansvarar för dem?", [first, area], PLANS)
    assert who.areas == ["Introducera"] and who.topic
    assert not {"introduktion", "introducer"} & content_tokens(who.question, who), "the area is the route's"


def test_how_it_is_to_be_done_after_a_figure_asks_no_figure() -> None:
    first = route("Hur många pensionsavgångar väntas i Kulturnämnden de närmaste åren?", PLANS)
    assert first.metrics
    how = resolve_followup("hur ska de ersätta dem?", [first], PLANS)
    assert how.intent == "explain" and how.metrics == [] and how.target is None
    assert resolve_followup("och hur många av dem är tekniker?", [first], PLANS).metrics, "a count stays one"


def test_a_count_asked_after_a_mean_or_a_share_does_not_take_that_figure() -> None:
    first = route("Vad är medelåldern i Kulturnämnden?", PLANS)
    assert first.metrics == ["average_age"]
    assert resolve_followup("och hur många är 60 eller äldre?", [first], PLANS).metrics == []
    assert resolve_followup("och förra året?", [first], PLANS).metrics == ["average_age"]
    share = route("Hur stor är personalomsättningen i Kulturnämnden?", PLANS)
    assert (
        resolve_followup("och hur många procent var det året innan?", [share], PLANS).metrics == share.metrics
    )


def test_a_later_part_asking_a_figure_of_its_own_is_searched_by_its_own_words() -> None:
    first = route("Hur stor är sjukfrånvaron i Idrottsnämnden?", PLANS)
    then = resolve_followup("och hur många nya medarbetare rekryterades förra året?", [first], PLANS)
    assert then.administrations == ["Idrottsnämnden"] and then.metrics == ["recruitments"]
    assert then.context == "" and "sjukfrånvaron" not in then.keywords, "no words of the figure before"
    # ... but one pointing back at those the question before counted keeps them
    counted = route("Hur många visstidsanställda har Idrottsnämnden?", PLANS)
    some = resolve_followup("och hur många av dem slutade under året?", [counted], PLANS)
    assert counted.question in some.context and "visstidsanställda" in some.keywords


def test_a_later_part_ending_in_a_pronoun_points_back_at_the_part_before() -> None:
    first = route("Hur många parkarbetare har Idrottsnämnden?", PLANS)
    for later in ("och hur stor andel av personalen är det?", "och hur stor andel är det – Idrottsnämnden?"):
        then = resolve_followup(later, [first], PLANS)
        assert first.question in then.context and "parkarbetare" in then.keywords, later
