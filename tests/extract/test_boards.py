"""Activities on a time board: periods as columns, each cell a list of area-led items with labelled lines."""

from __future__ import annotations

from kfp_assistant.extract.activities import extract_activities
from kfp_assistant.schema import PlanMeta
from tests.extract.test_tables import doc, heading, table

META = PlanMeta(administration="Testförvaltningen", period="2027")


def test_items_of_a_board_take_their_columns_period_and_a_running_row_sets_its_own() -> None:
    rows = [
        ["Januari–april 2027", "Maj–augusti 2027", "September–december 2027"],
        [
            "Attrahera Delta i två yrkesmässor för\nbyggnadsingenjörer.\nAnsvar: HR-enheten\n"
            "Utveckla Kurs i nya PBL för handläggare.\nAnsvar: Bygglovschef",
            "Behålla Lönekartläggning av tekniska yrken.\nAnsvar: HR-chef",
            "",
        ],
        ["Löpande", "", ""],
        ["Introducera Fadder för varje nyanställd.\nAnsvar: Närmaste chef", "", ""],
    ]
    acts, _ = extract_activities(doc([heading("Insatser 2027"), table(rows)]), META)
    assert [(a.area, a.activity, a.responsible, a.target_date) for a in acts] == [
        ("Attrahera", "Delta i två yrkesmässor för byggnadsingenjörer.", "HR-enheten", "Januari–april 2027"),
        ("Utveckla", "Kurs i nya PBL för handläggare.", "Bygglovschef", "Januari–april 2027"),
        ("Behålla", "Lönekartläggning av tekniska yrken.", "HR-chef", "Maj–augusti 2027"),
        ("Introducera", "Fadder för varje nyanställd.", "Närmaste chef", "Löpande"),
    ]


def test_a_table_of_years_with_numbers_is_no_board() -> None:
    rows = [["2025", "2026", "2027"], ["412", "398", "405"], ["7,1 %", "6,8 %", "6,5 %"]]
    acts, _ = extract_activities(doc([heading("Anställda per år"), table(rows)]), META)
    assert acts == []
