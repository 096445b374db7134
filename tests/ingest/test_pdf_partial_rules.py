"""Ruled PDF tables whose rules divide only some columns or rows are read on a finer grid."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from kfp_assistant.ingest.loaders import load_document

FONTS = Path(__file__).resolve().parents[2] / "scripts" / "fonts"
pdfmetrics.registerFont(TTFont("RuleSans", str(FONTS / "DejaVuSans.ttf")))
CELL = ParagraphStyle("cell", fontName="RuleSans", fontSize=8, leading=10)
RIGHT = ParagraphStyle("right", parent=CELL, alignment=2)
CENTRE = ParagraphStyle("centre", parent=CELL, alignment=1)


def _build(path: Path, table: Table) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1)
    doc.build([Paragraph("Bilaga med nyckeltal", CELL), table])
    return path


def _tables(path: Path) -> list[list[list[str]]]:
    return [b.rows or [] for p in load_document(path).pages for b in p.blocks if b.kind == "table"]


def test_a_year_over_unruled_gender_columns_is_read_as_columns(tmp_path: Path) -> None:
    """A line only between the two years' column groups: each cell stays apart, each year spans
    its three columns (reported in the first, as Word reports a merged cell)."""
    data = [
        ["", Paragraph("2031", CENTRE), "", "", Paragraph("2032", CENTRE), "", ""],
        [Paragraph("Mått", CELL)] + [Paragraph(x, RIGHT) for x in ("Kvinnor", "Män", "Totalt") * 2],
        [Paragraph("Anställda, antal", CELL)]
        + [Paragraph(x, RIGHT) for x in ("510", "230", "740", "530", "221", "751")],
        [Paragraph("Sjukfrånvaro, %", CELL)]
        + [Paragraph(x, RIGHT) for x in ("6,1", "3,9", "5,4", "5,8", "4,0", "5,3")],
        [Paragraph("Medelålder, år", CELL)]
        + [Paragraph(x, RIGHT) for x in ("47,2", "44,0", "46,2", "47,0", "43,8", "46,1")],
    ]
    table = Table(data, colWidths=[55 * mm] + [18 * mm] * 6)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (1, 0), (3, 0)),
                ("SPAN", (4, 0), (6, 0)),
                ("BACKGROUND", (0, 0), (-1, 1), colors.lightblue),
                ("LINEBEFORE", (4, 0), (4, -1), 0.5, colors.grey),
                ("ROWBACKGROUNDS", (0, 2), (-1, -1), [colors.white, colors.whitesmoke]),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.blue),
            ]
        )
    )
    (rows,) = _tables(_build(tmp_path / "plan.pdf", table))
    assert rows[0] == ["", "2031", "", "", "2032", "", ""]
    assert rows[1] == ["Mått", "Kvinnor", "Män", "Totalt", "Kvinnor", "Män", "Totalt"]
    assert rows[2] == ["Anställda, antal", "510", "230", "740", "530", "221", "751"]
    assert rows[4] == ["Medelålder, år", "47,2", "44,0", "46,2", "47,0", "43,8", "46,1"]


def test_a_time_plan_ruled_only_around_its_quarter_cells_keeps_its_text_columns(tmp_path: Path) -> None:
    """A grid only around the quarter columns (marked ■): the text columns beside them, which no
    rule divides, are read too, row by row."""
    head = ["Nr", "Område", "Insats", "Ägare", "Q1", "Q2", "Q3", "Q4", "Klar"]
    acts = [
        (
            "1",
            "Behålla",
            "Ordna mentorskap för nya undersköterskor under första året",
            "Enhetschef",
            "XX..",
            "2031-06-30",
        ),
        ("2", "Rekrytera", "Delta i yrkesmässor", "HR-chef", "..X.", "Q3 2031"),
        ("3", "Utveckla", "Utbilda alla chefer i arbetsmiljö", "Förvaltningsledningen", "XXXX", "Löpande"),
    ]
    data = [[Paragraph(h, CELL) for h in head]]
    for nr, area, text, owner, marks, done in acts:
        data.append(
            [Paragraph(nr, CELL), Paragraph(area, CELL), Paragraph(text, CELL), Paragraph(owner, CELL)]
            + [Paragraph("■", CENTRE) if m == "X" else "" for m in marks]
            + [Paragraph(done, CELL)]
        )
    table = Table(data, colWidths=[8 * mm, 20 * mm, 45 * mm, 35 * mm] + [10 * mm] * 4 + [25 * mm])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightblue),
                ("LINEBEFORE", (4, 0), (4, -1), 0.4, colors.grey),
                ("LINEBEFORE", (8, 0), (8, -1), 0.4, colors.grey),
                ("INNERGRID", (4, 1), (7, -1), 0.25, colors.grey),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.blue),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    (rows,) = _tables(_build(tmp_path / "plan.pdf", table))
    assert rows[0] == head
    assert rows[1] == [
        "1",
        "Behålla",
        "Ordna mentorskap för nya undersköterskor under första året",
        "Enhetschef",
        "■",
        "■",
        "",
        "",
        "2031-06-30",
    ]
    assert rows[2][:4] == ["2", "Rekrytera", "Delta i yrkesmässor", "HR-chef"]
    assert rows[2][4:] == ["", "", "■", "", "Q3 2031"]
    assert rows[3][-1] == "Löpande"


def test_a_fully_ruled_table_is_read_as_drawn(tmp_path: Path) -> None:
    """Every column ruled: the drawn cells are the cells, a cell's wide inner spaces never split it."""
    data = [
        [Paragraph(x, CELL) for x in ("Yrke", "Kommentar")],
        [Paragraph("Socionom", CELL), Paragraph("Svårt     att rekrytera", CELL)],
        [Paragraph("Lärare", CELL), Paragraph("Många     går i pension", CELL)],
        [Paragraph("Kock", CELL), Paragraph("Lätt     att rekrytera", CELL)],
    ]
    table = Table(data, colWidths=[40 * mm, 80 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    (rows,) = _tables(_build(tmp_path / "plan.pdf", table))
    assert [len(r) for r in rows] == [2, 2, 2, 2]


def test_unruled_group_rows_between_subtotals_stay_rows_of_their_own(tmp_path: Path) -> None:
    """A group row right under a bold subtotal row is no wrap of its label (another type style); a
    label set over two lines with the values beside its last line is one label."""
    from tests.ingest.test_pdf_layouts import _pdf

    draw = [(60, 100, "Personal per enhet", True)]
    lines = [
        (("Enhet", True), ("Tillsvidare", True), ("Visstid", True)),
        (("Hemtjänst", False),),
        (("Hemtjänst norr", False), ("40", False), ("6", False)),
        (("Summa hemtjänst", True), ("40", True), ("6", True)),
        (("Boenden", False),),
        (("Vårdboende för personer med", False),),
        (("demenssjukdom", False), ("60", False), ("9", False)),
        (("Summa boenden", True), ("60", True), ("9", True)),
    ]
    for n, cells in enumerate(lines):
        for (text, bold), x in zip(cells, (60, 300, 400), strict=False):
            draw.append((x, 130 + 14 * n, text, bold))
    (table,) = [
        b for b in load_document(_pdf(tmp_path / "plan.pdf", draw)).pages[0].blocks if b.kind == "table"
    ]
    assert [r[0] for r in table.rows] == [
        "Enhet",
        "Hemtjänst",
        "Hemtjänst norr",
        "Summa hemtjänst",
        "Boenden",
        "Vårdboende för personer med demenssjukdom",
        "Summa boenden",
    ]
