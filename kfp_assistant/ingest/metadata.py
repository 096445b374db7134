"""Pages -> PlanMeta (administration, period, title), from content only; a manifest may override.

Plans open in different ways: a cover page ("Kompetensförsörjningsplan" / "2025-2027" /
"Hässelby-Vällingby stadsdelsförvaltning"), a letterhead ("Stockholms stad", Dnr, a
date, "Tjänsteutlåtande"), a table of contents, or straight into prose. So we look
at the head of the document (first pages, capped by characters because a text file
is one long page) and score what it names, rather than trusting any fixed position.

Period rules, first that applies wins (see ``_period``):
1. the title ("Kompetensförsörjningsplan 2025-2027", or the title line followed by a
   line that is only a period; "Kompetensförsörjningsplan 2021" gives "2021");
2. a sentence in the head that talks about the plan (plan, period, sikt, perspektiv,
   åren, gäller) and states a structured period: a span ("3 års sikt 2021-2023"), a
   start plus length ("treårsperiod med start 2025" -> "2025-2027", "budget 2024 med
   ett 3-årigt perspektiv" -> "2024-2026"), or "2021 med plan för 2022-2028" -> "2021"
   (the plan's own year; the longer span is an outlook, and users name plans by it);
3. a line on the cover that is only a period;
4. the year the plan says it was written or revised in ("HR-enheten har under 2021 ...
   uppdaterat den 3-åriga ... kompetensförsörjningsplanen" -> "2021"): a single year,
   because the text does not say which three years the plan covers;
5. otherwise None: "på 3-5 års sikt" states no years. Dates ("2024-10-15"), Dnr and
   budget years that merely give the mandate ("i budget 2020 gett ... i uppdrag") never count.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from pathlib import Path

from kfp_assistant.errors import ConfigError
from kfp_assistant.ingest.lines import KEEP_HYPHEN_NEXT
from kfp_assistant.ingest.plan_owner import organisations_in, owner_lines, plan_owner
from kfp_assistant.schema import ParsedDocument, PlanMeta
from kfp_assistant.sv.administrations import administration_mentions, canonical_administration
from kfp_assistant.sv.genre import MIN_GENRE_WORDS, genre_words_in
from kfp_assistant.sv.periods import find_periods, parse_period
from kfp_assistant.sv.text import strip_markup

HEAD_PAGES = 3
HEAD_CHARS = 12_000  # a txt file or an odd PDF can be one huge page; the head is what a reader sees first

_TITLE_WORD_RE = re.compile(r"kompetens\s*-?\s*försörjning", re.IGNORECASE)
# "Kompetens- försörjningsplan" is one word broken at a line end; "2025- 2027" is a period and
# "vård- och omsorg" a shared word part, which stay as written (lines.join_lines's rule).
_LINE_HYPHEN_RE = re.compile(rf"([^\W\d_])-\s+(?!(?:{'|'.join(KEEP_HYPHEN_NEXT)})\b)([^\W\d_])")
_TOC_RE = re.compile(r"\.{4,}|…|\t\s*\d+\s*$")
_PAGE_FOOTER_RE = re.compile(r"^\s*(?:sida\s+)?\d+\s*(?:\(\d+\)|av\s+\d+)\s*$", re.IGNORECASE)
_PLAN_CONTEXT_RE = re.compile(r"plan|period|sikt|perspektiv|åren|gäller", re.IGNORECASE)
_REVISION_RE = re.compile(
    r"(?:under|år|i)\s+(?P<y>(?:19|20)\d\d)\b[^.]{0,160}?\b(?:uppdaterat|reviderat|tagit\s+fram|"
    r"arbetat\s+fram|tagits\s+fram|arbetats\s+fram|upprättat|granskat)\b[^.]{0,120}?plan",
    re.IGNORECASE,
)
_MANDATE_RE = re.compile(r"budget\s+(?:19|20)\d\d[^.]*uppdrag", re.IGNORECASE)
_TITLE_START_RE = re.compile(r"(?:strategisk\s+)?kompetens\s*-?\s*försörjning", re.IGNORECASE)
_SLASH_PERIOD_RE = re.compile(r"(?<![\d/])((?:19|20)\d\d)\s*/\s*((?:19|20)?\d\d)(?![\d/])")
_ONLY_PERIOD_RE = re.compile(
    r"(?:(?:för|avseende|gällande|under)\s+)?(?:(?:perioden|åren|år)\s+)?"
    r"(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?",
    re.IGNORECASE,
)


def _clean_line(line: str) -> str:
    """A line without markdown heading marks, tags, line-break hyphens and extra spaces."""
    line = strip_markup(line).lstrip("#").strip()
    return " ".join(_LINE_HYPHEN_RE.sub(r"\1\2", line).split())


def _head_lines(doc: ParsedDocument) -> list[str]:
    """Cleaned non-empty lines of the first pages, at most HEAD_CHARS characters, footers dropped."""
    lines: list[str] = []
    size = 0
    for page in doc.pages[:HEAD_PAGES]:
        for raw in page.text.splitlines():
            line = _clean_line(raw)
            if not line or _PAGE_FOOTER_RE.match(line):
                continue
            lines.append(line)
            size += len(line) + 1
            if size >= HEAD_CHARS:
                return lines
    return lines


def _headings(doc: ParsedDocument) -> list[str]:
    """Heading texts of the whole document (from blocks when the loader gave them)."""
    return [_clean_line(b.text) for p in doc.pages for b in p.blocks if b.kind == "heading"]


def _is_title_line(line: str) -> bool:
    # Titles are short, start with a capital and carry no sentence punctuation; wrapped prose
    # lines ("uppdrag att upprätta en strategisk kompetensförsörjningsplan med") fail one of these.
    # A line that opens with the plan's name may be longer and name its owner after a comma
    # ("Kompetensförsörjningsplan för socialförvaltningen, Borås stad 2013").
    opens = _TITLE_START_RE.match(line) is not None
    comma_ok = "," not in line or (opens and bool(organisations_in(line.rsplit(",", 1)[1])))
    return (
        bool(_TITLE_WORD_RE.search(line))
        and len(line.split()) <= (16 if opens else 10)
        and line[0].isupper()
        and comma_ok
        and not _TOC_RE.search(line)
        and not line.endswith((".", ":", ";"))
    )


def _title_period(text: str) -> str | None:
    """The period a title or cover line states; "2025/2026" and "2024/25" are periods there."""
    slashed = _SLASH_PERIOD_RE.sub(
        lambda m: f"{m.group(1)}-{m.group(2)}" if _consecutive(m.group(1), m.group(2)) else m.group(), text
    )
    return parse_period(slashed)


def _consecutive(a: str, b: str) -> bool:
    end = int(b) if len(b) == 4 else int(a[:2] + b)
    return 0 < end - int(a) <= 10


def _title(lines: list[str]) -> str | None:
    """The first short line naming the plan, joined with a following line that only states the period.

    A title that states a period wins over an earlier one that does not, because running
    headers and footers ("Strategisk kompetensförsörjning", "Kompetensförsörjningsplan")
    repeat on every page while the cover says "Kompetensförsörjningsplan 2025-2027".
    """
    titles: list[str] = []
    for i, line in enumerate(lines[:200]):
        if not _is_title_line(line):
            continue
        title = line
        if _title_period(title) is None and i + 1 < len(lines) and _is_only_period(lines[i + 1]):
            title = f"{title} {lines[i + 1]}"
        titles.append(title)
    dated = [t for t in titles if _title_period(t)]
    return (dated or titles)[0] if titles else None


def _is_only_period(line: str) -> bool:
    """A line that states only a period: "2025-2027", "2025/2026", "för perioden 2026–2028"."""
    return _ONLY_PERIOD_RE.fullmatch(line.strip()) is not None


def _sentences(lines: list[str]) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", " ".join(lines)) if s.strip()]


def _period(title: str | None, lines: list[str]) -> str | None:
    """The plan's own period by the rules in the module docstring."""
    if title and (from_title := _title_period(title)):
        return from_title
    for sentence in _sentences(lines):
        if _PLAN_CONTEXT_RE.search(sentence) and not _MANDATE_RE.search(sentence):
            structured = find_periods(sentence, years=False)
            if structured:
                return structured[0]
    for line in lines[:40]:
        if _is_only_period(line) and (period := _title_period(line)):
            return period
    for sentence in _sentences(lines):
        match = _REVISION_RE.search(sentence)
        if match and not _MANDATE_RE.search(sentence):
            return match.group("y")
    return None


def _administration(lines: list[str], headings: list[str]) -> str | None:
    """The administration named most, and most prominently, in the head and the headings.

    A mention counts more the earlier it comes (3 in the first 3,000 characters, 2 up to
    6,000, else 1) and double on a short line (cover, letterhead, heading), because plans
    also name partners ("i samverkan med Skärholmens stadsdelsförvaltning") further down.
    """
    scores: dict[str, float] = defaultdict(float)
    first_seen: dict[str, int] = {}
    offset = 0
    for line in lines:
        for name, pos in administration_mentions(line):
            where = offset + pos
            weight = 3.0 if where < 3000 else 2.0 if where < 6000 else 1.0
            scores[name] += weight * (2.0 if len(line) <= 60 else 1.0)
            first_seen.setdefault(name, where)
        offset += len(line) + 1
    for heading in headings:
        for name, _ in administration_mentions(heading):
            scores[name] += 1.0
            first_seen.setdefault(name, offset)
    if not scores:
        return None
    return max(scores, key=lambda name: (scores[name], -first_seen[name]))


def extract_metadata(doc: ParsedDocument) -> PlanMeta:
    """Administration, period and title of a plan, read from its content (never from its file name).

    The administration is named as the plan writes it (plan_owner.py); its matching key
    (sv.administrations.administration_key) is that of the organisation the scorer found."""
    lines = _head_lines(doc)
    title = _title(lines)
    canonical = _administration(owner_lines(lines), owner_lines(_headings(doc)))
    first_page = [_clean_line(ln) for ln in doc.pages[0].text.splitlines()[:80]] if doc.pages else []
    furniture = list(dict.fromkeys(_clean_line(f) for p in doc.pages for f in p.furniture))
    return PlanMeta(
        administration=plan_owner([ln for ln in first_page if ln], lines, furniture, canonical),
        period=_period(title, lines),
        title=title,
        source="content",
    )


def has_plan_content(doc: ParsedDocument, meta: PlanMeta) -> bool:
    """Whether a document reads as a plan: it names an administration or a period, or uses at least
    two of the genre's words (sv.genre). A file with none of the three is not indexed as a plan."""
    if meta.administration or meta.period:
        return True
    return genre_words_in("\n".join(page.text for page in doc.pages)) >= MIN_GENRE_WORDS


# --------------------------------------------------------------------------- manifest

_MANIFEST_FIELDS = ("administration", "period")


def _manifest_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a manifest; ';' or ',' separated, UTF-8 with or without BOM."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path.name}: not UTF-8 ({exc.reason}). Save the manifest as UTF-8 CSV.") from exc
    except OSError as exc:
        raise ConfigError(f"{path.name}: cannot be read ({exc.strerror}).") from exc
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows:
        raise ConfigError(f"{path.name}: empty manifest. Add a header row: file;administration;period.")
    return [h.strip().lower() for h in rows[0]], rows[1:]


def _manifest_entry(path: Path, number: int, header: list[str], row: list[str]) -> tuple[str, dict[str, str]]:
    """One row -> (file name, overrides); raises ConfigError naming the file and row."""
    values = dict(zip(header, (cell.strip() for cell in row), strict=False))
    name = Path(values.get("file", "")).name
    if not name:
        raise ConfigError(f"{path.name}, row {number}: the 'file' cell is empty. Give the plan's file name.")
    entry = {key: values[key] for key in _MANIFEST_FIELDS if values.get(key)}
    if "period" in entry:
        period = parse_period(entry["period"])
        if period is None or period != re.sub(r"\s*[-–—]\s*", "-", entry["period"]):
            raise ConfigError(
                f"{path.name}, row {number}: period '{entry['period']}' is not YYYY or YYYY-YYYY. "
                "Write it like 2025-2027."
            )
        entry["period"] = period
    if "administration" in entry:
        entry["administration"] = canonical_administration(entry["administration"])
    return name, entry


def load_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Per-file overrides from a manifest CSV (columns file, administration, period); {} when absent."""
    if not path.exists():
        return {}
    header, rows = _manifest_rows(path)
    if "file" not in header or not any(key in header for key in _MANIFEST_FIELDS):
        raise ConfigError(
            f"{path.name}, row 1: header {header} lacks 'file' and 'administration' or 'period'. "
            "Use the header file;administration;period."
        )
    manifest: dict[str, dict[str, str]] = {}
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        name, entry = _manifest_entry(path, number, header, row)
        if name in manifest:
            raise ConfigError(f"{path.name}, row {number}: '{name}' is listed twice. Keep one row per file.")
        manifest[name] = entry
    return manifest


def apply_manifest(meta: PlanMeta, file_name: str, manifest: dict[str, dict[str, str]]) -> PlanMeta:
    """Meta with this file's manifest administration/period (source='manifest'); unchanged if unlisted."""
    entry = manifest.get(Path(file_name).name)
    if not entry:
        return meta
    return meta.model_copy(update={**entry, "source": "manifest"})
