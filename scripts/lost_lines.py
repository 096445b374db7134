"""Which parsed lines reach no chunk: words of each page-text line against the words stored in chunks.

Usage: python scripts/lost_lines.py PLAN_DIR... [--show N]
A line is lost when its words (letters/digits), in order, are in no chunk's text nor section path
(chunk text is compared with lines joined, so a paragraph's wrapped lines count as kept). Prints lost
lines per plan and the total (table-of-contents lines, dropped on purpose, are not counted).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from kfp_assistant.ingest.chunking import _TOC_LINE, chunk_document
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.ingest.metadata import extract_metadata

_WORD = re.compile(r"\w+")


def words(text: str) -> str:
    return " " + " ".join(w.lower() for w in _WORD.findall(text)) + " "


def lost_lines(path: Path) -> tuple[int, list[str]]:
    parsed = load_document(path)
    meta = extract_metadata(parsed)
    chunks = chunk_document([b for p in parsed.pages for b in p.blocks], meta, parsed.doc_id, parsed.file)
    stored = "\n".join(words(c.text) + "\n" + words(c.section.replace(" > ", "\n")) for c in chunks)
    total, lost = 0, []
    for page in parsed.pages:
        for line in page.text.splitlines():
            ws = words(line)
            if not ws.strip() or _TOC_LINE.search(line.strip()):
                continue  # table-of-contents lines are left out on purpose
            total += 1
            if ws not in stored:
                lost.append(f"p{page.number}: {line.strip()[:120]}")
    return total, lost


def main(argv: list[str]) -> None:
    show = 5
    if "--show" in argv:
        show = int(argv[argv.index("--show") + 1])
        argv = [a for i, a in enumerate(argv) if a != "--show" and argv[i - 1] != "--show"]
    grand_total = grand_lost = 0
    for folder in argv:
        for path in sorted(Path(folder).iterdir()):
            if path.suffix.lower() not in {".pdf", ".docx", ".txt", ".md"}:
                continue
            try:
                total, lost = lost_lines(path)
            except Exception as exc:  # a check script reports and goes on
                print(f"{path}: failed ({exc})")
                continue
            grand_total += total
            grand_lost += len(lost)
            if lost:
                print(f"{path}: {len(lost)}/{total} lines lost")
                for line in lost[:show]:
                    print("   ", line)
    print(f"TOTAL lost {grand_lost} of {grand_total} lines")


if __name__ == "__main__":
    main(sys.argv[1:])
