"""Short forms of the indexed organisations' names are spelled out; ordinary words and common
abbreviations never are. Made-up organisations throughout."""

from __future__ import annotations

from kfp_assistant.ask.initials import spell_out_initials
from kfp_assistant.ask.router import route
from kfp_assistant.ask.short_forms import spell_out_short_forms as out

NAMES = frozenset(
    {
        "Fastighetskontoret, Norrby kommun",
        "Kulturförvaltningen",
        "Stadsledningskontoret",
        "Västerbyns stadsdelsförvaltning",
        "AB Ekhem",
    }
)


def test_initials_of_a_compound_name_as_staff_type_them() -> None:
    assert out("Hur hög är sjukfrånvaron på FK?", NAMES).endswith("på FK?")
    assert out("Vad gör SLK åt personalomsättningen?", NAMES) == (
        "Vad gör Stadsledningskontoret åt personalomsättningen?"
    )
    assert out("SLK:s plan", NAMES) == "Stadsledningskontorets plan"
    assert out("vad säger slk om lön", NAMES) == "vad säger Stadsledningskontoret om lön"
    assert out("Hur många jobbar på KuF?", NAMES) == "Hur många jobbar på Kulturförvaltningen?"


def test_ordinary_words_and_common_abbreviations_stay() -> None:
    for question in (
        "Vad ska HR och IT göra för USK, LSS, APL och AT-läkare?",
        "hos och som med vad den kan",
    ):
        assert out(question, NAMES) == question
    two = NAMES | {"Kyrkoförvaltningen"}  # "KF" could be either
    assert out("Om KF ska vi se", two) == "Om KF ska vi se"


def test_a_clipped_name_and_the_field_at_a_workplace() -> None:
    assert out("hur många jobbar på kulturförv.", NAMES) == "hur många jobbar på Kulturförvaltningen"
    assert out("hur trivs man på kulturen?", NAMES) == "hur trivs man på Kulturförvaltningen?"
    assert out("kulturen på arbetsplatsen", NAMES) == "kulturen på arbetsplatsen"
    assert (
        out("hur är det på servicen?", NAMES | {"Serviceförvaltningen"})
        == "hur är det på Serviceförvaltningen?"
    )


def test_the_kind_of_body_when_one_plan_is_of_it() -> None:
    assert out("Hur många anställda har bolaget?", NAMES) == "Hur många anställda har AB Ekhem?"
    assert out("Trivs de på Ekhem och i bolaget?", NAMES) == "Trivs de på Ekhem och i bolaget?"
    two = NAMES | {"Norrby Energi AB"}
    assert out("Hur många anställda har bolaget?", two) == "Hur många anställda har bolaget?"


def test_a_spelled_out_short_form_routes_to_its_plan() -> None:
    catalog = [{"administration": n, "doc_id": n, "period": "2026"} for n in NAMES]
    asked = spell_out_initials("Hur hög är sjukfrånvaron på SLK?", catalog)
    assert route(asked, catalog).administrations == ["Stadsledningskontoret"]
    assert route("Vad gör ekhem för att behålla folk?", catalog).administrations == ["AB Ekhem"]


def test_initials_of_a_name_of_several_words() -> None:
    names = frozenset(
        {"Vård- och omsorgsförvaltningen, Norrby kommun", "Tekniska förvaltningen i Söderby kommun"}
    )
    catalog = [{"administration": n, "doc_id": n, "period": "2026"} for n in names]
    for short, name in (
        ("VOF", "Vård- och omsorgsförvaltningen, Norrby kommun"),
        ("TF", "Tekniska förvaltningen i Söderby kommun"),
    ):
        asked = out(f"Hur hög är sjukfrånvaron på {short}?", names)
        assert route(asked, catalog).administrations == [name]
