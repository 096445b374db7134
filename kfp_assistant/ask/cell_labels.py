"""What a table question asks for, what a table label names, and how well the two meet.

In: a Route (the question, and for a follow-up the earlier turns' keywords) and the labels of a table
(row headers, column headers, caption). Out: an `Asked` (content words, age bands, genders, years,
months, metrics, total, count or share) and per label a `Label` with `hit` telling whether the label
is one the question names. Used by cells.py; the words come from sv.table_terms and sv.words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kfp_assistant.ask.route import Route
from kfp_assistant.extract.table_headers import without_note_marks
from kfp_assistant.sv.abbreviations import spelled_out
from kfp_assistant.sv.administrations import without_administrations
from kfp_assistant.sv.english import in_swedish_terms, is_english
from kfp_assistant.sv.metrics import METRICS, metric_phrases, metrics_in
from kfp_assistant.sv.periods import named_plan_periods
from kfp_assistant.sv.table_terms import (
    FACET_WORDS,
    GENERIC_WORDS,
    PERMANENT_WORDS,
    AgeBand,
    Gender,
    Measure,
    age_bands,
    age_spread_words,
    asks_age_spread,
    asks_comparison,
    asks_now,
    asks_span,
    asks_table,
    asks_total,
    band_overlaps,
    band_within,
    describes_staff,
    genders_in,
    header_dates,
    header_gender,
    is_total_label,
    measure_asked,
    months_in,
)
from kfp_assistant.sv.text import fold
from kfp_assistant.sv.words import SAME_WORD, STOPWORDS, compound_parts, question_stems, tokenize, word_match

# A label is named by the question when at least this share of its content words (weighted by
# word_match) is, and one of them as the same word: "socialt stöd" names "Avdelningen för socialt
# stöd" (2 of 3), a compound part alone ("sjuksköterskor" in "Specialistsjuksköterskor") does not.
MIN_COVERAGE = 0.5


@lru_cache(maxsize=1)
def _skipped_stems() -> frozenset[str]:
    """Stems that never name a row: question words, facet words (parsed on their own), everyday words;
    also as typed without å, ä and ö ("hur manga ar over 65")."""
    stems = question_stems() | set(tokenize(FACET_WORDS)) | set(tokenize(GENERIC_WORDS))
    return frozenset(stems | {fold(s) for s in stems} | {fold(w) for w in STOPWORDS})


@lru_cache(maxsize=1)
def _permanent_stems() -> frozenset[str]:
    return frozenset(tokenize(PERMANENT_WORDS))


@lru_cache(maxsize=64)
def _metric_stems(metric: str) -> frozenset[str]:
    """The words of a metric as plans and questions write it: a row "Avgångar" is named by "hur många
    slutade", a row "Timavlönade" by "timmisar" (the metric's everyday words, sv/metrics.py)."""
    phrases = [METRICS[metric]["label_sv"], *metric_phrases([metric])]
    return frozenset(tokenize(" ".join(p.replace("*", "") for p in phrases)))


def _number_words(bands: list[AgeBand], years: list[int]) -> set[str]:
    """Digits a question's facets already account for: "60" and "64" of "mellan 60 och 64", "30" of
    "under 30" (0-29), "64" of "äldre än 64" (65-), "2023"."""
    return {str(n + d) for band in bands for n in band for d in (-1, 0, 1)} | {str(y) for y in years}


def content_words(text: str, skip: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Stems of a text that can name a row or column: not question, facet or everyday words, no
    administration name, no number a facet took."""
    skipped = _skipped_stems()
    words = tokenize(text.replace("-", " ").replace("/", " "))
    kept = (w for w in words if len(w) > 1 and w not in skip and not _is_date(w))
    return list(dict.fromkeys(w for w in kept if w not in skipped and fold(w) not in skipped))


def _is_date(word: str) -> bool:
    """A year or year-and-month ("2023", "202310"): dates are facets, never row names."""
    return bool(re.fullmatch(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])?", word))


# Words saying why an age band is asked: "närmar sig pensionen", "nära pensionsåldern", "dvs".
_NEAR_RETIREMENT = "pension pensionen pensionsålder pensionsåldern närmar närma nära alltså dvs"


@dataclass
class Asked:
    """What a table question constrains."""

    words: list[str] = field(default_factory=list)  # content stems of the question's own text
    earlier: list[str] = field(default_factory=list)  # a follow-up's content stems of earlier turns
    inherited: bool = False  # words come from earlier turns of a follow-up
    soft: bool = False  # an English question: its words cannot be expected in a Swedish table
    ages: list[AgeBand] = field(default_factory=list)
    genders: list[Gender] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    months: list[int] = field(default_factory=list)
    metrics: set[str] = field(default_factory=set)
    total: bool = False
    measure: Measure | None = None
    age_spread: bool = False  # "hur gamla är …": the age-band cells of the row named
    compared: bool = False  # "jämfört med riket": the column named is the other side, the row is asked
    now: bool = False  # "idag", "just nu": of dated columns, the latest
    before: bool = False  # "förra året" with no year named: of dated columns, the year before the latest
    span: bool = False  # "under planperioden", "de kommande åren": a row's years, summed
    table: bool = False  # "vad står det i tabellen om X?": a row of text may answer, whole
    since: int | None = None  # "sedan 2023": dated columns of that year and later

    @property
    def has_facets(self) -> bool:
        """Whether the question constrains an age, a gender or a date."""
        return bool(self.ages or self.genders or self.years)


# The organisation word a named administration's name ends in: what comes before it names the
# administration ("fritid" of "Kultur- och fritidsförvaltningen", "teknik" of "Teknikkontoret").
_ORGANISATION_END = re.compile(r"s?(?:förvaltning|nämnd|kontor|styrelse|avdelning|sektor)\w*$")


def _administration_stems(route: Route) -> set[str]:
    names = [str(p.get("administration") or "") for p in route.catalog]
    names += route.administrations + route.unknown_administrations
    stems = {fold(w) for name in names for w in tokenize(name.replace("-", " "))}
    words = [w for name in route.administrations for w in tokenize(name.replace("-", " "))]
    parts = (fold(_ORGANISATION_END.sub("", w)) for w in words)
    return stems | {p for p in parts if len(p) >= 4}


# A change since a year ("hur har X förändrats sedan 2023?") is told by every column from it on, not
# by that year's alone; "från 2023 till 2025" names both ends.
_SINCE_RE = re.compile(
    r"\b(?:sedan|sen|since)\s+(?:år\s+)?((?:19|20)\d\d)\b(?!\s*(?:till|och|–|-)\s*\d)", re.I
)


def asked_of(route: Route) -> Asked:
    """The constraints of a routed question; a follow-up takes what it leaves out from earlier turns."""
    english = route.english or is_english(route.question)
    question = in_swedish_terms(route.question) if english else route.question
    earlier = " ".join(k for k in route.keywords if k.casefold() not in question.casefold())
    earlier = earlier if route.followup else ""
    named = set(named_plan_periods(question))
    years = [int(y) for y in route.requested_periods if re.fullmatch(r"\d{4}", y) and y not in named]
    years = [y for y in years if str(y) not in named]
    since = _SINCE_RE.search(question)  # "förändrats sedan 2023": that year and the later ones
    years = [y for y in years if not since or y != int(since.group(1))]
    ages = age_bands(question) or age_bands(earlier)
    admins = _administration_stems(route)
    skip = {w for w in tokenize(" ".join(admins))} | _number_words(ages, years)
    skip |= set(tokenize(age_spread_words(question)))
    if ages:  # "närmar sig pension, alltså är 60-64": the band says which, the words why
        skip |= set(tokenize(_NEAR_RETIREMENT))
    own = [w for w in content_words(without_administrations(question), skip) if fold(w) not in admins]
    inherited = [w for w in content_words(earlier, skip) if fold(w) not in admins]
    if route.followup and not own and not ages:  # "och i Farsta?" after "… 60 år eller äldre?": that band
        ages = age_bands(route.asked_before)
    return Asked(
        words=own or inherited,
        earlier=inherited,
        inherited=not own and bool(inherited),
        soft=english,
        ages=ages,
        genders=genders_in(question, english) or genders_in(earlier),
        years=years,
        months=months_in(question) or months_in(earlier),
        metrics=set(metrics_in(question, question=True)) or (set(metrics_in(earlier)) if not own else set()),
        total=asks_total(question),
        measure=measure_asked(question),
        age_spread=asks_age_spread(question),
        compared=asks_comparison(question),
        now=asks_now(question) and not years,
        before=route.relative_period == "previous_year" and not years,
        span=asks_span(question),
        table=asks_table(question),
        since=int(since.group(1)) if since else None,
    )


@dataclass
class Label:
    """A row's headers or a column's header, read for what they name."""

    text: str
    words: list[str]
    ages: list[AgeBand]
    gender: Gender | None
    dates: list[tuple[int, int | None]]
    total: bool
    metrics: set[str]
    acronyms: set[str] = field(default_factory=set)  # "HME", "BoU": a label they are in is named by them
    # the words before a bracketed specification ("Hantverkare (el, VVS, bygg)": hantverk), when any
    head: list[str] = field(default_factory=list)


_ACRONYM_RE = re.compile(r"(?<!\w)[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]*[A-ZÅÄÖ](?!\w)")
# A caption's own number names nothing it counts: "Tabell B3.", "Figur 2:", "Bilaga 1".
_NUMBERED_RE = re.compile(r"\b(?:tabell|figur|diagram|bilaga)\s+[A-Z]?\d+(?:\.\d+)*[.:]?", re.IGNORECASE)
# A specification in brackets after a label's own words: "Hantverkare (el, VVS, bygg)".
_BRACKETED_RE = re.compile(r"\s*\([^()]*\)")


@lru_cache(maxsize=4096)
def read_label(text: str) -> Label:
    """A label's content words and facet values ("60-64 år" -> an age band, "202310" -> a date); a
    footnote mark ("Summa¹") says nothing of what the label names (stored cells keep the page's marks)."""
    text = _NUMBERED_RE.sub("", without_note_marks(text))
    ages = age_bands(text)
    dates = header_dates(text)
    numbers = _number_words(ages, [y for y, _ in dates])
    # an abbreviation is read as its long form ("BoU": barn och unga); asked as written, an acronym
    words = content_words(spelled_out(text), numbers)
    words = [w for w in words if not (w.isdigit() and len(w) in (4, 6))]
    bare = _BRACKETED_RE.sub("", text)
    head = [w for w in content_words(spelled_out(bare), numbers) if w in words] if bare != text else []
    return Label(
        text=text,
        words=words,
        ages=ages,
        gender=header_gender(text),
        dates=dates,
        total=not words and (is_total_label(text) or not text.strip()),
        metrics=set(metrics_in(text)),
        acronyms={w for a in _ACRONYM_RE.findall(text) for w in tokenize(a)},
        head=head if head != words else [],
    )


def _word_score(word: str, others: list[str]) -> float:
    return max((word_match(word, o) for o in others), default=0.0)


@lru_cache(maxsize=4096)
def _compounds_met(labels: tuple[str, ...], asked: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    label_side: set[str] = set()
    asked_side: set[str] = set()
    for word in labels:  # "Förskollärare" asked as "lärare i förskolan"
        if _word_score(word, list(asked)) < SAME_WORD and (parts := compound_parts(word, asked)):
            label_side.add(word)
            asked_side.update(parts)
    for word in asked:  # "Inhyrda sjuksköterskor" asked as "hyrsjuksköterskor"
        if _word_score(word, list(labels)) < SAME_WORD and (parts := compound_parts(word, labels)):
            label_side.update(parts)
            asked_side.add(word)
    return frozenset(label_side), frozenset(asked_side)


def compounds_met(label_words: list[str], asked_words: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(label words, question words) that meet as one compound on one side and its parts as words on
    the other (sv.words.compound_parts): each counts as named the same word."""
    return _compounds_met(tuple(label_words), tuple(asked_words))


def coverage(label: Label, asked: Asked) -> tuple[float, int]:
    """(share of the label's content words the question names, how many as the same word); a word
    of a metric both name counts as the same word ("Pensionsavgångar" for "gick i pension"). A label
    with a bracketed specification is named by its own words alone as well: "Hantverkare (el, VVS,
    bygg)" is the row of "hur många hantverkare?", as "el" alone would name it."""
    whole = _coverage(label, asked)
    if not label.head:
        return whole
    return max(whole, _coverage(replace(label, words=label.head, head=[]), asked))


def _coverage(label: Label, asked: Asked) -> tuple[float, int]:
    if not label.words:
        return 0.0, 0
    if label.acronyms & set(asked.words):
        return 1.0, len(label.acronyms & set(asked.words)) + 1
    shared = label.metrics & asked.metrics
    metric_words = {s for m in shared for s in _metric_stems(m)}
    spelled = compounds_met(label.words, asked.words)[0]
    # a number the question does not say ("60" of "långtid dag 60–") bounds the label, names nothing
    named = [w for w in label.words if not w.isdigit() or w in asked.words] or label.words
    total, same = 0.0, 0
    for word in named:
        score = _word_score(word, asked.words)
        if word in spelled or (metric_words and _word_score(word, list(metric_words)) == SAME_WORD):
            score = SAME_WORD
        total += score
        same += score == SAME_WORD
    return total / len(named), same


def names_label(label: Label, asked: Asked) -> bool:
    """Whether the question names the label by its words (not by a facet)."""
    share, same = coverage(label, asked)
    return same > 0 and share >= MIN_COVERAGE


def facet_hit(label: Label, asked: Asked) -> bool:
    """Whether the label is a value of a facet the question constrains (an asked gender, age band or
    year) and names nothing else."""
    if label.words:
        return False
    if label.gender is not None and label.gender in asked.genders:
        return True
    if label.ages and asked.ages and all(any(band_within(b, a) for a in asked.ages) for b in label.ages):
        return True
    return bool(label.dates and date_fits(label.dates, asked) and not label.ages)


def facet_conflict(label: Label, asked: Asked) -> bool:
    """Whether a label states a value of an asked facet other than the one asked: a year column
    "Omsättning 2024" for a question on 2025, "Kvinnor" for one on men, "30-39 år" for "över 60"."""
    if asked.years and label.dates and not date_fits(label.dates, asked):
        return True
    if asked.genders and label.gender is not None and label.gender not in asked.genders:
        return True
    return bool(
        asked.ages and label.ages and not all(any(band_within(b, a) for a in asked.ages) for b in label.ages)
    )


def date_fits(dates: list[tuple[int, int | None]], asked: Asked) -> bool:
    """Whether a label's dates include an asked year (and month, when both state one)."""
    return any(y in asked.years and (not asked.months or m is None or m in asked.months) for y, m in dates)


def facets_hold(labels: list[Label], caption: Label, asked: Asked) -> bool:
    """Whether a cell's labels satisfy every facet the question constrains: each asked kind is stated
    by some label, with an asked value, and no label band straddles an asked band. A caption dates the
    cells only when the labels state no date and the caption one year ("Nyckeltal 2024"); it states
    their age band when the labels state none ("Anställda 55 år och äldre per yrke")."""
    if asked.ages:
        bands = [b for label in labels for b in label.ages] or caption.ages
        if not bands or not all(any(band_within(b, a) for a in asked.ages) for b in bands):
            return False
        if any(band_overlaps(b, a) and not band_within(b, a) for b in bands for a in asked.ages):
            return False
    if asked.genders:
        genders = [label.gender for label in labels if label.gender]
        if not genders or any(g not in asked.genders for g in genders):
            return False
    if asked.since and any(y < asked.since for label in labels for y, _ in label.dates):
        return False
    if asked.years:
        dates = [d for label in labels for d in label.dates]
        if not dates and len({y for y, _ in caption.dates}) == 1:
            dates = caption.dates
        if not date_fits(dates, asked):
            return False
    return True


def explained(asked: Asked, labels: list[Label], caption: Label) -> tuple[int, int]:
    """(question words the cell's labels or caption name, question words nothing names). A metric the
    question and a row or column label both name explains its words; a caption's metric does not
    ("Åldersstruktur" points at the average age, but its cells count people)."""
    words = [w for label in [*labels, caption] for w in [*label.words, *label.acronyms]]
    metric_words = {s for label in labels for m in label.metrics & asked.metrics for s in _metric_stems(m)}
    spelled = {w for label in labels for w in compounds_met(label.words, asked.words)[1]}
    hits = sum(
        1
        for w in asked.words
        if w in spelled
        or w in _permanent_stems()
        or _word_score(w, words) > 0
        or _word_score(w, list(metric_words)) == SAME_WORD
    )
    return hits, len(asked.words) - hits


def topic_named(asked: Asked, labels: list[Label], caption: Label, measures_as_labels: bool) -> bool:
    """Whether the question asks about what the cells measure. Where rows (or columns) are measures
    ("Sjukfrånvaro (%)", "Pensionsavgångar"), naming the row is enough. Else the caption says: one
    describing the staff ("Åldersstruktur", "Personal per yrke") is answered by a count of people, any
    other only by a question naming one of its words ("hur många jobbar på X" is not answered under
    "Beräknade pensionsavgångar"; "hur många på X går i pension" is). An age band asked that labels the
    cells says they are of people, under a caption naming no other figure."""
    if measures_as_labels or any(label.metrics for label in labels):
        return True
    if asked.ages and any(label.ages for label in labels) and not caption.metrics:
        return True  # a band of ages asked and labelling the cells counts people ("Andel 60 år eller äldre")
    words = [w for w in caption.words if not w.isdigit()]
    if not words:
        return False
    if all(describes_staff(w) for w in words):
        return True
    return any(_word_score(w, asked.words) > 0 for w in words if not describes_staff(w))
