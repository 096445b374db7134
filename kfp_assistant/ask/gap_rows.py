"""Which needs of a plan's gap list a question asks for, and whether with their ratings: "hur stor är
bristen på X?" (that need's row: "X – Bedömt gap: Stort; Kommentar: …"), "vilka kompetenser saknas och
hur allvarliga är bristerna?" (every need with its rating), "vilka gap bedöms som stora?" (the needs
rated so).

In: the question, the plan's gaps and table cells, the question's topic stems. Out: the gaps to show
(none named: all of them) and each shown as written or with the other cells of its table row. Used by
records_answer; a gap table's other columns (a rating, a comment) are read from its TableCell rows.
"""

from __future__ import annotations

import re

from kfp_assistant.schema import Gap, PlanRecords, TableCell
from kfp_assistant.sv.assessments import is_difficulty_column
from kfp_assistant.sv.text import fold
from kfp_assistant.sv.words import (
    PART_OF_COMPOUND,
    degree_base,
    terms_found,
    text_stems,
    tokenize,
    word_match,
)

# A question about one need ("hur stor är bristen på X?"), not for a list of them ("vilka ...").
ASKS_LIST = re.compile(r"\bvilk\w*|\blista\w*|\bräkna\s+upp|\bwhich\b|\bwhat\b", re.IGNORECASE)
_ONE_NEED = 2  # needs named by the question that it may be about
# How a question asks how big, serious or urgent a need is: the rating column answers it.
_ASKS_RATING = re.compile(
    r"\bhur\s+(?:stor|stort|stora|allvarlig\w*|akut\w*|kritisk\w*|omfattande|svår\w*|brådskande)\b"
    r"|\bbedöm\w*|\bomfattning\w*|\bgradering\w*|\bhow\s+(?:serious|big|large|severe|critical|urgent)\b"
    r"|\bseverity\b|\brating\b",
    re.IGNORECASE,
)
# Words of a question about needs that name none of them: the kind of record and its rating.
_NEED_WORDS = frozenset(
    tokenize(
        "brist brister bristen bristerna bristande gap gapet gapen gapens kompetensgap saknas saknar behov "
        "behovet behoven bedöms bedömd bedömt bedömning bedömningen allvarlig allvarligt allvarliga akut "
        "akuta kritisk kritiskt kritiska stor stort stora störst största omfattning omfattningen risk "
        "risken grad graden yrkesgrupp yrkesgrupper kompetens kompetenser hos shortage shortages gap gaps "
        "serious severe"
    )
)
_RATING_MAX_WORDS = 2  # a rating cell is a word or two ("Stort", "Mycket stort"), not a comment


def need_topic(topic: set[str]) -> set[str]:
    """The topic stems that may name a need: not words for needs in general or their rating."""
    return {w for w in topic if w not in _NEED_WORDS}


def needs_named(question: str, gaps: list[Gap], topic: set[str]) -> list[Gap]:
    """The one or two needs a question about a need names ("hur stor är bristen på X?"); [] for a
    list question, or one naming none or every need."""
    named = [g for g in gaps if topic and names_need(topic, f"{g.theme or ''} {g.text}")]
    if len(named) > _ONE_NEED or len(named) == len(gaps) or ASKS_LIST.search(question):
        return []
    return named


def _row(cells: list[TableCell], gap: Gap) -> list[TableCell]:
    """The other cells of the gap's table row, [] when it is no table row. The gap is the row's label,
    or one of its cells when the row is labelled by a number ("4 | X | Medel | 2")."""
    on_page = [c for c in cells if c.page == gap.page]
    keys = [
        (c.table, c.row)
        for c in on_page
        if c.row_headers[-1:] == [gap.text] or " ".join(c.value.split()) == gap.text
    ]
    if not keys:
        return []
    return [c for c in on_page if (c.table, c.row) == keys[0] and " ".join(c.value.split()) != gap.text]


def need_row(cells: list[TableCell], gap: Gap) -> tuple[str, str, str]:
    """A need with the other cells of its table row ("X – Bedömt gap: Stort; Kommentar: ..."), the
    quote to cite (the row) and its caption; the need as listed when it is not a table row."""
    row = _row(cells, gap)
    if not row:
        return gap.text, gap.quote, gap.theme or ""
    text = "; ".join(f"{c.column_header}: {c.value}" if c.column_header else c.value for c in row)
    return f"{gap.text} – {text}", row[0].quote, row[0].caption or ""


def asks_rating(question: str) -> bool:
    """Whether a question asks how big, serious or urgent needs are."""
    return bool(_ASKS_RATING.search(question))


def _ratings(cells: list[TableCell], gap: Gap, column: str | None = None) -> list[str]:
    """The stems of the short cells of a need's row (its rating: "Stort", "Medel"), of the column named
    when the question names one ("prio 1": the "Prioritet" cell, not the row's number)."""
    row = [c for c in _row(cells, gap) if column is None or c.column_header == column]
    return [s for c in row if len(c.value.split()) <= _RATING_MAX_WORDS for s in tokenize(c.value)]


_MIN_HEADER_PART = 4  # "prio" names "Prioritet"; shorter words name no column


def column_named(question: str, cells: list[TableCell], gaps: list[Gap]) -> str | None:
    """The column of the needs' rows a question names by its header or the start of it ("prioritet 1",
    "prio 1", "bedömt gap stort" -> "Prioritet", "Bedömt gap"): rows are filtered by its value."""
    headers = {c.column_header for g in gaps for c in _row(cells, g) if c.column_header}
    words = [w for w in re.findall(r"\w+", question.lower()) if len(w) >= _MIN_HEADER_PART]
    named = [h for h in headers if any(fold_start(h, w) for w in words)]
    return named[0] if len(named) == 1 else None


def fold_start(header: str, word: str) -> bool:
    """Whether a word is the header's first word or its start ("prio" of "Prioritet")."""
    first = header.lower().split()[0] if header.split() else ""
    return first.startswith(word) and not _NEED_WORDS & set(tokenize(first))


def header_words(question: str, plans: list[PlanRecords]) -> set[str]:
    """The question's stems that name a column of the needs' rows: a filter, never the topic."""
    named = {column_named(question, p.cells, p.gaps) for p in plans} - {None}
    return {
        t
        for w in re.findall(r"\w+", question.lower())
        for h in named
        if h and fold_start(h, w)
        for t in tokenize(w)
    }


def _names_rating(word: str, ratings: list[str]) -> bool:
    """Whether a question stem names a rating, any degree of it ("störst" names "Stort")."""
    return any(word_match(w, r) > 0 for w in {word, degree_base(word)} for r in ratings)


def rating_words(question: str, cells: list[TableCell], gaps: list[Gap]) -> set[str]:
    """The question's stems that name a rating of the needs: a value, never the topic."""
    ratings = [s for gap in gaps for s in _ratings(cells, gap)]
    return {w for w in tokenize(question) if _names_rating(w, ratings)}


def rated_as_asked(question: str, cells: list[TableCell], gaps: list[Gap]) -> list[Gap]:
    """The needs whose rating the question names as a value ("vilka gap bedöms som stora?" -> the
    rows rated "Stort"); [] when it names none, or asks for the rating itself ("hur stora …")."""
    words = re.findall(r"\w+", question.lower())
    wanted = [t for i, w in enumerate(words) if (i == 0 or words[i - 1] != "hur") for t in tokenize(w)]
    column = column_named(question, cells, gaps)
    out = [g for g in gaps if any(_names_rating(w, _ratings(cells, g, column)) for w in wanted)]
    return out if len(out) < len(gaps) else []


def shown_needs(
    question: str, gaps: list[Gap], cells: list[TableCell], topic: set[str]
) -> tuple[list[Gap], bool]:
    """(the needs to show, whether with their rows): the needs named, else those rated as asked, else
    all; with their rows when one need is asked about or its rating is."""
    named = needs_named(question, gaps, topic)
    if named:
        return named, True
    rated = rated_as_asked(question, cells, gaps)
    if rated:
        return rated, True
    return gaps, asks_rating(question)


def _names(plan: PlanRecords, words: set[str]) -> bool:
    return any(names_need(words, f"{g.theme} {g.text}") for g in plan.gaps)


_HEAD_MIN = 6  # shortest stem that may end a compound as its head ("inspektör", "sköterska")


def names_need(words: set[str], text: str) -> bool:
    """Whether a need's text names any of the stems: itself or a compound starting with it, or a
    compound it is the head of ("hälsoskyddsinspektörer" are inspectors, "röntgensjuksköterskor"
    nurses), which a Swedish compound's last part says it is."""
    if terms_found(words, text):
        return True
    stems = [fold(w) for w in text_stems(text)]
    return any(len(t) >= _HEAD_MIN and any(s.endswith(fold(t)) for s in stems) for t in words)


def plans_for_needs(
    question: str, plans: list[PlanRecords], topic: set[str], english: bool = False
) -> tuple[list[PlanRecords], set[str]] | None:
    """(the plans whose needs to show, the topic words naming needs), None when the question names
    something no gap list does. A need named ("hur allvarlig är bristen på X?") is shown only from
    the plans naming it; a rating asked as a value ("stora") is no topic, nor an English word no need
    names."""
    topic = topic - {w for p in plans for w in rating_words(question, p.cells, p.gaps)}
    topic = topic - header_words(question, plans)  # "prio 1": the column filtered by, no need
    needs = need_topic(topic)
    if english:  # English words the glossary left ("see", "serious") name no Swedish need
        needs = {w for w in needs if any(_names(p, {w}) for p in plans)}
    if needs and not any(_names(p, topic) for p in plans):
        return None
    return [p for p in plans if _names(p, needs)] or plans, needs


# "tandvårdssidan", "läkardelen": a side or part of the organisation is named by its first part.
_SIDE = re.compile(r"(?:s?sid(?:an|orna)?|s?del(?:en|arna)?|s?områd(?:et|ena)?)$")


def themes_named(gaps: list[Gap], topic: set[str]) -> set[str]:
    """The headings the needs are grouped under that the topic names ("Vilka kompetenser saknas inom
    tandvården?": "Folktandvården"); none when it names none or every one."""
    stems = {_SIDE.sub("", t) for t in topic}
    themes = {g.theme for g in gaps if g.theme}
    named = {
        theme
        for theme in themes
        # the theme's stems, and its words as written ("läkar" of "läkarsidan" is "läkare", stem "läk")
        if any(
            word_match(t, w) >= PART_OF_COMPOUND
            for t in stems
            if len(t) >= 3
            for w in {*tokenize(theme), *re.findall(r"\w+", theme.lower())}
        )
    }
    return named if len(named) < len(themes) else set()


# A table assessing the supply of each group: a column "Bedömning 2025", "Prognos 2028", "Bedömt gap".
_ASSESSMENT = re.compile(r"\bbedöm\w*|\bprognos\w*|\bgap\b|\bbrist\w*|\btillgång\w*", re.IGNORECASE)


def _assessment_tables(cells: list[TableCell], difficulty: bool) -> set[int]:
    """The plan's tables assessing each row's supply: with a column saying how hard each group is to
    recruit ("Svårighet att rekrytera | Medel", "Rekryteringsläge 2025 | Svårt", values "Lätt", "Medel",
    "Svårt" under any header); unless only those are wanted, with a column headed as an assessment."""
    columns: dict[tuple[int, str], list[str]] = {}
    for cell in cells:
        columns.setdefault((cell.table, cell.column_header), []).append(cell.value)
    return {
        table
        for (table, header), values in columns.items()
        if is_difficulty_column(header, values) or (not difficulty and _ASSESSMENT.search(header))
    }


def _assessed_needs(plan: PlanRecords, needs: set[str], difficulty: bool = False) -> list[Gap]:
    """The rows of the plan's assessment tables as needs, when the need words name one or two of them."""
    tables = _assessment_tables(plan.cells, difficulty)
    rows: dict[tuple[int, int], TableCell] = {}
    for cell in plan.cells:
        if cell.table in tables and cell.row_headers:
            rows.setdefault((cell.table, cell.row), cell)
    named = [c for c in rows.values() if terms_found(needs, c.row_headers[-1])]
    if not named or len(named) > _ONE_NEED:
        return []
    return [
        Gap(file=plan.file, doc_id=plan.doc_id, administration=plan.administration, period=plan.period,
            theme=None, text=c.row_headers[-1], page=c.page, quote=c.quote)
        for c in rows.values()
    ]  # fmt: skip


def with_assessed_needs(
    plans: list[PlanRecords], topic: set[str], difficulty: bool = False
) -> list[PlanRecords]:
    """The plans whose table assessing each group's supply has a row the question names ("blir det
    svårt att få tag på X?" of "X | Bedömning 2025: Balans | Prognos 2028: Viss brist"), each with
    that table's rows as its needs: for a group its list of needs leaves out. With `difficulty`, only
    tables saying how hard each group is to recruit count."""
    needs = need_topic(topic)
    found = [(p, _assessed_needs(p, needs, difficulty)) for p in plans] if needs else []
    return [p.model_copy(update={"gaps": gaps}) for p, gaps in found if gaps]


def unlisted_needs(
    latest: list[PlanRecords], plans: list[PlanRecords], topic: set[str]
) -> tuple[list[PlanRecords], set[str]] | None:
    """For a question naming no listed need: the plans whose group of needs it names, else those
    whose assessment table names it (with that table as their needs); None when neither."""
    themed = [p for p in latest if themes_named(p.gaps, topic)]
    if themed:
        return themed, set()
    assessed = with_assessed_needs(plans, topic)
    return (assessed, need_topic(topic)) if assessed else None
