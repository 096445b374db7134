"""List questions answered by the section whose heading the question names, or by the headings naming
what it asks for (made-up plan chunks)."""

from __future__ import annotations

from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.headings_list import headings_list
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.router import route
from kfp_assistant.ask.section_list import heading_match, section_list
from kfp_assistant.schema import Chunk
from tests.ask.chunks import plan_chunk

CHUNKS = [
    plan_chunk("Planen gäller hela kommunen och beskriver läget.", "d:0", "Inledning"),
    plan_chunk(
        "Det är svårt att få legitimerad personal till nattarbete. Bristen märks mest på sommaren.",
        "d:1",
        "Våra gemensamma utmaningar > Brist på legitimerad personal",
    ),
    plan_chunk(
        "Nya regler kräver ändrade scheman.\nVi ska även arbeta vidare med följande:\n"
        "- Minska sjukfrånvaron i hemtjänsten\n- Korta tiden till första lön för timanställda",
        "d:2",
        "Våra gemensamma utmaningar > Ny lagstiftning om arbetstid",
    ),
    plan_chunk("Medarbetarenkäten visar ett gott resultat i år.", "d:3", "Resultat"),
]


def _at(doc_id: str, position: int) -> Chunk | None:
    return CHUNKS[position] if doc_id == "d" and 0 <= position < len(CHUNKS) else None


def _answer(question: str, retrieved: list[Chunk]) -> str | None:
    route_ = route(question, [])
    tokens = content_tokens(question, route_)
    passages = [p for c in retrieved for p in score_chunk(c, tokens, 0.5)]
    found = section_list(passages, tokens, question, _at, lambda c: "Plan")
    return found.text if found else None


def test_a_section_named_by_the_question_lists_its_headed_paragraphs_and_items() -> None:
    text = _answer("Vilka gemensamma utmaningar tar planen upp?", [CHUNKS[2]])
    assert text is not None
    lines = text.splitlines()
    assert lines[0] == "**Plan** – Våra gemensamma utmaningar:"
    assert lines[1:] == [
        "- Brist på legitimerad personal [1]",
        "- Ny lagstiftning om arbetstid [2]",
        "- Minska sjukfrånvaron i hemtjänsten [3]",
        "- Korta tiden till första lön för timanställda [4]",
    ], "each headed paragraph by its heading, then the items of the lead-in; prose left out"


def test_a_heading_naming_one_word_of_the_question_is_a_topic_not_a_list() -> None:
    assert heading_match("Resultat", {"resultat", "enkät"}, "vilka resultat gav enkäten?") == (1, 1.0)
    assert _answer("Vilka resultat gav medarbetarenkäten?", [CHUNKS[3]]) is None


def test_of_two_sections_with_one_heading_the_headings_before_tell_which_is_meant() -> None:
    chunks = [
        plan_chunk("Förvaltningen har gemensamma mål för områdena:", "e:0", "Förvaltningens gemensamma mål"),
        plan_chunk(
            "ta fram karriärvägar\nsynliggöra lediga tjänster internt", "e:1", "Attrahera och rekrytera"
        ),
        plan_chunk("Förskolan arbetar för sig.", "e:2", "Avdelningen för förskola"),
        plan_chunk(
            "delta på mässor\nta emot praktikanter",
            "e:3",
            "Avdelningen för förskola > Attrahera och rekrytera",
        ),
    ]

    def at(doc_id: str, position: int) -> Chunk | None:
        return chunks[position] if 0 <= position < len(chunks) else None

    question = "Vad ska de göra förvaltningsgemensamt för att locka och rekrytera folk?"
    route_ = route(question, [])
    tokens = content_tokens(question, route_)
    passages = [p for c in (chunks[3], chunks[1]) for p in score_chunk(c, tokens, 0.5)]
    found = section_list(passages, tokens, question, at, lambda c: "Plan")
    assert found is not None
    assert "karriärvägar" in found.text and "mässor" not in found.text


OUTLINE = [
    plan_chunk("Planen beskriver nuläget.", "o:0", "Inledning"),
    plan_chunk("Förskolan har 40 enheter.", "o:1", "2 Avdelningen för förskola"),
    plan_chunk("Vi behöver fler pedagoger.", "o:2", "2 Avdelningen för förskola > Behov"),
    plan_chunk("Skolan växer.", "o:3", "3 Avdelningen för grundskola"),
    plan_chunk("Stödet samlas.", "o:4", "4 Avdelningen för stöd och service"),
]


def _outline_at(doc_id: str, position: int) -> Chunk | None:
    return OUTLINE[position] if 0 <= position < len(OUTLINE) else None


def test_which_departments_a_plan_describes_is_answered_by_its_headings() -> None:
    question = "Vilka avdelningar beskrivs i planen?"
    tokens = content_tokens(question, route(question, []))
    found = headings_list("o", tokens, question, _outline_at, lambda c: "Plan")
    assert found is not None
    assert found[0].splitlines()[1:] == [
        "- 2 Avdelningen för förskola [1]",
        "- 3 Avdelningen för grundskola [2]",
        "- 4 Avdelningen för stöd och service [3]",
    ]


def test_a_question_asking_more_than_which_there_are_is_not_answered_by_headings() -> None:
    question = "Vilka avdelningar har flest vakanser?"
    tokens = content_tokens(question, route(question, []))
    assert headings_list("o", tokens, question, _outline_at, lambda c: "Plan") is None


def test_sections_of_one_heading_in_several_departments_are_all_listed_by_their_place() -> None:
    under = " > Attrahera och rekrytera"
    chunks = [
        plan_chunk("Förskolan växer.", "f:0", "Avdelningen för förskola"),
        plan_chunk("delta på mässor\nta emot praktikanter", "f:1", "Avdelningen för förskola" + under),
        plan_chunk("Äldreomsorgen växer.", "f:2", "Avdelningen för äldreomsorg"),
        plan_chunk(
            "annonsera i lokalpressen\nbesöka gymnasieskolor", "f:3", "Avdelningen för äldreomsorg" + under
        ),
    ]

    def at(doc_id: str, position: int) -> Chunk | None:
        return chunks[position] if 0 <= position < len(chunks) else None

    question = "Vad gör de för att attrahera och rekrytera?"
    tokens = content_tokens(question, route(question, []))
    passages = [p for c in (chunks[3], chunks[1]) for p in score_chunk(c, tokens, 0.5)]
    found = section_list(passages, tokens, question, at, lambda c: "Plan")
    assert found is not None
    assert "**Plan** – Avdelningen för äldreomsorg > Attrahera och rekrytera:" in found.text
    assert "**Plan** – Avdelningen för förskola > Attrahera och rekrytera:" in found.text
    assert "lokalpressen" in found.text and "mässor" in found.text


THEMED = [
    plan_chunk("Avdelningarna har pekat ut följande.", "t:0", "5 Kompetensbrister"),
    plan_chunk(
        "Nya e-tjänster införs.\n- Vana vid videomöten i hemsjukvården\n- Säker inloggning i journalsystemet",
        "t:1",
        "5 Kompetensbrister > 5.1 Digitalisering",
    ),
    plan_chunk("- Lönesättning hos nya chefer\n- Svåra samtal", "t:2", "5 Kompetensbrister > 5.2 Ledarskap"),
    plan_chunk("Alla får en digital introduktion.", "t:3", "6 Insatser > 6.1 Digitalisering"),
]


def _themed(question: str, kind: bool = True) -> str | None:
    from kfp_assistant.sv.assessments import GAP_HEADER

    route_ = route(question, [])
    tokens = content_tokens(question, route_)
    passages = [p for c in THEMED for p in score_chunk(c, tokens, 0.5)]

    def at(doc_id: str, position: int) -> Chunk | None:
        return THEMED[position] if doc_id == "t" and 0 <= position < len(THEMED) else None

    found = section_list(passages, tokens, question, at, lambda c: "Plan", GAP_HEADER if kind else None)
    return found.text if found else None


def test_a_theme_under_a_heading_of_the_kind_asked_lists_the_themes_items() -> None:
    text = _themed("Vilka digitala brister finns?")
    assert text is not None and "5.1 Digitalisering" in text
    assert "- Vana vid videomöten i hemsjukvården [1]" in text and "Säker inloggning" in text
    assert "Lönesättning" not in text and "introduktion" not in text
    assert _themed("Vilka digitala brister finns?", kind=False) is None  # one word names no section


def test_a_headings_number_is_none_of_its_words() -> None:
    assert heading_match(
        "4.2 Ledarskap och chefsstöd", {"ledarskap", "chefsstöd"}, "ledarskap och chefsstöd"
    ) == (
        2,
        1.0,
    )
