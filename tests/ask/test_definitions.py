"""What a plan means by a term: answered by its own glossary entry (made-up plans)."""

from __future__ import annotations

from kfp_assistant.ask.definitions import answer_definition, asks_definition, defined, definitions_in
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Chunk
from kfp_assistant.sv.english import in_swedish_terms
from tests.ask.chunks import plan_chunk

GLOSSARY = plan_chunk(
    "Bilaga: Ordlista\n"
    "Frånvarograd – frånvarotimmar i förhållande till planerad arbetstid.\n"
    "Kort frånvarograd – frånvaro dag 1–7 i en period.\n"
    "Trygga scheman – scheman med minst två lediga helger per månad.\n"
    "Med kompetensväxling avses att erfarna medarbetare lär upp nya före sin avgång.\n"
    "Vi följer avtalet om Yrkesväxling och Omställning (YVO) i alla verksamheter.",
    chunk_id="d:4",
    pages=[7, 7, 7, 7, 8, 8],
)
PROSE = plan_chunk("Frånvarograden steg till 7 procent under året, främst i hemtjänsten.", chunk_id="d:1")


def _answer(question: str, similar=None) -> str | None:
    route_ = route(question, []).model_copy(update={"plans": ["d"], "scope": ["d"]})
    found = answer_definition(route_, lambda _doc: [PROSE, GLOSSARY], similar, lambda _c: "Planen")
    return None if found is None else found[0]


def test_a_question_for_a_meaning_is_answered_by_the_glossary_entry_of_the_term_it_names() -> None:
    answer = _answer("Hur räknar förvaltningen frånvarograd, vad menas med det?")
    assert answer is not None and "frånvarotimmar i förhållande" in answer
    assert "dag 1–7" not in answer  # "kort" is not asked: the longer term is not named


def test_the_longest_term_the_question_names_wins() -> None:
    answer = _answer("Vad betyder kort frånvarograd?")
    assert answer is not None and "dag 1–7" in answer


def test_med_x_avses_and_a_spelled_out_abbreviation_define_their_terms() -> None:
    assert "lär upp nya" in (_answer("Vad menas med kompetensväxling?") or "")
    assert "Yrkesväxling och Omställning" in (_answer("Vad står YVO för?") or "")
    assert _answer("Vad är HR:s roll i arbetet?") is None  # an abbreviation in the genitive asks no meaning


def test_a_term_asked_in_other_words_is_met_by_meaning_only_when_one_term_stands_out() -> None:
    def near(term: str, texts: list[str]) -> list[float]:
        return [0.9 if t == "Trygga scheman" else 0.8 for t in texts]

    def flat(term: str, texts: list[str]) -> list[float]:
        return [0.85 if t == "Trygga scheman" else 0.84 for t in texts]

    assert "lediga helger" in (_answer("Vad menas med säkra scheman?", near) or "")
    assert _answer("Vad menas med säkra scheman?", flat) is None
    assert _answer("Vad menas med säkra scheman?") is None  # no similarity: words only


def test_an_english_question_for_a_meaning_asks_its_quoted_term() -> None:
    question = in_swedish_terms("What do they mean by 'safe rosters' in the plan?")
    assert asks_definition(question, english=True)

    def near(term: str, texts: list[str]) -> list[float]:
        assert term == "safe rosters"
        return [0.9 if t == "Trygga scheman" else 0.8 for t in texts]

    found = defined(definitions_in([GLOSSARY]), question, near)
    assert found is not None and found.term == "Trygga scheman" and found.page == 7


def test_questions_about_consequences_or_figures_ask_no_meaning() -> None:
    assert not asks_definition("Vad innebär det för verksamheten att många går i pension?")
    assert not asks_definition("Hur hög är frånvarograden?")
    assert _answer("Hur hög är frånvarograden?") is None


def test_only_prose_defines_a_table_row_with_a_dash_does_not() -> None:
    table = Chunk(**{**GLOSSARY.model_dump(), "kind": "table", "text": "Giltighet – 2025 till 2026"})
    assert definitions_in([table]) == []


def test_over_many_plans_the_definitions_are_left_to_retrieval() -> None:
    many = [f"p{i}" for i in range(40)]
    route_ = route("Vad menas med frånvarograd?", []).model_copy(update={"plans": many, "scope": many})
    read: list[str] = []

    def chunks_of(doc_id: str) -> list[Chunk]:
        read.append(doc_id)
        return [GLOSSARY]

    assert answer_definition(route_, chunks_of, None, lambda _c: "Planen") is None and read == []
