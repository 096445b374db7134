"""Build hostile input files and time how the ingest refuses or reads each (issue 14, limits).

    python scripts/hostile_inputs.py OUT_DIR            # build the files, then time each one
    python scripts/hostile_inputs.py OUT_DIR --only big-page.pdf

Each file goes through load, metadata, chunking and the extractors (everything an ingest does
but embedding) in a fresh process, so its wall time and peak memory are its own.
Prints one line per file: outcome (the one-line message for a refusal), seconds, peak RSS in MB.
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from kfp_assistant.sv.text import split_words

WORDS = split_words(
    "medarbetare kompetens rekrytering personalomsättning sjukfrånvaro Attrahera Utveckla och att för"
)


def big_page_pdf(path: Path, megabytes: float) -> None:
    """One A4 page whose content stream holds megabytes of tiny text lines, all on the page."""
    from reportlab.pdfgen import canvas

    rng = random.Random(1)
    c = canvas.Canvas(str(path), pageCompression=0)
    text = c.beginText(5, 835)
    text.setFont("Helvetica", 0.5, leading=0.1)
    size = 0
    while size < megabytes * 1_000_000:
        line = " ".join(rng.choices(WORDS, k=30))
        text.textLine(line)
        size += len(line) + 20
    c.drawText(text)
    c.showPage()
    c.save()


def mostly_scanned_pdf(path: Path, pages: int) -> None:
    """Pages with only a filled rectangle (no text layer) and one page of text."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for number in range(1, pages + 1):
        if number == pages // 2:
            c.drawString(72, 700, "Kompetensförsörjningsplan 2025-2027, Farsta stadsdelsförvaltning.")
        else:
            c.rect(100, 100, 300, 400, fill=1)
        c.showPage()
    c.save()


def inflating_docx(path: Path, megabytes: int, paragraphs: bool = False) -> None:
    """A real Word file (python-docx's template) whose body inflates to megabytes: one paragraph of
    spaces, or (paragraphs) many short paragraphs, which the XML parser must build a tree for."""
    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    block = b"<w:p><w:r><w:t>ord</w:t></w:r></w:p>" * 27_027 if paragraphs else b" " * 1_000_000
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info.filename, source.read(info.filename))
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(f'<w:document xmlns:w="{w}"><w:body>'.encode())
            member.write(b"" if paragraphs else b"<w:p><w:r><w:t>Plan")
            for _ in range(megabytes):
                member.write(block)
            member.write(b"" if paragraphs else b"</w:t></w:r></w:p>")
            member.write(b"</w:body></w:document>")


def one_line_text(path: Path, chars: int) -> None:
    """A plan-like text file that is one line with no sentence end."""
    rng = random.Random(2)
    body = " ".join(rng.choices(WORDS, k=chars // 8))[:chars]
    path.write_text(f"Kompetensförsörjningsplan 2025-2027\n\n{body}\n", encoding="utf-8")


BUILDERS = {
    "big-page-5mb.pdf": lambda p: big_page_pdf(p, 5.0),
    "big-page-0.9mb.pdf": lambda p: big_page_pdf(p, 0.9),
    "scanned-2000-pages.pdf": lambda p: mostly_scanned_pdf(p, 2000),
    "inflates-1gb.docx": lambda p: inflating_docx(p, 1000),
    "paragraphs-190mb.docx": lambda p: inflating_docx(p, 190, paragraphs=True),
    "paragraphs-24mb.docx": lambda p: inflating_docx(p, 24, paragraphs=True),
    "one-line-90k.txt": lambda p: one_line_text(p, 90_000),
    "one-line-490k.txt": lambda p: one_line_text(p, 490_000),
    "one-line-2m.txt": lambda p: one_line_text(p, 2_000_000),
    "utf16.txt": lambda p: p.write_bytes(
        "Kompetensförsörjningsplan 2025-2027\r\n\r\nFarsta stadsdelsförvaltning rekryterar.\r\n".encode(
            "utf-16"
        )
    ),
}


def measure(path: Path) -> str:
    """Load, describe and chunk one file in this process; the outcome line."""
    from kfp_assistant.errors import DocumentError
    from kfp_assistant.ingest.chunking import chunk_document
    from kfp_assistant.ingest.loaders import load_document
    from kfp_assistant.ingest.metadata import extract_metadata
    from kfp_assistant.store.plans import extract_records

    started = time.perf_counter()
    try:
        doc = load_document(path)
        meta = extract_metadata(doc)
        chunks = chunk_document([b for p in doc.pages for b in p.blocks], meta, doc.doc_id, doc.file)
        records = extract_records(doc, meta)
        longest = max((len(c.text) for c in chunks), default=0)
        outcome = (
            f"read: {len(doc.pages)} pages, {len(chunks)} chunks (longest {longest}), "
            f"{len(records.figures)} figures, warnings {doc.warnings}"
        )
    except DocumentError as exc:
        outcome = f"refused: {exc}"
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return f"{path.name}: {outcome} | {seconds:.2f} s | peak {peak:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", default=None)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(measure(args.out), flush=True)
        return
    args.out.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        if args.only and name != args.only:
            continue
        path = args.out / name
        if not path.exists():
            build(path)
        size = path.stat().st_size / 1_000_000
        print(f"[{size:.2f} MB on disk] ", end="", flush=True)
        subprocess.run([sys.executable, __file__, str(path), "--measure"], check=False)


if __name__ == "__main__":
    sys.exit(main())
