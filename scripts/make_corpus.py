"""Turn the plan texts in scripts/corpus_source/*.txt into PDFs that look like the real Word-made plans.

The source texts were taken out of the plans' PDFs and are messy: hard-wrapped lines, HTML and
markdown markup, tab-separated tables, tables of contents with dotted leaders and stray running
headers ("Sida 5 (18)"). This script parses them into headings, paragraphs, list items and tables
and lays them out with reportlab: A4, a running header and a "Sida N (M)" footer on every page,
ruled tables whose header row repeats after a page break, "○" bullets inside cells.

The output is deterministic (reportlab's invariant mode), so a rerun gives identical bytes; the
document id used downstream is a hash of those bytes.

    .venv/bin/python scripts/make_corpus.py            # writes corpus/*.pdf
    .venv/bin/python scripts/make_corpus.py --out DIR  # writes elsewhere (used by the tests)
"""

from __future__ import annotations

import argparse
import html
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

ROOT = Path(__file__).resolve().parent.parent
FONTS = Path(__file__).resolve().parent / "fonts"

# ---------------------------------------------------------------------------------------------
# Per-plan knowledge. The sources lost their styling, so which lines were headings (and at what
# level), what the running header said, and where chapters start is written down here.
# ---------------------------------------------------------------------------------------------


@dataclass
class PlanConfig:
    header: str  # running header text, left side
    footer_extra: str = ""  # extra footer text (the 2021 plan had the e-mail in its footer)
    wrapped: bool = False  # source lines are hard-wrapped PDF lines
    headings: dict[str, int] = field(default_factory=dict)  # exact heading text -> level
    h1: frozenset[str] = frozenset()  # for one-line-per-paragraph sources: level-1 headings
    h3: frozenset[str] = frozenset()  # ... and level-3 headings (others short lines: level 2)
    chapter_breaks: bool = False  # start each level-1 heading on a new page, name it in the header
    span_section_rows: bool = False  # draw a lone "Attrahera" row as one spanning cell


SOC_H1 = frozenset(
    {
        "Inledning",
        "Socialnämndens övergripande mål",
        "Nulägesanalys",
        "Identifierade kompetensgap",
        "Identifierade kompetensbehov",
        "Riskbedömning och gemensamma utmaningar",
        "Gemensamma utmaningar",
        "Analys och uppföljning",
        "Analys och slutsatser",
        "Uppföljning av tidigare kompetensgap och aktiviteter",
        "Nio strategier för kompetensförsörjningen",
        "Strategisk inriktning med prioriterade aktiviteter:",
    }
)
SOC_H3 = frozenset(
    {
        "Incidentrapporteringar",
        "En likställd socialtjänst",
        "Andelen timavlönad personal",
        "Kompetensgap",
        "Transfer of training (Lärande och kompetensöverföring)",
        "Lagen om anställningsskydd (LAS) och skärpta regler kring dygnsvila",
        "Ökat våld och gängkriminalitet",
    }
)

HV2021_HEADINGS = {"Nulägesanalys": 1, "Successionsplanering": 1} | {
    h: 2
    for h in (
        "Digitalisering",
        "Behålla och rekrytera medarbetare till bristyrken",
        "Kompetensutveckling och utvecklingsmöjligheter",
        "Behålla medarbetare genom arbete med organisation och arbetsmiljö",
        "Yngre medarbetare och nyexaminerade",
        "Mer komplex målgrupp",
        "Kompetensbaserad rekrytering",
        "Ledarförsörjning och ledarutveckling",
        "Leda och stödja utveckling och förändring",
        "Avslut av anställning inom förvaltningen",
    )
}
HV2021_HEADINGS["Förvaltningens åtgärder för att hantera kompetensgapet"] = 1

HA_H1 = (
    "Strategisk kompetensförsörjning",
    "3 Avdelningen för förskola",
    "4 Avdelningen för social omsorg",
    "5 Avdelningen för äldreomsorg",
    "6 Avdelning för Samhällsplanering och intern service",
    "7 Avdelningen för Ekonomi och upphandling",
    "8 Avdelningen för HR och kommunikation",
)
HA_H2 = (
    "Hägersten-Älvsjö stadsdelsförvaltning",
    "Förvaltningens gemensamma utmaningar",
    "Långsiktig och systematisk kompetensförsörjning",
    "Utveckla och behålla",
    "Attrahera och rekrytera",
    "Avsluta",
    "Successionsplanering",
    "Uppgifter",
    "Behov",
    "Äldres behov",
    "Utveckla",
    "Behålla och rekrytera",
    "Attrahera",
    "Introduktion och avslut",
    "Avveckla",
)
HA_H3 = (
    "Barnskötare studerar till förskollärare",
    "Ledarskapsutveckling",
    "Kompetensutveckling utifrån identifierade verksamhets behov",
    "Kompetensutveckling utifrån identifierade verksamhetsbehov",
    "Stadsgemensamma utbildningssatsningar",
    "Socialsekreterare och biståndshandläggare",
    "Chefer",
)

CONFIGS: dict[str, PlanConfig] = {
    "socialnamnden-2024-2026": PlanConfig(
        header="Socialnämnden – Kompetensförsörjningsplan 2024-2026",
        h1=SOC_H1,
        h3=SOC_H3,
        span_section_rows=True,
    ),
    "socialnamnden-2025-2027": PlanConfig(
        header="Socialnämnden – Kompetensförsörjningsplan 2025-2027", h1=SOC_H1, h3=SOC_H3
    ),
    "hasselby-vallingby-2025-2027": PlanConfig(header="Kompetensförsörjningsplan 2025-2027"),
    "hasselby-vallingby-2021": PlanConfig(
        header="Hässelby-Vällingby stadsdelsförvaltning",
        footer_extra="E-post: hasselby-vallingby@stockholm.se",
        wrapped=True,
        headings=HV2021_HEADINGS,
    ),
    "hagersten-alvsjo-3-5-ar": PlanConfig(
        header="Kompetensförsörjningsplan",
        wrapped=True,
        headings={h: 1 for h in HA_H1} | {h: 2 for h in HA_H2} | {h: 3 for h in HA_H3},
        chapter_breaks=True,
    ),
}

# ---------------------------------------------------------------------------------------------
# Parsing: source text -> elements
# ---------------------------------------------------------------------------------------------

SIDA_RE = re.compile(r"^\s*Sida \d+ \(\d+\)\s*$")
RUNNING_HEADER_RE = re.compile(r"^\s*(#+\s*)?Kompetensförsörjningsplan( \d{4}(-\d{4})?)?\s*$")
FOOTER_RE = re.compile(r"^\s*E-post: \S+@stockholm\.se\s*$")
TOC_MARKER_RE = re.compile(r"^\s*(#+\s*)?(Innehåll|Innehållsförteckning)\s*$")
TOC_LINE_RE = re.compile(r"^(?P<title>.+?)\s*\.{0,}\s*\t\s*(?P<page>(<b>)?\d+(</b>)?)\s*$")
BULLET_RE = re.compile(r"^\s*(?:[-•\uf0b7]\s+|\uf0b7\s*)(?P<text>.*)$")
NUMBERED_RE = re.compile(r"^\s*(?P<num>\d+)\.\s+(?P<text>.*)$")
MD_HEADING_RE = re.compile(r"^(?P<hashes>#{1,4})\s+(?P<text>.*)$")
TERMINAL = (".", "!", "?", ":", ";")


@dataclass
class Elem:
    """One piece of a plan: cover line, toc line, heading, para, item, table or pagebreak."""

    kind: str
    text: str = ""  # reportlab mini-markup (<b>, <i>, escaped &amp;)
    level: int = 0
    rows: list[list[list[str]]] = field(default_factory=list)  # table: row -> cell -> lines
    style: str = ""


def strip_stray_lines(lines: list[str]) -> list[str]:
    """Drop the original PDF's page furniture: 'Sida 5 (18)', the header line above it, footers."""
    out: list[str] = []
    for line in lines:
        if SIDA_RE.match(line):
            while out and not out[-1].strip():
                out.pop()
            if out and RUNNING_HEADER_RE.match(out[-1]):
                out.pop()
            continue
        if FOOTER_RE.match(line):
            continue
        out.append(line)
    return out


def inline_markup(text: str) -> str:
    """Source text (HTML bits, markdown emphasis) -> reportlab paragraph markup."""
    text = html.unescape(text)
    text = re.sub(r"\*\*(.+?)\*\*", "\x01\\1\x02", text)
    text = re.sub(r"(?<![\w*])\*(\S.*?)\*", "\x03\\1\x04", text)
    text = re.sub(r"<(/?)(b|i)>", lambda m: "\x05" + m.group(1) + m.group(2) + "\x06", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for a, b in (("\x01", "<b>"), ("\x02", "</b>"), ("\x03", "<i>"), ("\x04", "</i>")):
        text = text.replace(a, b)
    text = text.replace("\x05", "<").replace("\x06", ">")
    return re.sub(r"\s+", " ", text).strip()


def plain(markup: str) -> str:
    """Markup -> the text a reader sees."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def join_wrapped(left: str, right: str) -> str:
    """Join two hard-wrapped line fragments; 'kompetens-' + 'försörjning' loses the hyphen."""
    left, right = left.rstrip(), right.strip()
    if not left:
        return right
    if (
        re.search(r"[a-zåäö]-$", left)
        and re.match(r"[a-zåäö]", right)
        and not re.match(r"(och|eller|samt|till|som)\b", right)
    ):
        return left[:-1] + right
    if left.endswith("-") and re.match(r"[a-zåäö]", right) and not re.match(r"(och|eller|samt)\b", right):
        return left + right
    return left + " " + right


def split_cover(lines: list[str]) -> list[Elem]:
    """Lines before the table of contents: letterhead, title, administration."""
    texts = [re.sub(r"^#+\s*", "", ln).strip() for ln in lines if ln.strip()]
    out: list[Elem] = []
    i = 0
    if texts[:2] == ["Stockholms", "stad"]:
        out.append(Elem("cover", "Stockholms<br/>stad", style="letterhead"))
        i = 2
    for t in texts[i:]:
        style = "title" if t.startswith("Kompetens") or re.fullmatch(r"\d{4}-\d{4}", t) else "subtitle"
        markup = inline_markup(t).replace("- ", "-<br/>")  # the big title was hyphenated over two lines
        if out and out[-1].style == style and (style == "title" or re.match(r"[a-zåäö]", t)):
            out[-1].text += "<br/>" + markup  # one title block; "Hässelby-Vällingby / stadsdelsförvaltning"
        else:
            out.append(Elem("cover", markup, style=style))
    return out


def parse_toc(lines: list[str]) -> tuple[list[Elem], int]:
    """TOC lines ('Inledning.....<tab>2') until the first line that is not one; returns (elems, used)."""
    out: list[Elem] = []
    used = 0
    for used, line in enumerate(lines):
        if not line.strip():
            continue
        m = TOC_LINE_RE.match(line)
        if not m:
            return out, used
        title = m.group("title").rstrip(". ")
        style = "b" if "<b>" in title else "i" if "<i>" in title else ""
        out.append(
            Elem(
                "toc",
                inline_markup(re.sub(r"</?[bi]>", "", title)),
                style=style,
                level=int(plain(m.group("page"))),
            )
        )
    return out, len(lines)


def parse_cell(raw: str) -> list[str]:
    """One table cell -> its lines: paragraphs (<p>, double space) and '○'/'-' bullets (<li>)."""
    if "<li" in raw:
        lines = []
        head = raw.split("<ul", 1)[0]
        if head.strip():
            lines.append(inline_markup(head))
        for m in re.finditer(r"<li>(.*?)(?=<li>|</li>|<ul)", raw, flags=re.S):
            item = inline_markup(m.group(1))
            if item:
                lines.append(item)
        return lines
    parts = re.split(r"</p>\s*<p>|(?<=</b>)\s{2,}", raw)
    return [p for p in (inline_markup(x) for x in parts) if p]


def parse_table(lines: list[str], start: int) -> tuple[Elem, int]:
    """Consecutive tab-separated lines (blank lines allowed between rows) -> a table element."""
    raw_rows: list[list[str]] = []
    i = start
    while i < len(lines):
        if "\t" in lines[i]:
            raw_rows.append(lines[i].split("\t"))
            i += 1
        elif not lines[i].strip():
            # Rows of one table can be separated by blank lines where the source crossed a page.
            nxt = next((ln for ln in lines[i:] if ln.strip()), "")
            if "\t" not in nxt or len(nxt.split("\t")) != len(raw_rows[0]):
                break
            i += 1
        else:
            break
    ncols = max(len(r) for r in raw_rows)
    rows = [[parse_cell(c) for c in r + [""] * (ncols - len(r))] for r in raw_rows]
    return Elem("table", rows=rows), i


def heading_of(line: str, nxt: str, cfg: PlanConfig) -> tuple[str, int, int] | None:
    """Is the line (or line + next line) a heading? Returns (text, level, lines used)."""
    s = line.strip()
    if cfg.wrapped:
        both = (s + " " + nxt.strip()).strip()
        if both in cfg.headings and nxt.strip():
            return both, cfg.headings[both], 2
        return (s, cfg.headings[s], 1) if s in cfg.headings else None
    if not s or len(s) > 90 or "\t" in s or s.endswith((".", ",", ";")) or BULLET_RE.match(line):
        return None
    if s.endswith(":") and s not in cfg.h1:
        return None
    level = 1 if s in cfg.h1 else 3 if s in cfg.h3 else 2
    return s, level, 1


def add_text(out: list[Elem], kind: str, text: str, new_block: bool, style: str = "") -> None:
    """Append text: to the open paragraph/item, or as a continuation of a paragraph cut by a page."""
    last = out[-1] if out else None
    continues = (
        last is not None
        and last.kind in ("para", "item")
        and kind == "para"
        and (
            not new_block
            or (not last.text.rstrip().endswith(TERMINAL) and re.match(r"[a-zåäö]", text.strip()))
        )
    )
    if last is not None and continues:
        last.text = join_wrapped(last.text, text)
    else:
        out.append(Elem(kind, text.strip(), style=style))


def split_heading(text: str, level: int, cfg: PlanConfig) -> list[Elem]:
    """'Riskbedömning och gemensamma utmaningar*Incidentrapporteringar*' is two headings run together."""
    m = re.fullmatch(r"(.+?)\*(.+)\*", text)
    if not m:
        return [Elem("heading", inline_markup(text), level=level)]
    second = 3 if m.group(2) in cfg.h3 else level + 1
    return [
        Elem("heading", inline_markup(m.group(1)), level=level),
        Elem("heading", inline_markup(m.group(2)), level=second),
    ]


def parse_line(
    line: str, nxt: str, new_block: bool, cfg: PlanConfig, markdown: bool
) -> tuple[list[Elem] | str, int]:
    """Classify one body line: heading elements, or 'item'/'numbered'/'para' for text lines."""
    if markdown:
        m = MD_HEADING_RE.match(line)
        if m:
            return [
                Elem("heading", inline_markup(m.group("text")), level=max(1, len(m.group("hashes")) - 1))
            ], 1
        bold = re.fullmatch(r"\s*\*\*([^*]+)\*\*\s*", line)
        if bold:
            return [Elem("heading", inline_markup(bold.group(1)), level=2)], 1
    else:
        h = heading_of(line, nxt, cfg)
        if h and (cfg.wrapped or (new_block and not nxt.strip())):
            return split_heading(h[0], h[1], cfg), h[2]
    if BULLET_RE.match(line):
        return "item", 1
    if NUMBERED_RE.match(line):
        return "numbered", 1
    return "para", 1


def parse_body(lines: list[str], cfg: PlanConfig, markdown: bool) -> list[Elem]:
    """Body lines -> headings, paragraphs (hard-wrapped lines joined), list items and tables."""
    out: list[Elem] = []
    seen_chapters: set[str] = set()
    i, new_block = 0, True
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i, new_block = i + 1, True
            continue
        if "\t" in line:
            table, i = parse_table(lines, i)
            out.append(table)
            new_block = True
            continue
        what, used = parse_line(line, lines[i + 1] if i + 1 < len(lines) else "", new_block, cfg, markdown)
        i += used
        if isinstance(what, list):
            for h in what:
                # The hard-wrapped sources repeat the chapter title as a running header: keep the first.
                if cfg.chapter_breaks and h.level == 1 and h.text in seen_chapters:
                    continue
                seen_chapters.add(h.text) if h.level == 1 else None
                out.append(h)
            new_block = True
            continue
        if what == "item":
            out.append(Elem("item", inline_markup(BULLET_RE.match(line).group("text")), style="•"))  # type: ignore[union-attr]
        elif what == "numbered":
            m = NUMBERED_RE.match(line)
            out.append(Elem("item", inline_markup(m.group("text")), style=m.group("num") + "."))  # type: ignore[union-attr]
        else:
            add_text(out, "para", inline_markup(line), new_block or not cfg.wrapped)
        s = line.strip()
        new_block = not cfg.wrapped or (len(s) < 50 and s.endswith(TERMINAL))
    return out


def parse_source(text: str, stem: str) -> list[Elem]:
    """A source text -> the plan's elements in order (cover, toc, body)."""
    cfg = CONFIGS.get(stem, PlanConfig(header="Kompetensförsörjningsplan"))
    lines = strip_stray_lines([ln.rstrip(" \r\xa0") for ln in text.split("\n")])
    markdown = any(MD_HEADING_RE.match(ln) for ln in lines)
    out: list[Elem] = []
    toc_at = next((i for i, ln in enumerate(lines) if TOC_MARKER_RE.match(ln)), None)
    if toc_at is not None:
        out += split_cover(lines[:toc_at])
        out.append(Elem("pagebreak"))
        out.append(Elem("heading", re.sub(r"^#+\s*", "", lines[toc_at]).strip(), level=1))
        toc, used = parse_toc(lines[toc_at + 1 :])
        out += toc
        out.append(Elem("pagebreak"))
        lines = lines[toc_at + 1 + used :]
    out += parse_body(lines, cfg, markdown)
    return out


# ---------------------------------------------------------------------------------------------
# Rendering: elements -> PDF
# ---------------------------------------------------------------------------------------------

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 2.5 * cm, 2.8 * cm, 2.5 * cm
BODY_W = PAGE_W - 2 * MARGIN_X


def register_fonts() -> None:
    """DejaVu Sans has å, ä, ö and the '○' bullet; the PDF core fonts lack '○'."""
    if "DejaVu" in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in (
        ("DejaVu", "DejaVuSans.ttf"),
        ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"),
        ("DejaVu-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    pdfmetrics.registerFontFamily(
        "DejaVu",
        normal="DejaVu",
        bold="DejaVu-Bold",
        italic="DejaVu-Oblique",
        boldItalic="DejaVu-BoldOblique",
    )


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=13.5, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=4)
    return {
        "body": base,
        "h1": ParagraphStyle(
            "h1", parent=base, fontName="DejaVu-Bold", fontSize=16, leading=20, spaceBefore=12, keepWithNext=1
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName="DejaVu-Bold", fontSize=13, leading=16, spaceBefore=10, keepWithNext=1
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName="DejaVu-BoldOblique",
            fontSize=11,
            leading=14,
            spaceBefore=8,
            keepWithNext=1,
        ),
        "item": ParagraphStyle("item", parent=base, leftIndent=16, firstLineIndent=-11, spaceAfter=3),
        "letterhead": ParagraphStyle("lh", parent=base, fontName="DejaVu-Bold", fontSize=20, leading=22),
        "title": ParagraphStyle(
            "title", parent=base, fontName="DejaVu-Bold", fontSize=28, leading=34, spaceBefore=180
        ),
        "subtitle": ParagraphStyle("sub", parent=base, fontSize=16, leading=20, spaceBefore=14),
        "toc": ParagraphStyle("toc", parent=base, spaceAfter=1),
        "toc_i": ParagraphStyle("toc_i", parent=base, fontName="DejaVu-Oblique", leftIndent=14, spaceAfter=1),
        "cell": cell,
        "cell_head": ParagraphStyle("cell_head", parent=cell, fontName="DejaVu-Bold"),
        "bullet": ParagraphStyle("bullet", parent=cell, leftIndent=9, firstLineIndent=-9),
        "sub": ParagraphStyle("sub", parent=cell, leftIndent=20, firstLineIndent=-7),
    }


def toc_line(e: Elem, st: dict[str, ParagraphStyle]) -> Paragraph:
    """'Inledning ........ 3' with a dotted leader filling the line, as Word draws it."""
    style = st["toc_i"] if e.style == "i" else st["toc"]
    font = "DejaVu-Bold" if e.style == "b" else style.fontName
    used = pdfmetrics.stringWidth(plain(e.text) + f"  {e.level}", font, 10) + style.leftIndent
    dots = "." * max(3, int((BODY_W - used - 24) / pdfmetrics.stringWidth(".", font, 10)))
    text = f"{e.text} {dots} {e.level}"
    return Paragraph(f"<b>{text}</b>" if e.style == "b" else text, style)


def cell_flowables(
    lines: list[str], header: bool, bold_first: bool, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    out: list[Flowable] = []
    for ln in lines:
        if ln.startswith("○"):
            out.append(Paragraph(ln, st["bullet"]))
        elif ln.startswith("- "):
            out.append(Paragraph(ln, st["sub"]))
        else:
            out.append(
                Paragraph(f"<b>{ln}</b>" if bold_first else ln, st["cell_head"] if header else st["cell"])
            )
    return out


def col_widths(rows: list[list[list[str]]]) -> list[float]:
    """Each column is at least as wide as its longest word (dates must not break), and the rest of
    the body width goes to the columns by how much text they hold."""
    n = len(rows[0])
    floors, weights = [], []
    for c in range(n):
        # Short cells ("65- år", "Måldatum") stay on one line; longer ones at least keep words whole.
        words = [
            w
            for r in rows
            for ln in r[c]
            for w in ([plain(ln)] if len(plain(ln)) <= 10 else plain(ln).split())
        ]
        words = words or ["x"]
        widest = max(pdfmetrics.stringWidth(w, "DejaVu-Bold", 8.5) for w in words)
        floors.append(min(widest + 10, BODY_W * 0.3))
        longest = max((len(plain(" ".join(r[c]))) for r in rows), default=1)
        weights.append(min(max(longest, 6), 70) ** 0.8)
    spare = max(0.0, BODY_W - sum(floors))
    return [f + spare * w / sum(weights) for f, w in zip(floors, weights, strict=True)]


def table_flowable(e: Elem, cfg: PlanConfig, st: dict[str, ParagraphStyle]) -> Table:
    """A ruled table; its first row is the header and repeats on every page the table runs over."""
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f2")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    data = []
    for r, row in enumerate(e.rows):
        section = r > 0 and len(row) > 2 and row[0] and not any(row[1:])
        data.append([cell_flowables(c, r == 0, bool(section), st) for c in row])
        if section:
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2")))
            if cfg.span_section_rows:
                commands.append(("SPAN", (0, r), (-1, r)))
    table = Table(data, colWidths=col_widths(e.rows), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def flowables(elems: list[Elem], cfg: PlanConfig) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    for e in elems:
        if e.kind == "pagebreak":
            out.append(PageBreak())
        elif e.kind == "cover":
            out.append(Paragraph(e.text, st[e.style]))
        elif e.kind == "toc":
            out.append(toc_line(e, st))
        elif e.kind == "heading":
            if cfg.chapter_breaks and e.level == 1 and out:
                out.append(PageBreak())
            p = Paragraph(e.text, st[f"h{min(e.level, 3)}"])
            p._chapter = plain(e.text) if e.level == 1 else None  # read back in PlanDoc.afterFlowable
            out.append(p)
        elif e.kind == "item":
            out.append(Paragraph(f"{e.style} {e.text}", st["item"]))
        elif e.kind == "para":
            out.append(Paragraph(e.text, st["body"]))
        elif e.kind == "table":
            out += [table_flowable(e, cfg, st), Spacer(1, 8)]
    return out


class PlanDoc(BaseDocTemplate):
    """A4 page with running header and 'Sida N (M)' footer; tracks the chapter for the header."""

    def __init__(self, target: io.BytesIO, cfg: PlanConfig, total: int | None, has_cover: bool) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            invariant=1,
            title=cfg.header,
            author="Stockholms stad",
            creator="kfp_assistant scripts/make_corpus.py",
        )
        self.cfg, self.total, self.has_cover, self.chapter = cfg, total, has_cover, ""
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, BODY_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self.decorate)])

    def afterFlowable(self, flowable: Flowable) -> None:
        if getattr(flowable, "_chapter", None):
            self.chapter = flowable._chapter

    def decorate(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("DejaVu", 8.5)
        top = PAGE_H - 1.4 * cm
        if not (self.has_cover and doc.page == 1):
            canvas.drawString(MARGIN_X, top, self.cfg.header)
            if self.cfg.chapter_breaks and self.chapter:
                canvas.drawString(MARGIN_X, top - 11, self.chapter)
        bottom = 1.3 * cm
        canvas.drawRightString(PAGE_W - MARGIN_X, bottom, f"Sida {doc.page} ({self.total or 0})")
        if self.cfg.footer_extra:
            canvas.drawString(MARGIN_X, bottom, self.cfg.footer_extra)
        canvas.restoreState()


def render(elems: list[Elem], stem: str) -> bytes:
    """Lay the plan out twice: the first pass counts pages for the 'Sida N (M)' footer."""
    register_fonts()
    cfg = CONFIGS.get(stem, PlanConfig(header="Kompetensförsörjningsplan"))
    has_cover = bool(elems) and elems[0].kind == "cover"
    total = None
    for _ in range(2):
        buf = io.BytesIO()
        doc = PlanDoc(buf, cfg, total, has_cover)
        doc.build(flowables(elems, cfg))
        total = doc.page
    return buf.getvalue()


def build_corpus(source_dir: Path, out_dir: Path) -> list[Path]:
    """Render every source text; returns the written PDF paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for src in sorted(source_dir.glob("*.txt")):
        pdf = out_dir / (src.stem + ".pdf")
        pdf.write_bytes(render(parse_source(src.read_text(encoding="utf-8"), src.stem), src.stem))
        written.append(pdf)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=ROOT / "scripts" / "corpus_source")
    parser.add_argument("--out", type=Path, default=ROOT / "corpus")
    args = parser.parse_args()
    for pdf in build_corpus(args.source, args.out):
        print(pdf.relative_to(args.out.parent) if pdf.is_relative_to(args.out.parent) else pdf)


if __name__ == "__main__":
    main()
