"""A side column beside the body (key figures, quotes, section numbers) is read on its own, so that
its lines do not land in the body's tables and paragraphs. Made-up wording and layouts."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from kfp_assistant.ingest.loaders import load_document

FONTS = Path(__file__).resolve().parents[2] / "scripts" / "fonts"
pdfmetrics.registerFont(TTFont("TestSans", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("TestSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
WIDTH, HEIGHT = A4

Draw = list[tuple[float, float, str, float, bool]]  # x, top, text, size, bold


def _pdf(path: Path, draw: Draw, band: tuple[float, float] | None = None) -> Path:
    """One A4 page with text at (x, top); ``band``: a tinted rectangle (x0, x1) down the page."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    if band:
        c.setFillColorRGB(0.9, 0.93, 0.97)
        c.rect(band[0], 60, band[1] - band[0], HEIGHT - 120, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    for x, top, text, size, bold in draw:
        c.setFont("TestSans-Bold" if bold else "TestSans", size)
        c.drawString(x, HEIGHT - top, text)
    c.save()
    return path


_PROSE = [
    "Förvaltningen hade vid årets slut något fler medarbetare än året innan,",
    "och rörligheten mellan enheterna har ökat. Tabellen visar utvecklingen.",
]
_TABLE = [
    ("Mått", "2023", "2024", "2025"),
    ("Antal medarbetare", "410", "428", "436"),
    ("Sjukfrånvaro, procent", "5,2", "5,0", "4,7"),
    ("Personalomsättning, procent", "9,8", "8,9", "8,1"),
    ("Andel chefer, procent", "7,0", "7,2", "7,1"),
]


def _body(x: float, top: float) -> Draw:
    """A paragraph and a years table without rules, starting at x."""
    draw: Draw = [(x, top + 14 * k, line, 9.5, False) for k, line in enumerate(_PROSE)]
    columns = (x, x + 170, x + 220, x + 270)
    for k, row in enumerate(_TABLE):
        draw += [(cx, top + 50 + 16 * k, cell, 8.5, k == 0) for cx, cell in zip(columns, row, strict=True)]
    return draw


def _figures(x: float, top: float) -> Draw:
    """Key figures: a big number and a caption line each, at their own pitch."""
    draw: Draw = [(x, top, "Året i korthet", 10, True)]
    figures = [("436", "medarbetare i december"), ("4,7 %", "sjukfrånvaro"), ("31", "nya chefer")]
    for k, (number, caption) in enumerate(figures):
        draw += [(x, top + 27 + 33 * k, number, 15, True), (x, top + 38 + 33 * k, caption, 8.3, False)]
    return draw


def _texts(path: Path) -> tuple[list[list[str]], list[str]]:
    doc = load_document(path)
    blocks = doc.pages[0].blocks
    tables = [b.rows or [] for b in blocks if b.kind == "table"]
    return (tables[0] if len(tables) == 1 else []), [b.text for b in blocks if b.kind != "table"]


def test_left_sidebar_of_figures_stays_out_of_the_table_and_prose(tmp_path: Path) -> None:
    draw = _body(200, 100) + _figures(40, 112)
    table, texts = _texts(_pdf(tmp_path / "left.pdf", draw, band=(30, 180)))
    assert table == [list(row) for row in _TABLE]
    assert " ".join(_PROSE) in texts
    assert "medarbetare i december" in texts and "sjukfrånvaro" in texts
    assert not any("436" in t and "förvaltningen" in t.lower() for t in texts)


def test_right_column_of_quotes_is_read_on_its_own(tmp_path: Path) -> None:
    quotes = ["”Jag fick växa", "i min roll.”", "”Bra kollegor", "och tydliga mål.”", "Ur enkäten 2025."]
    draw = _body(50, 100) + [(440, 108 + 11 * k, line, 8.3, False) for k, line in enumerate(quotes)]
    table, texts = _texts(_pdf(tmp_path / "right.pdf", draw))
    assert table == [list(row) for row in _TABLE]
    assert " ".join(_PROSE) in texts
    assert "”Jag fick växa i min roll.”" in " ".join(texts)


def test_section_number_in_side_column_heads_the_body(tmp_path: Path) -> None:
    side: Draw = [
        (40, 110, "04", 20, True),
        (40, 127, "Personal och", 10.5, True),
        (40, 140, "hälsa", 10.5, True),
    ]
    side += [(40, 170, "Kort om läget", 8.5, True), (40, 182, "Fler chefer", 8.5, False)]
    table, texts = _texts(_pdf(tmp_path / "section.pdf", _body(170, 100) + side))
    assert table == [list(row) for row in _TABLE]
    assert texts[:2] == ["04", "Personal och hälsa"]
    assert texts.index(" ".join(_PROSE)) > texts.index("Personal och hälsa")


def test_label_column_on_the_rows_baselines_is_a_table_not_a_side_column(tmp_path: Path) -> None:
    labels = ["Rekrytering", "Introduktion", "Kompetensutveckling", "Ledarskap", "Avslut"]
    draw: Draw = [(50, 100 + 18 * k, label, 9, False) for k, label in enumerate(labels)]
    draw += [(260, 100 + 18 * k, f"{k + 1} insatser", 9, False) for k in range(len(labels))]
    draw += [(400, 100 + 18 * k, "Pågår", 9, False) for k in range(len(labels))]
    table, _ = _texts(_pdf(tmp_path / "labels.pdf", draw))
    assert [row[0] for row in table] == labels


def test_section_number_beside_a_later_paragraph_opens_that_section(tmp_path: Path) -> None:
    later = [
        "Under året gick elva medarbetare i pension och nitton började hos oss,",
        "de flesta i tekniska roller.",
    ]
    draw = _body(170, 100) + [(170, 330 + 14 * k, line, 9.5, False) for k, line in enumerate(later)]
    # the section number sits on the paragraph's second baseline; the column's other lines on none
    draw += [
        (40, 344, "05", 20, True),
        (40, 361, "Rörlighet", 10.5, True),
        (40, 386, "Färre slutade", 8.5, False),
    ]
    draw += [(40, 397, "än året innan.", 8.5, False)]
    table, texts = _texts(_pdf(tmp_path / "later.pdf", draw))
    assert table == [list(row) for row in _TABLE]
    assert texts.index(" ".join(_PROSE)) < texts.index("05") < texts.index(" ".join(later))
    assert texts.index("Rörlighet") < texts.index(" ".join(later))
