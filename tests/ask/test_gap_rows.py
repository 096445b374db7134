"""Needs from a gap table with a rating column, asked in other words: one need's rating, every need
with its rating, the needs rated as asked; on a made-up table."""

from __future__ import annotations

from kfp_assistant.ask.gap_rows import asks_rating, names_need, need_topic, rating_words, shown_needs
from kfp_assistant.ask.multipart import question_parts
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Gap, PlanRecords, TableCell
from kfp_assistant.sv.words import tokenize

ROWS = [
    ("Brandingenjörer", "Stort", "Få utbildas i regionen."),
    ("Kockar med specialkost", "Litet", "Enstaka vakanser."),
    ("Lönehandläggare", "Medel", "Två går i pension."),
]


def _cells() -> list[TableCell]:
    out = []
    for r, (need, rating, comment) in enumerate(ROWS):
        for header, value in (("Bedömning", rating), ("Kommentar", comment)):
            out.append(
                TableCell(
                    file="p.pdf", doc_id="p", administration="Räddningstjänsten", period="2026",
                    page=4, table=1, caption="Kompetensbehov 2026", row=r, row_headers=[need],
                    column_header=header, value=value, number=None, unit=None,
                    quote=f"{need} | {rating} | {comment}",
                )
            )  # fmt: skip
    return out


def _plan() -> PlanRecords:
    gaps = [
        Gap(file="p.pdf", doc_id="p", administration="Räddningstjänsten", period="2026", theme=None,
            text=need, page=4, quote=need)
        for need, _, _ in ROWS
    ]  # fmt: skip
    return PlanRecords(
        doc_id="p", file="p.pdf", administration="Räddningstjänsten", period="2026", gaps=gaps, cells=_cells()
    )


def _shown(question: str) -> tuple[list[str], bool]:
    plan = _plan()
    topic = need_topic(set(tokenize(question)) - rating_words(question, plan.cells, plan.gaps))
    gaps, with_rows = shown_needs(question, plan.gaps, plan.cells, topic)
    return [g.text for g in gaps], with_rows


def test_how_serious_one_need_is_shows_its_row_with_the_rating() -> None:
    assert _shown("Hur allvarlig är bristen på brandingenjörer?") == (["Brandingenjörer"], True)
    assert asks_rating("How serious is the shortage?") and not asks_rating("Vilka behov finns?")


def test_every_need_with_its_rating_and_the_needs_rated_as_asked() -> None:
    names = [need for need, _, _ in ROWS]
    assert _shown("Vilka kompetenser saknas och hur stora bedöms bristerna?") == (names, True)
    assert _shown("Vilka behov bedöms som stora?") == (["Brandingenjörer"], True)
    assert _shown("Var är bristen störst?") == (["Brandingenjörer"], True), "another degree of the rating"
    assert _shown("Vilka kompetensbehov finns?") == (names, False)


def test_a_list_and_how_big_its_needs_are_is_one_question() -> None:
    assert question_parts("Vilka kompetenser saknas och hur stora bedöms bristerna?") == [
        "Vilka kompetenser saknas och hur stora bedöms bristerna?"
    ]
    assert len(question_parts("Vilka kompetenser saknas och hur stor är personalomsättningen?")) == 2


def test_the_records_answer_cites_the_rows_of_the_needs_rated_as_asked() -> None:
    plan = _plan()
    question = "Vilka behov bedöms som stora hos räddningstjänsten?"
    r = route(question, [{"doc_id": "p", "administration": "Räddningstjänsten", "period": "2026"}])
    answer = answer_from_records(r, [plan], content_tokens(question, r))
    assert answer is not None and "Brandingenjörer – Bedömning: Stort" in answer.text
    assert "Lönehandläggare" not in answer.text
    assert [c.quote for c in answer.citations] == ["Brandingenjörer | Stort | Få utbildas i regionen."]


def test_english_words_no_need_names_are_no_topic() -> None:
    from kfp_assistant.ask.gap_rows import plans_for_needs

    plan = _plan()
    assert plans_for_needs("What gaps do they see?", [plan], {"see"}) is None
    assert plans_for_needs("What gaps do they see?", [plan], {"see"}, english=True) == ([plan], set())


def test_a_need_names_the_occupation_it_is_a_compound_of() -> None:
    (inspector,) = tokenize("inspektörer")
    assert names_need({inspector}, "Erfarna livsmedelsinspektörer med kunskap om kontroll")
    (nurse,) = tokenize("sjuksköterskor")
    assert names_need({nurse}, "Röntgensjuksköterskor till akuten")
    assert names_need({nurse}, "Sjuksköterskor i hemsjukvården")
    (chef,) = tokenize("chefer")
    assert not names_need({chef}, "Enhetschefer inom LSS"), "a short stem is a part of too many words"
    assert not names_need({inspector}, "Planarkitekter och bygglovshandläggare")
