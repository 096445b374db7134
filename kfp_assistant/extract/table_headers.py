"""What a key-figure table's header and row labels say, beyond the metric vocabulary of prose.

* A PDF table whose header cells wrap over two lines arrives with a header of two rows, the first
  with an empty first cell, and words cut at the wrap: " | Tillsvidare- | Personal-" over "År |
  anställda | omsättning, %", or a word cut with no hyphen ("Personalomsättnin" over "g, %"). The
  two rows are one header: a hyphen at the wrap joins the halves into one word; else the halves are
  joined with a space, unless joining them without one names a metric that the spaced words do not.
* In a table's header or row label a bare employment form names a headcount: a column "Tillsvidare"
  or "varav visstid" ("därav visstid") counts permanent or fixed-term staff, "Månadsavlönade" all
  monthly-paid staff (the usual headcount; hourly-paid staff are apart), a column "Medarbetare" the
  staff, "varav pension" the leavers who retired, a row "Långtid, dag 60 och längre" of a sick-leave
  table is long-term sick leave. In prose these words
  qualify other things, so they are read here only.
* A subtotal row ("Summa myndighetsutövning", "Delsumma förskola") sums the group row above it
  that it names, not the whole organisation.
* A row for the whole organisation ("Totalt", "Hela förvaltningen", "Förvaltningen totalt",
  "Samtliga medarbetare") gives plan-wide figures, not a group's.
* Footnote marks say nothing about what a header cell or row label measures: "Summa¹",
  "Heltidsandel, %*" and "Personalomsättning²" read as "Summa", "Heltidsandel, %" and
  "Personalomsättning". A word a narrow PDF cell broke before its last letter ("Medarbetar e") is one
  word, and so is a word hyphenated at a wrap ("Personal-omsättning") when whole it names a metric.
"""

from __future__ import annotations

import re

from kfp_assistant.extract.figure_cues import cues_in
from kfp_assistant.extract.figure_numbers import years_in
from kfp_assistant.schema import Block
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.numbers import parse_number

_HEADER_WORDS = (
    (re.compile(r"^(?:varav\s+|därav\s+|antal\s+)?tillsvidare\b", re.IGNORECASE), "employees_permanent"),
    (
        re.compile(r"^(?:varav\s+|därav\s+|antal\s+)?(?:visstid|tidsbegränsat?)\b", re.IGNORECASE),
        "employees_temporary",
    ),
    # a column of leavers who retired: "varav pension", "Därav ålderspension", "Pensioneringar"
    (
        re.compile(r"^(?:varav\s+|därav\s+)?(?:ålders)?pension(?:er|eringar|erade)?$", re.IGNORECASE),
        "retirements",
    ),
    (re.compile(r"^(?:summa\s+|antal\s+)?månads(?:avlönade|anställda)\b", re.IGNORECASE), "employees_total"),
    # a column of staff counts headed by the staff alone ("Medarbetare", "Antal medarbetare")
    (re.compile(r"^(?:antal\s+)?(?:medarbetare|anställda)$", re.IGNORECASE), "employees_total"),
    (re.compile(r"^(?:varav\s+)?långtid\b", re.IGNORECASE), "long_sick_leave_pct"),
    # an open band of sick days from day 30 on ("Dag 60–", "Dag 91 och längre") is long-term leave
    (
        re.compile(
            r"^(?:varav\s+)?dag\s*(?:[3-9]\d|\d{3})\s*(?:[–-]\s*$|\+|och\s+(?:längre|mer|över))",
            re.IGNORECASE,
        ),
        "long_sick_leave_pct",
    ),
    (re.compile(r"^(?:varav\s+)?korttid\b", re.IGNORECASE), "short_sick_leave_pct"),
)
# A closed band of sick days that starts at day 15 ("Dag 15–59") is neither short nor long-term leave.
_MIDDLE_BAND_RE = re.compile(r"\bdag\s*15\s*[–-]\s*\d", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_WHOLE_RE = re.compile(r"^(?:totalt?|summa|samtliga|alla|hela)\b|\b(?:totalt?|summa)$", re.IGNORECASE)
# A sum of some of the rows, not the whole: "Summa åtta yrkesgrupper", "Totalt 5 största enheterna".
_SUBSET_SUM_RE = re.compile(
    r"^(?:totalt?|summa)\s+(?:\d{1,2}|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|de)\s+\w", re.IGNORECASE
)


# A footnote mark after a word or unit: superscript digits, asterisks, a dagger.
_MARK_RE = re.compile(r"(?<=[^\W\d_%)])(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+|†)|(?<=[%)])(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+|†)")
# A lone last letter broken off its word by a narrow cell; "i", "å", "ö", "o" are words of their own.
_BROKEN_TAIL_RE = re.compile(r"(?<=[^\W\d_]{3}) ([a-zäåö])(?=\s|$|,)")


# A word hyphenated where a narrow cell wrapped it, the hyphen kept: "Personal-omsättning".
_HYPHENATED_RE = re.compile(r"(?<=[^\W\d_]{3})-(?=[a-zåäö])")


def without_note_marks(text: str) -> str:
    """A label without its footnote marks ("Summa¹" -> "Summa", "Andel, %*" -> "Andel, %")."""
    return _MARK_RE.sub("", text)


def plain_label(text: str) -> str:
    """A header cell or row label without footnote marks, with a broken-off last letter rejoined and
    a wrap's hyphen dropped where the whole word names a metric the halves do not (module docstring):
    what the words measure, not how the page marks them."""
    text = without_note_marks(" ".join(text.split()))
    text = _BROKEN_TAIL_RE.sub(lambda m: m.group(1) if m.group(1) not in "iåöo" else m.group(0), text)
    glued = _HYPHENATED_RE.sub("", text)
    return glued if glued != text and _cue_length(glued) > _cue_length(text) else text


def plain_header(block: Block) -> Block:
    """The table with its header row's cells read by plain_label; a first row holding numbers other
    than years is data (its quote must stay as the page writes it) and is left as it is."""
    rows = block.rows or []
    if not rows or any(_is_number(c) and not _YEAR_RE.fullmatch(c.strip()) for c in rows[0]):
        return block
    header = [plain_label(c) for c in rows[0]]
    return block if header == rows[0] else block.model_copy(update={"rows": [header, *rows[1:]]})


def header_metric(label: str) -> str | None:
    """The metric a bare employment form or spell of sick leave names in a table ("Tillsvidare")."""
    text = " ".join(label.split())
    return next((metric for rx, metric in _HEADER_WORDS if rx.match(text)), None)


def middle_band(label: str) -> bool:
    """Whether a label is a band of sick days from day 15 to a closing day ("Dag 15–59")."""
    return bool(_MIDDLE_BAND_RE.search(label))


def is_whole(label: str) -> bool:
    """Whether a row label stands for the whole organisation, not a group of it."""
    text = " ".join(label.split())
    return not text or bool(_WHOLE_RE.search(text))


def is_subset_sum(label: str) -> bool:
    """Whether a row label sums a counted subset of the rows ("Summa åtta yrkesgrupper"): neither the
    whole organisation nor a group of its own."""
    return bool(_SUBSET_SUM_RE.match(" ".join(label.split())))


_SUBTOTAL_RE = re.compile(r"^(delsumma|summa|totalt?)\b[\s:,]*(.*)$", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    return {w[:5].casefold() for w in re.findall(r"[^\W\d_]{4,}", text)}


def subtotal_group(rows: list[list[str]], i: int) -> str | None:
    """The group a subtotal row sums: the nearest group row above it (a label over empty cells) that
    its words name ("Summa myndighetsutövning" under "Myndighetsutövning", "Delsumma förskola" under
    "Förskoleavdelningen"); a "Delsumma" row with no such group sums the group row above it, or
    the words after it. None for a row that is no subtotal of a group."""
    label = " ".join(rows[i][0].split()) if rows[i] else ""
    m = _SUBTOTAL_RE.match(label)
    if not m:
        return None
    groups = [
        " ".join(r[0].split())
        for r in rows[1:i]
        if r and r[0].strip() and not any(c.strip() for c in r[1:]) and not _SUBTOTAL_RE.match(r[0].strip())
    ]
    named = [g for g in reversed(groups) if _stems(m.group(2)) & _stems(g)]
    if named:
        return named[0]
    if m.group(1).casefold() == "delsumma":
        return groups[-1] if groups else m.group(2) or None
    return None


def _is_number(cell: str) -> bool:
    return parse_number(" ".join(cell.split()).lstrip("+±")) is not None


def _cue_length(text: str) -> int:
    return sum(c.end - c.start for c in cues_in(text))


def _joined(top: str, bottom: str) -> str:
    top, bottom = " ".join(top.split()), " ".join(bottom.split())
    if not top or not bottom:
        return top or bottom
    if top.endswith("-") and bottom[:1].islower():
        return top[:-1] + bottom
    spaced, glued = f"{top} {bottom}", top + bottom
    return glued if bottom[:1].islower() and _cue_length(glued) > _cue_length(spaced) else spaced


_FORWARD_RE = re.compile(r"\b(?:mål\w*|prognos\w*|budget\w*|beräkna\w*|kommande)\b", re.IGNORECASE)


def caption_year(caption: str) -> str | None:
    """The one year a table's caption dates its data to ("Anställda per avdelning 2025", "...
    2024-12-31"), which may be before the plan's own year; None when it names none or several, or
    looks ahead (a target or forecast)."""
    named = [y for y in years_in(caption) if len(y) == 4]
    if len(set(named)) != 1 or len(years_in(caption)) != len(named) or _FORWARD_RE.search(caption):
        return None
    return named[0]


_BARE_SUM_RE = re.compile(r"\s*(?:totalt?|summa)\s*", re.IGNORECASE)


def sum_measure(
    cell: str, measures: list[tuple[str, str | None, str | None] | None], caption: str, year: str | None
) -> tuple[str, str | None, str | None] | None:
    """What a bare "Summa"/"Totalt" column sums when the caption names no count: the staff, beside
    columns of employment forms ("Tillsvidare | Visstid | Timavlönade | Summa"); else the share the
    caption names ("Sjukfrånvaro per avdelning": "Totalt | Dag 1–14 | ...")."""
    if not _BARE_SUM_RE.fullmatch(cell):
        return None
    forms = {m[0] for m in measures if m} & {"employees_permanent", "employees_temporary", "hourly_staff"}
    if len(forms) >= 2:
        return "employees_total", "count", year
    shares = [c.metric for c in cues_in(caption) if METRICS[c.metric]["unit"] == "percent"]
    return (shares[0], "percent", year) if shares else None


def _spread_years(top: list[str]) -> list[str] | None:
    """A header row of years each spanning the empty cells to its right ("" | 2024 | "" | "" | 2025
    | ...), the years repeated over the cells they span; None for any other row."""
    cells = [" ".join(c.split()) for c in top]
    if cells[0] or not any(cells) or not all(not c or _YEAR_RE.fullmatch(c) for c in cells):
        return None
    if all(cells[1:]):
        return None  # a year over every column spans nothing: an ordinary header
    out, year = [], ""
    for cell in cells:
        year = cell or year
        out.append(year)
    return out


def with_joined_header(block: Block) -> Block:
    """The table with a header wrapped over two rows made one row (module docstring); else as it is.
    A first row of years spanning the columns under them (a two-level header: 2024 over "Kvinnor |
    Män | Totalt") is joined the same way, each column named by its year and its own label."""
    rows = block.rows or []
    if len(rows) < 3 or len(rows[0]) != len(rows[1]) or rows[0][0].strip() or not rows[1][0].strip():
        return block
    spread = _spread_years(rows[0])
    if spread and not any(_is_number(c) for c in rows[1]) and any(_is_number(c) for c in rows[2]):
        header = [" ".join(f"{top} {bottom}".split()) for top, bottom in zip(spread, rows[1], strict=True)]
        return block.model_copy(update={"rows": [header, *rows[2:]]})
    if any(_is_number(c) for c in rows[0] + rows[1]) or not any(_is_number(c) for c in rows[2]):
        return block
    header = [_joined(top, bottom) for top, bottom in zip(rows[0], rows[1], strict=True)]
    return block.model_copy(update={"rows": [header, *rows[2:]]})
