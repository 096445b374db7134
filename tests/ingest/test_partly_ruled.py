"""A ruled area whose cells miss most of its text (a time plan with only its marks in ruled cells) is not
read as the table: its lines stay text, where the grid reader or the paragraphs keep every word."""

from __future__ import annotations

from kfp_assistant.ingest.pdf_layout import TableArea, _holds_its_text, assemble_pages
from kfp_assistant.ingest.pdf_runs import Line


def _line(text: str, top: float, x: float = 60.0) -> Line:
    return Line(text=text, x=x, top=top, size=10.0, bold=False, italic=False)


LINES = [
    _line("Aktiviteter under året", 80.0),
    _line("Starta ett mentorsprogram för nya arbetsledare", 120.0),
    _line("Utbilda alla chefer i arbetsrätt och rehabilitering", 140.0),
    _line("Ta fram en film om yrket brandman", 160.0),
]
MARKS = TableArea(
    top=110.0, bottom=170.0, x0=50.0, x1=500.0, rows=[["", "■", "■"], ["■", "", ""], ["", "■", ""]]
)
FULL = TableArea(
    top=110.0,
    bottom=170.0,
    x0=50.0,
    x1=500.0,
    rows=[
        ["Starta ett mentorsprogram för nya arbetsledare"],
        ["Utbilda alla chefer i arbetsrätt och rehabilitering"],
        ["Ta fram en film om yrket brandman"],
    ],
)


def test_a_ruled_area_holding_only_marks_loses_no_text() -> None:
    assert not _holds_its_text(MARKS, LINES)
    assert _holds_its_text(FULL, LINES)
    page = assemble_pages([LINES], [800.0], {0: [MARKS]})[0]
    assert "Ta fram en film om yrket brandman" in page.text
    page = assemble_pages([LINES], [800.0], {0: [FULL]})[0]
    assert any(b.kind == "table" for b in page.blocks) and "yrket brandman" in page.text
