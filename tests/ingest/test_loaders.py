"""Loading PDF, TXT, Markdown and DOCX into pages and blocks; clear errors for bad input."""

from __future__ import annotations

import hashlib
import io
import os
import re
from pathlib import Path

import pytest

from kfp_assistant.errors import DocumentError
from kfp_assistant.ingest import files
from kfp_assistant.ingest import pdf_layout as pl
from kfp_assistant.ingest.loaders import load_document, normalize_for_match
from kfp_assistant.ingest.pdf_layout import join_lines
from kfp_assistant.settings import Limits

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
PDFS = sorted(CORPUS.glob("*.pdf"))


@pytest.fixture(scope="module")
def docs():
    return {p.stem: load_document(p) for p in PDFS}


def tables(doc):
    return [b for page in doc.pages for b in page.blocks if b.kind == "table"]


# ------------------------------------------------------------------------------- PDF layout


def test_corpus_pdfs_exist() -> None:
    assert len(PDFS) == 5


def test_page_numbers_from_one_and_identity(docs) -> None:
    for path in PDFS:
        doc = docs[path.stem]
        assert [p.number for p in doc.pages] == list(range(1, len(doc.pages) + 1))
        assert all(b.page == p.number for p in doc.pages for b in p.blocks)
        assert doc.doc_id == hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        assert doc.kind == "pdf" and doc.file == path.name


def test_headers_footers_and_page_numbers_removed(docs) -> None:
    furniture = [
        re.compile(r"Sida \d+ \(\d+\)"),
        re.compile(r"Socialnämnden – Kompetensförsörjningsplan"),
        re.compile(r"E-post: hasselby-vallingby@stockholm\.se"),
    ]
    for doc in docs.values():
        for page in doc.pages:
            for pattern in furniture:
                assert not pattern.search(page.text), (doc.file, page.number, pattern.pattern)
            assert not any(re.fullmatch(r"\d+( \(\d+\))?", line.strip()) for line in page.text.splitlines())


def test_chapter_running_header_removed_but_heading_kept(docs) -> None:
    """Hägersten's header names the current chapter; it must not be read as body text."""
    doc = docs["hagersten-alvsjo-3-5-ar"]
    chapter = "4 Avdelningen för social omsorg"
    pages = [p for p in doc.pages if chapter in p.text]
    assert len(pages) == 1
    assert any(b.kind == "heading" and b.text == chapter and b.level == 1 for b in pages[0].blocks)
    assert not pages[0].text.startswith("Kompetensförsörjningsplan")


def test_headings_have_levels(docs) -> None:
    doc = docs["socialnamnden-2025-2027"]
    headings = {b.text: b.level for p in doc.pages for b in p.blocks if b.kind == "heading"}
    assert headings["Nulägesanalys"] == 1
    assert headings["Personalomsättning"] == 2
    assert headings["Incidentrapporteringar"] == 3
    assert headings["Kompetensförsörjningsplan 2025-2027"] == 1  # the cover title, lines joined


def test_table_over_page_break_is_marked(docs) -> None:
    for stem in ("socialnamnden-2025-2027", "hasselby-vallingby-2025-2027"):
        continued = [b for b in tables(docs[stem]) if b.continues_previous]
        assert continued, stem
        for block in continued:
            page = docs[stem].pages[block.page - 1]
            assert page.blocks[0] is block
            previous = docs[stem].pages[block.page - 2].blocks[-1]
            assert previous.kind == "table" and len(previous.rows[0]) == len(block.rows[0])
    first = [b for b in tables(docs["socialnamnden-2025-2027"]) if not b.continues_previous]
    assert first and all(b.rows[0][0] for b in first)


def test_repeated_header_row_kept_as_read(docs) -> None:
    continued = [b for b in tables(docs["hasselby-vallingby-2025-2027"]) if b.continues_previous]
    assert continued
    for block in continued:
        assert block.rows[0] == ["Område i UBARA", "Behov", "Aktivitet", "Måldatum", "Ansvarig"]


def test_bullets_kept_in_cells(docs) -> None:
    cells = [c for b in tables(docs["hasselby-vallingby-2025-2027"]) for r in b.rows for c in r]
    assert "○ Skapa forum för nätverkande och erfarenhetsutbyte\n○ Skugga en kollega." in cells
    nested = next(c for c in cells if "○ I samband med ny chefstruktur" in c)
    lines = nested.split("\n")
    assert any(ln.startswith("- Arbetsmiljö, rehabilitering") for ln in lines)
    assert all(ln.startswith(("○", "-")) for ln in lines)


def test_paragraphs_in_a_cell_stay_apart(docs) -> None:
    cells = [c for b in tables(docs["socialnamnden-2025-2027"]) for r in b.rows for c in r]
    two = "Verka för ett gott ambassadörskap\nErbjuda praktikplatser, examensarbete och mottagande av ferie"
    two += "ungdomar"
    assert two in cells


def test_section_rows_have_empty_cells(docs) -> None:
    for stem in ("socialnamnden-2024-2026", "socialnamnden-2025-2027"):  # spanning / ruled empty cells
        rows = [r for b in tables(docs[stem]) for r in b.rows]
        assert ["Attrahera", "", "", "", ""] in rows, stem


def test_cells_are_in_page_text_once(docs) -> None:
    for doc in docs.values():
        for page in doc.pages:
            text = normalize_for_match(page.text)
            for block in (b for b in page.blocks if b.kind == "table"):
                assert block.rows is not None
                for row in block.rows:
                    for cell in row:
                        assert normalize_for_match(cell) in text
    page = next(p for p in docs["socialnamnden-2025-2027"].pages if "varför medarbetare slutar" in p.text)
    assert page.text.count("Varje tertial görs en sammanställning av resultatet") == 1


def test_list_items_and_paragraph_joining(docs) -> None:
    doc = docs["hagersten-alvsjo-3-5-ar"]
    items = [b.text for p in doc.pages for b in p.blocks if b.kind == "list_item"]
    assert "höja den generella kompetensen om systematiskt arbetsmiljöarbete" in items
    assert (
        "Ledning av äldreomsorgen och den kommunala hälso- och sjukvården för personer över 65 år." in items
    )
    text = " ".join(p.text for p in doc.pages)
    assert "Inom HR-området ges stöd till chefer" in text


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("kompetens-", "försörjning", "kompetensförsörjning"),
        ("inom HR-", "området", "inom HR-området"),
        ("hälso-", "och sjukvård", "hälso- och sjukvård"),
        ("tillsvidare-", "eller visstid", "tillsvidare- eller visstid"),
        ("slutet av", "raden", "slutet av raden"),
        ("2024-", "2026", "2024- 2026"),
    ],
)
def test_join_lines(left: str, right: str, joined: str) -> None:
    assert join_lines(left, right) == joined


def test_normalize_for_match() -> None:
    assert normalize_for_match("  a\n b\xa0 c\t") == "a b c"


def test_font_widths_shared_by_a_documents_pages_give_the_same_lines() -> None:
    # Load time is measured, not asserted (no timing assertions); what the per-document font
    # cache must keep is the output: the same lines as widths parsed afresh for every page.
    from pypdf import PdfReader

    reader = PdfReader(str(PDFS[0]))
    shared = pl.FontWidths()
    for page in reader.pages:
        with_cache = [
            (ln.text, ln.x, [(s.text, s.x1) for s in ln.segments]) for ln in pl.page_lines(page, shared)
        ]
        afresh = [(ln.text, ln.x, [(s.text, s.x1) for s in ln.segments]) for ln in pl.page_lines(page)]
        assert with_cache == afresh and with_cache


# ------------------------------------------------------------------------------ TXT / MD / DOCX


def test_txt_pages_tables_lists(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(
        "Inledning av planen som löper\növer två rader med kompetens-\nförsörjning.\n\n"
        "- Utveckla\n○ Behålla\n• Attrahera\n\nSida 1 (2)\n\fMål\tAktivitet\tMåldatum\nA\tB\t2025\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.kind == "txt" and [p.number for p in doc.pages] == [1, 2]
    first = doc.pages[0]
    assert first.blocks[0].kind == "paragraph"
    assert first.blocks[0].text == "Inledning av planen som löper över två rader med kompetensförsörjning."
    assert [b.text for b in first.blocks if b.kind == "list_item"] == ["Utveckla", "Behålla", "Attrahera"]
    assert "Sida" not in first.text
    table = doc.pages[1].blocks[0]
    assert table.kind == "table" and table.rows == [["Mål", "Aktivitet", "Måldatum"], ["A", "B", "2025"]]
    assert doc.pages[1].text == "Mål | Aktivitet | Måldatum\nA | B | 2025"


def test_markdown_headings_and_pipe_tables(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "# Kompetensförsörjningsplan 2025\n\n## Attrahera\n\nText här.\n\n"
        "| Område | Aktivitet |\n|---|---|\n| Rekrytera | ○ Annonser |\n\n#### Djup\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.kind == "md"
    blocks = doc.pages[0].blocks
    assert [(b.kind, b.level) for b in blocks if b.kind == "heading"] == [
        ("heading", 1),
        ("heading", 2),
        ("heading", 3),
    ]
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows == [["Område", "Aktivitet"], ["Rekrytera", "○ Annonser"]]


def test_docx_headings_lists_tables_and_page_breaks(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_heading("Kompetensförsörjningsplan 2025-2027", level=1)
    document.add_paragraph("Socialnämnden har 1016 tillsvidareanställda.")
    document.add_paragraph("Utveckla medarbetare", style="List Bullet")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Aktiviteter", level=2)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Mål", "Aktivitet", "Måldatum"], strict=True):
        cell.text = text
    table.rows[1].cells[0].text = "Friska arbetsplatser"
    table.rows[1].cells[1].text = "○ Hälsosamtal\n○ Friskfaktorer"
    table.rows[1].cells[2].text = "2025-12-31"
    path = tmp_path / "plan.docx"
    document.save(str(path))

    doc = load_document(path)
    assert doc.kind == "docx" and len(doc.pages) == 2
    kinds = [(b.kind, b.level) for b in doc.pages[0].blocks]
    assert kinds == [("heading", 1), ("paragraph", None), ("list_item", None)]
    second = doc.pages[1].blocks
    assert second[0].kind == "heading" and second[0].level == 2
    assert second[1].rows == [
        ["Mål", "Aktivitet", "Måldatum"],
        ["Friska arbetsplatser", "○ Hälsosamtal\n○ Friskfaktorer", "2025-12-31"],
    ]
    assert all(b.page == 2 for b in second)


def test_kind_from_content_not_name(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(PDFS[0].read_bytes())
    assert load_document(path).kind == "pdf"


# ---------------------------------------------------------------------------------- bad input


def image_only_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.rect(100, 100, 300, 400, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(PDFS[0]).pages[:2]:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


BAD_INPUTS = {
    "zero-byte": ("plan.pdf", lambda: b"", "empty"),
    "random-bytes-named-pdf": ("plan.pdf", lambda: bytes(range(256)) * 8, "not a PDF"),
    "truncated-pdf": ("plan.pdf", lambda: PDFS[0].read_bytes()[:30000], "truncated"),
    "encrypted-pdf": ("plan.pdf", lambda: encrypted_pdf("hemligt"), "password"),
    "scanned-no-text": ("scan.pdf", image_only_pdf, "no text layer"),
    "exe": ("setup.exe", lambda: b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)) * 4, "unsupported"),
    "xyz": ("data.xyz", lambda: os.urandom(0) + bytes(range(256)) * 4, "unsupported"),
    "zip-not-docx": ("plan.docx", lambda: b"PK\x03\x04" + b"\x00" * 100, "not a Word document"),
    "empty-text": ("plan.txt", lambda: b"\n\n  \n", "no text"),
    "corrupt-docx": ("plan.docx", lambda: b"PK\x03\x04not really a zip", ""),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_raises_document_error(tmp_path: Path, case: str) -> None:
    name, make, problem = BAD_INPUTS[case]
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(DocumentError) as info:
        load_document(path)
    message = str(info.value)
    assert message.startswith(name), message
    assert problem in message, message
    assert "\n" not in message and len(info.value.fix) > 5  # one line, and it says what to do


def test_scanned_pdf_says_run_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(image_only_pdf())
    with pytest.raises(DocumentError, match=r"no text layer.*ocrmypdf"):
        load_document(path)


def test_pdf_with_empty_user_password_is_read(tmp_path: Path) -> None:
    path = tmp_path / "restricted.pdf"
    path.write_bytes(encrypted_pdf(""))
    doc = load_document(path)
    assert len(doc.pages) == 2 and doc.pages[0].text


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="not found"):
        load_document(tmp_path / "nope.pdf")
    with pytest.raises(DocumentError, match="folder"):
        load_document(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated: the tests may run as root, who can read a chmod 000 file.
    path = tmp_path / "locked.pdf"
    path.write_bytes(PDFS[0].read_bytes())

    def deny(path: Path) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(files, "_open_nonblocking", deny)
    with pytest.raises(DocumentError, match=r"^locked\.pdf: cannot be read \(permission denied\)"):
        load_document(path)


# ------------------------------------------------------------------------------------ limits


def test_markdown_separator_row_without_header_is_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text("# Plan\n\n|---|---|\n\nText efter.\n\n| a | b |\n|---|---|\n| c |\n", encoding="utf-8")
    blocks = load_document(path).pages[0].blocks
    assert [b.kind for b in blocks] == ["heading", "paragraph", "table"]
    assert blocks[2].rows == [["a", "b"], ["c", ""]]


def test_text_page_over_the_character_limit_is_refused_naming_the_page(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("Inledning.\f" + "ord " * 30_000, encoding="utf-8")
    with pytest.raises(DocumentError, match=r"^plan\.txt, page 2: the page holds 120,000 characters") as info:
        load_document(path, Limits(max_text_chars=50_000))
    assert info.value.code == "page_too_long" and info.value.page == 2


def test_pdf_page_with_too_much_content_is_refused_before_its_text_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(PDFS[0].read_bytes())

    def never(page: object) -> list[object]:
        raise AssertionError("text was read")

    monkeypatch.setattr(pl, "page_lines", never)
    with pytest.raises(DocumentError, match=r"^plan\.pdf, page 1: the page's content is") as info:
        load_document(path, Limits(max_page_content_mb=0.001))
    assert info.value.code == "page_too_long"


def pages_pdf(text_pages: set[int], total: int) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for number in range(1, total + 1):
        if number in text_pages:
            c.drawString(72, 700, "Kompetensförsörjningsplan 2025-2027 för Farsta stadsdelsförvaltning.")
        else:
            c.rect(100, 100, 300, 400, fill=1)  # an image stand-in: no text layer
        c.showPage()
    c.save()
    return buf.getvalue()


def test_pages_without_text_give_one_summarised_warning(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(pages_pdf({3}, 400))
    doc = load_document(path)
    assert len(doc.pages) == 400
    assert doc.warnings == [
        "399 of 400 pages have no text layer (scanned?): pages 1-2, 4-400; run OCR to read them"
    ]
