"""Needs filtered by a column the question names by its header or the start of it ("prio 1", "prioritet
2"): the rows with that value in that column, not those with the value in another (a row number)."""

from __future__ import annotations

from kfp_assistant.ask.gap_rows import column_named, shown_needs
from kfp_assistant.schema import Gap, TableCell

# (number, need, scale, priority): the row numbers run 1-4, the priorities 1-2
ROWS = [
    ("1", "Vattenrenare med drifterfarenhet", "Stort", "2"),
    ("2", "Elkraftingenjörer", "Stort", "1"),
    ("3", "GIS-kompetens", "Litet", "2"),
    ("4", "Upphandlare", "Medel", "1"),
]


def _cells() -> list[TableCell]:
    out = []
    for r, (number, need, scale, priority) in enumerate(ROWS):
        for header, value in (("Nr", number), ("Omfattning", scale), ("Prioritering", priority)):
            out.append(
                TableCell(
                    file="p.pdf", doc_id="p", administration="VA-bolaget", period="2026", page=3,
                    table=0, caption="Kompetensgap", row=r, row_headers=[need], column_header=header,
                    value=value, number=None, unit=None, quote=f"{number} | {need} | {scale} | {priority}",
                )
            )  # fmt: skip
    return out


def _gaps() -> list[Gap]:
    return [
        Gap(file="p.pdf", doc_id="p", administration="VA-bolaget", period="2026", theme=None,
            text=need, page=3, quote=need)
        for _, need, _, _ in ROWS
    ]  # fmt: skip


def _shown(question: str) -> list[str]:
    return [g.text for g in shown_needs(question, _gaps(), _cells(), set())[0]]


def test_a_column_named_by_its_start_filters_its_rows() -> None:
    assert column_named("Vilka gap har prio 1?", _cells(), _gaps()) == "Prioritering"
    assert _shown("Vilka gap har prio 1?") == ["Elkraftingenjörer", "Upphandlare"]
    assert _shown("räkna upp gapen med prioritering 2") == [
        "Vattenrenare med drifterfarenhet",
        "GIS-kompetens",
    ]
    assert _shown("Vilka gap har omfattning medel?") == ["Upphandlare"]


def test_no_column_named_leaves_the_rows_as_before() -> None:
    assert column_named("Vilka gap är stora?", _cells(), _gaps()) is None
    assert _shown("Vilka gap är stora?") == ["Vattenrenare med drifterfarenhet", "Elkraftingenjörer"]
