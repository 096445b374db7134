"""How the plan itself is followed up, drawn up and owned: its own section answers (made-up plans)."""

from __future__ import annotations

from kfp_assistant.ask.plan_process import answer_process, asked_process
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Chunk
from kfp_assistant.sv.english import in_swedish_terms
from tests.ask.chunks import plan_chunk

OPENING = plan_chunk(
    "Kompetensförsörjningsplanen är kommunens plan för att locka och behålla folk. Den gäller 2027–2029 "
    "och följs upp varje år. Avsnitt 6 beskriver hur planen följs upp.\nÄgare: Personalchef",
    "p:0",
    "Inledning",
)
MADE = plan_chunk(
    "Underlagen samlades in från enheterna under våren. Personalavdelningen skrev ett förslag som "
    "diskuterades i samverkan.",
    "p:1",
    "1.3 Så har planen tagits fram",
)
OWN_FOLLOWUP = plan_chunk(
    "Personalavdelningen gör en sammanställning i samband med bokslutet. Enheterna rapporterar läget "
    "senast 1 februari. Planen revideras vartannat år.",
    "p:5",
    "6 Uppföljning och revidering",
)
OTHER_FOLLOWUP = plan_chunk(
    "Introduktionen utvärderas med en enkät efter tre månader.", "p:4", "Uppföljning av introduktion"
)
NOTHING = plan_chunk("Vi behöver fler sjuksköterskor och undersköterskor.", "q:0", "Behov")


def _answer(question: str, chunks: list[Chunk]) -> str | None:
    route_ = route(question, []).model_copy(update={"plans": ["p"], "scope": ["p"]})
    found = answer_process(route_, question, lambda _doc: chunks, lambda _c: "Planen")
    return None if found is None else found[0]


def test_how_the_plan_is_followed_up_is_its_own_follow_up_section_not_the_introduction() -> None:
    chunks = [OPENING, MADE, OTHER_FOLLOWUP, OWN_FOLLOWUP]
    english = in_swedish_terms("How is the plan followed up?")
    asked = ["Hur följs planen upp?", "Hur följs kommunens kompetensförsörjningsplan upp?", english]
    for question in [*asked, "Hur ofta revideras planen?"]:
        answer = _answer(question, chunks) or ""
        assert "senast 1 februari" in answer and "vartannat år" in answer, question
        assert "locka och behålla" not in answer and "enkät efter tre månader" not in answer


def test_without_a_section_the_sentences_with_the_plan_as_subject_answer_but_not_a_pointer() -> None:
    answer = _answer("När följs planen upp?", [OPENING, NOTHING]) or ""
    assert "följs upp varje år" in answer and "Avsnitt 6" not in answer
    assert _answer("Hur följs planen upp?", [NOTHING]) is None  # retrieval answers, or declines


def test_how_it_was_drawn_up_and_who_owns_it() -> None:
    chunks = [OPENING, MADE, OWN_FOLLOWUP]
    assert "samlades in från enheterna" in (_answer("Hur har planen tagits fram?", chunks) or "")
    owner = _answer("Vem ansvarar för planen?", chunks) or ""
    assert owner.index("Ägare: Personalchef") < owner.index("sammanställning i samband med bokslutet")


def test_questions_about_activities_or_other_plans_are_not_about_the_plan_itself() -> None:
    assert asked_process("Hur följs aktiviteterna i planen upp?") is None
    assert asked_process("Vem ansvarar för insatserna i planen?") is None
    assert asked_process("Hur följs handlingsplanen för heltid upp?") is None
    assert asked_process("Vilka yrken saknas enligt planen?") is None
    assert asked_process("Vem ansvarar för uppföljningen av planen?") == "owner"
    assert asked_process("Hur tog de fram kompetensförsörjningsplanen?") == "drawn_up"
