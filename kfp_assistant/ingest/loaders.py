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
a one-line message naming the file and the fix; files.py reads the bytes within `Limits` first.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any, Literal

from kfp_assistant.errors import DocumentError
from kfp_assistant.ingest import pdf_layout as pl
from kfp_assistant.ingest.files import (
    DEFAULT_LIMITS,
    check_page_stream,
    check_unzipped_size,
    decode_text,
    page_ranges,
    page_too_long,
    read_file,
    text_encoding,
)
from kfp_assistant.ingest.text_layout import load_text
from kfp_assistant.schema import Block, Page, ParsedDocument
from kfp_assistant.settings import Limits

Kind = Literal["pdf", "txt", "md", "docx"]
SUPPORTED = "PDF, DOCX, TXT or Markdown"
OCR_FIX = "no text layer; run OCR (e.g. ocrmypdf) and ingest the result"


def normalize_for_match(s: str) -> str:
    """Text for substring comparison: Unicode NFC, no-break spaces as spaces, whitespace collapsed."""
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def document_id(data: bytes) -> str:
    """Content hash of a file: first 16 hex digits of SHA-256."""
    return hashlib.sha256(data).hexdigest()[:16]


def load_document(path: Path, limits: Limits = DEFAULT_LIMITS, data: bytes | None = None) -> ParsedDocument:
    """Read a PDF, DOCX, TXT or Markdown file into pages; raises DocumentError on bad input.

    `data`: the file's bytes when the caller has read them already (files.read_file)."""
    path = Path(path)
    data = read_file(path, limits) if data is None else data
    kind = detect_kind(path, data)
    warnings: list[str] = []
    if kind == "pdf":
        pages = load_pdf(path.name, data, warnings, limits)
    elif kind == "docx":
        check_unzipped_size(path.name, data, limits)
        pages = load_docx(path.name, data, warnings, limits)
    else:
        text = decode_text(path.name, data, text_encoding(data) or "utf-8-sig")
        pages = load_text(path.name, text, markdown=kind == "md", limits=limits)
    for page in pages:
        if len(page.text) > (limits.max_page_chars if kind == "pdf" else limits.max_text_chars):
            raise page_too_long(path.name, page.number, len(page.text), limits, pdf=kind == "pdf")
    if not pages or not any(p.text.strip() for p in pages):
        raise DocumentError(
            path.name, "the document contains no text", "check that it is the right file", code="no_text"
        )
    return ParsedDocument(
        file=path.name, path=str(path), doc_id=document_id(data), kind=kind, pages=pages, warnings=warnings
    )


def detect_kind(path: Path, data: bytes) -> Kind:
    """PDF / DOCX by magic bytes; text by decodability; '.md' or '#' headings make it Markdown."""
    ext = path.suffix.lower()
    if data[:1024].lstrip().startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if is_docx(data):
            return "docx"
        raise DocumentError(
            path.name,
            "is a ZIP archive but not a Word document",
            f"save it as {SUPPORTED}",
            code="unsupported",
        )
    if ext in (".pdf", ".docx"):
        # The name promises a format the bytes do not have: a failed download or an HTML error page.
        raise DocumentError(
            path.name,
            f"is named {ext} but is not a {ext[1:].upper()} file",
            "download or export it again",
            code="damaged",
        )
    encoding = text_encoding(data)
    if encoding is not None:
        head = decode_text(path.name, data[:20000], encoding)
        if ext in (".md", ".markdown") or re.search(r"(?m)^#{1,6} \S", head):
            return "md"
        return "txt"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentError(
            path.name, "is an old .doc/.xls file", f"save it as {SUPPORTED}", code="unsupported"
        )
    raise DocumentError(
        path.name,
        f"unsupported file type ({ext or 'no extension'})",
        f"convert it to {SUPPORTED}",
        code="unsupported",
    )


def is_docx(data: bytes) -> bool:
    """Whether the bytes are a zip holding word/document.xml (a DOCX whatever its name)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


# --------------------------------------------------------------------------------------------- PDF


def open_pdf(name: str, data: bytes) -> Any:
    """A pypdf reader, decrypted if it only has an empty user password."""
    from pypdf import PdfReader

    if b"%%EOF" not in data[-2048:]:
        raise DocumentError(
            name,
            "the PDF is truncated (no end-of-file marker)",
            "download or export it again",
            code="damaged",
        )
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(
                name,
                "the PDF is password-protected",
                "save an unprotected copy (e.g. qpdf --decrypt) and ingest that",
                code="encrypted",
            )
        count = len(reader.pages)
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files; all mean "not readable"
        raise DocumentError(
            name,
            f"the PDF is damaged ({type(exc).__name__})",
            "export it again from the original",
            code="damaged",
        ) from None
    if count == 0:
        raise DocumentError(name, "the PDF has no pages", "export it again from the original", code="damaged")
    return reader


def load_pdf(name: str, data: bytes, warnings: list[str], limits: Limits = DEFAULT_LIMITS) -> list[Page]:
    """The pages of a PDF, ruled tables read by pdfplumber; pages without text are named in warnings, a
    damaged or oversized page raises DocumentError."""
    reader = open_pdf(name, data)
    lines, heights = [], []
    widths = pl.FontWidths()  # fonts are shared by pages: parse each once
    for number, page in enumerate(reader.pages, start=1):
        check_page_stream(name, number, content_size(page), limits)
        try:
            lines.append(pl.page_lines(page, widths))
            heights.append(float(page.mediabox.height))
        except Exception as exc:  # one broken page should name itself, not crash the batch
            raise DocumentError(
                name,
                f"text could not be read ({type(exc).__name__})",
                "export it again",
                page=number,
                code="damaged",
            ) from None
        chars = sum(len(ln.text) + 1 for ln in lines[-1])
        if chars > limits.max_page_chars:
            raise page_too_long(name, number, chars, limits)
    if not any(lines):
        raise DocumentError(name, OCR_FIX.split(";")[0], OCR_FIX.split("; ")[1], code="no_text")
    blank = [i for i, ls in enumerate(lines, 1) if not ls]
    if blank:  # one line however many: a 2,000-page scan with one text page must stay readable
        many = f"{len(blank)} of {len(lines)} pages have" if len(blank) > 1 else "1 page has"
        where = f"page{'s' if len(blank) > 1 else ''} {page_ranges(blank)}"
        warnings.append(f"{many} no text layer (scanned?): {where}; run OCR to read them")
    tables = read_tables(
        name, data, [i for i, p in enumerate(reader.pages) if lines[i] and pl.draws_lines(p)], warnings
    )
    return pl.assemble_pages(lines, heights, tables)


def content_size(page: Any) -> int:
    """Bytes of a PDF page's content stream, decoded; 0 when it cannot be read (the reader says why)."""
    try:
        contents = page.get_contents()
        return len(contents.get_data()) if contents is not None else 0
    except Exception:  # a damaged stream: page_lines reports it with the page number
        return 0


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


# -------------------------------------------------------------------------------------- DOCX


def load_docx(
    name: str, data: bytes, warnings: list[str] | None = None, limits: Limits = DEFAULT_LIMITS
) -> list[Page]:
    """Paragraphs and tables in body order; Heading/Rubrik styles -> headings; explicit page
    breaks start a new page (Word decides the rest of the pagination, so most files are one page)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx/lxml raise assorted errors on damaged files
        raise DocumentError(
            name,
            f"the Word file is damaged ({type(exc).__name__})",
            "open and save it again in Word",
            code="damaged",
        ) from None
    pages: list[list[Block]] = [[]]
    raw_tables, chars, elements = 0, 0, 0
    styles: dict[str | None, str] = {}
    for element in document.element.body.iterchildren():
        # Bounded work: a page past the text limit is refused as soon as it is read (counting
        # paragraphs too, so a file of millions of empty paragraphs is refused as well).
        elements += 1
        chars = sum(len(b.text) for b in pages[-1]) if elements % 256 == 0 else chars
        if chars > limits.max_text_chars:
            raise page_too_long(name, len(pages), chars, limits, pdf=False)
        if elements > limits.max_text_chars // 10:
            raise DocumentError(
                name,
                f"the page holds more than {limits.max_text_chars // 10:,} paragraphs and tables "
                "(a tenth of KFP_MAX_TEXT_CHARS)",
                "check that it is the right file, or export it again from the original",
                page=len(pages),
                code="page_too_long",
            )
        if element.tag.endswith("}tbl"):
            try:
                rows = docx_rows(Table(element, document))
            except Exception:  # merges python-docx cannot lay out on a grid (e.g. vMerge in row 1)
                rows, raw_tables = raw_docx_rows(element), raw_tables + 1
            rows = rectangular(rows)
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
            block = docx_block(para, len(pages), styles)
            if block is not None:
                pages[-1].append(block)
            if element.xpath('.//w:br[@w:type="page"]'):
                pages.append([])
                chars, elements = 0, 0
    if raw_tables and warnings is not None:
        warnings.append(
            f"{name}: {raw_tables} table(s) have merged cells that do not fit a grid; cells read in order"
        )
    furniture = docx_furniture(document)
    return [
        Page(number=n, text="\n".join(b.text for b in bl), blocks=bl, furniture=furniture if n == 1 else [])
        for n, bl in enumerate(pages, start=1)
        if bl or n == 1
    ]


def docx_furniture(document: Any) -> list[str]:
    """Text of the sections' headers and footers (where Word files name their organisation), once each."""
    lines: list[str] = []
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            try:
                texts = [p.text for p in part.paragraphs]
            except Exception:  # a header part python-docx cannot read is not worth failing the file for
                continue
            lines += [" ".join(t.split()) for t in texts if t.strip() and not pl.is_page_furniture(t)]
    return list(dict.fromkeys(line[:200] for line in lines))[:20]  # furniture is a few short lines


def docx_block(para: Any, page: int, styles: dict[str | None, str] | None = None) -> Block | None:
    """A DOCX paragraph as a heading, list item or paragraph block (by style, numbering); None if empty."""
    text = para.text.strip()
    if not text:
        return None
    # python-docx looks a paragraph's style up through every style of the file (3-12 ms a
    # paragraph measured), so names are cached per style id: once per style, not per paragraph.
    styles = {} if styles is None else styles
    style_id = para._p.style
    if style_id not in styles:
        styles[style_id] = (para.style.name if para.style is not None else "") or ""
    style = styles[style_id]
    level = re.search(r"(?:Heading|Rubrik)\s*(\d)", style)
    if level or style in ("Title", "Rubrik"):
        return Block(kind="heading", text=text, page=page, level=min(int(level.group(1)) if level else 1, 3))
    numbered = para._p.pPr is not None and para._p.pPr.numPr is not None  # Word's own list numbering
    if "List" in style or "Liststycke" in style or numbered:
        return Block(kind="list_item", text=text, page=page, level=_list_depth(para, style))
    return Block(kind="paragraph", text=text, page=page)


def _list_depth(para: Any, style: str) -> int | None:
    """Nesting depth of a list paragraph when below the top ("List Bullet 2", numbering level 1+)."""
    depth = re.search(r"\s([2-9])$", style)
    num = para._p.pPr.numPr if para._p.pPr is not None else None
    ilvl = num.ilvl.val if num is not None and num.ilvl is not None else 0
    level = max(int(depth.group(1)) if depth else 1, int(ilvl or 0) + 1)
    return level if level > 1 else None


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


def raw_docx_rows(element: Any) -> list[list[str]]:
    """Cell texts of a table read straight from its XML rows, for tables whose merges break the grid."""
    w = element.nsmap.get("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    rows = [
        ["".join(t.text or "" for t in tc.iter(f"{{{w}}}t")).strip() for tc in tr.iterchildren(f"{{{w}}}tc")]
        for tr in element.iterchildren(f"{{{w}}}tr")
    ]
    return [r for r in rows if any(r)]


def rectangular(rows: list[list[str]]) -> list[list[str]]:
    """Rows padded to one width; empty rows dropped, so a table is [] or has a first cell."""
    rows = [r for r in rows if r]
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]
