"""A narrow sidebar beside the running text (a quarter of the page: a fact box, quotes, a section number)
is read as a column of its own, not glued line by line to the text beside it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from kfp_assistant.ingest.loaders import load_document

FONTS = Path(__file__).resolve().parents[2] / "scripts" / "fonts"
pdfmetrics.registerFont(TTFont("TestSans", str(FONTS / "DejaVuSans.ttf")))
WIDTH, HEIGHT = A4

MAIN = (
    "Planen bygger på avdelningarnas analyser och på statistiken",
    "från personalsystemet. Bristen på tekniker är störst i driften,",
    "där privata bolag betalar mer och rekryterar från samma grupp.",
    "Vi satsar därför på egna utbildningar och på att behålla dem",
    "som redan kan anläggningarna, och vi för över kunskap innan",
    "erfarna medarbetare går i pension under planperioden.",
    "Uppföljningen sker varje tertial i ledningsgruppen, och",
    "nyckeltalen redovisas för nämnden i verksamhetsberättelsen.",
    "Aktivitetsägarna rapporterar status på sina aktiviteter två",
    "gånger per år, i april och i oktober, till HR-avdelningen.",
)
SIDEBAR = (
    "I enkäten hösten 2025",
    "svarade 77 procent att",
    "de kan rekommendera",
    "oss som arbetsgivare.",
    "Lägst resultat fick",
    "frågan om utveckling",
    "i den roll man har nu,",
    "som vi följer upp 2026.",
)


def test_a_narrow_sidebar_beside_the_text_is_read_as_its_own_column(tmp_path: Path) -> None:
    path = tmp_path / "sidebar.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("TestSans", 9.5)
    for k, line in enumerate(MAIN):  # the running text, 14 pt apart
        c.drawString(204, HEIGHT - (120 + 14 * k), line)
    c.setFont("TestSans", 8)
    for k, line in enumerate(SIDEBAR):  # the sidebar, 11 pt apart: baselines between the text's
        c.drawString(34, HEIGHT - (127 + 11 * k), line)
    c.save()
    text = load_document(path).pages[0].text
    assert "I enkäten hösten 2025 svarade 77 procent att de kan rekommendera oss som arbetsgivare." in text
    assert "Bristen på tekniker är störst i driften, där privata bolag betalar mer" in text
