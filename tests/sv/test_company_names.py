"""Companies named in questions: with "AB" before or after the name, or by a word that ends company
names; a company with no plan in the index is declined by name, not answered from the others."""

from __future__ import annotations

from kfp_assistant.ask.router import route
from kfp_assistant.sv.administrations import organisation_mentions

CATALOG = [
    {"administration": n, "doc_id": n, "period": "2026"}
    for n in ("Stadsledningskontoret", "AB Ekhem", "Västerbyns stadsdelsförvaltning")
]


def test_company_names_are_organisations() -> None:
    assert [n for n, _ in organisation_mentions("Sjukfrånvaron hos Norrby Bostäder?")] == ["Norrby Bostäder"]
    assert [n for n, _ in organisation_mentions("Vad har Lindhem för sjukfrånvaro?")] == ["Lindhem"]
    assert [n for n, _ in organisation_mentions("Hur många jobbar på AB Norrvatten?")] == ["AB Norrvatten"]
    assert organisation_mentions("Vilka Fastigheter har de? Hur många bostäder har de?") == []


def test_a_company_with_no_plan_is_unknown_and_one_with_a_plan_known() -> None:
    other = route("Hur mycket sjukfrånvaro har Norrby Bostäder?", CATALOG)
    assert other.administrations == [] and other.unknown_administrations == ["Norrby Bostäder"]
    assert route("Hur många anställda har Ekhem AB?", CATALOG).administrations == ["AB Ekhem"]
    assert route("Hur många anställda har AB Ekhem?", CATALOG).administrations == ["AB Ekhem"]


def test_a_question_naming_no_organisation_covers_all_plans() -> None:
    every = route("Hur hög är sjukfrånvaron?", CATALOG)
    assert every.administrations == [] and every.unknown_administrations == []


def test_the_home_city_names_no_company_of_it() -> None:
    catalog = [{"administration": "Stockholm Vatten och Avfall AB", "doc_id": "a", "period": "2026"}]
    catalog += [{"administration": "Farsta stadsdelsförvaltning", "doc_id": "b", "period": "2026"}]
    assert route("Hur många jobbar i Stockholm?", catalog).administrations == []
    assert route("Hur många jobbar på Stockholm Vatten?", catalog).administrations == [
        "Stockholm Vatten och Avfall AB"
    ]
