"""Activity and need lists asked in other words (made-up plan): a compound of an area word names a thing
within the area ("avslutningssamtal", "ledarutveckling"), a general one the whole area
("kompetensutveckling", "rekryteringsaktiviteter"); HR words for an area ("employer branding");
"vad görs för att minska X" asks for the measures; a compound of two words asking for the list of needs
("bristområden") asks for the whole list."""

from __future__ import annotations

from kfp_assistant.ask.list_topic import topic_stems
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Activity, Gap, PlanRecords
from kfp_assistant.sv.areas import area_compound_rests, areas_in_question

ADMIN = "Tekniska förvaltningen i Åsby kommun"
PLANS = [{"doc_id": "ab", "administration": ADMIN, "period": "2026-2027", "file": "ab.docx"}]


def _row(text: str, area: str, goal: str = "") -> Activity:
    return Activity(
        file="ab.docx", doc_id="ab", administration=ADMIN, period="2026-2027", table="plan", area=area,
        areas=[area], goal=goal, activity=text, target_date="2026", responsible="HR", page=2, quote=text,
    )  # fmt: skip


ROWS = [
    _row("Mentorprogram för blivande arbetsledare", "Utveckla"),
    _row("Utbildning i upphandlingsregler för handläggare", "Utveckla"),
    _row("Digitala kurser i nya verksamhetssystemet", "Utveckla"),
    _row("Gemensam annonsering med grannkommuner", "Rekrytera"),
    _row("Strukturerade intervjuer vid alla tjänster", "Rekrytera"),
    _row("Praktikplatser för gymnasieelever på vattenverket", "Attrahera"),
    _row("Filmer om yrkena i sociala medier", "Attrahera"),
    _row("Välkomstdag för alla som börjar", "Introducera"),
    _row("Exitsamtal med alla som slutar", "Avsluta"),
    _row("Överlämning av pågående ärenden före pension", "Avsluta"),
    _row("Friskvårdstimme och ergonomironder", "Behålla", goal="Sjukfrånvaron ska minska."),
]
NEEDS = ["Drifttekniker för reningsverk", "Projektledare för broar", "Fordonsmekaniker"]


def _plan() -> PlanRecords:
    return PlanRecords(
        doc_id="ab", file="ab.docx", administration=ADMIN, period="2026-2027", activities=ROWS,
        gaps=[Gap(file="ab.docx", doc_id="ab", administration=ADMIN, period="2026-2027", text=t, page=3,
                  theme=None, quote=t) for t in NEEDS],
    )  # fmt: skip


def _answer(question: str) -> str:
    route_ = route(question, PLANS)
    found = answer_from_records(route_, [_plan()], content_tokens(question, route_))
    assert found is not None, question
    return found.text


def _shown(question: str) -> list[str]:
    text = _answer(question)
    return [a.activity for a in ROWS if a.activity in text]


def test_a_compound_of_an_area_word_names_a_thing_within_the_area() -> None:
    assert area_compound_rests("Vad gör de kring avslutningssamtal?") == [("samtal", True)]
    assert area_compound_rests("Vad gör de för chefsutveckling?") == [("chef", False)]
    assert area_compound_rests("Vad gör de med kompetensutveckling?") == []
    assert _shown("Vilka insatser har Åsby kring avslutningssamtal?") == ["Exitsamtal med alla som slutar"]
    assert _shown("Vad gör Åsby för ledarutveckling?") == ["Mentorprogram för blivande arbetsledare"]


def test_a_general_compound_of_an_area_word_asks_for_the_whole_area() -> None:
    utveckla = [a.activity for a in ROWS if a.area == "Utveckla"]
    assert _shown("Vad gör Åsby med kompetensutveckling?") == utveckla
    rekrytera = [a.activity for a in ROWS if a.area == "Rekrytera"]
    assert _shown("Vilka rekryteringsaktiviteter har Åsby?") == rekrytera


def test_hr_words_and_other_forms_name_the_area() -> None:
    assert areas_in_question("Vad gör de för employer branding?") == ["Attrahera"]
    attrahera = [a.activity for a in ROWS if a.area == "Attrahera"]
    assert _shown("Vad gör Åsby för employer branding?") == attrahera
    assert _shown("Hur gör Åsby med nyanställda?") == ["Välkomstdag för alla som börjar"]


def test_what_is_done_to_lower_a_figure_asks_for_the_measures() -> None:
    route_ = route("Vad görs för att minska sjukfrånvaron i Åsby?", PLANS)
    assert (route_.intent, route_.target) == ("list", "activities")
    assert _shown("Vad görs för att minska sjukfrånvaron i Åsby?") == ["Friskvårdstimme och ergonomironder"]


def test_a_compound_asking_for_the_list_of_needs_gets_every_need() -> None:
    for question in ("Vilka bristområden har Åsby?", "Vilka bristyrken finns i Åsby?"):
        text = _answer(question)
        assert all(need in text for need in NEEDS), question


def test_everyday_words_for_recruiting_and_for_gaps() -> None:
    rekrytera = [a.activity for a in ROWS if a.area == "Rekrytera"]
    assert _shown("Vilka insatser gör Åsby för att anställa rätt folk?") == rekrytera
    text = _answer("Vilka kompetensluckor ser Åsby?")
    assert all(need in text for need in NEEDS)
    question = "vilka bristyrken har tekniska o Åsby"  # "o" is "och", no topic
    assert "o" not in topic_stems(route(question, PLANS), content_tokens(question, route(question, PLANS)))


def test_the_end_of_an_employment_is_whom_avsluta_is_about() -> None:
    avsluta = [a.activity for a in ROWS if a.area == "Avsluta"]
    assert _shown("Vilka aktiviteter har Åsby kring avslut av anställningar?") == avsluta
