"""Two plans written AFTER the extractor was tuned on the layouts corpus, as its unseen measure.

`python layouts_c.py OUTDIR` writes:
- umea-tekniska-2026-2028.docx: a Word plan whose activity table has headers no other plan uses
  ("Fokus | Vad vi gör | Därför | Färdigt | Huvudansvar | Hur vi vet att det fungerar"), the focus
  cell merged down over its rows, key figures in prose and a "Mått | 2024 | 2025" table;
- lansstyrelsen-dalarna-2025-2026.pdf: an agency plan whose ruled activity table (with a "Nr"
  column) runs over a page break with its header repeated, key figures as a label/value table.
The content is invented; the gold in eval/layouts/unseen/gold was written from this text alone.
"""

from __future__ import annotations

import io
import os
import sys
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layouts_c_data import (  # the data module sits next to this script
    D_ACTIVITIES,
    D_FIGURES,
    D_GAPS,
    D_HEADERS,
    D_TABLE,
    DOCX_FILE,
    P_ACTIVITIES,
    P_FACTS,
    P_GAPS,
    P_HEADERS,
    P_PROSE,
    PDF_FILE,
)

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.normpath(os.path.join(HERE, "..", "fonts"))


def _save_docx(doc, path: str) -> None:
    """Saves with fixed zip timestamps so that the bytes do not depend on the clock."""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))


def _page_break(doc) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _merge_down(table, col: int) -> None:
    """Merges the focus cells of consecutive rows with the same text (Word's vertical merge)."""
    start = 1
    for r in range(2, len(table.rows) + 1):
        prev = table.cell(start, col).text
        if r == len(table.rows) or table.cell(r, col).text != prev:
            if r - 1 > start:
                merged = table.cell(start, col).merge(table.cell(r - 1, col))
                merged.text = prev
            start = r


def make_docx(outdir: str) -> None:
    """Writes the Word plan (Tekniska förvaltningen, Umeå kommun) into outdir."""
    import datetime

    import docx
    from docx.shared import Pt

    doc = docx.Document()
    props = doc.core_properties
    props.author = props.last_modified_by = "Umeå kommun"
    props.title = "Plan för kompetensförsörjning 2026–2028"
    props.created = props.modified = props.last_printed = datetime.datetime(2025, 12, 1, 9, 0, 0)
    props.revision = 1
    section = doc.sections[0]
    section.header.paragraphs[0].add_run("Umeå kommun – Tekniska förvaltningen").font.size = Pt(8)
    section.footer.paragraphs[0].add_run("Plan för kompetensförsörjning 2026–2028")
    doc.add_paragraph("Umeå kommun")
    doc.add_paragraph("Plan för kompetensförsörjning 2026–2028", style="Title")
    doc.add_paragraph("Tekniska förvaltningen")
    doc.add_paragraph("Fastställd av tekniska nämnden 2025-11-20, § 88")
    _page_break(doc)
    doc.add_heading("Om planen", level=1)
    doc.add_paragraph(
        "Planen beskriver hur Tekniska förvaltningen i Umeå kommun ska ha rätt kompetens för att "
        "driva vatten, avlopp, gator, parker och fjärrvärme de kommande tre åren. Den bygger på "
        "verksamheternas egna bedömningar och följs upp av förvaltningens ledningsgrupp."
    )
    _page_break(doc)
    doc.add_heading("Personalen i siffror", level=1)
    for text in D_FIGURES:
        doc.add_paragraph(text)
    table = doc.add_table(rows=len(D_TABLE), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(D_TABLE):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    _page_break(doc)
    doc.add_heading("Kompetenser vi behöver mest", level=1)
    doc.add_paragraph("Cheferna bedömer att dessa kompetenser blir svårast att hitta fram till 2028:")
    for gap in D_GAPS:
        doc.add_paragraph(gap, style="List Bullet")
    _page_break(doc)
    doc.add_heading("Så här arbetar vi", level=1)
    table = doc.add_table(rows=1 + len(D_ACTIVITIES), cols=len(D_HEADERS))
    table.style = "Table Grid"
    for c, text in enumerate(D_HEADERS):
        table.cell(0, c).text = text
    for r, row in enumerate(D_ACTIVITIES, start=1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    _merge_down(table, 0)
    _merge_down(table, 2)
    _save_docx(doc, os.path.join(outdir, DOCX_FILE))


def _fonts() -> None:
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.invariant = 1
    for name, file in (("C", "DejaVuSans.ttf"), ("C-B", "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONTS, file)))
    addMapping("C", 0, 0, "C")
    addMapping("C", 1, 0, "C-B")


def _check_words(rows: list, widths: list[float]) -> None:
    """Fails if a word is wider than its column (reportlab would break it mid-word)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for row in rows:
        for paragraph, width in zip(row, widths, strict=True):
            for word in paragraph.text.split():
                assert stringWidth(word, paragraph.style.fontName, 8.5) <= width - 12, (word, width)


def make_pdf(outdir: str) -> None:
    """Writes the PDF plan (Länsstyrelsen i Dalarnas län) into outdir."""
    _fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    width, height = A4

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("C-B", 11)
        canvas.drawString(20 * mm, height - 15 * mm, "Länsstyrelsen Dalarnas län")
        canvas.setFont("C", 8)
        canvas.drawRightString(width - 20 * mm, height - 15 * mm, "Personalenheten")
        canvas.drawString(20 * mm, 12 * mm, "Strategisk kompetensförsörjning 2025–2026")
        canvas.drawRightString(width - 20 * mm, 12 * mm, f"Sida {doc.page}")
        canvas.restoreState()

    body = ParagraphStyle("body", fontName="C", fontSize=10, leading=14, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="C-B", fontSize=14, leading=18, spaceBefore=8, spaceAfter=6)
    title = ParagraphStyle("title", fontName="C-B", fontSize=22, leading=28, spaceAfter=10)
    cell = ParagraphStyle("cell", fontName="C", fontSize=8.5, leading=11)
    head = ParagraphStyle("head", fontName="C-B", fontSize=8.5, leading=11)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story = [
        Spacer(1, 30 * mm),
        Paragraph("Strategisk kompetensförsörjning 2025–2026", title),
        Paragraph("Länsstyrelsen i Dalarnas län", h1),
        Paragraph(
            "Länsstyrelsen i Dalarnas län behöver medarbetare med specialistkunskap inom miljö, "
            "samhällsbyggnad, krisberedskap och juridik. Planen visar hur myndigheten ska "
            "attrahera, rekrytera, introducera, utveckla, behålla och avsluta medarbetare under "
            "2025 och 2026.",
            body,
        ),
        PageBreak(),
        Paragraph("Läget i dag", h1),
        Table(
            [[Paragraph(escape(a), cell), Paragraph(escape(b), cell)] for a, b in P_FACTS],
            colWidths=[80 * mm, 30 * mm],
            style=grid,
            hAlign="LEFT",
        ),
        Spacer(1, 4 * mm),
        Paragraph(escape(P_PROSE), body),
        Paragraph("Kompetenser som är svåra att hitta", h1),
    ]
    story += [Paragraph(f"{n}. {escape(g)}", body) for n, g in enumerate(P_GAPS, start=1)]
    story += [PageBreak(), Paragraph("Aktiviteter 2025–2026", h1)]
    rows = [[Paragraph(h, head) for h in P_HEADERS]]
    for n, (area, activity, when, who, followup) in enumerate(P_ACTIVITIES, start=1):
        texts = (str(n), area, activity, when, who, followup)
        rows.append([Paragraph(escape(t), cell) for t in texts])
    widths = [10 * mm, 28 * mm, 45 * mm, 22 * mm, 30 * mm, 35 * mm]
    _check_words(rows, widths)
    story.append(Table(rows, colWidths=widths, repeatRows=1, style=grid))
    doc = SimpleDocTemplate(
        os.path.join(outdir, PDF_FILE),
        pagesize=A4,
        invariant=1,
        title="Strategisk kompetensförsörjning 2025–2026",
        author="Länsstyrelsen Dalarnas län",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=25 * mm,
        bottomMargin=20 * mm,
    )
    # Room for the activity table to run over onto a second page with its header repeated.
    story.insert(len(story) - 1, Spacer(1, 120 * mm))
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


def main() -> None:
    """Writes both plans into the folder given as the first argument."""
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    make_docx(outdir)
    make_pdf(outdir)


if __name__ == "__main__":
    main()
