"""File -> ParsedDocument: pages with body text and blocks (headings, paragraphs, list items, tables).

PDF text comes from pypdf; ruled tables are read cell by cell with pdfplumber, which intersects
the drawn ruling lines into cell boxes (pypdf alone returns a table's cells interleaved line by
line). See pdf_layout for the layout work: running headers/footers and page numbers removed,
hyphenated line breaks joined, headings found by font size and weight.

Page.text is the page's blocks' texts joined by newlines; it is what quotes are verified against.
A table block's text has one line per row, cells joined by ' | ', and a cell's own newlines (one
per '○' bullet) turned into spaces there - Block.rows keeps them. So compare a cell with page
text through `normalize_for_match`, which collapses whitespace on both sides.

The kind of a file is detected from its bytes, not its name. Bad input raises DocumentError with
a one-line message naming the file and the fix.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from kfp_assistant.errors import DocumentError
from kfp_assistant.ingest import pdf_layout as pl
from kfp_assistant.schema import Block, Page, ParsedDocument

Kind = Literal["pdf", "txt", "md", "docx"]
SUPPORTED = "PDF, DOCX, TXT or Markdown"
OCR_FIX = "no text layer; run OCR (e.g. ocrmypdf) and ingest the result"
MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
TEXT_BULLET_RE = re.compile(r"^\s*(?:[-*•○◦▪]|\uf0b7)\s+(.*)$")
PIPE_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def normalize_for_match(s: str) -> str:
    """Text for substring comparison: Unicode NFC, no-break spaces as spaces, whitespace collapsed."""
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def document_id(data: bytes) -> str:
    """Content hash of a file: first 16 hex digits of SHA-256."""
    return hashlib.sha256(data).hexdigest()[:16]


def load_document(path: Path) -> ParsedDocument:
    """Read a PDF, DOCX, TXT or Markdown file into pages; raises DocumentError on bad input."""
    path = Path(path)
    data = read_bytes(path)
    kind = detect_kind(path, data)
    warnings: list[str] = []
    if kind == "pdf":
        pages = load_pdf(path.name, data, warnings)
    elif kind == "docx":
        pages = load_docx(path.name, data)
    else:
        pages = load_text(path.name, decode_text(path.name, data), markdown=kind == "md")
    if not pages or not any(p.text.strip() for p in pages):
        raise DocumentError(path.name, "the document contains no text", "check that it is the right file")
    return ParsedDocument(
        file=path.name, path=str(path), doc_id=document_id(data), kind=kind, pages=pages, warnings=warnings
    )


def read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(path.name, "file not found", "check the path") from None
    except IsADirectoryError:
        raise DocumentError(
            path.name, "is a folder, not a file", "give a file, or ingest the folder"
        ) from None
    except PermissionError:
        raise DocumentError(
            path.name, "cannot be read (permission denied)", "check the file's permissions"
        ) from None
    except OSError as exc:
        raise DocumentError(
            path.name, f"cannot be read ({exc.strerror})", "check the file and disk"
        ) from None
    if not data:
        raise DocumentError(path.name, "the file is empty (0 bytes)", "export or download it again")
    return data


def detect_kind(path: Path, data: bytes) -> Kind:
    """PDF / DOCX by magic bytes; text by decodability; '.md' or '#' headings make it Markdown."""
    ext = path.suffix.lower()
    if data[:1024].lstrip().startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if is_docx(data):
            return "docx"
        raise DocumentError(path.name, "is a ZIP archive but not a Word document", f"save it as {SUPPORTED}")
    if ext in (".pdf", ".docx"):
        # The name promises a format the bytes do not have: a failed download or an HTML error page.
        raise DocumentError(
            path.name, f"is named {ext} but is not a {ext[1:].upper()} file", "download or export it again"
        )
    if looks_like_text(data):
        if ext in (".md", ".markdown") or re.search(rb"(?m)^#{1,6} \S", data[:20000]):
            return "md"
        return "txt"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentError(path.name, "is an old .doc/.xls file", f"save it as {SUPPORTED}")
    raise DocumentError(
        path.name, f"unsupported file type ({ext or 'no extension'})", f"convert it to {SUPPORTED}"
    )


def is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


def looks_like_text(data: bytes) -> bool:
    """No NUL bytes and decodes as UTF-8 (or is mostly printable Latin-1, as old exports are)."""
    head = data[:65536]
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # cut in the middle of a character
            return True
    printable = sum(1 for b in head if b >= 32 or b in (9, 10, 12, 13))
    return printable / len(head) > 0.97


def decode_text(name: str, data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError(name, "text encoding not recognised", "save it as UTF-8")


# --------------------------------------------------------------------------------------------- PDF


def open_pdf(name: str, data: bytes) -> Any:
    """A pypdf reader, decrypted if it only has an empty user password."""
    from pypdf import PdfReader

    if b"%%EOF" not in data[-2048:]:
        raise DocumentError(
            name, "the PDF is truncated (no end-of-file marker)", "download or export it again"
        )
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(
                name,
                "the PDF is password-protected",
                "save an unprotected copy (e.g. qpdf --decrypt) and ingest that",
            )
        count = len(reader.pages)
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files; all mean "not readable"
        raise DocumentError(
            name, f"the PDF is damaged ({type(exc).__name__})", "export it again from the original"
        ) from None
    if count == 0:
        raise DocumentError(name, "the PDF has no pages", "export it again from the original")
    return reader


def load_pdf(name: str, data: bytes, warnings: list[str]) -> list[Page]:
    reader = open_pdf(name, data)
    lines, heights = [], []
    for number, page in enumerate(reader.pages, start=1):
        try:
            lines.append(pl.page_lines(page))
        except Exception as exc:  # one broken page should name itself, not crash the batch
            raise DocumentError(
                name, f"text could not be read ({type(exc).__name__})", "export it again", page=number
            ) from None
        heights.append(float(page.mediabox.height))
    if not any(lines):
        raise DocumentError(name, OCR_FIX.split(";")[0], OCR_FIX.split("; ")[1])
    warnings += [f"page {i} has no text layer (scanned?)" for i, ls in enumerate(lines, 1) if not ls]
    tables = read_tables(
        name, data, [i for i, p in enumerate(reader.pages) if lines[i] and pl.draws_lines(p)], warnings
    )
    return assemble_pages(lines, heights, tables)


def read_tables(
    name: str, data: bytes, indexes: list[int], warnings: list[str]
) -> dict[int, list[pl.TableArea]]:
    """Ruled tables per page index, only for pages that draw lines at all (pdfplumber is slow)."""
    if not indexes:
        return {}
    import pdfplumber

    out: dict[int, list[pl.TableArea]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            for i in indexes:
                out[i] = pl.find_tables(pdf.pages[i])
                pdf.pages[i].close()  # frees the page's parsed layout
    except Exception as exc:  # tables are a bonus: fall back to plain text rather than fail the file
        warnings.append(f"{name}: tables could not be read ({type(exc).__name__}); text kept as paragraphs")
        return {}
    return out


def assemble_pages(
    lines: list[list[pl.Line]], heights: list[float], tables: dict[int, list[pl.TableArea]]
) -> list[Page]:
    """Drop furniture, build blocks, put tables in reading order, mark tables that run on."""
    body_lines = [[ln for ln in ls if not pl.in_table(ln, tables.get(i, []))] for i, ls in enumerate(lines)]
    header, footer = pl.furniture_bands(body_lines, heights)
    size = pl.body_size(body_lines)
    pages: list[Page] = []
    for i, ls in enumerate(body_lines):
        h = heights[i]
        kept = [
            ln
            for ln in ls
            if header * h + 1 < ln.top < footer * h - 1
            and not (pl.is_page_furniture(ln.text) and ln in pl.edge_lines(ls, h, 0.12))
        ]
        placed = pl.lines_to_blocks(kept, size, i + 1)
        placed += [(t.top, pl.table_block(t, i + 1)) for t in tables.get(i, [])]
        blocks = [b for _, b in sorted(placed, key=lambda tb: tb[0])]
        mark_continuation(blocks, pages[-1].blocks if pages else [])
        pages.append(Page(number=i + 1, text="\n".join(b.text for b in blocks), blocks=blocks))
    return pages


def mark_continuation(blocks: list[Block], previous: list[Block]) -> None:
    """A table that opens the page continues the previous page's closing table of equal width."""
    if not blocks or blocks[0].kind != "table" or not previous or previous[-1].kind != "table":
        return
    if blocks[0].rows and previous[-1].rows and len(blocks[0].rows[0]) == len(previous[-1].rows[0]):
        blocks[0].continues_previous = True


# ----------------------------------------------------------------------------------- TXT / MD


def load_text(name: str, text: str, markdown: bool) -> list[Page]:
    """One page per form feed; blank lines separate blocks."""
    pages = []
    for number, chunk in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\f"), start=1):
        blocks = list(text_blocks(chunk, number, markdown))
        pages.append(Page(number=number, text="\n".join(b.text for b in blocks), blocks=blocks))
    return pages


def text_blocks(chunk: str, page: int, markdown: bool) -> Iterator[Block]:
    """Headings ('#', Markdown only), tab or pipe tables, list items, paragraphs."""
    lines = [ln for ln in chunk.split("\n") if not pl.is_page_furniture(ln) or not ln.strip()]
    i = 0
    while i < len(lines):
        line = lines[i]
        heading = MD_HEADING_RE.match(line) if markdown else None
        if not line.strip():
            i += 1
        elif heading:
            yield Block(kind="heading", text=heading.group(2), page=page, level=min(len(heading.group(1)), 3))
            i += 1
        elif "\t" in line or (markdown and line.lstrip().startswith("|")):
            rows, i = table_rows(lines, i)
            yield Block(kind="table", text="\n".join(" | ".join(r) for r in rows), page=page, rows=rows)
        elif TEXT_BULLET_RE.match(line) or pl.NUMBERED_RE.match(line.strip()):
            bullet = TEXT_BULLET_RE.match(line)
            yield Block(kind="list_item", text=bullet.group(1).strip() if bullet else line.strip(), page=page)
            i += 1
        else:
            text, i = paragraph(lines, i, markdown)
            yield Block(kind="paragraph", text=text, page=page)


def table_rows(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """Consecutive tab-separated (or '| a | b |') lines -> rows padded to equal width."""
    rows: list[list[str]] = []
    pipe = lines[i].lstrip().startswith("|")
    while i < len(lines) and (("|" in lines[i]) if pipe else ("\t" in lines[i])):
        if not (pipe and PIPE_SEPARATOR_RE.match(lines[i])):
            raw = lines[i].strip().strip("|").split("|") if pipe else lines[i].split("\t")
            rows.append([c.strip() for c in raw])
        i += 1
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows], i


def paragraph(lines: list[str], i: int, markdown: bool) -> tuple[str, int]:
    text = lines[i].strip()
    i += 1
    while i < len(lines) and lines[i].strip() and not starts_other_block(lines[i], markdown):
        text = pl.join_lines(text, lines[i])
        i += 1
    return text, i


def starts_other_block(line: str, markdown: bool) -> bool:
    return bool(
        "\t" in line
        or TEXT_BULLET_RE.match(line)
        or pl.NUMBERED_RE.match(line.strip())
        or (markdown and (MD_HEADING_RE.match(line) or line.lstrip().startswith("|")))
    )


# -------------------------------------------------------------------------------------- DOCX


def load_docx(name: str, data: bytes) -> list[Page]:
    """Paragraphs and tables in body order; Heading/Rubrik styles -> headings; explicit page
    breaks start a new page (Word decides the rest of the pagination, so most files are one page)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx/lxml raise assorted errors on damaged files
        raise DocumentError(
            name, f"the Word file is damaged ({type(exc).__name__})", "open and save it again in Word"
        ) from None
    pages: list[list[Block]] = [[]]
    for element in document.element.body.iterchildren():
        if element.tag.endswith("}tbl"):
            rows = docx_rows(Table(element, document))
            if rows:
                pages[-1].append(
                    Block(
                        kind="table",
                        text="\n".join(" | ".join(c.replace("\n", " ") for c in r) for r in rows),
                        page=len(pages),
                        rows=rows,
                    )
                )
        elif element.tag.endswith("}p"):
            para = Paragraph(element, document)
            block = docx_block(para, len(pages))
            if block is not None:
                pages[-1].append(block)
            if element.xpath('.//w:br[@w:type="page"]'):
                pages.append([])
    return [
        Page(number=n, text="\n".join(b.text for b in bl), blocks=bl)
        for n, bl in enumerate(pages, start=1)
        if bl or n == 1
    ]


def docx_block(para: Any, page: int) -> Block | None:
    text = para.text.strip()
    if not text:
        return None
    style = (para.style.name if para.style is not None else "") or ""
    level = re.search(r"(?:Heading|Rubrik)\s*(\d)", style)
    if level or style in ("Title", "Rubrik"):
        return Block(kind="heading", text=text, page=page, level=min(int(level.group(1)) if level else 1, 3))
    numbered = para._p.pPr is not None and para._p.pPr.numPr is not None  # Word's own list numbering
    if "List" in style or "Liststycke" in style or numbered:
        return Block(kind="list_item", text=text, page=page)
    return Block(kind="paragraph", text=text, page=page)


def docx_rows(table: Any) -> list[list[str]]:
    """Cell texts; a cell merged across columns is reported once, the covered cells as ''."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            cells.append("" if id(cell._tc) in seen else cell.text.strip())
            seen.add(id(cell._tc))
        rows.append(cells)
    return rows
