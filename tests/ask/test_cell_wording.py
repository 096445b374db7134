"""Table rows asked in other words than their labels (made-up tables): an abbreviated label ("BoU")
asked in full or as written, a district's initials with hyphens, everyday words ("stan", "o"), and
the size of a need asked with "bedöms"."""

from __future__ import annotations

from kfp_assistant.ask.initials import spell_out_initials
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.sv.everyday import in_plan_words
from kfp_assistant.sv.table_terms import header_reading
from kfp_assistant.sv.why import asks_prose
from tests.ask.test_cells import ask, plan, table

AGES = table(
    [
        ["Befattning", "Antal", "20-29 år", "30-49 år", "50- år"],
        ["Socialsekreterare myndighet BoU", "40", "12", "20", "8"],
        ["Socialsekreterare myndighet vuxen", "30", "5", "15", "10"],
        ["Handläggare LSS", "22", "4", "10", "8"],
    ],
    "Åldersstruktur per befattning",
)


def test_an_abbreviated_label_is_named_in_full_or_as_written() -> None:
    plans = [plan("a", AGES)]
    for question in (
        "Hur många socialsekreterare på myndighet barn och unga är under 30 i Skarpnäck?",
        "Hur många socialsekreterare myndighet BoU är under 30 i Skarpnäck?",
    ):
        text = ask(question, plans) or ""
        assert "20-29 år: 12" in text and "vuxen" not in text, question
    text = ask("Hur många handläggare inom lagen om stöd och service är 50 eller äldre i Skarpnäck?", plans)
    assert "50- år: 8" in (text or "")


def test_district_initials_with_hyphens_name_the_district() -> None:
    known = [{"doc_id": "x", "administration": "Norrmalm-Söderby stadsdelsförvaltning", "period": "2025"}]
    assert "Norrmalm-Söderby" in spell_out_initials("hur många jobbar i N-S?", known)
    assert "Norrmalm-Söderby" in spell_out_initials("hur många jobbar i NS?", known)


def test_everyday_words_for_the_city_and_and() -> None:
    assert in_plan_words("jämfört med stan") == "jämfört med staden"
    assert in_plan_words("kultur o fritid") == "kultur och fritid"


def test_how_big_a_need_is_judged_asks_its_size_not_how_it_was_judged() -> None:
    assert not asks_prose("Hur stor bedöms bristen på planarkitekter vara?")
    assert route("Hur stor bedöms bristen på planarkitekter vara?", []).intent != "explain"
    assert route("Hur bedömde de kompetensbehoven?", []).intent == "explain"


def test_a_caption_of_age_intervals_describes_the_staff_counted() -> None:
    cells = table(
        [["Yrkesgrupp", "Totalt", "–29", "30–49", "50–"], ["Förskollärare", "300", "20", "180", "100"]],
        "Tabell 2. Tillsvidareanställda per yrkesgrupp och åldersintervall, oktober 2025",
    )
    text = ask("hur manga forskollarare under 30 har Skarpnäck?", [plan("a", cells)])
    assert "–29: 20" in (text or "")


def test_values_as_written_and_coded_headers_read_beside_them() -> None:
    cells = table(
        [["Yrkesgrupp", "202210", "202310", "–29", "60–"], ["Kockar", "85%", "91%", "3", "7"]],
        "Andel heltidsanställda och ålder",
    )
    text = ask("Hur stor andel av kockarna i Skarpnäck arbetade heltid i oktober 2023?", [plan("a", cells)])
    assert "202310: 91% (oktober 2023)" in (text or "")
    text = ask("Hur många kockar i Skarpnäck är 60 eller äldre?", [plan("a", cells)])
    assert "60–: 7 (60 år eller äldre)" in (text or "")
    assert header_reading("-34 år") == "" and header_reading("2024") == ""


def test_a_group_in_a_table_assessing_supply_is_answered_with_its_row() -> None:
    cells = table(
        [
            ["Yrkesgrupp", "Bedömning 2025", "Orsak", "Prognos 2028"],
            ["Kockar", "Brist", "Få sökande", "Ökad brist"],
            ["Vaktmästare", "Balans", "Många sökande", "Viss brist"],
        ],
        "Bedömning av kompetensförsörjningen per yrkesgrupp",
    )
    records = plan("a", cells).model_copy(update={"gaps": []})
    question = "Blir det svårt att få tag på vaktmästare i Skarpnäck framöver?"
    route_ = route(
        question, [{"doc_id": "a", "administration": records.administration, "period": "2025-2027"}]
    )
    found = answer_from_records(route_, [records], content_tokens(question, route_))
    assert found is not None and "Vaktmästare – Bedömning 2025: Balans" in found.text
    assert "Prognos 2028: Viss brist" in found.text and "Kockar" not in found.text
