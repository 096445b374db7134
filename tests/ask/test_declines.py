"""Questions the plans do not answer, on made-up plan text: a year the plan does not report, a length
of time, a salary or a count that near words do not state; and answerable ones in other words that
must still be answered."""

from __future__ import annotations

from kfp_assistant.ask.compose import about_year, compose_extractive
from kfp_assistant.ask.extractive import Passage, score_chunk
from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.pointers import points_elsewhere
from kfp_assistant.ask.records_text import (
    counted_words,
    counts_a_subgroup,
    counts_another_group,
    counts_other_than_records,
)
from kfp_assistant.ask.router import route
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.numbers import (
    asks_for_age,
    asks_for_duration,
    asks_for_money,
    asks_per_period,
    states_age,
    states_duration,
    states_number,
    states_per_period,
)
from kfp_assistant.sv.respelling import respell_by_stem
from kfp_assistant.sv.text import folded_forms
from kfp_assistant.sv.words import tokenize
from tests.ask.chunks import plan_chunk as _chunk


def _composed(question: str, text: str) -> bool:
    """Whether the extractive answer from this one chunk declines."""
    route_ = route(question, [])
    chunk = _chunk(text)
    passages = score_chunk(chunk, content_tokens(question, route_), 0.99)
    vocabulary = frozenset(tokenize(text))
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=vocabulary
    )
    return composed.not_found


def test_a_year_in_parentheses_or_a_labelled_line_does_not_date_the_next_line() -> None:
    chunk = _chunk("x")

    def line(text: str, before: str) -> Passage:
        return Passage(chunk=chunk, text=text, page=1, score=1.0, before=before)

    aside = "Frisknärvaro: 71 procent (2023: 69 procent)"
    assert not about_year(line("Avgångar: 52", aside), ["2023"]), "the year of an aside"
    assert not about_year(line("Avgångar: 52", "Mätt under 2023."), ["2023"]), "a labelled line stands alone"
    assert about_year(line("Av dem var 52 avgångar.", "Mätt under 2023."), ["2023"])
    assert about_year(line(aside, ""), ["2023"]), "the aside's own sentence is about its year"


def test_a_figure_for_another_year_in_a_list_of_key_figures_is_no_answer() -> None:
    text = "Nyckeltalen avser 2025. Frisknärvaro: 71 procent (2023: 69 procent). Avgångar: 52. Chefer: 40."
    assert _composed("Hur många avgångar hade nämnden 2023?", text)
    stated = "Frisknärvaro: 71 procent (2023: 69 procent). Antalet avgångar 2023 var 48."
    assert not _composed("Hur många avgångar hade nämnden 2023?", stated)


def test_a_day_of_a_date_is_no_amount() -> None:
    assert not states_number("Från den 1 mars 2024 är kurator en skyddad titel.")
    assert not states_number("Anställda den 30 juni 2025")
    assert states_number("Den 30 juni 2025 fanns 212 anställda.")
    assert _composed(
        "Hur många kuratorer arbetar på nämnden?",
        "Från den 1 mars 2024 är kurator en skyddad yrkestitel, vilket påverkar kuratorernas arbete.",
    )


def test_a_salary_or_a_cost_named_in_a_compound_asks_for_money() -> None:
    assert asks_for_money("Vad är ingångslönen för en kurator?")
    assert asks_for_money("Hur stor är lönebudgeten?")
    assert asks_for_money("Vad blir personalkostnaden?")
    assert not asks_for_money("Är det lönsamt att anställa fler?")
    assert not asks_for_money("Hur många kuratorer finns?")
    assert _composed(
        "Vad är ingångslönen för en kurator?",
        "Kuratorer är svåra att rekrytera. Nämnden hade 212 anställda, varav 14 kuratorer.",
    )


def test_a_length_of_time_is_answered_by_one_and_not_by_the_activity() -> None:
    assert asks_for_duration("Hur länge pågår introduktionen?")
    assert asks_for_duration("Hur lång tid tar en rekrytering?")
    assert asks_for_duration("Hur lång uppsägningstid har en kurator?")
    assert not asks_for_duration("Hur långa är köerna?")
    assert states_duration("Introduktionen pågår i sex månader.")
    assert states_duration("En fadder under det första halvåret.")
    assert states_duration("Introduktionsvecka för alla nyanställda.")
    assert not states_duration("Kortare tid från annons till anställning. Indikator: rekryteringstid.")
    assert not states_duration("Planen gäller 2025-2027.")
    assert not states_duration("Av de 86 månadsavlönade är 40 socialsekreterare.")
    assert not states_duration("Under 2025 fyller 16 medarbetare 65 år.")
    assert states_duration("Uppsägningstiden är tre månader, efter två år sex månader.")
    question = "Hur lång tid tar en rekrytering på nämnden?"
    assert _composed(question, "Kortare tid från annons till anställning i rekryteringen. Ansvar: HR.")
    assert not _composed(question, "En rekrytering tar i genomsnitt 64 dagar från annons till anställning.")


def test_an_age_is_answered_by_an_age_and_not_by_a_count_of_retirements() -> None:
    assert asks_for_age("Vid vilken ålder får man gå i pension hos förvaltningen?")
    assert asks_for_age("Vilken pensionsålder tillämpar bolaget?")
    assert asks_for_age("What is the retirement age there?")
    assert not asks_for_age("Hur många går i pension de kommande åren?")
    assert not asks_for_age("Vad är medelåldern?")
    assert states_age("Den lagstadgade pensionsåldern är nu 69 år.")
    assert states_age("Medarbetare får arbeta kvar till 68 års ålder.")
    assert not states_age("Under 2026 fyller 12 medarbetare 65 år.")
    assert not states_age("Pensionsavgångar 2025: 14")
    question = "Vilken pensionsålder gäller på nämnden?"
    assert _composed(question, "Under perioden beräknas 14 medarbetare gå i pension på nämnden.")
    assert not _composed(question, "På nämnden är pensionsåldern 67 år för alla medarbetare.")


def test_a_number_per_week_or_month_is_answered_only_by_one_stated_so() -> None:
    assert asks_per_period("Hur många timvikarier tar enheten in varje vecka?")
    assert asks_per_period("Hur många nya ärenden kommer in i månaden?")
    assert not asks_per_period("Hur många jobbar på förvaltningen i dag?")
    assert not asks_per_period("Hur många slutade under förra året?")
    assert states_per_period("I snitt tas 35 timvikarier in per vecka.")
    assert not states_per_period("Förvaltningen hade i dag 640 anställda, varav 52 visstidsanställda.")
    question = "Hur många timvikarier tar förvaltningen in per månad?"
    assert _composed(question, "Förvaltningen hade 52 timvikarier i sin pool den 1 oktober.")
    assert not _composed(question, "Förvaltningen tar in ungefär 60 timvikarier per månad under sommaren.")


def test_a_count_of_people_at_a_place_counts_staff_not_the_preposition() -> None:
    assert counted_words("Hur många hos nämnden fyller 65 de närmsta åren?") == []
    assert counted_words("Hur många bland cheferna är över 60?") == []
    assert counted_words("Hur många kuratorer finns hos nämnden?") == [["kuratorer"]]


def test_how_many_typed_without_swedish_letters_asks_how_many() -> None:
    forms = folded_forms(tokenize("De sökande är många."))
    asked = respell_by_stem("hur manga sokande fick de, och varfor?", forms)
    assert asked == "hur många sökande fick de, och varför?"
    assert route(respell_by_stem("hur manga sokande fick de?", forms), []).intent == "figure"


def _retirements(quote: str, scope: str | None = None) -> KeyFigure:
    return KeyFigure(
        file="plan.pdf", doc_id="d", administration="X", period=None, metric="retirements",
        value=9, unit="count", page=1, quote=quote, scope=scope,
    )  # fmt: skip


def test_a_count_of_an_occupation_is_not_answered_by_the_count_of_all_staff() -> None:
    every = [_retirements("Under 2024 gick 9 medarbetare i pension.")]
    asked = route("Hur många kuratorer gick i pension 2024?", [])
    assert counts_a_subgroup(asked, set(), every)
    assert not counts_a_subgroup(asked, set(), [_retirements("Under 2024 gick 9 kuratorer i pension.")])
    assert not counts_a_subgroup(route("Hur många gick i pension 2024?", []), set(), every)
    assert not counts_a_subgroup(route("Hur många pensionsavgångar var det 2024?", []), set(), every)
    assert not counts_a_subgroup(route("Hur många nya medarbetare gick i pension?", []), set(), every)


def test_a_list_of_needs_counts_its_rows_not_the_people_needed() -> None:
    assert counts_other_than_records("Hur många kuratorer saknas på nämnden?")
    assert counts_other_than_records("Hur många chefer ansvarar för aktiviteterna?")
    assert not counts_other_than_records("Hur många bristyrken tar planen upp?")
    assert not counts_other_than_records("Hur många aktiviteter finns under Behålla?")
    assert not counts_other_than_records("Hur många kompetensbehov har nämnden?")
    assert not counts_other_than_records("Vilka yrken saknas?")


def test_a_number_of_another_group_does_not_count_the_occupation_named_beside_it() -> None:
    kuratorer = [["kuratorer"]]
    assert counts_another_group(
        kuratorer, "Därtill fanns 40 timavlönade som arbetar som vikarierande kuratorer."
    )
    assert counts_another_group(kuratorer, "Det finns 12 mottagningar med kuratorer.")
    assert not counts_another_group(kuratorer, "Nämnden har 14 kuratorer och 3 psykologer.")
    assert not counts_another_group(kuratorer, "Totalt 14 tjänster som kurator.")
    assert not counts_another_group(kuratorer, "Kuratorer: 14")
    assert not counts_another_group(kuratorer, "Antalet kuratorer ökade från 12 till 14.")


def test_what_a_listed_item_is_asked_after_the_list_is_a_question_of_its_own() -> None:
    earlier = route("Vilka kompetensbehov har nämnden?", [])
    assert earlier.target == "gaps"
    assert resolve_followup("vad är pulsmätaren?", [earlier], []).target is None
    assert resolve_followup("vad är det största behovet?", [earlier], []).target == "gaps"


def test_a_sentence_pointing_at_a_figure_for_what_is_asked_does_not_tell_it() -> None:
    asked = set(tokenize("tidplanen arbetet"))
    assert points_elsewhere("Arbetet har följt tidplanen nedan.", asked)
    assert points_elsewhere("Tidplanen framgår av bilden nedan.", set(tokenize("bilden")))
    assert not points_elsewhere("Arbetet följde tidplanen och blev klart i maj.", asked)
    assert not points_elsewhere("Tabellen nedan visar insatserna.", asked)
    question = "Hur såg tidplanen ut för arbetet med planen?"
    assert _composed(question, "Planen har arbetats fram enligt tidplanen nedan.")
    assert not _composed(question, "Tidplanen för arbetet var att planen skulle vara klar i maj.")


def test_a_figure_asked_for_a_group_is_not_answered_by_the_total() -> None:
    total = [_retirements("Sjukfrånvaron var 6,1 procent.").model_copy(update={"metric": "sick_leave_pct"})]
    asked = route("Är sjukfrånvaron högre bland kvinnor än män?", [])
    assert counts_a_subgroup(asked, set(), total)
    assert counts_a_subgroup(route("Hur hög är sjukfrånvaron bland kuratorerna?", []), set(), total)
    split = [
        total[0].model_copy(update={"quote": "Sjukfrånvaron var 7 procent bland kvinnor och 4 bland män."})
    ]
    assert not counts_a_subgroup(asked, set(), split)
    assert not counts_a_subgroup(route("Hur hög är sjukfrånvaron?", []), set(), total)


def test_a_sentence_on_the_total_does_not_answer_a_figure_asked_for_a_group() -> None:
    text = "Sjukfrånvaron var 6,1 procent under året."
    assert _composed("Hur hög är sjukfrånvaron bland kuratorerna?", text)
    assert not _composed(
        "Hur hög är sjukfrånvaron bland kuratorerna?", "Bland kuratorerna var sjukfrånvaron 8 procent."
    )
