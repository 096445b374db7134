"""Check the hand-written evaluation sets against the plans' source texts.

Run from the repository root (or anywhere):

    python eval/check_eval_data.py

Verifies for eval/retrieval_dev.jsonl, eval/retrieval_test.jsonl and eval/qa_dev.jsonl:
- every line is valid JSON with the expected fields and values;
- every passage is a verbatim span of the plan's normalised visible text,
  does not cross a table cell boundary, holds no bullet glyph, and is
  30-200 characters long;
- every required fact of an answerable QA item occurs (case-insensitively)
  in the item's source passages, so figures are copied exactly;
- compare items have at least one source per administration named;
- unanswerable items have no facts and no sources.
And for the blind sets over the sample plans (eval/blind/qa_blind*.jsonl): the fields of
eval/blind/FORMAT.md, ids unique across every blind file, passages verbatim (a table row may be
shorter than 30 characters), facts inside the passages, unanswerable items empty.
Prints counts per type and plan. Exit code 1 when anything fails.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parent
SOURCE_DIR = EVAL_DIR.parent / "scripts" / "corpus_source"

PLANS = {
    "hagersten-alvsjo-3-5-ar.pdf": "Hägersten-Älvsjö stadsdelsförvaltning",
    "hasselby-vallingby-2021.pdf": "Hässelby-Vällingby stadsdelsförvaltning",
    "hasselby-vallingby-2025-2027.pdf": "Hässelby-Vällingby stadsdelsförvaltning",
    "socialnamnden-2024-2026.pdf": "Socialnämnden",
    "socialnamnden-2025-2027.pdf": "Socialnämnden",
}
PERIODS = {
    "hagersten-alvsjo-3-5-ar.pdf": None,
    "hasselby-vallingby-2021.pdf": "2021",
    "hasselby-vallingby-2025-2027.pdf": "2025-2027",
    "socialnamnden-2024-2026.pdf": "2024-2026",
    "socialnamnden-2025-2027.pdf": "2025-2027",
}
QA_TYPES = {"figure", "list", "compare", "explain", "unanswerable"}
BULLETS = ("○", "\uf0b7", "•")
CELL = "\ue000"  # stands in for a tab (table cell boundary); must not count as whitespace

STOPWORDS = set(
    [
        "och",
        "att",
        "det",
        "som",
        "är",
        "för",
        "med",
        "har",
        "den",
        "till",
        "inom",
        "till",
        "av",
        "på",
        "i",
        "en",
        "ett",
        "de",
        "vad",
        "vilka",
        "vilken",
        "vilket",
        "hur",
        "hög",
        "högt",
        "var",
        "varit",
        "finns",
        "samt",
        "eller",
        "men",
        "om",
        "när",
        "under",
        "från",
        "eller",
        "enligt",
        "planen",
        "plan",
        "planens",
        "planerna",
        "kompetensförsörjningsplan",
        "kompetensförsörjningsplanen",
        "socialnämnden",
        "socialnämndens",
        "hässelby-vällingby",
        "hässelby-vällingbys",
        "hägersten-älvsjö",
        "hägersten-älvsjös",
        "förvaltningen",
        "förvaltningens",
        "stadsdelsförvaltning",
        "man",
        "sig",
        "sin",
        "sina",
        "kan",
        "ska",
        "skall",
        "ser",
        "nämner",
        "står",
        "säger",
        "beskriver",
    ]
)


def normalize(text: str, *, join_hyphens: bool = True, strict_cells: bool = False) -> str:
    """Visible text of a plan: no markup, whitespace collapsed to one space."""
    text = re.sub(r"<[^>]+>", " ", text)  # HTML-ish tags: <b>, <ul>, <li ...>, <p>
    text = html.unescape(text)  # &amp; -> &
    text = text.replace("**", "")
    text = re.sub(r"(?m)^[ \t]*#+[ \t]*", "", text)  # markdown headings
    if join_hyphens:
        text = re.sub(r"-[ \t]*\r?\n[ \t]*", "-", text)  # "HR-\nområdet" -> "HR-området"
    if strict_cells:
        text = text.replace("\t", CELL)
        text = re.sub(r"[^\S\t]+", " ", text)
        text = re.sub(rf" *{CELL}[ {CELL}]*", CELL, text)
    else:
        text = re.sub(r"\s+", " ", text)
    return text.strip()


def load_sources() -> dict[str, dict[str, str]]:
    out = {}
    for pdf in PLANS:
        raw = (SOURCE_DIR / pdf.replace(".pdf", ".txt")).read_text(encoding="utf-8")
        out[pdf] = {
            "loose": normalize(raw),
            "loose_nojoin": normalize(raw, join_hyphens=False),
            "strict": normalize(raw, strict_cells=True),
            "strict_nojoin": normalize(raw, join_hyphens=False, strict_cells=True),
            # FORMAT.md of the blind sets: bullet glyphs removed too, and a table row's cells joined
            # by spaces (a table passage is a run of a row's cells)
            "blind": re.sub(r"\s+", " ", re.sub("|".join(BULLETS), " ", normalize(raw))).strip(),
        }
    return out


def check_passage(where: str, file: str, passage: str, sources, errors: list[str]) -> None:
    if file not in sources:
        errors.append(f"{where}: unknown file {file!r}")
        return
    if not isinstance(passage, str) or not passage:
        errors.append(f"{where}: empty passage")
        return
    if not 30 <= len(passage) <= 200:
        errors.append(f"{where}: passage length {len(passage)} not in 30-200: {passage!r}")
    if any(b in passage for b in BULLETS) or "<" in passage or "**" in passage:
        errors.append(f"{where}: passage holds a bullet or markup: {passage!r}")
    if passage != re.sub(r"\s+", " ", passage).strip():
        errors.append(f"{where}: passage whitespace not collapsed: {passage!r}")
    src = sources[file]
    if passage not in src["loose"] and passage not in src["loose_nojoin"]:
        errors.append(f"{where}: passage not found in {file}: {passage!r}")
    elif passage not in src["strict"] and passage not in src["strict_nojoin"]:
        errors.append(f"{where}: passage crosses a table cell boundary in {file}: {passage!r}")


def content_words(text: str) -> set[str]:
    words = re.findall(r"[a-zåäöé0-9][a-zåäöé0-9\-]+", text.lower())
    return {w[:5] for w in words if len(w) > 3 and w not in STOPWORDS}


def read_jsonl(path: Path, errors: list[str]) -> list[dict]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{n}: invalid JSON: {exc}")
    return items


def check_retrieval(
    sources, errors: list[str], name: str = "retrieval_dev.jsonl", least: int = 70, least_per_plan: int = 12
) -> None:
    path = EVAL_DIR / name
    items = read_jsonl(path, errors)
    ids = Counter(i.get("id") for i in items)
    errors += [f"{path.name}: duplicate id {k}" for k, v in ids.items() if v > 1]
    per_file: Counter[str] = Counter()
    low_overlap = no_overlap = 0
    for it in items:
        where = f"{path.name} {it.get('id')}"
        keys = {"id", "question", "file", "passage", "administration", "period"}
        if set(it) != keys:
            errors.append(f"{where}: fields {sorted(it)} != {sorted(keys)}")
        f = it.get("file")
        per_file[f] += 1
        if f in PLANS:
            if it.get("administration") != PLANS[f]:
                errors.append(f"{where}: administration {it.get('administration')!r} != {PLANS[f]!r}")
            if it.get("period") != PERIODS[f]:
                errors.append(f"{where}: period {it.get('period')!r} != {PERIODS[f]!r}")
        q = it.get("question", "")
        if not q.endswith(("?", ".")):
            errors.append(f"{where}: question should end with '?' or '.'")
        check_passage(where, f, it.get("passage", ""), sources, errors)
        shared = content_words(q) & content_words(it.get("passage", ""))
        low_overlap += len(shared) <= 1
        no_overlap += not shared
    print(f"{path.name}: {len(items)} questions")
    for f in PLANS:
        print(f"  {f:36s} {per_file[f]}")
    print(f"  questions sharing <=1 content word with their passage: {low_overlap} (none: {no_overlap})")
    if len(items) < least:
        errors.append(f"{path.name}: {len(items)} < {least} questions")
    errors += [
        f"{path.name}: {f} has {per_file[f]} < {least_per_plan} questions"
        for f in PLANS
        if per_file[f] < least_per_plan
    ]


def check_qa(sources, errors: list[str]) -> None:
    path = EVAL_DIR / "qa_dev.jsonl"
    items = read_jsonl(path, errors)
    ids = Counter(i.get("id") for i in items)
    errors += [f"{path.name}: duplicate id {k}" for k, v in ids.items() if v > 1]
    types: Counter[str] = Counter()
    per_file: Counter[str] = Counter()
    admins = set(PLANS.values())
    for it in items:
        where = f"{path.name} {it.get('id')}"
        keys = {"id", "question", "type", "answerable", "required_facts", "sources", "administrations"}
        if set(it) != keys:
            errors.append(f"{where}: fields {sorted(it)} != {sorted(keys)}")
            continue
        t = it["type"]
        types[t] += 1
        if t not in QA_TYPES:
            errors.append(f"{where}: unknown type {t!r}")
        if it["answerable"] != (t != "unanswerable"):
            errors.append(f"{where}: answerable={it['answerable']} does not fit type {t}")
        if not it["question"].endswith(("?", ".")):
            errors.append(f"{where}: question should end with '?' or '.'")
        if not isinstance(it["administrations"], list) or not it["administrations"]:
            errors.append(f"{where}: administrations must be a non-empty list")
        if t == "unanswerable":
            if it["required_facts"] or it["sources"]:
                errors.append(f"{where}: unanswerable items need empty facts and sources")
            continue
        for a in it["administrations"]:
            if a not in admins:
                errors.append(f"{where}: unknown administration {a!r}")
        if not it["required_facts"]:
            errors.append(f"{where}: answerable item without required_facts")
        if not it["sources"]:
            errors.append(f"{where}: answerable item without sources")
        for k, s in enumerate(it["sources"]):
            check_passage(f"{where} source {k}", s.get("file"), s.get("passage", ""), sources, errors)
            per_file[s.get("file")] += 1
            if s.get("file") in PLANS and PLANS[s["file"]] not in it["administrations"]:
                errors.append(f"{where}: source {s['file']} not among administrations")
        joined = " ".join(s.get("passage", "") for s in it["sources"]).lower()
        for fact in it["required_facts"]:
            if fact.lower() not in joined:
                errors.append(f"{where}: required fact {fact!r} not in its source passages")
        src_admins = {PLANS.get(s.get("file")) for s in it["sources"]}
        for a in it["administrations"]:
            if a not in src_admins:
                errors.append(f"{where}: no source for administration {a!r}")
        if t == "compare":
            files = {s.get("file") for s in it["sources"]}
            if len(it["administrations"]) < 2 and len(files) < 2:
                errors.append(f"{where}: compare item needs two administrations or two plan versions")
    print(f"{path.name}: {len(items)} items")
    for t in sorted(QA_TYPES):
        print(f"  {t:14s} {types[t]}")
    print("  sources per plan:")
    for f in PLANS:
        print(f"    {f:36s} {per_file[f]}")
    minimum = {"figure": 25, "list": 20, "compare": 15, "explain": 15, "unanswerable": 12}
    errors += [f"{path.name}: {t} has {types[t]} < {m}" for t, m in minimum.items() if types[t] < m]
    if len(items) < 90:
        errors.append(f"{path.name}: {len(items)} < 90 items")


BLIND_KEYS = {"id", "question", "type", "lang", "history", "answerable", "required_facts", "sources", "administrations", "note"}
BLIND_TYPES = QA_TYPES | {"table", "multi"}


def check_blind_item(where: str, it: dict, sources, errors: list[str]) -> None:
    """One blind item against FORMAT.md and the plans' texts."""
    if set(it) != BLIND_KEYS:
        errors.append(f"{where}: fields {sorted(it)} != {sorted(BLIND_KEYS)}")
        return
    t = it["type"]
    if t not in BLIND_TYPES or it["lang"] not in ("sv", "en") or not isinstance(it["history"], list):
        errors.append(f"{where}: type {t!r}, lang {it['lang']!r} or history not as FORMAT.md says")
    if it["answerable"] != (t != "unanswerable"):
        errors.append(f"{where}: answerable={it['answerable']} does not fit type {t}")
    if t == "unanswerable":
        if it["required_facts"] or it["sources"]:
            errors.append(f"{where}: unanswerable items need empty facts and sources")
        return
    if not it["required_facts"] or not it["sources"]:
        errors.append(f"{where}: answerable item without required_facts or sources")
    for k, s in enumerate(it["sources"]):
        passage, file = s.get("passage", ""), s.get("file")
        if file not in sources:
            errors.append(f"{where} source {k}: unknown file {file!r}")
        elif not passage or passage not in sources[file]["blind"]:
            errors.append(f"{where} source {k}: passage not found in {file}: {passage!r}")
    joined = " ".join(s.get("passage", "") for s in it["sources"]).lower()
    for fact in it["required_facts"]:
        if fact.lower() not in joined:
            errors.append(f"{where}: required fact {fact!r} not in its source passages")


def check_blind(sources, errors: list[str]) -> None:
    """Every blind set over the sample plans (the layouts sets have their own plans)."""
    seen: Counter[str] = Counter()
    for path in sorted((EVAL_DIR / "blind").glob("qa_blind*.jsonl")):
        items = read_jsonl(path, errors)
        for it in items:
            seen[it.get("id")] += 1
            check_blind_item(f"{path.name} {it.get('id')}", it, sources, errors)
        print(f"{path.name}: {len(items)} items, {dict(sorted(Counter(i.get('type') for i in items).items()))}")
    errors += [f"blind sets: id {k} occurs {v} times" for k, v in seen.items() if v > 1]


def main() -> int:
    sources = load_sources()
    errors: list[str] = []
    check_retrieval(sources, errors)
    check_retrieval(sources, errors, "retrieval_test.jsonl", least=40, least_per_plan=8)
    check_qa(sources, errors)
    check_blind(sources, errors)
    for e in errors:
        print("FAIL", e)
    print("OK: all checks passed" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
