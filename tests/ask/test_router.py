"""Routing of Swedish questions: intents, administrations, periods, areas, metrics, filters, follow-ups."""

from __future__ import annotations

from typing import Any

import pytest

from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.router import route, spell_out_initials

HA = "Hägersten-Älvsjö stadsdelsförvaltning"
HV = "Hässelby-Vällingby stadsdelsförvaltning"
SN = "Socialnämnden"
PLANS: list[dict[str, Any]] = [
    {"administration": HA, "period": None, "doc_id": "ha"},
    {"administration": HV, "period": "2021", "doc_id": "hv21"},
    {"administration": HV, "period": "2025-2027", "doc_id": "hv25"},
    {"administration": SN, "period": "2024-2026", "doc_id": "sn24"},
    {"administration": SN, "period": "2025-2027", "doc_id": "sn25"},
]

# question, expected fields (only the ones named are checked). Hand-aligned: one case per entry.
# fmt: off
CASES: list[tuple[str, dict[str, Any]]] = [
    # --- figures
    ("Hur hög är personalomsättningen i Socialnämnden?",
     {"intent": "figure", "administrations": [SN], "metrics": ["turnover_pct"], "target": "figures",
      "doc_ids": ["sn24", "sn25"]}),
    ("Hur hög var sjukfrånvaron i Socialnämnden enligt planen 2025-2027?",
     {"intent": "figure", "metrics": ["sick_leave_pct"], "periods": ["2025-2027"], "doc_ids": ["sn25"]}),
    ("Hur många anställda har Hässelby-Vällingby?",
     {"intent": "figure", "administrations": [HV], "metrics": ["employees_total"],
      "doc_ids": ["hv21", "hv25"]}),
    ("Hur stor andel kvinnor arbetar i Socialnämnden?", {"intent": "figure", "metrics": ["women_share"]}),
    ("Vad var korttidssjukfrånvaron i socialförvaltningen 2024?",
     {"intent": "figure", "administrations": [SN], "metrics": ["short_sick_leave_pct"],
      "requested_periods": ["2024"], "doc_ids": ["sn24", "sn25"]}),
    # A bare year dates a figure, which a later plan may report: it chooses no plan version (issue 12).
    ("Vilken personalomsättning hade Socialnämnden 2022?",
     {"intent": "figure", "doc_ids": ["sn24", "sn25"], "unknown_periods": []}),
    ("Hur hög var personalomsättningen inom Socialnämnden 2023 enligt planen 2024-2026?",
     {"intent": "figure", "doc_ids": ["sn24"], "requested_periods": ["2023", "2024-2026"]}),
    ("Hur många rekryteringar gjorde Hässelby 2021?",
     {"intent": "figure", "metrics": ["recruitments"], "areas": [], "doc_ids": ["hv21", "hv25"]}),
    ("Sjukfrånvaron i Socialnämnden?", {"intent": "figure", "metrics": ["sick_leave_pct"]}),
    # "slutade" counts departures; the group named ("tillsvidareanställda") is who left, not the metric
    ("Hur många tillsvidareanställda slutade i Socialnämnden januari-september 2024?",
     {"intent": "figure", "metrics": ["departures"], "target": "figures", "areas": []}),
    ("Hur många medarbetare har sagt upp sig i Hässelby-Vällingby?", {"metrics": ["departures"]}),
    ("Hur många tillsvidareanställda har Socialnämnden?", {"metrics": ["employees_permanent"]}),
    ("Vilka aktiviteter finns för medarbetare som slutar?",
     {"intent": "list", "metrics": [], "target": "activities"}),
    ("Hur många tillsvidareanställda hade Socialnämnden 2020?",
     {"intent": "figure", "unknown_periods": ["2020"], "doc_ids": ["sn24", "sn25"]}),
    ("Hur hög är personalomsättningen enligt Socialnämndens senaste plan?",
     {"intent": "figure", "relative_period": "latest", "doc_ids": ["sn25"], "periods": ["2025-2027"]}),
    ("Vilken sjukfrånvaro hade Socialnämnden i förra planen?",
     {"intent": "figure", "relative_period": "previous", "doc_ids": ["sn24"]}),
    # "förra året" is the year before the latest figure's, not a plan version (issue 12, item 8)
    ("Hur många rekryteringar gjorde Hägersten-Älvsjö förra året?",
     {"intent": "figure", "administrations": [HA], "relative_period": "previous_year", "unknown_periods": [],
      "doc_ids": ["ha"]}),
    # --- lists
    ("Vilka aktiviteter har Socialnämnden inom Attrahera i planen 2025-2027?",
     {"intent": "list", "target": "activities", "areas": ["Attrahera"], "doc_ids": ["sn25"]}),
    ("Vilka aktiviteter finns inom rekrytering?",
     {"intent": "list", "areas": ["Rekrytera"], "metrics": [], "doc_ids": [], "administrations": []}),
    ("Vilka insatser gör Socialnämndens förvaltning för introduktionen?",
     {"intent": "list", "target": "activities", "areas": ["Introducera"], "administrations": [SN]}),
    ("Lista aktiviteterna för avslut i Hässelby-Vällingbys plan 2025-2027",
     {"intent": "list", "areas": ["Avsluta"], "doc_ids": ["hv25"]}),
    ("Räkna upp Hägersten-Älvsjös åtgärder inom Utveckla/Behålla",
     {"intent": "list", "areas": ["Utveckla", "Behålla"], "administrations": [HA], "doc_ids": ["ha"]}),
    ("Vilka kompetensgap har Socialnämnden identifierat?", {"intent": "list", "target": "gaps"}),
    # a need named as the cause of what is asked is no question about the needs
    ("Hur mycket har Socialnämnden betalat för hyrpersonal till följd av bristen på sjuksköterskor?",
     {"target": None}),
    ("Vilka yrken saknas på grund av pensionsavgångarna?", {"target": "gaps"}),
    ("Vilka kompetensbehov finns i hässelby-vällingby?",
     {"intent": "list", "target": "gaps", "administrations": [HV]}),
    ("Vilka aktiviteter inom Rekrytera har HR som ansvarig?",
     {"intent": "list", "target": "activities", "responsible": "HR", "areas": ["Rekrytera"]}),
    ("Vilka aktiviteter där HR är ansvarig finns i Socialnämnden?", {"intent": "list", "responsible": "HR"}),
    ("Vilka aktiviteter som enhetscheferna ansvarar för?", {"intent": "list", "responsible": "EC"}),
    ("Vem är ansvarig för avslutssamtalen i Socialnämnden?",
     {"intent": "list", "target": "activities", "areas": ["Avsluta"], "responsible": None}),
    ("Vilka aktiviteter kring introduktion av nyanställda har Hässelby-Vällingby?",
     {"intent": "list", "areas": ["Introducera"], "metrics": []}),
    ("Vilka aktiviteter har Socialnämnden planerat för år 2028?",
     {"intent": "list", "unknown_periods": ["2028"]}),
    # --- compare
    ("Jämför personalomsättningen i Socialnämnden och Hässelby-Vällingby",
     {"intent": "compare", "administrations": [SN, HV], "metrics": ["turnover_pct"],
      "doc_ids": ["hv21", "sn24", "hv25", "sn25"]}),
    ("Hur skiljer sig Hägersten-Älvsjös och Socialnämndens arbete med rekrytering?",
     {"intent": "compare", "administrations": [HA, SN], "areas": ["Rekrytera"]}),
    ("Hur har sjukfrånvaron i Socialnämnden förändrats mellan planerna?",
     {"intent": "compare", "administrations": [SN], "doc_ids": ["sn24", "sn25"]}),
    ("Hur har personalomsättningen i Hässelby-Vällingby ändrats mellan planen 2021 och planen 2025-2027?",
     {"intent": "compare", "periods": ["2021", "2025-2027"], "doc_ids": ["hv21", "hv25"]}),
    ("Hur arbetar förvaltningarna med avslutssamtal?",
     {"intent": "compare", "areas": ["Avsluta"], "doc_ids": [], "administrations": []}),
    ("Vilka planer nämner AI?", {"intent": "compare", "doc_ids": []}),
    ("Vad är skillnaden i sjukfrånvaro mellan alla förvaltningar?", {"intent": "compare"}),
    ("Jämför Socialnämndens två planer", {"intent": "compare", "doc_ids": ["sn24", "sn25"]}),
    # --- explain
    ("Varför ska Socialnämnden arbeta med friskfaktorer?", {"intent": "explain", "administrations": [SN]}),
    # how an administration works with an area is answered by its activities there
    ("Hur arbetar Hägersten-Älvsjö med kompetensutveckling?",
     {"intent": "list", "target": "activities", "areas": ["Utveckla"], "doc_ids": ["ha"]}),
    ("Hur jobbar Socialnämnden med att ta emot nyanställda?",
     {"intent": "list", "target": "activities", "areas": ["Introducera"]}),
    ("Hur arbetar Socialnämnden med heltid?", {"intent": "explain", "target": None}),  # no area: prose
    ("Beskriv Hässelbys arbete med att behålla medarbetare",
     {"intent": "explain", "areas": ["Behålla"], "administrations": [HV]}),
    ("Vad innebär heltid som norm i Socialnämnden?", {"intent": "explain"}),
    ("Varför är den höga andelen timavlönade ett problem för Socialnämnden?",
     {"intent": "explain", "metrics": ["hourly_staff"]}),
    ("Vad är risken med en hög andel visstidsanställda?", {"intent": "explain"}),
    ("Vad är orsaken till att sjukfrånvaron ökar?", {"intent": "explain", "metrics": ["sick_leave_pct"]}),
    ("Vilka avdelningar beskrivs i Hägersten-Älvsjös plan?", {"intent": "list", "administrations": [HA]}),
    # --- other, unknown administrations, inflections
    ("Vad heter HR-chefen i Hägersten-Älvsjö?", {"intent": "other", "administrations": [HA]}),
    ("Vilka aktiviteter har Kulturförvaltningen inom Attrahera?",
     {"intent": "list", "administrations": [], "unknown_administrations": ["Kulturförvaltningen"],
      "doc_ids": []}),
    ("Hur hög är personalomsättningen i Skärholmens stadsdelsförvaltning?",
     {"administrations": [], "unknown_administrations": ["Skärholmens stadsdelsförvaltning"]}),
    ("Jämför Kulturförvaltningens och Socialnämndens planer",
     {"intent": "compare", "administrations": [SN], "unknown_administrations": ["Kulturförvaltningen"],
      "doc_ids": ["sn24", "sn25"]}),
    ("Hur hög är sjukfrånvaron i stadsdelsförvaltningen i Farsta?",
     {"intent": "figure", "unknown_administrations": ["stadsdelsförvaltningen i Farsta"]}),
    ("Vad gör stadsdelsnämnden i Hässelby-Vällingby för att attrahera?",
     {"administrations": [HV], "areas": ["Attrahera"]}),
    ("Hur arbetar hägersten med rekryteringen?", {"administrations": [HA], "areas": ["Rekrytera"]}),
    ("Vilka kompetensgap nämner Älvsjö?", {"administrations": [HA], "unknown_administrations": []}),
    ("hur hög är SJUKFRÅNVARON i socialnämnden", {"administrations": [SN], "metrics": ["sick_leave_pct"]}),
]
# fmt: on


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_route(question: str, expected: dict[str, Any]) -> None:
    result = route(question, PLANS)
    got = {key: getattr(result, key) for key in expected}
    assert got == expected


def test_route_without_plans_still_parses_entities() -> None:
    result = route("Vilka aktiviteter har Socialnämnden inom Rekrytera 2025?", [])
    assert result.intent == "list" and result.areas == ["Rekrytera"]
    assert result.administrations == [] and result.unknown_administrations == ["Socialnämnden"]
    assert result.doc_ids == [] and result.requested_periods == ["2025"]


def test_route_serialises_without_catalog() -> None:
    data = route("Hur hög är sjukfrånvaron i Socialnämnden?", PLANS).model_dump()
    assert "catalog" not in data
    assert data["doc_ids"] == ["sn24", "sn25"]
    assert Route.model_json_schema()["properties"]["intent"]["description"]


def test_keywords_drop_stop_words() -> None:
    keywords = route("Hur arbetar förvaltningarna med studenter och praktikanter?", PLANS).keywords
    assert "studenter" in keywords and "praktikanter" in keywords
    assert "med" not in keywords and "och" not in keywords and "hur" not in keywords


# --------------------------------------------------------------------------- follow-ups

# A conversation, and for each turn after the first the fields the resolved route must have.
# fmt: off
CONVERSATIONS: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("Hur hög är personalomsättningen i Socialnämnden?",
     [("och förra året?", {"intent": "figure", "administrations": [SN], "metrics": ["turnover_pct"],
                           "relative_period": "previous_year", "doc_ids": ["sn24", "sn25"],
                           "followup": True})]),
    ("Hur hög är personalomsättningen i Socialnämndens senaste plan?",
     [("och föregående plan?", {"doc_ids": ["sn24"], "metrics": ["turnover_pct"]}),
      ("och planen innan den?", {"doc_ids": ["sn24", "sn25"], "unknown_periods": ["planen innan"]})]),
    ("Hur hög var personalomsättningen inom Socialnämnden 2024?",
     [("och året innan?", {"requested_periods": ["2023"], "doc_ids": ["sn24", "sn25"],
                           "metrics": ["turnover_pct"]})]),
    ("Vilka aktiviteter har Socialnämnden inom Rekrytera?",
     [("vilka av dem har HR som ansvarig?",
       {"intent": "list", "target": "activities", "areas": ["Rekrytera"], "administrations": [SN],
        "responsible": "HR"}),
      ("och inom Attrahera?", {"intent": "list", "areas": ["Attrahera"], "responsible": "HR",
                               "target": "activities"})]),
    ("Hur hög är sjukfrånvaron i Socialnämnden?",
     [("och för Hässelby?", {"intent": "figure", "administrations": [HV], "metrics": ["sick_leave_pct"]}),
      ("jämfört med Socialnämnden?", {"intent": "compare", "administrations": [HV, SN]}),
      ("och personalomsättningen?", {"metrics": ["turnover_pct"], "administrations": [HV, SN]})]),
    ("Vilka kompetensgap har Hässelby-Vällingby i planen 2025-2027?",
     [("samma för Socialnämnden", {"intent": "list", "target": "gaps", "administrations": [SN],
                                   "doc_ids": ["sn25"]})]),
    # a question about change that names no subject of its own compares what was asked before
    ("Hur stor andel av kvinnorna arbetar heltid i Socialnämnden?",
     [("hur har det ändrats sedan förra planen?",
       {"intent": "compare", "administrations": [SN], "metrics": ["full_time_share"], "followup": True,
        "plans": ["sn24", "sn25"]})]),
    ("Är barnskötarna den största yrkesgruppen i Hässelby-Vällingby?",
     [("har deras andel ändrats sedan 2021?",
       {"intent": "compare", "administrations": [HV], "plans": ["hv21", "hv25"], "followup": True})]),
    # "why" after a figure asks for the plan's reasons: text, not the figure again
    ("Hur hög är personalomsättningen i Socialnämnden?",
     [("varför har den minskat?", {"intent": "explain", "target": None, "metrics": [],
                                   "administrations": [SN], "followup": True})]),
    ("Hur hög är sjukfrånvaron i Socialnämnden?",
     [("Hur arbetar Hässelby-Vällingby med kompetensutveckling?",
       {"intent": "list", "metrics": [], "areas": ["Utveckla"], "followup": False})]),
]
# fmt: on


@pytest.mark.parametrize(("first", "turns"), CONVERSATIONS, ids=[c[0] for c in CONVERSATIONS])
def test_resolve_followup(first: str, turns: list[tuple[str, dict[str, Any]]]) -> None:
    history = [route(first, PLANS)]
    for question, expected in turns:
        resolved = resolve_followup(question, history)
        got = {key: getattr(resolved, key) for key in expected}
        assert got == expected, question
        history.append(resolved)


def test_followup_without_history_is_a_plain_route() -> None:
    assert resolve_followup("och förra året?", [], PLANS) == route("och förra året?", PLANS)


def test_followup_with_explicit_known_plans() -> None:
    history = [route("Hur hög är sjukfrånvaron i Socialnämnden?", [])]  # routed before plans were known
    resolved = resolve_followup("och förra planen?", history, PLANS)
    assert resolved.administrations == [] and resolved.unknown_administrations == ["Socialnämnden"]
    assert resolved.metrics == ["sick_leave_pct"]


def test_an_english_followup_starting_with_and_keeps_the_topic() -> None:
    history = [route("Hur hög är personalomsättningen i Socialnämnden?", PLANS)]
    resolved = resolve_followup("And samma period förra året?", history, PLANS)
    assert resolved.followup and resolved.metrics == ["turnover_pct"] and resolved.administrations == [SN]


# --------------------------------------------------------------------------- generalisation (issue 12)

# fmt: off
GENERAL: list[tuple[str, dict[str, Any]]] = [
    # what an administration does about a topic or area is answered by its activities and the text
    ("Vad gör Hässelby-Vällingby för att locka nya medarbetare?",
     {"target": "activities", "open_question": True, "areas": ["Attrahera"]}),
    ("Vad gör Socialnämnden för att socialsekreterarna ska stanna?",
     {"target": "activities", "open_question": True}),
    ("Hur hög är sjukfrånvaron i Socialnämnden?", {"open_question": False, "metrics": ["sick_leave_pct"]}),
    # the same asked embedded, the subject before the verb, and after a verb of listing or telling
    ("kan du lista vad Socialnämnden gör för att locka fler sökande i år",
     {"target": "activities", "open_question": True, "areas": ["Attrahera"]}),
    ("berätta hur Hässelby-Vällingby jobbar med att behålla sina lärare",
     {"target": "activities", "open_question": True, "areas": ["Behålla"]}),
    ("jag undrar vad som görs för att introducera nya chefer i Socialnämnden",
     {"target": "activities", "open_question": True, "areas": ["Introducera"]}),
    ("vill veta hur de nyanställda introduceras i Socialnämnden",
     {"target": "activities", "open_question": True}),
    ("vad Socialnämnden gör åt hyrpersonalen", {"target": "activities", "open_question": True}),
    # an amount, a degree or a cause asked embedded is no question about what they do
    ("hur många som arbetar heltid i Socialnämnden", {"open_question": False}),
    ("vad är det som gör att personalen slutar i Socialnämnden?", {"open_question": False}),
    ("kan du förklara vad som gör att sjukfrånvaron är hög i Socialnämnden", {"open_question": False}),
    ("hur ofta de rekryterar chefer i Socialnämnden", {"open_question": False}),
    # a verb of hiring counts hires
    ("Hur många anställdes i Socialnämnden 2024?", {"metrics": ["recruitments"]}),
    # a group beside another metric is whose figure is asked for, not a metric of its own
    ("Hur stor andel av kvinnorna arbetar heltid i Socialnämnden?", {"metrics": ["full_time_share"]}),
    ("Antal anställda och könsfördelningen i Socialnämnden?",
     {"metrics": ["employees_total", "women_share"]}),
    # change against another version is a comparison, and takes the latest version too
    ("Är personalomsättningen i Hässelby-Vällingby högre nu än i 2021 års plan?",
     {"intent": "compare", "plans": ["hv21", "hv25"]}),
    ("Har antalet tillsvidareanställda i Socialnämnden ökat sedan förra planen?",
     {"intent": "compare", "plans": ["sn24", "sn25"]}),
    # districts abbreviated by their capital initials; the size of an administration is its headcount
    ("Hur har omsättningen i HV förändrats sedan 2021?",
     {"administrations": [HV], "plans": ["hv21", "hv25"]}),
    ("Vilken förvaltning är störst, HÄ eller HV:s?",
     {"intent": "compare", "administrations": [HA, HV], "metrics": ["employees_total"]}),
    ("Ska vi ha fler hv-möten?", {"administrations": []}),
    # an employer with no plan here is named as unknown, not answered with another's figures
    ("Hur hög är sjukfrånvaron i Kiruna kommun?", {"unknown_administrations": ["Kiruna kommun"]}),
]
# fmt: on


@pytest.mark.parametrize(("question", "expected"), GENERAL, ids=[q for q, _ in GENERAL])
def test_route_generalises(question: str, expected: dict[str, Any]) -> None:
    result = route(question, PLANS)
    assert {key: getattr(result, key) for key in expected} == expected


def test_followup_against_another_administration_keeps_the_topic() -> None:
    first = route("Hur hög är personalomsättningen i Socialnämnden?", PLANS)
    then = resolve_followup("hur står det sig mot Hässelby-Vällingby?", [first], PLANS)
    assert then.intent == "compare" and then.metrics == ["turnover_pct"]
    assert then.administrations == [SN, HV] and then.context == first.question


def test_a_districts_initials_in_capitals_stand_for_it() -> None:
    assert spell_out_initials("Hur många barnskötare i HV är över 60?", PLANS) == (
        "Hur många barnskötare i Hässelby-Vällingby är över 60?"
    )
    assert spell_out_initials("Vad säger HÄ:s plan? Och HA?", PLANS) == (
        "Vad säger Hägersten-Älvsjös plan? Och Hägersten-Älvsjö?"
    )
    # typed in lower case too; inside a word, a common abbreviation or a short word: left as written
    assert spell_out_initials("hv, HVAC och HR", PLANS) == "Hässelby-Vällingby, HVAC och HR"
    assert spell_out_initials("hur många st i hä?", PLANS) == "hur många st i Hägersten-Älvsjö?"


TOWNS: list[dict[str, Any]] = [
    {"administration": "Socialförvaltningen i Norrby stad", "period": "2025", "doc_id": "no"},
    {"administration": "Söderby kommun", "period": "2026", "doc_id": "so"},
]


def test_an_administration_of_a_kind_in_another_towns_plan_is_a_unit_of_that_one() -> None:
    # "socialförvaltningen i Söderby" is Söderby's own unit, not Norrby's social services
    unit = route("Hur hög är sjukfrånvaron inom socialförvaltningen i Söderby?", TOWNS)
    assert unit.administrations == ["Söderby kommun"] and unit.intent == "figure"
    assert unit.unknown_administrations == ["socialförvaltningen"]
    own = route("Hur hög är sjukfrånvaron på socialförvaltningen i Norrby?", TOWNS)
    assert own.administrations == ["Socialförvaltningen i Norrby stad"]
    both = route("Jämför sjukfrånvaron på socialförvaltningen och i Söderby", TOWNS)
    assert both.administrations == ["Socialförvaltningen i Norrby stad", "Söderby kommun"]
    other = route("Hur hög är sjukfrånvaron inom utbildningsförvaltningen i Söderby?", TOWNS)
    assert other.intent == "figure" and other.unknown_administrations == ["utbildningsförvaltningen"]
    district = route("Hur många anställda har Norrby i Söderby kommun?", TOWNS)
    assert district.administrations == ["Socialförvaltningen i Norrby stad", "Söderby kommun"]
    elsewhere = route("Hur hög är personalomsättningen på socialförvaltningen i Västmark?", TOWNS)
    assert elsewhere.administrations == [] and elsewhere.unknown_administrations == ["socialförvaltningen"]
    assert route("Hur hög är sjukfrånvaron på socialförvaltningen i år?", TOWNS).administrations == [
        "Socialförvaltningen i Norrby stad"
    ]


def test_a_whole_employer_is_not_the_plan_of_one_of_its_units() -> None:
    plans = [*TOWNS, {"administration": "Sektor vård i Västerby kommun", "period": "2025", "doc_id": "v"}]
    whole = route("Hur många anställda har Västerby kommun totalt?", plans)
    assert whole.administrations == [] and whole.unknown_administrations == ["Västerby kommun"]
    assert route("Hur många anställda har Västerby kommun?", plans).administrations == [
        "Sektor vård i Västerby kommun"
    ]
    assert route("Hur många anställda har sektor vård i Västerby kommun totalt?", plans).administrations == [
        "Sektor vård i Västerby kommun"
    ]
    assert route("Hur många anställda har Söderby kommun totalt?", plans).administrations == [
        "Söderby kommun"
    ]
