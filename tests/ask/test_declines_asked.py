"""What the plans do not say, on made-up plan text: a rate asked of a group the text does not split (the
group named as the subject, not after "bland"), a rate answered by a sentence on another metric, and a
person's name answered by a role; the answerable twins in the same words must still be answered."""

from __future__ import annotations

from kfp_assistant.ask.comparison import question_terms
from kfp_assistant.ask.compose import compose_extractive
from kfp_assistant.ask.extractive import Passage, score_chunk
from kfp_assistant.ask.figure_groups import asked_groups, group_unnamed
from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_text import about_year, counted_words, misses_the_question
from kfp_assistant.ask.router import route
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.administrations import unwritten_places
from kfp_assistant.sv.english import in_swedish_terms, is_english
from kfp_assistant.sv.responsible import (
    asked_role,
    asks_for_organisation,
    asks_for_person,
    names_organisation,
    names_person,
)
from kfp_assistant.sv.words import tokenize
from tests.ask.chunks import plan_chunk


def _declined(question: str, text: str) -> bool:
    """Whether the extractive answer from this one made-up chunk declines (an English question put in
    Swedish terms first, as the assistant does)."""
    english = is_english(question)
    question = in_swedish_terms(question) if english else question
    route_ = route(question, []).model_copy(update={"english": english})
    passages = score_chunk(plan_chunk(text), content_tokens(question, route_), 0.99)
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=english, vocabulary=frozenset(tokenize(text))
    )
    return composed.not_found


def _figure(metric: str, value: float, quote: str, scope: str | None = None) -> KeyFigure:
    unit = "percent" if metric.endswith("_pct") else "count"
    return KeyFigure(
        file="p.pdf", doc_id="d", administration="Fritidsnämnden", period="2026", metric=metric,
        value=value, unit=unit, as_of="2025", scope=scope, page=2, quote=quote,
    )  # fmt: skip


def test_a_group_named_as_the_subject_of_a_rate_is_asked_for() -> None:
    assert list(asked_groups(route("Vilken sjukfrånvaro har kuratorerna?", []))) == ["kuratorerna"]
    assert list(asked_groups(route("Vad är lärarnas personalomsättning?", [])))
    assert list(asked_groups(route("Hur hög är sjukfrånvaron hos männen?", []))) == ["männen"]
    # a count of an occupation is the headcount of that group; a share of women is no group of women
    assert list(asked_groups(route("Hur många kuratorer finns det?", []))) == ["kuratorer"]
    assert not list(asked_groups(route("Hur stor andel kvinnor arbetar på nämnden?", [])))
    assert not list(asked_groups(route("Vad heter HR-chefen?", [])))


def test_a_rate_of_a_group_is_not_answered_by_the_whole_staffs() -> None:
    total = _figure("sick_leave_pct", 6.4, "Sjukfrånvaron var 6,4 procent 2025.")
    asked = route("Vilken sjukfrånvaro har kuratorerna på nämnden?", [])
    tokens = content_tokens(asked.question, asked)
    assert misses_the_question(asked, tokens, [total], "", frozenset())
    own = _figure("sick_leave_pct", 8.1, "Bland kuratorerna var sjukfrånvaron 8,1 procent.", "kuratorer")
    assert not misses_the_question(asked, tokens, [own], "", frozenset())
    whole = route("Vilken sjukfrånvaro har nämnden?", [])
    assert not misses_the_question(whole, content_tokens(whole.question, whole), [total], "", frozenset())


def test_a_rate_is_not_answered_by_a_sentence_on_another_metric() -> None:
    shares = "Av nämndens medarbetare är 81 procent kvinnor och 19 procent män."
    assert _declined("Hur hög är personalomsättningen bland kvinnorna?", shares)
    assert _declined("Hur hög är sjukfrånvaron bland kvinnorna?", shares)
    stated = "Personalomsättningen bland kvinnorna var 9,2 procent 2025, bland männen 7,5 procent."
    assert not _declined("Hur hög är personalomsättningen bland kvinnorna?", stated)
    assert not _declined("Hur stor andel av medarbetarna är kvinnor?", shares)


def test_a_persons_name_is_not_answered_by_a_role() -> None:
    assert asks_for_person("Vad heter personalchefen?")
    assert asks_for_person("Vem leder HR-avdelningen på nämnden?"), "who heads a unit is a person"
    assert not asks_for_person("Vem leder introduktionsprogrammet?"), "who leads an activity is a party"
    assert asks_for_organisation("Vilken bemanningsfirma anlitar nämnden?")
    assert not asks_for_organisation("Vilken utbildning får nya chefer?")
    assert asks_for_person("Vem är förvaltningsdirektör på nämnden?")
    assert asks_for_person("Who is the HR director?")
    assert not asks_for_person("Vem är ansvarig för introduktionen?")
    assert not asks_for_person("Vem ansvarar för mentorprogrammet?")
    assert not asks_for_person("Vem har fastställt planen?")
    assert names_person("Personalchef är Karin Lundholm sedan 2023.")
    assert not names_person("Ansvarig: Personalchef och Kommunikationsenheten")
    assert not names_person("Vi samarbetar med Region Norrland.", "Region Norrland")
    assert asked_role("Vem är VD för bolaget?") == "VD"
    # a name elsewhere in the text is not the holder of the role asked about
    cell = "VD och driftchef Erbjuda examensarbeten till studenter vid Högskolan Norrby"
    assert not names_person(cell, "", "VD")
    assert names_person("VD är sedan 2024 Per Holm.", "", "VD")
    role = "Personalchefen ansvarar för introduktionen av nya medarbetare och följer upp den varje år."
    assert _declined("Vad heter personalchefen?", role)
    assert not _declined("Vad heter personalchefen?", "Personalchef är Karin Lundholm sedan 2023.")


def test_activities_of_a_role_do_not_name_the_person() -> None:
    asked = route("Vem är förvaltningsdirektör på nämnden?", [])
    listed = "- Ledarutveckling för chefer [1]\n  Ansvarig: Förvaltningsdirektör · Måldatum: 2026"
    assert misses_the_question(asked, set(), [], listed, frozenset())
    who = route("Vem ansvarar för ledarutvecklingen?", [])
    assert not misses_the_question(who, set(), [], listed, frozenset())


_CATALOG = [
    {"administration": "Fritidsförvaltningen i Norrby kommun", "doc_id": "a", "period": "2026-2028"},
    {"administration": "Länsstyrelsen i Västmarks län", "doc_id": "b", "period": "2025-2026"},
    {"administration": "Region Österland", "doc_id": "c", "period": "2025-2026"},
]


def test_a_unit_the_plan_does_not_split_out_is_a_group() -> None:
    unit = route("Vad ligger sjukfrånvaron på inom IT-avdelningen i Norrby?", _CATALOG)
    assert "IT-avdelningen" in list(asked_groups(unit))
    own = route("Hur hög är sjukfrånvaron på fritidsförvaltningen i Norrby?", _CATALOG)
    assert not list(asked_groups(own)), "the plan's own administration is no group of it"
    total = _figure("sick_leave_pct", 6.4, "Sjukfrånvaro (%) 6,4")
    assert misses_the_question(unit, content_tokens(unit.question, unit), [total], "", frozenset())


def test_an_employer_of_another_kind_in_the_same_place_has_no_plan() -> None:
    other = route("Vad har Region Västmark för personalomsättning?", _CATALOG)
    assert other.unknown_administrations == ["Region Västmark"]
    assert not other.administrations
    assert route("Hur hög är sjukfrånvaron i Region Österland?", _CATALOG).administrations == [
        "Region Österland"
    ]
    assert route("Hur många anställda har Österlands län?", _CATALOG).administrations == ["Region Österland"]
    assert route("Hur många jobbar på Norrby kommun?", _CATALOG).administrations == [
        "Fritidsförvaltningen i Norrby kommun"
    ]
    assert route("Hur många jobbar på Norrby Energi AB?", _CATALOG).unknown_administrations


def test_a_rate_of_an_age_band_or_a_count_over_an_age_is_not_the_whole_staffs() -> None:
    total = "Sjukfrånvaron var 6,4 procent 2025."
    assert _declined("Vad är sjukfrånvaron för åldersgruppen 20-29?", total)
    assert not _declined(
        "Vad är sjukfrånvaron för åldersgruppen 20-29?", "I åldern 20-29 år var sjukfrånvaron 4,1 procent."
    )
    # the age in "60 år eller äldre" counts nobody
    vague = "Nämnden har en stor grupp medarbetare som är 60 år eller äldre, främst bland lantmätarna."
    assert _declined("Hur många medarbetare är över 60 år?", vague)
    assert not _declined(
        "Hur många medarbetare är över 60 år?", "Av medarbetarna är 41 personer 60 år eller äldre."
    )


def test_a_group_asked_in_english_is_a_group() -> None:
    shares = "Andel kvinnor: 64 procent. Sjukfrånvaro: 5,2 procent."
    assert _declined("Is the sick leave higher among women than men?", shares)


def test_women_and_men_named_as_metric_words_are_groups_of_another_rate() -> None:
    totals = "Den totala sjukfrånvaron var 7,0 procent 2025. Andelen kvinnor är 80 procent."
    assert _declined("Hur skiljer sig sjukfrånvaron mellan kvinnor och män?", totals)
    assert not list(asked_groups(route("Hur många kvinnor och män jobbar på nämnden?", [])))


def test_a_recruitment_need_ahead_is_not_the_recruitments_made() -> None:
    asked = route("Hur många behöver nämnden nyrekrytera totalt?", [])
    made = _figure("recruitments", 187, "Under året genomfördes 187 rekryteringar.")
    assert misses_the_question(asked, content_tokens(asked.question, asked), [made], "", frozenset())
    need = "Det totala behovet av nyrekryteringar uppgår till 120 anställningar under perioden."
    assert not _declined("Hur många behöver nämnden nyrekrytera totalt?", need)
    done = route("Hur många rekryteringar gjorde nämnden?", [])
    assert not misses_the_question(done, content_tokens(done.question, done), [made], "", frozenset())


def test_a_count_of_women_or_men_employed_is_no_group_of_the_headcount() -> None:
    assert not list(asked_groups(route("Hur många män var anställda 2022?", [])))


def test_a_place_no_plan_writes_is_named_as_unwritten() -> None:
    vocabulary = frozenset(tokenize("Socialnämnden i Norrby stad har 900 anställda i Norrby och Västmark"))
    assert unwritten_places("Hur många anställda har socialnämnden i Söderby?", vocabulary) == ["Söderby"]
    assert not unwritten_places("Hur många anställda har socialnämnden i Norrby?", vocabulary)
    assert not unwritten_places("Hur många jobbar i HV?", vocabulary), "an acronym is no place"
    assert not unwritten_places("I Söderby är det så.", vocabulary), "not a sentence's first word"
    genitive = "Hur hög är sjukfrånvaron i Norrbys tekniska förvaltning?"
    assert not unwritten_places(genitive, vocabulary), "a place in the genitive is the place"
    assert unwritten_places("Hur hög är sjukfrånvaron i Söderbys tekniska förvaltning?", vocabulary)
    # an employer named anywhere, as the other side of a comparison too, whose own name no plan writes
    other = "Har Norrby högre sjukfrånvaro än Söderby kommun?"
    assert unwritten_places(other, vocabulary) == ["Söderby kommun"]
    assert unwritten_places("Har de fler anställda än Söderby Kraft AB?", vocabulary) == ["Söderby Kraft AB"]
    assert not unwritten_places("Har socialnämnden fler anställda än Västmarks kommun?", vocabulary)
    assert not unwritten_places("Hur många anställda har Norrby stad?", vocabulary)


def test_every_form_of_women_or_men_names_them() -> None:
    both = route("Hur stor andel av kvinnorna respektive männen arbetar heltid?", [])
    assert not group_unnamed(both, "98 % av alla kvinnor och 96 % av alla män har heltid.")
    assert group_unnamed(both, "98 % av alla medarbetare har heltid.")


def test_a_followup_naming_women_or_men_asks_the_figure_before_of_them() -> None:
    first = route("Hur hög är personalomsättningen på nämnden?", [])
    after = resolve_followup("Och bland männen?", [first], [])
    assert after.metrics == first.metrics
    count = resolve_followup(
        "Och hur många av dem är män?", [route("Hur många anställda har nämnden?", [])], []
    )
    assert count.metrics == ["men_count"]
    split = resolve_followup(
        "Hur fördelar det sig mellan kvinnor och män?", [route("Hur många fast anställda finns?", [])]
    )
    assert split.metrics == ["women_count", "men_count"]


def test_an_english_question_for_a_holder_of_a_post_asks_for_a_person() -> None:
    assert asks_for_person(in_swedish_terms("Who is the HR director at the county?"))
    assert asks_for_person(in_swedish_terms("Who is the head of HR?"))
    assert not asks_for_person("Vem rekryterar chefer?")


def test_a_part_of_the_operations_is_a_group_too() -> None:
    catalog = [{"administration": "Sektor vård och omsorg i Norrby kommun", "doc_id": "a", "period": "2026"}]
    assert asked_groups(route("Hur hög är sjukfrånvaron inom hemtjänsten i Norrby?", catalog)) == [
        "hemtjänsten"
    ]
    assert not asked_groups(route("Hur hög är sjukfrånvaron inom omsorgen i Norrby?", catalog))


def test_a_sentence_after_a_change_is_about_its_latest_year() -> None:
    change = "Omsättningen sjönk från 13,5 procent 2023 till 11,8 procent 2024."
    after = Passage(
        chunk=plan_chunk("x"),
        text="Bland kuratorerna var den 19,7 procent.",
        page=1,
        score=1.0,
        before=change,
    )
    assert about_year(after, ["2024"])
    assert not about_year(after, ["2023"])


def test_which_company_is_answered_by_a_name_only() -> None:
    assert asks_for_organisation("Vilket företag anlitas för rekryteringarna?")
    assert asks_for_organisation("Vilket universitet samarbetar de med?")
    assert not asks_for_organisation("Vilken yrkesgrupp är svårast att rekrytera?")
    assert names_organisation("Vi samarbetar med Norrby universitet och Tekniska högskolan.")
    assert not names_organisation("Förvaltningen upphandlar stöd vid rekryteringar av chefer.")
    said = "Förvaltningen anlitar ett externt företag vid chefsrekryteringar."
    assert _declined("Vilket företag anlitas vid chefsrekryteringar?", said)


def test_a_degree_of_a_quality_is_told_by_a_sentence_on_that_quality() -> None:
    avslut = "Vid avslut erbjuds alla medarbetare ett avslutssamtal med sin närmaste chef."
    assert _declined("Hur nöjda är medarbetarna?", avslut)
    said = "Enkäten visar att medarbetarna är nöjda med sitt arbete och sina kollegor."
    assert not _declined("Hur nöjda är medarbetarna?", said)


def test_a_unit_counted_counts_what_follows_it() -> None:
    assert counted_words("Hur många timmar övertid arbetade kuratorerna?") == [["övertid"]]
    departures = "Under året slutade 136 medarbetare, flest bland kuratorerna och lärarna."
    assert _declined("Hur många timmar övertid arbetade kuratorerna?", departures)


def test_a_plans_place_in_the_genitive_is_no_topic_word() -> None:
    # the stemmer keeps a genitive s after a vowel: "Ulvås" would look like a word no plan writes
    asked = "Vad är sjukfrånvaron i Ulvås tekniska förvaltning?"
    terms = question_terms(asked, ["Tekniska förvaltningen i Ulvå kommun"])
    assert "ulvås" not in terms and "sjukfrånvaro" in terms


def test_a_figure_within_an_operation_is_not_the_whole_organisations() -> None:
    within = route("Vad är medelåldern inom barn och familj i Norrby?", [])
    assert group_unnamed(within, "Medelåldern var 44,1 år 2025.")
    assert not group_unnamed(within, "Inom barn och familj är medelåldern 38 år.")
    assert not list(asked_groups(route("Hur hög är sjukfrånvaron inom förvaltningen?", [])))
    assert not list(asked_groups(route("Vilka aktiviteter finns inom barn och familj?", [])))


def test_a_headcount_is_not_answered_by_people_leaving() -> None:
    asked = "Hur många kuratorer är anställda på nämnden?"
    assert _declined(asked, "Avgångarna uppgick till 48 stycken, flest bland kuratorer och lärare.")
    assert not _declined(asked, "Nämnden har 48 anställda kuratorer, de flesta i skolan.")
    course = "Hur många procent av personalen har redan gått den digitala grundkursen?"
    assert _declined(course, "Högst var omsättningen bland lärare, 17,2 procent.")
    assert not _declined(course, "Av personalen har 64 procent gått den digitala grundkursen.")


def test_a_count_of_people_is_not_answered_by_their_ages() -> None:
    asked = "Hur många lantmätare har nämnden?"
    assert _declined(asked, "En stor grupp är 60 år eller äldre, främst lantmätare och ingenjörer.")
    assert not _declined(asked, "Nämnden har 14 lantmätare, varav fyra är 60 år eller äldre.")
    assert not _declined(
        "Hur många lantmätare är 60 år eller äldre?", "Av lantmätarna är 4 personer 60 år eller äldre."
    )


def test_monthly_paid_staff_is_the_headcount_not_a_group_of_it() -> None:
    for asked in ("Hur många månadsanställda har förvaltningen?", "hur många månadsavlönade jobbar där?"):
        assert route(asked, []).metrics == ["employees_total"]
        assert counted_words(asked) == []
    # in a plan's sentence the word qualifies another count: not a headcount
    assert "employees_total" not in route("Avgångar bland visstidsanställda månadsavlönade?", []).metrics


_WORKS = [
    {"administration": "Omsorgsförvaltningen, Norrby kommun", "doc_id": "a", "period": "2026-2028"},
    {"administration": "Kulturförvaltningen i Söderby", "doc_id": "b", "period": "2026"},
    {"administration": "Västerby kommun", "doc_id": "c", "period": "2026-2028"},
]


def test_an_administration_named_by_its_line_of_work_is_no_group_of_itself() -> None:
    english = route(
        in_swedish_terms("Is sick leave higher in Norrby's elderly care administration or Söderby?"), _WORKS
    )
    assert english.administrations and not list(asked_groups(english))
    swedish = route("Hur hög är sjukfrånvaron på äldreomsorgsförvaltningen i Norrby?", _WORKS)
    assert not list(asked_groups(swedish))
    # of a municipality's plan, an administration named is one of its units
    unit = route("Hur hög är sjukfrånvaron på utbildningsförvaltningen i Västerby?", _WORKS)
    assert "utbildningsförvaltningen" in list(asked_groups(unit))
    # a department of an administration stays a group of it
    part = route("Hur hög är sjukfrånvaron inom hemtjänsten i Norrby?", _WORKS)
    assert "hemtjänsten" in list(asked_groups(part))


def test_another_administration_of_the_same_city_stays_unanswered() -> None:
    other = route(
        in_swedish_terms("What is the sick leave at the social services administration in Söderby?"), _WORKS
    )
    assert other.administrations and list(asked_groups(other)), "not the culture administration's own"


def test_an_operation_whose_work_names_the_administration_is_the_administration() -> None:
    care = route("Hur hög är sjukfrånvaron inom äldreomsorgen i Norrby?", _WORKS)
    assert not list(asked_groups(care)), "Omsorgsförvaltningen's own work"
    culture = route("Hur hög är sjukfrånvaron inom äldreomsorgen i Söderby?", _WORKS)
    assert list(asked_groups(culture)), "no work of the culture administration's name"
