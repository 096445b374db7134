"""The sample PDFs carry every sentence of their source texts, and are up to date with the script."""

from __future__ import annotations

import html
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kfp_assistant.ingest.loaders import load_document, normalize_for_match
from kfp_assistant.ingest.pdf_layout import join_lines

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIR = ROOT / "scripts" / "corpus_source"
SOURCES = sorted(SOURCE_DIR.glob("*.txt"))

# Page furniture of the original PDFs that the script drops (and the loader would drop too).
SIDA_RE = re.compile(r"^\s*Sida \d+ \(\d+\)\s*$")
RUNNING_HEADER_RE = re.compile(r"^\s*(#+\s*)?Kompetensförsörjningsplan( \d{4}(-\d{4})?)?\s*$")
FOOTER_RE = re.compile(r"^\s*E-post: \S+@stockholm\.se\s*$")
# Where one source line holds several pieces of text the PDF shows apart: cells, list items,
# paragraphs inside a cell, emphasis runs.
SPLIT_RE = re.compile(r"\t|</?(?:p|li|ul|b|i)\b[^>]*>|\*+")
BULLET_RE = re.compile(r"^\s*(?:[-•]\s+|\uf0b7\s*)")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "scripts" / "make_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    return module


def dehyphenate(text: str) -> str:
    """'Kompetens- försörjningsplan' -> 'Kompetensförsörjningsplan', as join_lines does at a break."""
    words = normalize_for_match(text).split(" ")
    out = ""
    for w in words:
        out = join_lines(out, w) if out.endswith("-") else (f"{out} {w}" if out else w)
    return out


def source_blocks(text: str) -> list[str]:
    """Source text -> pieces of content: wrapped lines joined, cells and markup runs apart."""
    lines: list[str] = []
    for line in text.split("\n"):
        if SIDA_RE.match(line):
            while lines and not lines[-1].strip():
                lines.pop()
            if lines and RUNNING_HEADER_RE.match(lines[-1]):
                lines.pop()
        elif not FOOTER_RE.match(line):
            lines.append(line)
    blocks: list[str] = []
    current = ""
    for line in [*lines, ""]:
        # A short indented line in a hard-wrapped source is the first line of an original page:
        # often the chapter's running header, so it stands alone.
        page_start = (
            line.startswith(" ") and 0 < len(line.strip()) < 60 and not line.strip().endswith((".", ","))
        )
        if not line.strip() or "\t" in line or "<" in line or page_start:
            if current:
                blocks.append(current)
            current = ""
            if line.strip():
                blocks += SPLIT_RE.split(line)
            continue
        piece = BULLET_RE.sub("", re.sub(r"^#+\s*", "", line))
        current = join_lines(current, piece) if current else piece.strip()
    return [b for b in blocks if b.strip()]


def expected_sentences(text: str) -> list[str]:
    out = []
    for block in source_blocks(text):
        for part in SPLIT_RE.split(block):
            part = html.unescape(BULLET_RE.sub("", part))
            part = re.sub(r"\.{3,}", " ", part)
            out += [s for s in SENTENCE_RE.split(dehyphenate(part)) if s.strip()]
    return out


@pytest.mark.parametrize("source", SOURCES, ids=[s.stem for s in SOURCES])
def test_every_source_sentence_is_in_the_pdf(source: Path) -> None:
    doc = load_document(ROOT / "corpus" / f"{source.stem}.pdf")
    pdf_text = dehyphenate(" ".join(page.text for page in doc.pages))
    sentences = expected_sentences(source.read_text(encoding="utf-8"))
    assert len(sentences) > 50
    missing = [s for s in sentences if s not in pdf_text]
    assert not missing, f"{len(missing)} of {len(sentences)} sentences missing, e.g. {missing[:5]}"


@pytest.mark.parametrize("source", SOURCES, ids=[s.stem for s in SOURCES])
def test_no_stray_furniture_in_source_expectations(source: Path) -> None:
    """The comparison itself must not expect the original's page furniture."""
    sentences = expected_sentences(source.read_text(encoding="utf-8"))
    assert not [s for s in sentences if SIDA_RE.match(s)]


@pytest.mark.slow
def test_pdfs_are_up_to_date_and_deterministic(tmp_path: Path) -> None:
    """Regenerating gives byte-identical files: the committed PDFs match the script and sources."""
    script = load_script()
    written = script.build_corpus(SOURCE_DIR, tmp_path)
    assert [p.name for p in written] == [f"{s.stem}.pdf" for s in SOURCES]
    for pdf in written:
        committed = ROOT / "corpus" / pdf.name
        assert pdf.read_bytes() == committed.read_bytes(), (
            f"{pdf.name} is stale: run .venv/bin/python scripts/make_corpus.py"
        )
