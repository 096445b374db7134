"""Activity cards set as boxes two by two, their fields inline ("Ägare: HR-chef"), each read alone."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from kfp_assistant.extract.activities import extract_activities
from kfp_assistant.extract.cards import unfolded
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.schema import PlanMeta

FONTS = Path(__file__).resolve().parents[2] / "scripts" / "fonts"
pdfmetrics.registerFont(TTFont("BoxSans", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("BoxSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("BoxSans", normal="BoxSans", bold="BoxSans-Bold")
TEXT = ParagraphStyle("t", fontName="BoxSans", fontSize=8, leading=10)

CARDS = [
    (
        "K1",
        "Behålla",
        "Införa lönetrappa för undersköterskor",
        "Få stannar efter två år",
        "Äldreomsorgschef",
        "2031-03-31",
    ),
    ("K2", "Rekrytera", "Delta på yrkesmässor i länet", "För få sökande", "HR-strateg", "Q3 2031"),
    ("K3", "Introducera", "Ge alla nya vikarier en introduktionsdag", None, "Enhetschef", "Löpande"),
]


def _card(code: str, area: str, title: str, why: str | None, owner: str, when: str) -> Table:
    inner = [Paragraph(title, TEXT)]
    if why:
        inner.append(Paragraph(f"<b>Syfte:</b> {why}", TEXT))
    inner += [Paragraph(f"<b>Ansvarig:</b> {owner}", TEXT), Paragraph(f"<b>Klart:</b> {when}", TEXT)]
    box = Table([[Paragraph(f"{code} · {area}", TEXT)], [inner]], colWidths=[80 * mm])
    box.setStyle(
        TableStyle(
            [("BACKGROUND", (0, 0), (-1, 0), colors.lightgreen), ("BOX", (0, 0), (-1, -1), 0.6, colors.green)]
        )
    )
    return box


def test_cards_two_by_two_are_read_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    grid = Table([[_card(*CARDS[0]), _card(*CARDS[1])], [_card(*CARDS[2]), ""]], colWidths=[85 * mm, 85 * mm])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([Paragraph("Insatser 2031", TEXT), grid])
    doc = load_document(path)
    found, _ = extract_activities(doc, PlanMeta(administration="X", period="2031"))
    assert [(a.areas, a.activity, a.goal, a.responsible, a.target_date) for a in found] == [
        (
            ["Behålla"],
            "Införa lönetrappa för undersköterskor",
            "Få stannar efter två år",
            "Äldreomsorgschef",
            "2031-03-31",
        ),
        (["Rekrytera"], "Delta på yrkesmässor i länet", "För få sökande", "HR-strateg", "Q3 2031"),
        (["Introducera"], "Ge alla nya vikarier en introduktionsdag", None, "Enhetschef", "Löpande"),
    ]


def test_a_box_without_inline_labels_is_left_as_it_is() -> None:
    rows = [["Nyckeltal 2031"], ["Sjukfrånvaron var 6,1 procent.\nOmsättningen var 9 procent."]]
    assert unfolded(rows) == rows
    one_label = [["Kontakt"], ["Ansvarig: HR-chefen\nTelefon 08-123 45"]]
    assert unfolded(one_label) == one_label
