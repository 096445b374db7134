"""Table cells -> Activity records: header mapping by meaning, section rows, continuation rows, bullets.

How a plan's activity table is read:

* Columns are mapped by what their header says, not by position (``_ROLE_WORDS``); a table is an
  activity table only when one column is activity-like. A table without a header row takes the
  columns of the activity table it continues, or of the last activity table with as many columns.
* Tables continued over a page break are joined; the repeated header row is skipped.
* A row whose only non-empty cell names an UBARA area is a section row and sets the area below it;
  without an area column or section rows, the nearest preceding heading naming an area is used.
* A row with an empty goal cell continues the goal (and area) above.
* Each bullet of an activity cell is one activity; "- " sub-bullets stay with their parent. A cell
  of separate paragraphs (two lines that each start a sentence) gives one activity per paragraph.
* A table is a follow-up of the previous plan (``table='followup'``) when the heading or intro text
  before it says so ("uppföljning av tidigare aktiviteter"), or when its follow-up column reports
  in the past tense and its target dates lie before the plan period starts. Both signals are
  needed in the second case: past-tense comments alone also occur in plan tables.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from typing import cast

from kfp_assistant.schema import Activity, Block, ParsedDocument, PlanMeta, UbaraArea
from kfp_assistant.sv.areas import areas_in
from kfp_assistant.sv.periods import parse_period
from kfp_assistant.sv.responsible import split_responsible
from kfp_assistant.sv.text import strip_markup

Role = str  # "area" | "goal" | "activity" | "date" | "responsible" | "followup"

# Said of a plan whose activities are only in prose; the LLM path (plans.py) replaces it.
NO_TABLE_WARNING = "no activity table found"
# Header words per column role, checked in this order ("Måldatum" is a date, not a goal).
_ROLE_WORDS: tuple[tuple[Role, tuple[str, ...]], ...] = (
    ("followup", ("uppföljning", "kommentar", "status", "utfall", "resultat", "utvärdering")),
    ("date", ("måldatum", "datum", "tidsplan", "tidpunkt", "när", "klart", "deadline", "tid", "period")),
    ("responsible", ("ansvarig", "ansvar", "vem")),
    ("activity", ("aktivitet", "åtgärd", "insats", "hur ska", "hur gör")),
    ("area", ("område", "ubara", "ubaria", "fokusområde", "strategi")),
    (
        "goal",
        ("behov", "mål", "vad ska vi uppnå", "syfte", "önskat läge", "effekt", "utmaning", "kompetensgap"),
    ),
)
_BULLETS = "○•▪●◦■□▫\uf0b7\uf0a7"
_BULLET_RE = re.compile(rf"^\s*[{_BULLETS}]\s*")
_DASH_RE = re.compile(r"^\s*[-–]\s+")
# Words a line cannot end on when the sentence goes on in the next line.
_OPEN_END = frozenset(
    re.findall(
        r"\S+",
        "och att för i av med som till på om samt eller de den det en ett vid från inom under genom mot"
        " både utan än så",
    )
)
_FOLLOWUP_CONTEXT_RE = re.compile(
    r"uppfölj\w*\s+av\s+(?:de\s+|våra\s+)?(?:tidigare|föregående|förra)"
    r"|(?:följ\w*\s+upp|uppfölj\w*|utvärder\w*)[^.]{0,80}\b(?:tidigare|föregående|förra)\s+"
    r"(?:års?\s+|årets\s+)?(?:plan\w*|kompetensförsörjningsplan\w*|aktivitet\w*|period\w*)",
    re.IGNORECASE,
)
# Past tense in Swedish reporting: supine forms ("genomförts", "tagits fram", "har analyserat").
_PAST_RE = re.compile(r"\b(?:har|hade)\s+\w+|\w+(?:ats|its|tts|ts)\b", re.IGNORECASE)
_DATE_WORD_RE = re.compile(
    r"\b(?:19|20)\d\d\b|\bQ[1-4]\b|\b[HV]T\b|löpande|pågående|kontinuerligt|årligen", re.IGNORECASE
)


@dataclass
class _Row:
    cells: list[str]
    page: int


@dataclass
class _Table:
    """One logical table (joined over page breaks) with what the text before it said."""

    header: list[str] | None
    roles: dict[Role, int]
    rows: list[_Row] = field(default_factory=list)
    context: str = ""
    heading_area: str | None = None
    page: int = 0
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- quotes


def normalize(text: str) -> str:
    """Whitespace-collapsed text for matching; the loader's definition when it has one."""
    try:
        from kfp_assistant.ingest.loaders import normalize_for_match
    except ImportError:  # the loader is optional for callers that only build records
        return re.sub(r"\s+", " ", text).strip()
    return normalize_for_match(text)


def locate_quote(text: str, page_text: str, min_words: int = 3, sep: str = r"\s+") -> str | None:
    """The verbatim span of page_text that matches text up to whitespace; else its longest matching head.

    Returns None when not even the first ``min_words`` words are on the page. ``sep`` is what may
    stand between words: a table row's cells are joined by " | " in page text.
    """
    words = normalize(text).split()
    if not words:
        return None
    for n in range(len(words), min(min_words, len(words)) - 1, -1):
        pattern = sep.join(re.escape(w) for w in words[:n])
        m = re.search(pattern, page_text)
        if m:
            return m.group()
    return None


# --------------------------------------------------------------------------- cells


def clean_cell(text: str) -> str:
    """Cell text without markup, and with PDF-doubled text collapsed ("2024-12-31 2024-12-31")."""
    lines = [re.sub(r"[ \t\xa0]+", " ", ln).strip() for ln in strip_markup(text or "").split("\n")]
    cleaned = "\n".join(ln for ln in lines if ln)
    words = cleaned.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return cleaned


def _flat(text: str) -> str:
    return " ".join(text.split())


def _role_of(header_cell: str) -> Role | None:
    folded = _flat(strip_markup(header_cell)).casefold()
    if not folded or len(folded) > 60:
        return None
    for role, words in _ROLE_WORDS:
        if any(re.search(rf"(?<!\w){re.escape(w)}", folded) for w in words):
            return role
    return None


def _map_header(row: list[str]) -> dict[Role, int] | None:
    """Column roles of a header row, or None when the row is not an activity-table header."""
    if any(re.search(r"\b(?:19|20)\d\d\b", c) for c in row):
        return None  # a row with dates or years is data, even when it says "Aktivitet B"
    roles: dict[Role, int] = {}
    for i, cell in enumerate(row):
        role = _role_of(cell)
        if role and role not in roles:
            roles[role] = i
    return roles if "activity" in roles and len(roles) >= 2 else None


def _is_section_row(cells: list[str]) -> str | None:
    """The area text of a row whose only non-empty cell is a short UBARA area name."""
    filled = [c for c in cells if c.strip()]
    if len(filled) != 1 or len(cells) < 2:
        return None
    text = _flat(filled[0])
    return text if len(text.split()) <= 5 and areas_in(text) else None


# --------------------------------------------------------------------------- activity cell


def _starts_sentence(line: str) -> bool:
    return bool(line) and line[0].isupper()


def _ends_open(line: str) -> bool:
    last = line.rstrip().split()[-1].casefold() if line.strip() else ""
    return line.rstrip().endswith((",", ";", "-", "–", "/", "&")) or last in _OPEN_END


def split_activities(cell: str) -> list[str]:
    """One text per activity in a cell: bullets, else separate paragraphs, else the whole cell."""
    lines = [ln for ln in cell.split("\n") if ln.strip()]
    if not lines:
        return []
    if any(_BULLET_RE.match(ln) for ln in lines):
        return _bullet_items(lines, _BULLET_RE)
    if len(lines) > 1 and all(_DASH_RE.match(ln) for ln in lines):
        return _bullet_items(lines, _DASH_RE)
    items = [lines[0]]
    for ln in lines[1:]:
        # A new paragraph that starts a sentence after a finished one is a new activity.
        if _starts_sentence(ln) and not _ends_open(items[-1]):
            items.append(ln)
        else:
            items[-1] = f"{items[-1]} {ln}"
    return [_flat(i) for i in items]


def _bullet_items(lines: list[str], bullet: re.Pattern[str]) -> list[str]:
    """Items start at bullet lines; sub-bullets and wrapped lines stay with their item."""
    items: list[str] = []
    lead: list[str] = []
    for ln in lines:
        if bullet.match(ln):
            items.append(bullet.sub("", ln, count=1))
        elif items:
            items[-1] = f"{items[-1]} {ln.strip()}"
        else:
            lead.append(ln.strip())
    # Text before the first bullet is an activity of its own unless it introduces the list ("...:").
    if lead and not lead[-1].endswith(":"):
        items.insert(0, " ".join(lead))
    return [_flat(i) for i in items if i.strip()]


# --------------------------------------------------------------------------- dates and parties

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            "jan januari",
            "feb februari",
            "mar mars",
            "apr april",
            "maj",
            "jun juni",
            "jul juli",
            "aug augusti",
            "sep sept september",
            "okt oktober",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for m in names.split()
}
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b"), "iso"),
    (re.compile(r"\b(?:Q|kv\.?|kvartal)\s*([1-4])\s*[-–]?\s*(20\d\d)\b", re.IGNORECASE), "quarter"),
    (re.compile(r"\b(?:T|tertial)\s*([1-3])\s*[-–]?\s*(20\d\d)\b", re.IGNORECASE), "tertial"),
    (re.compile(r"\b([HV]T)\s*-?\s*(20\d\d|\d\d)\b"), "term"),
    (re.compile(r"\b([a-zåäö]{3,9})\.?\s+(20\d\d)\b", re.IGNORECASE), "month"),
    (re.compile(r"\b(20\d\d)-(0[1-9]|1[0-2])\b(?!-)"), "yearmonth"),
    (re.compile(r"\b20\d\d\s*[-–]\s*(\d\d)\b(?!-)"), "short_span"),
    (re.compile(r"\b(20\d\d)\b"), "year"),
)


def _month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _date_end(m: re.Match[str], kind: str) -> str | None:
    g = m.groups()
    if kind == "iso":
        return m.group()
    if kind == "quarter":
        return _month_end(int(g[1]), int(g[0]) * 3)
    if kind == "tertial":
        return _month_end(int(g[1]), int(g[0]) * 4)
    if kind == "term":
        year = int(g[1]) if len(g[1]) == 4 else 2000 + int(g[1])
        return _month_end(year, 12 if g[0] == "HT" else 6)
    if kind == "month":
        month = _MONTHS.get(g[0].casefold())
        return _month_end(int(g[1]), month) if month else None
    if kind == "yearmonth":
        return _month_end(int(g[0]), int(g[1]))
    if kind == "short_span":  # "2025-27"
        return f"20{g[0]}-12-31"
    return f"{g[0]}-12-31"


def target_end(target: str | None) -> str | None:
    """Last ISO day a written target date stands for: "2025-2027" -> "2027-12-31"; "Löpande" -> None."""
    if not target:
        return None
    text, ends = target, []
    for rx, kind in _DATE_PATTERNS:
        for m in rx.finditer(text):
            end = _date_end(m, kind)
            if end:
                ends.append(end)
                text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return max(ends) if ends else None


_HELP_RE = re.compile(
    r"\s+(?:med\s+stöd\s+(?:av|från)|i\s+samverkan\s+med|i\s+samarbete\s+med)\s+", re.IGNORECASE
)


def responsible_parties(text: str | None) -> list[str]:
    """Ansvarig split into parties; "Respektive chef med stöd av HR" -> ["Respektive chef", "HR"]."""
    if not text:
        return []
    parties: list[str] = []
    for part in _HELP_RE.split(text):
        for party in split_responsible(part):
            if party not in parties:
                parties.append(party)
    return parties


# --------------------------------------------------------------------------- tables in a document


@dataclass
class _Walk:
    """Reading state while walking a document's blocks in order."""

    headings: list[tuple[int, str]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    open_table: _Table | None = None  # the table the previous block belonged to
    last_activity_table: _Table | None = None

    def see_heading(self, block: Block) -> None:
        level = block.level or 3
        self.headings = [(lv, t) for lv, t in self.headings if lv < level] + [(level, _flat(block.text))]
        self.paragraphs, self.open_table = [], None

    def context(self) -> str:
        heading = self.headings[-1][1] if self.headings else ""
        return "\n".join([heading, *self.paragraphs[-3:]])

    def heading_area(self) -> str | None:
        # The innermost heading that names an area; short, so that prose headings do not count.
        for _, text in reversed(self.headings):
            if len(text.split()) <= 6 and areas_in(text):
                return text
        return None


def _rows_of(block: Block) -> list[_Row]:
    return [
        _Row([clean_cell(c) for c in row], block.page)
        for row in block.rows or []
        if any(c.strip() for c in row)
    ]


def _same_row(a: list[str], b: list[str] | None) -> bool:
    return b is not None and [_flat(x).casefold() for x in a] == [_flat(x).casefold() for x in b]


def _looks_like_activities(rows: list[_Row], roles: dict[Role, int]) -> bool:
    """Headerless rows fit an activity layout: dates in the date column, text in the activity column."""
    data = [r for r in rows if not _is_section_row(r.cells)]
    if not data or "date" not in roles:
        return False
    dated = sum(
        1 for r in data if roles["date"] < len(r.cells) and _DATE_WORD_RE.search(r.cells[roles["date"]])
    )
    worded = sum(1 for r in data if roles["activity"] < len(r.cells) and len(r.cells[roles["activity"]]) > 12)
    return dated * 2 >= len(data) and worded * 2 >= len(data)


def _start_table(block: Block, rows: list[_Row], walk: _Walk) -> _Table | None:
    roles = _map_header(rows[0].cells)
    if roles:
        return _Table(rows[0].cells, roles, rows[1:], walk.context(), walk.heading_area(), block.page)
    model = walk.last_activity_table
    if model is None or model.header is None or all(abs(len(r.cells) - len(model.header)) > 1 for r in rows):
        return None
    if not _looks_like_activities(rows, model.roles):
        return None
    warning = (
        f"page {block.page}: activity table without a header row; "
        f"columns taken from the table on page {model.page}"
    )
    return _Table(model.header, model.roles, rows, walk.context(), walk.heading_area(), block.page, [warning])


def _add_table_block(block: Block, walk: _Walk, tables: list[_Table]) -> None:
    rows = _rows_of(block)
    if not rows:
        return
    current = walk.open_table
    if current is not None and (block.continues_previous or _same_row(rows[0].cells, current.header)):
        # Continued over a page break: Word repeats the header row, which is not data.
        current.rows += rows[1:] if _same_row(rows[0].cells, current.header) else rows
        return
    table = _start_table(block, rows, walk)
    walk.open_table = table
    if table is not None:
        tables.append(table)
        walk.last_activity_table = table


def _collect_tables(doc: ParsedDocument) -> list[_Table]:
    walk, tables = _Walk(), list[_Table]()
    for page in doc.pages:
        for block in page.blocks:
            if block.kind == "heading":
                walk.see_heading(block)
            elif block.kind == "table":
                _add_table_block(block, walk, tables)
            else:
                walk.paragraphs.append(_flat(block.text))
                walk.open_table = None
    return tables


# --------------------------------------------------------------------------- rows -> activities


def _fit_row(row: _Row, width: int, warnings: list[str]) -> list[str]:
    """Pad or trim a ragged row to the header's width, and say so."""
    cells = row.cells
    if len(cells) != width:
        warnings.append(
            f"page {row.page}: table row with {len(cells)} cells, header has {width}; read as far as possible"
        )
        cells = cells[:width] if len(cells) > width else cells + [""] * (width - len(cells))
    return cells


def _is_followup(table: _Table, meta: PlanMeta) -> bool:
    if _FOLLOWUP_CONTEXT_RE.search(table.context):
        return True
    col, start = table.roles.get("followup"), parse_period(meta.period or "")
    if col is None or "date" not in table.roles or not start:
        return False
    comments = [r.cells[col] for r in table.rows if col < len(r.cells) and r.cells[col].strip()]
    ends = [
        target_end(r.cells[table.roles["date"]]) for r in table.rows if table.roles["date"] < len(r.cells)
    ]
    dated = [e for e in ends if e]
    past = sum(1 for c in comments if _PAST_RE.search(c))
    before = sum(1 for e in dated if e < f"{start[:4]}-01-01")
    return bool(comments and dated) and past * 10 >= len(comments) * 6 and before * 10 >= len(dated) * 8


def _table_activities(table: _Table, doc: ParsedDocument, meta: PlanMeta) -> list[Activity]:
    kind = "followup" if _is_followup(table, meta) else "plan"
    pages = {p.number: p.text for p in doc.pages}
    width = len(table.header or [])
    area: str | None = None
    goal: str | None = None
    out: list[Activity] = []
    for row in table.rows:
        cells = _fit_row(row, width, table.warnings)
        section = _is_section_row(cells)
        if section:
            area, goal = section, None
            continue

        values = {role: _flat(cells[i]) for role, i in table.roles.items()}
        area = values.get("area") or area
        goal = values.get("goal") or goal
        for text in split_activities(cells[table.roles["activity"]]):
            record = _record(text, values, kind, area or table.heading_area, goal, row.page, doc, meta)
            record.quote = locate_quote(text, pages.get(row.page, "")) or text
            out.append(record)
    return out


def _record(
    text: str,
    values: dict[Role, str],
    kind: str,
    area: str | None,
    goal: str | None,
    page: int,
    doc: ParsedDocument,
    meta: PlanMeta,
) -> Activity:
    responsible = values.get("responsible") or None
    target = values.get("date") or None
    return Activity(
        file=doc.file,
        doc_id=doc.doc_id,
        administration=meta.administration,
        period=meta.period,
        table="followup" if kind == "followup" else "plan",
        area=area,
        areas=cast(list[UbaraArea], areas_in(area or "")),
        goal=goal,
        activity=text,
        target_date=target,
        target_end=target_end(target),
        responsible=responsible,
        responsible_list=responsible_parties(responsible),
        followup=values.get("followup") or None,
        page=page,
        quote=text,
    )


def extract_activities(doc: ParsedDocument, meta: PlanMeta) -> tuple[list[Activity], list[str]]:
    """Activities from a plan's activity tables, in document order, plus warnings naming pages.

    Plans whose activities are only in prose give no records and the warning "no activity table
    found" (the LLM path reads prose).
    """
    tables = _collect_tables(doc)
    if not tables:
        return [], [f"{doc.file}: {NO_TABLE_WARNING}"]
    activities: list[Activity] = []
    warnings: list[str] = []
    for table in tables:
        activities += _table_activities(table, doc, meta)
        warnings += [f"{doc.file}: {w}" for w in dict.fromkeys(table.warnings)]
    return activities, warnings


_NEED_HEADER_RE = re.compile(r"behov|kompetensgap|utmaning|brist", re.IGNORECASE)


def need_cells(doc: ParsedDocument) -> list[tuple[str, int]]:
    """(cell text, page) of an activity table's goal column when its header names needs ("Behov").

    Such a column lists the plan's identified needs; gaps.py turns each cell into a Gap.
    """
    out: list[tuple[str, int]] = []
    for table in _collect_tables(doc):
        col = table.roles.get("goal")
        if col is None or not table.header or not _NEED_HEADER_RE.search(table.header[col]):
            continue
        for row in table.rows:
            text = row.cells[col].strip() if col < len(row.cells) else ""
            if text and not _is_section_row(row.cells) and (not out or out[-1][0] != text):
                out.append((text, row.page))
    return out
