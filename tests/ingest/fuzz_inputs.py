"""Seeded generator of plan-like inputs for the ingest fuzz test: text, Markdown and DOCX.

Documents are built from general plan pieces (headings, an administration and a period, UBARA
areas, key-figure sentences with Swedish numbers, activity tables, bullets) and then damaged the
way real files are: ragged or header-less pipe tables, separator rows alone, tabs, stray pipes,
control and zero-width characters, combining marks, very long lines, form feeds, truncation,
duplicated or deleted spans, odd line ends and encodings. A seed fixes every choice, so a failing
input can be rebuilt from its number alone (`make_input(seed)`).
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from kfp_assistant.sv.administrations import DISTRICTS
from kfp_assistant.sv.text import split_words

AREAS = ("Utveckla", "Behålla", "Attrahera", "Rekrytera", "Avsluta", "Introducera", "Utveckla/Behålla")
HEADINGS = (
    "Nulägesanalys",
    "Kompetensbehov",
    "Aktiviteter",
    "Uppföljning",
    "Personalomsättning",
    "Sjukfrånvaro",
    "Bakgrund",
    "Kompetensgap",
    "Inledning",
)
METRICS = ("personalomsättningen", "sjukfrånvaron", "andelen tillsvidareanställda", "korttidsfrånvaron")
BOARDS = ("Socialnämnden", "Utbildningsförvaltningen", "Trafikkontoret", "Miljöförvaltningen")
WORDS = split_words(
    "medarbetare chefer kompetens rekrytering introduktion handledning arbetsmiljö lönebildning "
    "heltid deltid vikarier bemanning sjuksköterskor undersköterskor socialsekreterare lärare "
    "utbildning digitalisering samverkan uppföljning analys och att för med inom under som har"
)
NASTY = [
    "\x00",
    "\x0b",
    "\x1b[31m",
    "\u200b",
    "\u202e",
    "\ufeff",
    "\u00ad",
    "\ufffd",
    "e\u0301",
    "\U0001f600",
    "\t",
    "|",
    "||",
    "| --- |",
    "|---|---|",
    "#",
    "######",
    "○",
    "\uf0b7",
    "...... 12",
    "Sida 3 (18)",
    "2025-2027",
    "1\u00a0799",
    "6,28 %",
    "<img src=x>",
    "\r",
    "\f",
]


@dataclass
class FuzzInput:
    """One generated file: its name (the suffix chooses the loader) and its bytes."""

    seed: int
    name: str
    data: bytes


def _sentence(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        value = rng.choice(["6,28", "12", "1 799", "0,5", "100", "3.4", "-2", "99,99"])
        unit = rng.choice([" %", " procent", "", " dagar"])
        return f"{rng.choice(METRICS).capitalize()} var {value}{unit} under {rng.randint(1990, 2035)}."
    if kind == 1:
        return f"Förvaltningen har {rng.randint(0, 9999)} anställda, varav {rng.randint(0, 99)} % kvinnor."
    if kind == 2:
        return f"{rng.choice(AREAS)}: " + " ".join(rng.choices(WORDS, k=rng.randint(1, 30))) + "."
    return " ".join(rng.choices(WORDS, k=rng.randint(1, 30))).capitalize() + rng.choice([".", "", "!", ":"])


def _table(rng: random.Random, sep: str) -> list[str]:
    width = rng.randint(1, 6)
    header = ["Område", "Mål", "Aktivitet", "Måldatum", "Ansvarig", "Uppföljning"][:width]
    rows = [header] if rng.random() < 0.8 else []
    for _ in range(rng.randint(0, 8)):
        cells = []
        for _ in range(rng.randint(0, width + 2)):
            choice = rng.randrange(5)
            cells.append(
                rng.choice(AREAS)
                if choice == 0
                else ""
                if choice == 1
                else f"○ {_sentence(rng)}"
                if choice == 2
                else f"{rng.randint(2020, 2030)}-{rng.randint(1, 12):02d}-31"
                if choice == 3
                else rng.choice(["HR", "AC", "EC", "FVL", "Förvaltningsledning"])
            )
        rows.append(cells)
    if sep == "|":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        separator = "|" + "|".join("---" for _ in range(width)) + "|"
        position = rng.choice([1, 0, 0, len(lines)]) if lines else 0
        if rng.random() < 0.9:
            lines.insert(min(position, len(lines)), separator)
        return lines
    return ["\t".join(r) for r in rows]


def _blocks(rng: random.Random) -> list[tuple[str, object]]:
    """A plan as (kind, content) pairs: heading, paragraph, bullet, table, pagebreak."""
    blocks: list[tuple[str, object]] = []
    if rng.random() < 0.85:
        period = rng.choice(["2025-2027", "2024–2026", "2021", "2023 - 2025", ""])
        blocks.append(("heading", (1, f"Kompetensförsörjningsplan {period}".strip())))
    if rng.random() < 0.8:
        district = rng.choice(DISTRICTS)
        blocks.append(("paragraph", rng.choice([f"{district} stadsdelsförvaltning", rng.choice(BOARDS)])))
    for _ in range(rng.randint(0, 12)):
        kind = rng.choices(["heading", "paragraph", "bullet", "table", "pagebreak"], [3, 6, 3, 2, 1])[0]
        if kind == "heading":
            blocks.append(("heading", (rng.randint(1, 4), rng.choice(HEADINGS + AREAS))))
        elif kind == "paragraph":
            blocks.append(("paragraph", " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))))
        elif kind == "bullet":
            blocks.append(("bullet", _sentence(rng)))
        elif kind == "table":
            blocks.append(("table", rng.random()))
        else:
            blocks.append(("pagebreak", None))
    return blocks


def _mutate(rng: random.Random, text: str) -> str:
    """Damage text the way exports and hand edits do."""
    for _ in range(rng.choice([0, 0, 1, 2, 5, 20])):
        if not text:
            break
        at = rng.randrange(len(text) + 1)
        op = rng.randrange(6)
        if op == 0:
            text = text[:at] + rng.choice(NASTY) + text[at:]
        elif op == 1:
            text = text[:at] + text[at + rng.randint(1, 200) :]
        elif op == 2:
            span = text[at : at + rng.randint(1, 400)]
            text = text[:at] + span * rng.randint(2, 5) + text[at:]
        elif op == 3:
            text = text[:at] + "\n" + text[at:]
        elif op == 4:
            text = text[:at] + "".join(rng.choices(WORDS, k=200)).replace(" ", "") + text[at:]
        else:
            text = text[:at]
    return text


def _as_text(rng: random.Random, blocks: list[tuple[str, object]], markdown: bool) -> str:
    lines: list[str] = []
    for kind, content in blocks:
        if kind == "heading":
            level, text = content  # type: ignore[misc]
            lines.append(("#" * level + " " if markdown else "") + str(text))
        elif kind == "paragraph":
            lines.append(str(content))
        elif kind == "bullet":
            lines.append(f"{rng.choice(['-', '*', '•', '○', '1.'])} {content}")
        elif kind == "table":
            lines.extend(_table(rng, "|" if markdown and rng.random() < 0.8 else "\t"))
        else:
            lines.append("\f")
        lines.append("" if rng.random() < 0.8 else rng.choice(["  ", "\t", "|"]))
    eol = rng.choice(["\n", "\n", "\r\n", "\r"])
    return _mutate(rng, eol.join(lines))


def _encode(rng: random.Random, text: str) -> bytes:
    encoding = rng.choices(["utf-8", "utf-8-sig", "utf-16", "cp1252"], [8, 1, 1, 1])[0]
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.03:  # a cut download, possibly mid-character
        data = data[: rng.randrange(len(data) + 1)]
    return data


_DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
    "word/_rels/document.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="styles.xml"/></Relationships>'
    ),
}
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_W}>'
    + "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
        for sid, name in [
            ("Heading1", "heading 1"),
            ("Heading2", "heading 2"),
            ("Heading3", "heading 3"),
            ("Rubrik1", "Rubrik 1"),
            ("Title", "Title"),
            ("ListBullet", "List Bullet"),
        ]
    )
    + "</w:styles>"
)


def _without_styles(part: str) -> str:
    """A package part with its reference to the styles part taken out."""
    return re.sub(r"<(Override|Relationship) [^>]*styles[^>]*/>", "", part)


_NOT_XML_RE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")


def _xml_text(rng: random.Random, text: str) -> str:
    """Escaped text without the control characters XML 1.0 cannot hold (Word never writes them)."""
    text = _NOT_XML_RE.sub("", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _docx_paragraph(rng: random.Random, text: str, style: str | None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    if rng.random() < 0.1:
        props = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    runs = _xml_text(rng, _mutate(rng, text))
    if rng.random() < 0.1:  # a line break or tab inside a paragraph
        runs += "<w:r><w:br/><w:tab/></w:r>" + _xml_text(rng, _sentence(rng))
    return f"<w:p>{props}{runs}</w:p>"


def _docx_table(rng: random.Random, depth: int = 0) -> str:
    rows = [r.split("\t") for r in _table(rng, "\t")]
    if not rows and rng.random() < 0.5:
        return "<w:tbl></w:tbl>"  # a table with no rows
    out = ["<w:tbl>"]
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            props = ""
            if rng.random() < 0.1:
                props = f'<w:tcPr><w:gridSpan w:val="{rng.randint(0, 4)}"/></w:tcPr>'
            elif rng.random() < 0.1:
                merge = rng.choice(["", ' w:val="restart"'])
                props = f"<w:tcPr><w:vMerge{merge}/></w:tcPr>"
            inner = _docx_table(rng, depth + 1) if depth < 2 and rng.random() < 0.05 else ""
            out.append(f"<w:tc>{props}{_docx_paragraph(rng, cell, None)}{inner}</w:tc>")
        out.append("</w:tr>")
    return "".join([*out, "</w:tbl>"])


def _as_docx(rng: random.Random, blocks: list[tuple[str, object]]) -> bytes:
    """A Word file written part by part (python-docx would be ten times slower to build one)."""
    body: list[str] = []
    for kind, content in blocks:
        if kind == "heading":
            level, text = content  # type: ignore[misc]
            style = rng.choice([f"Heading{min(level, 3)}", "Rubrik1", "Title", "Heading9", "Okänd"])
            body.append(_docx_paragraph(rng, str(text), style))
        elif kind in ("paragraph", "bullet"):
            body.append(_docx_paragraph(rng, str(content), "ListBullet" if kind == "bullet" else None))
        elif kind == "table":
            body.append(_docx_table(rng))
        else:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>'
    document += "".join(body) + "</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        styled = rng.random() < 0.95  # a file without a styles part still opens in Word
        for name, text in _DOCX_PARTS.items():
            archive.writestr(name, text if styled else _without_styles(text))
        if styled:
            archive.writestr("word/styles.xml", _STYLES)
        archive.writestr("word/document.xml", document)
    data = buffer.getvalue()
    if rng.random() < 0.05:  # a damaged download
        cut = rng.randrange(len(data))
        data = data[:cut] + bytes(rng.randrange(256) for _ in range(rng.randint(0, 50))) + data[cut + 50 :]
    return data


def make_input(seed: int, docx_share: float = 0.1) -> FuzzInput:
    """The generated file for this seed: Markdown, plain text or (with docx_share) DOCX."""
    rng = random.Random(seed)
    blocks = _blocks(rng)
    roll = rng.random()
    if roll < docx_share:
        return FuzzInput(seed, f"fuzz{seed}.docx", _as_docx(rng, blocks))
    markdown = roll < docx_share + (1 - docx_share) / 2
    text = _as_text(rng, blocks, markdown)
    return FuzzInput(seed, f"fuzz{seed}.{'md' if markdown else 'txt'}", _encode(rng, text))


@dataclass
class FuzzResult:
    """What a fuzz run met: inputs read, inputs refused with a DocumentError, and anything else."""

    inputs: int = 0
    loaded: int = 0
    refused: int = 0
    unexpected: list[str] = field(default_factory=list)
    broken_invariants: list[str] = field(default_factory=list)


def check_in_process(inp: FuzzInput, result: FuzzResult, extract: bool) -> None:
    """One input through loader, metadata, plan check, chunking and (optionally) the extractors."""
    from kfp_assistant.errors import DocumentError
    from kfp_assistant.ingest.chunking import chunk_document
    from kfp_assistant.ingest.loaders import load_document
    from kfp_assistant.ingest.metadata import extract_metadata, has_plan_content
    from kfp_assistant.store.plans import extract_records

    result.inputs += 1
    try:
        doc = load_document(Path(inp.name), data=inp.data)
        meta = extract_metadata(doc)
        has_plan_content(doc, meta)
        chunks = chunk_document(
            [b for p in doc.pages for b in p.blocks], meta, doc.doc_id, doc.file, 300, 400
        )
        if extract:
            extract_records(doc, meta)
    except DocumentError as exc:
        result.refused += 1
        message = str(exc)
        if "\n" in message or not message.startswith(inp.name) or len(exc.fix) < 5:
            result.broken_invariants.append(f"seed {inp.seed}: not one clear line: {message!r}")
        return
    except Exception as exc:  # the point of the test: everything else is a bug
        result.unexpected.append(f"seed {inp.seed} ({inp.name}): {type(exc).__name__}: {exc}"[:300])
        return
    result.loaded += 1
    pages = {p.number for p in doc.pages}
    for chunk in chunks:
        if len(chunk.text) > (400 if chunk.kind == "table" else 300):
            result.broken_invariants.append(f"seed {inp.seed}: chunk of {len(chunk.text)} characters")
        if len(chunk.line_pages) != chunk.text.count("\n") + 1 or not set(chunk.line_pages) <= pages:
            result.broken_invariants.append(f"seed {inp.seed}: chunk pages {chunk.line_pages} off")
