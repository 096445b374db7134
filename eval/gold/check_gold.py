"""Check the hand-made gold records against the plans' source texts.

Run from anywhere:

    python eval/gold/check_gold.py

Verifies activities.jsonl, figures.jsonl, gaps.jsonl and diff_socialnamnden.json:
- every line is valid JSON with exactly the documented fields and allowed values;
- every goal, activity, follow-up, quote and gap text is a verbatim span of the plan's
  normalised text (tags stripped, HTML entities decoded, '**', leading '#' and bullet
  glyphs removed, whitespace collapsed);
- derived fields follow the documented rules (areas, target_end, responsible_list);
- each figure's quote contains its value written the Swedish way ("6,28", "1 561");
- when pypdf is importable (the project's .venv): each record's page of corpus/<stem>.pdf
  holds its activity text or quote (whitespace-insensitive); skipped otherwise;
- the diff refers to gold records that exist, with the same texts and values, and its
  counts add up.
Prints counts. Exit code 1 when anything fails.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

GOLD = Path(__file__).resolve().parent
SOURCE = GOLD.parent.parent / "scripts" / "corpus_source"

PLANS = {
    "hagersten-alvsjo-3-5-ar.pdf": ("Hägersten-Älvsjö stadsdelsförvaltning", None),
    "hasselby-vallingby-2021.pdf": ("Hässelby-Vällingby stadsdelsförvaltning", "2021"),
    "hasselby-vallingby-2025-2027.pdf": ("Hässelby-Vällingby stadsdelsförvaltning", "2025-2027"),
    "socialnamnden-2024-2026.pdf": ("Socialnämnden", "2024-2026"),
    "socialnamnden-2025-2027.pdf": ("Socialnämnden", "2025-2027"),
}
TABLE_PLANS = {
    "socialnamnden-2024-2026.pdf",
    "socialnamnden-2025-2027.pdf",
    "hasselby-vallingby-2025-2027.pdf",
}
AREAS = ("Utveckla", "Behålla", "Attrahera", "Rekrytera", "Introducera", "Avsluta")
METRIC_UNITS = {
    "employees_total": "count",
    "employees_permanent": "count",
    "employees_temporary": "count",
    "women_count": "count",
    "men_count": "count",
    "women_share": "percent",
    "men_share": "percent",
    "average_age": "years",
    "turnover_pct": "percent",
    "sick_leave_pct": "percent",
    "short_sick_leave_pct": "percent",
    "long_sick_leave_pct": "percent",
    "recruitments": "count",
    "departures": "count",
    "retirements": "count",
    "ami_index": "index",
    "part_time_count": "count",
    "full_time_share": "percent",
}
ACTIVITY_KEYS = [
    "id",
    "file",
    "administration",
    "period",
    "table",
    "area",
    "areas",
    "goal",
    "activity",
    "target_date",
    "target_end",
    "responsible",
    "responsible_list",
    "followup",
    "page",
]
FIGURE_KEYS = [
    "id",
    "file",
    "administration",
    "period",
    "metric",
    "value",
    "unit",
    "as_of",
    "scope",
    "headline",
    "page",
    "quote",
]
GAP_KEYS = ["id", "file", "administration", "period", "list", "theme", "text", "page", "quote"]
BULLETS = "○\uf0b7•"


def normalize(text: str) -> str:
    """Visible text of a plan: no markup or bullet glyphs, whitespace collapsed to one space."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    text = text.replace("**", "")
    text = re.sub(r"(?m)^[ \t]*#+[ \t]*", "", text)
    text = re.sub(f"[{BULLETS}]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def sources() -> dict[str, str]:
    return {f: normalize((SOURCE / f.replace(".pdf", ".txt")).read_text(encoding="utf-8")) for f in PLANS}


def read_jsonl(name: str, errors: list[str]) -> list[dict]:
    out = []
    for n, line in enumerate((GOLD / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f"{name}:{n}: invalid JSON: {exc}")
    return out


def check_span(where: str, src: dict[str, str], file: str, text, errors: list[str]) -> None:
    if not isinstance(text, str) or not text:
        errors.append(f"{where}: empty text")
    elif text != re.sub(r"\s+", " ", text).strip() or any(b in text for b in BULLETS) or "<" in text:
        errors.append(f"{where}: not normalised (whitespace, bullet or markup): {text!r}")
    elif text not in src[file]:
        errors.append(f"{where}: not found in {file}: {text!r}")


def check_common(where: str, rec: dict, keys: list[str], errors: list[str]) -> bool:
    if list(rec) != keys:
        errors.append(f"{where}: fields {list(rec)} != {keys}")
        return False
    if rec["file"] not in PLANS:
        errors.append(f"{where}: unknown file {rec['file']!r}")
        return False
    if (rec["administration"], rec["period"]) != PLANS[rec["file"]]:
        errors.append(f"{where}: administration/period {rec['administration']!r}/{rec['period']!r} wrong")
    return True


def expected_end(date: str | None) -> str | None:
    if date is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return date
    if m := re.fullmatch(r"\d{4}-(\d{4})", date):
        return f"{m.group(1)}-12-31"
    if re.fullmatch(r"\d{4}", date):
        return f"{date}-12-31"
    if m := re.fullmatch(r"Q([1-4]) (\d{4})", date):
        return f"{m.group(2)}-" + ("03-31", "06-30", "09-30", "12-31")[int(m.group(1)) - 1]
    return None


def split_responsible(text: str) -> list[str]:
    """The documented rule: split on ',', ' och ' and ' med stöd av '; keep parties as written."""
    return [p.strip() for p in re.split(r",|\s+och\s+|\s+med stöd av\s+", text) if p.strip()]


def check_activities(src: dict[str, str], errors: list[str]) -> list[dict]:
    rows = read_jsonl("activities.jsonl", errors)
    ids = Counter(r.get("id") for r in rows)
    errors += [f"activities: duplicate id {k}" for k, v in ids.items() if v > 1]
    for r in rows:
        w = f"activities {r.get('id')}"
        if not check_common(w, r, ACTIVITY_KEYS, errors):
            continue
        f = r["file"]
        if f not in TABLE_PLANS:
            errors.append(f"{w}: {f} has no activity table")
        followup_elsewhere = r["table"] == "followup" and f != "socialnamnden-2025-2027.pdf"
        if r["table"] not in ("plan", "followup") or followup_elsewhere:
            errors.append(f"{w}: bad table {r['table']!r}")
        check_span(w + " area", src, f, r["area"], errors)
        if r["areas"] != [a for a in AREAS if a.lower() in r["area"].lower()] or not r["areas"]:
            errors.append(f"{w}: areas {r['areas']} do not follow area {r['area']!r}")
        check_span(w + " goal", src, f, r["goal"], errors)
        check_span(w + " activity", src, f, r["activity"], errors)
        if r["activity"].startswith(("○", "-", " ")):
            errors.append(f"{w}: activity keeps a bullet marker: {r['activity']!r}")
        check_span(w + " target_date", src, f, r["target_date"], errors)
        if r["target_end"] != expected_end(r["target_date"]):
            errors.append(f"{w}: target_end {r['target_end']!r} != {expected_end(r['target_date'])!r}")
        check_span(w + " responsible", src, f, r["responsible"], errors)
        if r["responsible_list"] != split_responsible(r["responsible"]):
            errors.append(f"{w}: responsible_list {r['responsible_list']} != rule")
        if r["followup"] is not None:
            check_span(w + " followup", src, f, r["followup"], errors)
        if f == "hasselby-vallingby-2025-2027.pdf" and r["followup"] is not None:
            errors.append(f"{w}: Hässelby-Vällingby's table has no follow-up column")
        # goal + activity must sit in one table row of the source (same line, raw text)
        raw = (SOURCE / f.replace(".pdf", ".txt")).read_text(encoding="utf-8")
        if not any(r["activity"] in normalize(line) for line in raw.splitlines() if "\t" in line):
            errors.append(f"{w}: activity not found inside a table row")
    return rows


def swedish_forms(value: float) -> list[str]:
    if value == int(value):
        n = int(value)
        return [str(n), f"{n:,}".replace(",", " ")]
    s = repr(value).replace(".", ",")
    return [s, s + "0"]


def check_figures(src: dict[str, str], errors: list[str]) -> list[dict]:
    rows = read_jsonl("figures.jsonl", errors)
    ids = Counter(r.get("id") for r in rows)
    errors += [f"figures: duplicate id {k}" for k, v in ids.items() if v > 1]
    keys = Counter()
    for r in rows:
        w = f"figures {r.get('id')}"
        if not check_common(w, r, FIGURE_KEYS, errors):
            continue
        if METRIC_UNITS.get(r["metric"]) != r["unit"]:
            errors.append(f"{w}: metric/unit {r['metric']}/{r['unit']} not in the vocabulary")
        if not isinstance(r["value"], float):
            errors.append(f"{w}: value is not a float")
        if not isinstance(r["headline"], bool):
            errors.append(f"{w}: headline is not a bool")
        if r["as_of"] is not None and not re.fullmatch(r"\d{4}(-\d{4})?", r["as_of"]):
            errors.append(f"{w}: as_of {r['as_of']!r} is not YYYY or YYYY-YYYY")
        check_span(w + " quote", src, r["file"], r["quote"], errors)
        forms = swedish_forms(r["value"])
        if not any(re.search(rf"(?<![\d,]){re.escape(s)}(?![\d,])", r["quote"] or "") for s in forms):
            errors.append(f"{w}: value {r['value']} not written in quote {r['quote']!r}")
        keys[(r["file"], r["metric"], r["as_of"], r["scope"])] += 1
    errors += [f"figures: duplicate (file, metric, as_of, scope) {k}" for k, v in keys.items() if v > 1]
    return rows


def check_gaps(src: dict[str, str], errors: list[str]) -> list[dict]:
    rows = read_jsonl("gaps.jsonl", errors)
    ids = Counter(r.get("id") for r in rows)
    errors += [f"gaps: duplicate id {k}" for k, v in ids.items() if v > 1]
    for r in rows:
        w = f"gaps {r.get('id')}"
        if not check_common(w, r, GAP_KEYS, errors):
            continue
        check_span(w + " text", src, r["file"], r["text"], errors)
        check_span(w + " quote", src, r["file"], r["quote"], errors)
        check_span(w + " list", src, r["file"], r["list"].split(" (")[0], errors)
        if r["theme"] is not None:
            check_span(w + " theme", src, r["file"], r["theme"], errors)
        if r["text"] not in (r["quote"] or ""):
            errors.append(f"{w}: text not inside quote")
    return rows


def check_diff(acts: list[dict], figs: list[dict], gaps: list[dict], errors: list[str]) -> dict:
    d = json.loads((GOLD / "diff_socialnamnden.json").read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in acts + gaps}

    def same(where: str, ref: dict, text_key: str) -> None:
        rec = by_id.get(ref["id"])
        if rec is None or rec[text_key] != ref[text_key]:
            errors.append(f"diff {where}: {ref} does not match the gold record")

    a = d["activities"]
    old = {r["id"] for r in acts if r["file"] == "socialnamnden-2024-2026.pdf" and r["table"] == "plan"}
    new = {r["id"] for r in acts if r["file"] == "socialnamnden-2025-2027.pdf" and r["table"] == "plan"}
    for ref in a["added"]:
        same("activities.added", ref, "activity")
    for ref in a["removed"]:
        same("activities.removed", ref, "activity")
    for pair in a["kept"] + a["related_not_kept"]:
        same("activities.kept", pair["from"], "activity")
        same("activities.kept", pair["to"], "activity")
    k_old = {p["from"]["id"] for p in a["kept"]}
    k_new = {p["to"]["id"] for p in a["kept"]}
    if {r["id"] for r in a["removed"]} | k_old != old or {r["id"] for r in a["added"]} | k_new != new:
        errors.append("diff activities: added/removed/kept do not partition the two plan tables")
    c = a["counts"]
    if (c["from_total"], c["to_total"], c["added"], c["removed"], c["kept"]) != (
        len(old),
        len(new),
        len(a["added"]),
        len(a["removed"]),
        len(a["kept"]),
    ):
        errors.append(f"diff activities: counts {c} wrong")

    fig_index = {(r["file"], r["metric"], r["as_of"], r["scope"]): r["value"] for r in figs}
    for ch in d["key_figures"]["changed"]:
        for side, file in (("from", "socialnamnden-2024-2026.pdf"), ("to", "socialnamnden-2025-2027.pdf")):
            v = fig_index.get((file, ch["metric"], ch[f"{side}_as_of"], ch["scope"]))
            if v != ch[side]:
                errors.append(f"diff key_figures: {ch['metric']} {side}={ch[side]} but gold has {v}")
        if ch["from"] == ch["to"]:
            errors.append(f"diff key_figures: {ch['metric']} listed as changed but equal")

    g = d["gaps"]
    g_old = {r["id"] for r in gaps if r["file"] == "socialnamnden-2024-2026.pdf"}
    g_new = {r["id"] for r in gaps if r["file"] == "socialnamnden-2025-2027.pdf"}
    for ref in g["added"] + g["removed"]:
        same("gaps", ref, "text")
    for pair in g["kept"]:
        same("gaps.kept", pair["from"], "text")
        same("gaps.kept", pair["to"], "text")
    if {r["id"] for r in g["removed"]} | {p["from"]["id"] for p in g["kept"]} != g_old or {
        r["id"] for r in g["added"]
    } | {p["to"]["id"] for p in g["kept"]} != g_new:
        errors.append("diff gaps: added/removed/kept do not partition the two gap lists")
    return d


def check_pages(groups: list[tuple[str, list[dict], str]], errors: list[str]) -> str:
    """Page numbers refer to the corpus PDFs; checked only when pypdf is available."""
    try:
        import pypdf
    except ImportError:
        return "pages: not checked (pypdf not importable; run with the project's .venv)"
    texts: dict[str, list[str]] = {}
    for f in PLANS:
        pdf = SOURCE.parent / f
        if pdf.exists():
            texts[f] = [re.sub(r"\s+", "", p.extract_text() or "") for p in pypdf.PdfReader(pdf).pages]
    checked = 0
    for name, rows, key in groups:
        for r in rows:
            pages = texts.get(r.get("file"))
            if pages is None:
                continue
            page = r.get("page")
            if not isinstance(page, int) or not 1 <= page <= len(pages):
                errors.append(f"{name} {r.get('id')}: page {page!r} out of range")
            elif re.sub(r"\s+", "", r[key]) not in pages[page - 1]:
                errors.append(f"{name} {r.get('id')}: {key} not on page {page} of {r['file']}")
            checked += 1
    return f"pages: {checked} records checked against the corpus PDFs"


def main() -> int:
    errors: list[str] = []
    src = sources()
    acts = check_activities(src, errors)
    figs = check_figures(src, errors)
    gaps = check_gaps(src, errors)
    diff = check_diff(acts, figs, gaps, errors)
    groups = [("activities", acts, "activity"), ("figures", figs, "quote"), ("gaps", gaps, "quote")]
    pages_note = check_pages(groups, errors)
    print("activities per plan x table:")
    for k, v in sorted(Counter((r["file"], r["table"]) for r in acts).items()):
        print(f"  {k[0]:36} {k[1]:9} {v}")
    print(f"activities total {len(acts)}")
    print("figures per plan:", dict(Counter(r["file"] for r in figs)), "total", len(figs))
    print("gaps per plan:", dict(Counter(r["file"] for r in gaps)), "total", len(gaps))
    print("diff:", diff["activities"]["counts"], diff["key_figures"]["counts"], diff["gaps"]["counts"])
    print(pages_note)
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
