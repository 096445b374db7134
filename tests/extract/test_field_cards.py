"""Activity cards drawn as boxes (rounded or square) whose field labels stand above their values, two
fields side by side or one a line, the area in a side column or in a heading: each card one activity."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from kfp_assistant.extract.activities import extract_activities
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.schema import PlanMeta

FONTS = Path(__file__).resolve().parents[2] / "scripts" / "fonts"
pdfmetrics.registerFont(TTFont("CardSans", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("CardSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
META = PlanMeta(administration="Testbolaget", period="2031-2033")
_, HEIGHT = A4


def _text(c: canvas.Canvas, x: float, top: float, text: str, size: float = 8, bold: bool = False) -> None:
    c.setFont("CardSans-Bold" if bold else "CardSans", size)
    c.drawString(x, HEIGHT - top, text)


def _card(
    c: canvas.Canvas,
    x: float,
    top: float,
    width: float,
    title: str,
    fields: list[list[tuple[str, list[str]]]],
    *,
    rounded: bool,
    capitals: bool,
    code: str | None = None,
) -> float:
    """A card at (x, top) with fields in rows (each row one or two fields side by side); its bottom."""
    y = top + 14
    inner = x + (34 if code else 10)
    if code:
        _text(c, x + 8, y, code, 9, bold=True)
    _text(c, inner, y, title, 9, bold=True)
    y += 16
    spare = width - (inner - x)
    for row in fields:
        for k, (label, _) in enumerate(row):
            _text(
                c,
                inner + k * spare / len(row),
                y,
                label.upper() if capitals else label,
                6.5,
                bold=not capitals,
            )
        depth = max(len(lines) for _, lines in row)
        for k, (_, lines) in enumerate(row):
            for n, line in enumerate(lines):
                _text(c, inner + k * spare / len(row), y + 10 + 10 * n, line)
        y += 10 + 10 * depth + 8
    bottom = y
    if rounded:
        c.roundRect(x, HEIGHT - bottom, width, bottom - top, 8, stroke=1, fill=0)
    else:
        c.rect(x, HEIGHT - bottom, width, bottom - top, stroke=1, fill=0)
    return bottom


def test_rounded_cards_in_one_column_with_the_areas_in_a_side_column(tmp_path: Path) -> None:
    path = tmp_path / "cards.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _text(c, 40, 60, "Våra insatser", 14, bold=True)
    top = 90.0
    cards = [
        (
            "Attrahera",
            "K1",
            "Öppet hus för undersköterskeelever",
            "Fler söker sommarjobb",
            "Enhetschef",
            "Maj 2031",
        ),
        (None, "K2", "Filmer om yrkena på sociala medier", "Synas där unga finns", "Kommunikatör", "HT 2031"),
        (
            "Behålla",
            "K3",
            "Schemaläggning med önskemål",
            "Färre slutar på grund av",
            "Verksamhetschef",
            "Löpande",
        ),
    ]
    for area, code, title, why, who, when in cards:
        if area:
            _text(c, 40, top + 14, area, 10, bold=True)
        top = 10 + _card(
            c,
            170,
            top,
            380,
            title,
            [[("Syfte", [why]), ("Ägare", [who])], [("Klart", [when]), ("Mätetal", ["Antal deltagare"])]],
            rounded=True,
            capitals=True,
            code=code,
        )
    c.showPage()
    c.save()
    found, _ = extract_activities(load_document(path), META)
    assert [(a.activity, a.areas, a.goal, a.responsible, a.target_date, a.followup) for a in found] == [
        (
            "Öppet hus för undersköterskeelever",
            ["Attrahera"],
            "Fler söker sommarjobb",
            "Enhetschef",
            "Maj 2031",
            "Antal deltagare",
        ),
        (
            "Filmer om yrkena på sociala medier",
            ["Attrahera"],
            "Synas där unga finns",
            "Kommunikatör",
            "HT 2031",
            "Antal deltagare",
        ),
        (
            "Schemaläggning med önskemål",
            ["Behålla"],
            "Färre slutar på grund av",
            "Verksamhetschef",
            "Löpande",
            "Antal deltagare",
        ),
    ]


def test_square_cards_two_by_two_with_bold_labels_one_field_a_line(tmp_path: Path) -> None:
    path = tmp_path / "grid.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _text(c, 40, 60, "Utveckla", 14, bold=True)
    specs = [
        ("Digital grundkurs för alla medarbetare", "IT-chef", "2032-06-30"),
        ("Handledarutbildning för sjuksköterskor", "Vårdenhetschef", "Q1 2032"),
        ("Ledarskapsprogram för nya chefer", "HR-strateg", "2033"),
    ]
    for n, (title, who, when) in enumerate(specs):
        x, top = 40 + (n % 2) * 265, 80 + (n // 2) * 140
        fields = [
            [("Ansvarig", [who])],
            [("Klart senast", [when])],
            [("Uppföljning", ["Andel som gått kursen"])],
        ]
        _card(c, x, top, 250, title, fields, rounded=False, capitals=False)
    c.showPage()
    c.save()
    found, _ = extract_activities(load_document(path), META)
    assert sorted((a.activity, a.areas, a.responsible, a.target_date) for a in found) == sorted(
        (title, ["Utveckla"], who, when) for title, who, when in specs
    )


def test_key_figure_tiles_and_boxes_of_prose_are_no_cards(tmp_path: Path) -> None:
    path = tmp_path / "tiles.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    fields = [[("Anställda", ["1 240"]), ("Sjukfrånvaro", ["6,1 %"])]]
    _card(c, 40, 80, 300, "Nyckeltal december 2030", fields, rounded=True, capitals=True)
    c.showPage()
    c.save()
    doc = load_document(path)
    assert not [b for p in doc.pages for b in p.blocks if b.kind == "table" and b.rows and len(b.rows) == 2]
    assert extract_activities(doc, META)[0] == []


def test_rounded_cards_two_by_two_with_three_fields_across(tmp_path: Path) -> None:
    path = tmp_path / "across.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _text(c, 40, 50, "Behålla", 13, bold=True)
    specs = [
        ("Friskvårdsbidrag höjs för deltidsanställda", "Personalchef", "2031-03-01"),
        ("Karriärsteg för erfarna lärare", "Skolchef", "HT 2031"),
        ("Mentorskap för nya rektorer", "Utbildningsdirektör", "Löpande"),
    ]
    for n, (title, who, when) in enumerate(specs):
        fields = [[("Vem", [who]), ("När", [when]), ("Mått", ["Antal", "deltagare"])]]
        _card(c, 40 + (n % 2) * 265, 70 + (n // 2) * 120, 255, title, fields, rounded=True, capitals=True)
    c.showPage()
    c.save()
    found, _ = extract_activities(load_document(path), META)
    assert sorted((a.activity, a.areas, a.responsible, a.target_date, a.followup) for a in found) == sorted(
        (title, ["Behålla"], who, when, "Antal deltagare") for title, who, when in specs
    )


def test_a_band_line_over_the_title_names_the_cards_area(tmp_path: Path) -> None:
    path = tmp_path / "band.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    top = 60.0
    cards = [
        ("P4 · Attrahera", "Sommarjobb för ungdomar i parkförvaltningen", "Parkchef"),
        ("P5 · Rekrytera", "Gemensam annons för ingenjörer", "HR-konsult"),
    ]
    for band, title, who in cards:
        _text(c, 50, top + 12, band, 7, bold=True)
        fields = [
            [("Ansvarig", [who]), ("Klart", ["HT 2031"])],
            [("Varför", ["Få sökande"]), ("Mått", ["Antal sökande"])],
        ]
        bottom = _card(c, 40, top + 6, 400, title, fields, rounded=True, capitals=True)
        top = bottom + 20
    c.showPage()
    c.save()
    found, _ = extract_activities(load_document(path), META)
    assert [(a.activity, a.areas, a.responsible) for a in found] == [
        ("Sommarjobb för ungdomar i parkförvaltningen", ["Attrahera"], "Parkchef"),
        ("Gemensam annons för ingenjörer", ["Rekrytera"], "HR-konsult"),
    ]
