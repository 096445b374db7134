"""The plan viewer: an indexed plan opened at a page, the cited passage marked. The one home of
pypdfium2 (and of Pillow drawing) in the project.

A PDF whose original file is still where it was ingested from (or kept from an upload) is shown as
an image of the page with the passage's characters highlighted, found by pdfium's character boxes.
Every plan also shows the page's text as the index has it, the passage marked: for Word, text and
Markdown files that text is the page. All plan text is escaped (render.h).
"""

from __future__ import annotations

import io
import threading
import unicodedata
from collections import OrderedDict
from pathlib import Path
from urllib.parse import quote as url_quote
from urllib.parse import urlencode

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from kfp_assistant.app.chat import mark_quote
from kfp_assistant.app.render import h, plan_label
from kfp_assistant.assistant import Assistant
from kfp_assistant.ingest.loaders import document_id
from kfp_assistant.store.index import RegisteredDocument

SCALE = 1.6  # pixels per PDF point: a readable page on a laptop screen
HIGHLIGHT = (255, 214, 0, 110)
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
}
NO_ORIGINAL = "Originalfilen finns inte längre där den lästes in; här är sidans text som indexet har den."
_PDF_LOCK = threading.Lock()  # pdfium is not thread-safe
_PNG_CACHE: OrderedDict[tuple[str, int, str], bytes] = OrderedDict()
_VERIFIED: dict[tuple[str, float, int], str] = {}


def original_file(assistant: Assistant, doc_id: str) -> tuple[RegisteredDocument, Path | None] | None:
    """The registered plan and its original file, if the file is still there with the same content."""
    doc = assistant.index.document(doc_id)
    if doc is None:
        return None
    path = Path(doc.path)
    try:
        stat = path.stat()
    except OSError:
        return doc, None
    key = (str(path), stat.st_mtime, stat.st_size)
    if key not in _VERIFIED:
        _VERIFIED[key] = document_id(path.read_bytes())
    return doc, path if _VERIFIED[key] == doc_id else None


def page_text(assistant: Assistant, doc_id: str, page: int) -> str:
    """The text of one page as the index holds it (chunk lines whose page it is), in order."""
    lines: list[str] = []
    seen: set[str] = set()
    for chunk in assistant.index.chunks_of(doc_id):
        if not chunk.page_start <= page <= chunk.page_end:
            continue
        for line, on_page in zip(chunk.text.splitlines(), chunk.line_pages or [], strict=False):
            # Chunks of a table repeat its header row; show each line of the page once.
            if on_page == page and line.strip() and line not in seen:
                seen.add(line)
                lines.append(line)
    return "\n".join(lines)


def _normalise(text: str) -> tuple[str, list[int]]:
    """Casefolded text with whitespace runs as one space and line-end hyphens dropped, and for each
    character of it the index of the original character (to find a quote whatever the line breaks)."""
    out: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(text):
        char = unicodedata.normalize("NFC", text[i])
        if char in "-\u00ad" and i + 1 < len(text) and text[i + 1] in "\r\n":
            i += 1
            while i < len(text) and text[i].isspace():
                i += 1
            continue
        if char.isspace() or char == "\x00":
            if out and out[-1] != " ":
                out.append(" ")
                where.append(i)
        else:
            out.append(char.casefold())
            where.append(i)
        i += 1
    return "".join(out), where


def _quote_span(page_chars: str, quote: str) -> tuple[int, int] | None:
    """Character index range of the quote on the page; tries the first dozen words if the whole
    quote is not found (a quote may join cells or lines the PDF keeps apart)."""
    text, where = _normalise(page_chars)
    wanted, _ = _normalise(quote)
    for candidate in (wanted.strip(), " ".join(wanted.split()[:12])):
        if len(candidate) < 3:
            continue
        found = text.find(candidate)
        if found >= 0:
            return where[found], where[found + len(candidate) - 1] + 1
    return None


def _line_boxes(
    textpage: pdfium.PdfTextPage, start: int, end: int
) -> list[tuple[float, float, float, float]]:
    """Boxes (left, bottom, right, top) of the span's characters, merged per text line."""
    lines: list[list[float]] = []
    for index in range(start, end):
        left, bottom, right, top = textpage.get_charbox(index)
        if right - left <= 0:
            continue
        last = lines[-1] if lines else None
        if last and abs(last[1] - bottom) < 0.5 * (top - bottom) and left >= last[0] - 1:
            last[2] = max(last[2], right)
            last[3] = max(last[3], top)
        else:
            lines.append([left, bottom, right, top])
    return [(a, b, c, d) for a, b, c, d in lines]


def page_png(path: Path, page: int, quote: str) -> bytes:
    """PNG of one PDF page (1-based), the quote's characters highlighted when found."""
    key = (str(path), page, quote)
    if key in _PNG_CACHE:
        return _PNG_CACHE[key]
    with _PDF_LOCK:
        pdf = pdfium.PdfDocument(str(path))
        try:
            if not 1 <= page <= len(pdf):
                raise IndexError(page)
            pdf_page = pdf[page - 1]
            image = pdf_page.render(scale=SCALE).to_pil().convert("RGBA")
            height = pdf_page.get_size()[1]
            textpage = pdf_page.get_textpage()
            span = _quote_span(textpage.get_text_range(), quote) if quote else None
            boxes = _line_boxes(textpage, *span) if span else []
        finally:
            pdf.close()
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for left, bottom, right, top in boxes:
        draw.rectangle(
            [left * SCALE - 2, (height - top) * SCALE - 2, right * SCALE + 2, (height - bottom) * SCALE + 2],
            fill=HIGHLIGHT,
        )
    buffer = io.BytesIO()
    Image.alpha_composite(image, overlay).convert("RGB").save(buffer, format="PNG", optimize=True)
    data = buffer.getvalue()
    _PNG_CACHE[key] = data
    while len(_PNG_CACHE) > 32:
        _PNG_CACHE.popitem(last=False)
    return data


_STYLE = """
body { font-family: system-ui, 'Segoe UI', Arial, sans-serif; margin: 0; background: #f3f4f6;
  color: #111827; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #d1d5db; padding: 0.6em 1em; }
header h1 { font-size: 1.15em; margin: 0 0 0.2em 0; }
header p { margin: 0; color: #4b5563; font-size: 0.95em; }
header a { margin-right: 1em; }
main { max-width: 1000px; margin: 1em auto; padding: 0 1em; }
img.kfp-page { width: 100%; box-shadow: 0 1px 4px rgba(0,0,0,.25); background: #fff; }
.kfp-page-text { white-space: pre-wrap; background: #fff; padding: 1em; line-height: 1.5;
  border-left: 3px solid #2563eb; }
mark { background: #ffe58a; color: #000; }
.kfp-note { color: #4b5563; font-style: italic; }
"""


def viewer_html(assistant: Assistant, doc_id: str, page: int, quote: str = "") -> str | None:
    """The viewer page for a plan at a page; None when the plan is not in the index."""
    found = original_file(assistant, doc_id)
    if found is None:
        return None
    doc, path = found
    page = min(max(page, 1), max(doc.pages, 1))
    text = page_text(assistant, doc_id, page)
    marked = mark_quote(text, quote, width=None) if quote else None
    nav = [f'<a href="?{urlencode({"page": page - 1})}">← Föregående sida</a>'] if page > 1 else []
    if page < doc.pages:
        nav.append(f'<a href="?{urlencode({"page": page + 1})}">Nästa sida →</a>')
    if path is not None:
        anchor = f"#page={page}" if path.suffix.lower() == ".pdf" else ""
        nav.append(f'<a href="../file/{url_quote(doc_id)}{anchor}" id="kfp-original">Öppna originalfilen</a>')
    body = []
    if path is not None and path.suffix.lower() == ".pdf":
        source = f"{url_quote(doc_id)}/page/{page}.png?" + urlencode({"q": quote})
        body.append(f'<img class="kfp-page" id="kfp-page-image" src="{h(source)}" alt="Sidan {page}">')
        body.append("<h2>Sidans text</h2>")
    elif path is None:
        body.append(f'<p class="kfp-note">{NO_ORIGINAL}</p>')
    if quote and marked is None:
        body.append(f'<p class="kfp-note">Citatet: <mark>{h(quote)}</mark></p>')
    body.append(f'<div class="kfp-page-text" id="kfp-page-text">{marked or h(text)}</div>')
    title = plan_label(doc.administration, doc.period)
    return (
        '<!doctype html><html lang="sv"><head><meta charset="utf-8">'
        f"<title>{h(title)}, sidan {page}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{h(title)}</h1><p>{h(doc.file)} · sidan {page} av {doc.pages}</p>"
        f"<p>{' '.join(nav)}</p></header><main>{''.join(body)}</main></body></html>"
    )
