"""One plan written after the fixes made on eval/layouts/unseen, as a second unseen measure.

`python layouts_d.py OUTDIR` writes vasteras-kultur-fritid-2026.docx: a Word plan whose key figures
are a bulleted "label: value" list, whose gaps are bullets under "Bristområden", and whose
activities are one small table per UBARA area ("Aktivitet | Ansvarig | Tidsplan | Indikator"),
each under its area's heading. The content is invented; the gold in eval/layouts/unseen2/gold was
typed from this text before the extractor was run on it.
"""

from __future__ import annotations

import datetime
import io
import os
import sys
import zipfile

FILE = "vasteras-kultur-fritid-2026.docx"
FIGURES_INTRO = "Siffrorna avser den 31 december 2025 om inget annat anges."
FIGURES = [
    "Tillsvidareanställda: 318",
    "Visstidsanställda: 41",
    "Timavlönade: 112",
    "Andel kvinnor: 58 procent",
    "Sjukfrånvaro: 5,2 procent (2024: 5,9 procent)",
    "Personalomsättning: 11,4 procent",
    "Medelålder: 44 år",
    "Antal arbetsplatser: 27",
]
GAPS = [
    "Bibliotekarier med barn- och ungdomsinriktning",
    "Fritidsledare med erfarenhet av öppen verksamhet",
    "Tekniker för ljud och ljus",
    "Badmästare med livräddarutbildning",
]
HEADERS = ("Aktivitet", "Ansvarig", "Tidsplan", "Indikator")
AREAS = [  # (area heading, [(activity, responsible, when, indicator)])
    (
        "Attrahera",
        [
            (
                "Sommarjobb för ungdomar på fritidsgårdar och bad",
                "Enhetschef fritid",
                "Sommaren 2026",
                "Antal platser",
            ),
            ("Lyfta fram yrkena i stadens kanaler", "Kommunikationsenheten", "Löpande", "Antal visningar"),
        ],
    ),
    (
        "Rekrytera",
        [
            (
                "Gemensam annonsering av bibliotekarietjänster med grannkommuner",
                "Bibliotekschef",
                "Q2 2026",
                "Antal sökande",
            ),
            (
                "Kortare tid från annons till anställning",
                "HR-konsult",
                "2026-09-30",
                "Rekryteringstid i dagar",
            ),
        ],
    ),
    (
        "Utveckla",
        [
            ("Livräddarutbildning för all badpersonal", "Badchef", "VT 2026", "Andel certifierad personal"),
            (
                "Digital kompetens för medarbetare på bibliotek",
                "Bibliotekschef och IT-samordnare",
                "2026",
                "Genomförda kurser",
            ),
        ],
    ),
    (
        "Behålla",
        [
            ("Schemaläggning som ger fler heltider", "Enhetschefer", "HT 2026", "Andel heltidsanställda"),
            (
                "Medarbetarsamtal med fokus på utveckling",
                "Närmaste chef",
                "Årligen",
                "Andel genomförda samtal",
            ),
        ],
    ),
]


def _save(doc, path: str) -> None:
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


def make_docx(outdir: str) -> None:
    """Writes the Word plan (Kultur- och fritidsförvaltningen, Västerås stad) into outdir."""
    import docx
    from docx.enum.text import WD_BREAK

    doc = docx.Document()
    props = doc.core_properties
    props.author = props.last_modified_by = "Västerås stad"
    props.title = "Kompetensförsörjningsplan 2026"
    props.created = props.modified = props.last_printed = datetime.datetime(2025, 12, 1, 9, 0, 0)
    props.revision = 1
    doc.sections[0].footer.paragraphs[0].add_run("Västerås stad | Kultur- och fritidsförvaltningen")

    def page_break() -> None:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_paragraph("Västerås stad")
    doc.add_paragraph("Kompetensförsörjningsplan 2026", style="Title")
    doc.add_paragraph("Kultur- och fritidsförvaltningen")
    page_break()
    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Kultur- och fritidsförvaltningen i Västerås stad driver bibliotek, fritidsgårdar, bad och "
        "idrottsanläggningar. Planen gäller för 2026 och beskriver hur vi säkrar kompetensen."
    )
    page_break()
    doc.add_heading("Nyckeltal", level=1)
    doc.add_paragraph(FIGURES_INTRO)
    for line in FIGURES:
        doc.add_paragraph(line, style="List Bullet")
    page_break()
    doc.add_heading("Bristområden", level=1)
    for gap in GAPS:
        doc.add_paragraph(gap, style="List Bullet")
    page_break()
    doc.add_heading("Aktiviteter 2026", level=1)
    for area, rows in AREAS:
        doc.add_heading(area, level=2)
        table = doc.add_table(rows=1 + len(rows), cols=len(HEADERS))
        table.style = "Table Grid"
        for c, text in enumerate(HEADERS):
            table.cell(0, c).text = text
        for r, row in enumerate(rows, start=1):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    _save(doc, os.path.join(outdir, FILE))


def main() -> None:
    """Writes the plan into the folder given as the first argument."""
    os.makedirs(sys.argv[1], exist_ok=True)
    make_docx(sys.argv[1])


if __name__ == "__main__":
    main()
