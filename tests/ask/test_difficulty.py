"""How hard a group is to recruit, asked in other words, answered by the row of a made-up table that
rates it (however the column is headed, or with its header split over two rows), not by a need that
merely names the group; and a numbered gap table's row shown with its rating."""

from __future__ import annotations

from kfp_assistant.ask.difficulty import answer_difficulty
from kfp_assistant.ask.gap_rows import need_row
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Gap, PlanRecords, TableCell
from kfp_assistant.sv.assessments import asks_difficulty, is_difficulty_column, is_rating_column

ADMIN = "Tekniska nämnden"
# Occupations x count x how hard to recruit today and in three years, the header words unlike any plan's.
ROWS = [
    ("Brandmän", "57", "Ganska svårt", "Svårt"),
    ("Kockar", "12", "Lätt", "Medel"),
    ("Elektriker", "8", "Svårt", "Mycket svårt"),
]


def _cell(row: int, label: str, header: str, value: str, table: int = 2, page: int = 3) -> TableCell:
    return TableCell(
        file="t.pdf", doc_id="t", administration=ADMIN, period="2026", page=page, table=table,
        caption="Personal och rekrytering", row=row, row_headers=[label], column_header=header,
        value=value, number=None, unit=None, quote=" | ".join(ROWS[row]) if table == 2 else label,
    )  # fmt: skip


def _plan(headers: tuple[str, str, str]) -> PlanRecords:
    cells = [
        _cell(r, name, header, value)
        for r, (name, *values) in enumerate(ROWS)
        for header, value in zip(headers, values, strict=True)
    ]
    text = "Många brandmän går i pension inom fem år"
    need = Gap(file="t.pdf", doc_id="t", administration=ADMIN, period="2026", theme=None, page=5,
               text=text, quote=text)  # fmt: skip
    return PlanRecords(
        doc_id="t", file="t.pdf", administration=ADMIN, period="2026", gaps=[need], cells=cells
    )


def _answer(question: str, plan: PlanRecords) -> str | None:
    r = route(question, [{"doc_id": "t", "administration": ADMIN, "period": "2026"}])
    found = answer_difficulty(r, [plan])
    return found.text if found is not None else None


def test_a_difficulty_question_in_other_words_gets_the_rated_row() -> None:
    plan = _plan(("Antal", "Läget nu", "Om tre år"))
    for question in (
        "Är det svårt att få tag på brandmän hos tekniska nämnden?",
        "Hur svårt är det att rekrytera brandmän till tekniska nämnden?",
        "Hur ser rekryteringsläget ut för brandmän på tekniska nämnden?",
    ):
        text = _answer(question, plan)
        assert text is not None and "Läget nu: Ganska svårt" in text and "Om tre år: Svårt" in text, question
        assert "pension" not in text


def test_the_rating_column_is_found_by_its_values_when_its_header_is_cut() -> None:
    plan = _plan(("Antal", "Svårighet att", "2029"))  # a two-row header read as its first row
    text = _answer("Är det lätt att hitta kockar till tekniska nämnden?", plan)
    assert text is not None and "Kockar" in text and "Svårighet att: Lätt" in text and "Brandmän" not in text


def test_no_rated_row_or_no_difficulty_asked_gives_nothing() -> None:
    plan = _plan(("Antal", "Läget nu", "Om tre år"))
    assert _answer("Är det svårt att få tag på sjuksköterskor hos tekniska nämnden?", plan) is None
    assert _answer("Hur många brandmän finns hos tekniska nämnden?", plan) is None


def test_columns_and_questions_by_their_words() -> None:
    assert is_difficulty_column("Tillgång på sökande", ["God", "Begränsad", "God"])
    assert is_difficulty_column("", ["Lätt", "Medel", "Mycket svårt"])
    assert not is_difficulty_column("Prognos 2028", ["412", "96", "30"])  # counts, not a rating
    assert not is_difficulty_column("Kommentar", ["Få sökande i länet", "Stabil personalgrupp"])
    assert is_rating_column("Angelägenhetsgrad", ["Hög", "Låg"]) and is_rating_column("Prio", ["1", "2"])
    assert asks_difficulty("Har de svårt att hitta elektriker?")
    assert asks_difficulty("Is it difficult to recruit electricians?")
    assert not asks_difficulty("Hur många elektriker går i pension?")


def test_a_numbered_gap_row_is_shown_with_its_rating() -> None:
    gap = Gap(file="t.pdf", doc_id="t", administration=ADMIN, period="2026", theme=None, page=3,
              text="Upphandling av entreprenader", quote="Upphandling av entreprenader")  # fmt: skip
    cells = [
        _cell(0, "2", header, value, table=4)
        for header, value in (("Behov", "Upphandling av entreprenader"), ("Omfattning", "Stor"))
    ]
    text, _, _ = need_row(cells, gap)
    assert text == "Upphandling av entreprenader – Omfattning: Stor"


def test_a_later_part_pointing_back_is_about_the_group_named_before() -> None:
    plan = _plan(("Antal", "Läget nu", "Om tre år"))
    catalog = [{"doc_id": "t", "administration": ADMIN, "period": "2026"}]
    r = route("och hur svårt är det att rekrytera dem om tre år?", catalog)
    before = "Hur många elektriker har tekniska nämnden?"
    found = answer_difficulty(r.model_copy(update={"followup": True, "asked_before": before}), [plan])
    assert found is not None and "Elektriker" in found.text and "Om tre år: Mycket svårt" in found.text
    assert answer_difficulty(r, [plan]) is None  # nothing before: no group named


def test_a_list_question_gets_the_rows_rated_as_asked_in_the_year_asked() -> None:
    plan = _plan(("Antal", "Läget nu", "Om tre år 2029"))
    catalog = [{"doc_id": "t", "administration": ADMIN, "period": "2026"}]

    def listed(question: str) -> list[str]:
        found = answer_difficulty(route(question, catalog), [plan])
        return [name for name, *_ in ROWS if found is not None and f"- {name} –" in found.text]

    assert listed("Vilka yrken blir svårast att rekrytera 2029 hos tekniska nämnden?") == ["Elektriker"]
    assert listed("Vilka yrken har stora svårigheter att rekrytera hos tekniska nämnden?") == [
        "Brandmän",
        "Elektriker",
    ]
    assert listed("Vilka yrken är lätta att rekrytera hos tekniska nämnden?") == ["Kockar"]
    assert listed("Vilka yrken blir mycket svåra att rekrytera 2029 hos tekniska nämnden?") == ["Elektriker"]
    assert listed("Vilka yrken finns hos tekniska nämnden?") == []  # no difficulty asked


def test_degrees_of_ratings_and_providers_are_no_occupation() -> None:
    from kfp_assistant.sv.assessments import difficulty_degree
    from kfp_assistant.sv.occupations import occupations_in

    assert [difficulty_degree(v) for v in ("Lätt", "Medel", "Svårt", "Mycket svårt", "God", "Okänd")] == [
        1,
        2,
        3,
        4,
        1,
        None,
    ]
    assert occupations_in("konkurrens med privata utförare om undersköterskor") == ["undersköterskor"]
