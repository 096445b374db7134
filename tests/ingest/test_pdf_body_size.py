"""The body text size is the size of running text, not of the many small cells of a plan's tables."""

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


def test_prose_set_larger_than_many_table_cells_stays_prose(tmp_path: Path) -> None:
    """Two pages of unruled tables in 7.5 pt (short cells, more characters than the prose) and a few
    paragraphs in 9.5 pt: the paragraphs are paragraphs, the bold numbered lines headings."""
    path = tmp_path / "plan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for page in range(2):
        c.setFont("TestSans-Bold", 10.5)
        c.drawString(60, HEIGHT - 70, f"{page + 1}.1 Personal per yrkesgrupp")
        top = 100
        for row in range(30):
            c.setFont("TestSans", 7.5)
            cells = (f"Yrkesgrupp nummer {row}", str(40 + row), str(row % 7), str(row % 3), str(45 + row))
            for x, cell in zip((60, 260, 330, 400, 470), cells, strict=True):
                c.drawString(x, HEIGHT - top, cell)
            top += 14
        c.setFont("TestSans-Bold", 10.5)
        c.drawString(60, HEIGHT - top - 20, f"{page + 1}.2 Bedömning")
        c.setFont("TestSans", 9.5)
        lines = (
            "Läget för hantverkarna har blivit sämre under året, och konkurrensen om dem har hårdnat.",
            "Vi satsar därför på förmåner och ett starkare arbetsgivarvarumärke riktat mot yrkena.",
        )
        for k, line in enumerate(lines):
            c.drawString(60, HEIGHT - top - 40 - 13 * k, line)
        c.showPage()
    c.save()
    blocks = [b for p in load_document(path).pages for b in p.blocks]
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings == [f"{n}.{k}" for n in (1, 2) for k in ("1 Personal per yrkesgrupp", "2 Bedömning")]
    prose = [b.text for b in blocks if b.kind == "paragraph" and "förmåner" in b.text]
    assert len(prose) == 2 and all(p.startswith("Läget för hantverkarna") for p in prose)
