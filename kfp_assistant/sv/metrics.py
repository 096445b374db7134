"""Key-figure metrics: ids, Swedish labels, units and the synonyms plans and users write."""

from __future__ import annotations

import re
from typing import TypedDict

from rapidfuzz.distance import Levenshtein

from kfp_assistant.sv.occupations import occupations_in
from kfp_assistant.sv.text import phrase_regex


class Metric(TypedDict):
    """One key-figure metric: Swedish label, unit (as in schema.KeyFigure.unit) and synonyms."""

    label_sv: str
    unit: str
    synonyms: tuple[str, ...]


# Vocabulary of key figures, one metric per row: id | unit | label | synonyms ('|'-separated;
# an indented line continues the synonyms). Where one Swedish word names a distribution rather
# than a number, it points at the metric that best answers a question about it:
# "könsfördelning" -> women_share, "åldersstruktur" -> average_age. "rekryteringar" is both a
# metric and the Rekrytera area on purpose: the router decides.
_METRIC_TABLE = """
employees_total | count | Antal anställda | anställda|antal anställda|antalet anställda|antal medarbetare
    |antalet medarbetare|personalstyrka*|antal årsarbetare|årsarbetare|månadsavlönade medarbetare
    |månadsanställda medarbetare|antal månadsavlönade
employees_permanent | count | Tillsvidareanställda | tillsvidareanställ*|tillsvidare anställda|fast anställda
    |fastanställ*
employees_temporary | count | Visstidsanställda | visstidsanställ*|tidsbegränsat anställda
    |tidsbegränsade anställningar|tidsbegränsad anställning*|vikarie*
women_count | count | Antal kvinnor | kvinnor|kvinnorna|antal kvinnor|kvinnliga medarbetare
men_count | count | Antal män | män|männen|antal män|manliga medarbetare
women_share | percent | Andel kvinnor | andel kvinnor|andelen kvinnor|kvinnoandel*|könsfördelning*
men_share | percent | Andel män | andel män|andelen män|mansandel*
average_age | years | Medelålder | medelålder*|genomsnittsålder*|snittålder*|åldersstruktur*|åldersfördelning*
    |genomsnittlig ålder|genomsnittliga åldern
turnover_pct | percent | Personalomsättning | personalomsättning*|omsättning av personal|personalrörlighet*
sick_leave_pct | percent | Sjukfrånvaro | sjukfrånvaro*|sjuktal*|total sjukfrånvaro
short_sick_leave_pct | percent | Korttidssjukfrånvaro (dag 1-14) | korttidssjukfrånvaro*|kort sjukfrånvaro*
    |korta sjukfrånvaro*
    |korttidsfrånvaro*|sjukfrånvaro dag 1-14|sjukfrånvaro dag 1–14|dag 1-14|dag 1–14|korttid
long_sick_leave_pct | percent | Långtidssjukfrånvaro | långtidssjukfrånvaro*|lång sjukfrånvaro*
    |långa sjukfrånvaro*
    |långtidsfrånvaro*|långtidssjuk*|dag 15-|dag 15–|långtid
recruitments | count | Rekryteringar | rekryteringar|rekryteringarna|antal rekryteringar|nyanställningar
    |nyrekrytering*
    |nyanställda|externa rekryteringar|anställdes|nyanställdes|rekryterades|anställde|nyanställde
departures | count | Avgångar | avgångar|avgångarna|antal avgångar|personalavgång*|avslutade anställningar
retirements | count | Pensionsavgångar | pensionsavgång*|pensioneringar|går i pension|gå i pension
    |gick i pension|gått i pension
    |pensionering*
ami_index | index | AMI (Aktivt medarbetarskap index) | ami|ami-index*|aktivt medarbetarskapsindex
    |medarbetarindex*|medarbetarenkät*|medskapandeindex*|aktivt medskapande*
equality_index | index | Jämställdhetsindex | jämställdhetsindex*
part_time_count | count | Deltidsanställda | deltidsanställ*|deltid|deltiden|ofrivillig deltid|deltidsarbet*
full_time_share | percent | Andel heltidsanställda | heltid|heltiden|heltid som norm|andel heltid
    |heltidsanställ*|heltidsarbet*|heltidsandel*
hourly_staff | count | Timavlönade | timavlönad*|timanställ*|timvikarie*
"""


def _parse_metric_table(table: str) -> dict[str, Metric]:
    rows = re.sub(r"\n\s+\|", "|", table.strip()).splitlines()
    metrics: dict[str, Metric] = {}
    for row in rows:
        metric_id, unit, label, synonyms = (cell.strip() for cell in row.split(" | ", 3))
        metrics[metric_id] = {"label_sv": label, "unit": unit, "synonyms": tuple(synonyms.split("|"))}
    return metrics


METRICS: dict[str, Metric] = _parse_metric_table(_METRIC_TABLE)

# Everyday words people use in questions, which plans do not use for the figure itself ("hur mycket är
# de sjukskrivna", "visstidarna", "omsättningen bland socialsekreterarna"): matched in questions only,
# never by the figure extractor, which reads the plans' own terms above. Hourly-paid staff
# ("timanställda") are their own group (hourly_staff), not the fixed-term employees.
_QUESTION_ONLY = """
employees_total | hur många jobbar|hur många arbetar|hur många anställda|hur många medarbetare|antal personer
    |hur många jobbade|hur många arbetade
    |hur mycket folk|hur mycket personal|hur mycket medarbetare|hur mycket anställda
    |hur många personer|hur stor personal|hur stor personalen|hur stor personalstyrk*|personalstyrkan
    |förvaltning är störst|förvaltningen är störst|störst förvaltning|största förvaltningen|flest medarbetare
    |hur många månadsanställda|hur många månadsavlönade|antal månadsanställda
employees_permanent | tillsvidare|fast anställning*|fasta anställning*|fasta tjänster|fast tjänst*
    |fasta tjänst*|fast jobb|fasta jobb|fast anställd*|fasta anställd*|tillsvidaretjänst*
    |jobbar fast|arbetar fast|jobbade fast|arbetade fast|fast personal|fasta personalen|fasta medarbetare
average_age | genomsnittlig medarbetare|genomsnittliga medarbetaren|genomsnittlig anställd
    |snittmedarbetare*|snittanställd*|medelmedarbetare*|typiska medarbetaren|typisk medarbetare
    |genomsnittliga anställd*|gamla i snitt|gamla i genomsnitt|gammal i snitt|gammal i genomsnitt
employees_temporary | visstid*|tidsbegränsa*|tillfälligt anställd*|tillfälliga anställning*
    |tillfällig anställning*|tillfälliga tjänst*|vikariat*
hourly_staff | timmis*|timmare|timmarna|timlön*|timanställ*|timavlön*|behovsanställ*
turnover_pct | omsättning*|personalrörlighet*
sick_leave_pct | sjukskriv*|sjuka|sjukdag*|frånvaro*
retirements | pension*|pensionera*|fyller 65|fylla 65|går i pension
recruitments | nyrekryter*|anställt|anställde|rekryterades|rekryterats|nyanställdes|nyanställts
departures | slutade|slutat|har slutat|som slutar|lämnade|sa upp sig|sagt upp sig
women_share | könsfördelning*|andel kvinnor|kvinnoandel*
full_time_share | heltidsandel*
"""


# Which end of a figure is the better one, for questions that judge ("var är det värst?", "vem har bäst
# …?"): much sick leave and turnover is worse, a high engagement index or share of full-time is better.
# Counts, ages and shares of women or men have no better end.
_HIGHER_IS_BETTER = {
    "ami_index": True,
    "equality_index": True,
    "full_time_share": True,
    "turnover_pct": False,
    "sick_leave_pct": False,
    "short_sick_leave_pct": False,
    "long_sick_leave_pct": False,
}


def higher_is_better(metric: str) -> bool | None:
    """True when a higher value of the metric is better, False when lower is, None when neither is."""
    return _HIGHER_IS_BETTER.get(metric)


def _parse_question_words(table: str) -> list[tuple[str, str]]:
    rows = re.sub(r"\n\s+\|", "|", table.strip()).splitlines()
    return [(mid.strip(), syn) for mid, syns in (r.split(" | ", 1) for r in rows) for syn in syns.split("|")]


_METRIC_RES: list[tuple[str, re.Pattern[str]]] = [
    (metric_id, re.compile(phrase_regex(syn), re.IGNORECASE))
    for metric_id, metric in METRICS.items()
    for syn in metric["synonyms"]
]
_QUESTION_RES: list[tuple[str, re.Pattern[str]]] = _METRIC_RES + [
    (metric_id, re.compile(phrase_regex(syn), re.IGNORECASE))
    for metric_id, syn in _parse_question_words(_QUESTION_ONLY)
]
# Asked with words between: "hur gammal är personalen i snitt?", "hur gamla är de anställda i genomsnitt?"
_QUESTION_RES.append(
    (
        "average_age",
        re.compile(r"\bhur\s+gam(?:mal|la)\b(?:\s+\S+){0,5}?\s+i\s+(?:snitt|genomsnitt|medeltal)\b", re.I),
    )
)
# A share of staff who left is turnover: "hur stor andel av socialsekreterarna slutade?"
_QUESTION_RES.append(
    (
        "turnover_pct",
        re.compile(
            r"\b(?:andel(?:en)?|procent)\b(?:\s+\S+){0,5}?\s+(?:slutade|slutat|slutar|lämnade|lämnat|lämnar)\b",
            re.I,
        ),
    )
)
# How much staff leave, in everyday words, is turnover: "hur mycket folk slutar?", "hur vanligt är det att
# man slutar?"; how many leave is departures: "hur många slutar varje år?".
_QUESTION_RES.append(
    (
        "turnover_pct",
        re.compile(
            r"\bhur\s+(?:mycket|vanligt|ofta|stor\s+del)\b(?:\s+\S+){0,4}?\s+(?:slutar|lämnar|försvinner"
            r"|byter\s+jobb|säger\s+upp\s+sig)\b",
            re.I,
        ),
    )
)
_QUESTION_RES.append(
    (
        "departures",
        re.compile(
            r"\bhur\s+många\b(?:\s+\S+){0,3}?\s+(?:slutar|lämnar|försvinner|säger\s+upp\s+sig)\b", re.I
        ),
    )
)
# Long words of the vocabulary, for questions that misspell one ("personalomsätningen").
_LONG_WORDS: list[tuple[str, str]] = sorted(
    {(syn.rstrip("*").lower(), mid) for mid, m in METRICS.items() for syn in m["synonyms"] if " " not in syn}
    - {("", "")},
    key=lambda w: (-len(w[0]), w),  # a fixed order: ties in length were decided by set order, run to run
)
_TYPO_MIN_LENGTH = 9  # shorter words are too alike to tell a typo from another word
# A misspelt word is about as long as the vocabulary word with an ending; one much longer is a compound of
# another word ("anställningstiden" is no misspelt "anställda").
_TYPO_MAX_ENDING = 5


def metric_pattern(metric_ids: list[str]) -> re.Pattern[str] | None:
    """One regex naming any of the metrics as plans or questions write them (no misspellings: it is run
    over sentences, where metrics_in would cost a millisecond each), None for no metric."""
    found = [rx.pattern for mid, rx in _QUESTION_RES if mid in metric_ids]
    return re.compile("|".join(found), re.IGNORECASE) if found else None


def metric_phrases(metric_ids: list[str]) -> list[str]:
    """Every phrase that names one of the metrics, in plans or in questions ('*' endings dropped)."""
    words = [syn for mid in metric_ids for syn in METRICS[mid]["synonyms"]]
    words += [syn for mid, syn in _parse_question_words(_QUESTION_ONLY) if mid in metric_ids]
    return [w.rstrip("*") for w in words] + [str(METRICS[mid]["label_sv"]) for mid in metric_ids]


def metrics_in(text: str, *, question: bool = False) -> list[str]:
    """Metric ids named in text, in order of first mention; the longest phrase wins where phrases overlap.

    `question`: also the everyday words of questions, and misspelt long terms ("personalomsätningen")."""
    patterns = _QUESTION_RES if question else _METRIC_RES
    hits = [(m.start(), m.end(), mid) for mid, rx in patterns for m in rx.finditer(text)]
    if question:
        hits += _misspelt(text, hits)
    # Longest first so "andel kvinnor" beats "kvinnor" and "korttidssjukfrånvaro" beats "sjukfrånvaro".
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int, str]] = []
    for start, end, mid in hits:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, mid))
    ordered: list[str] = []
    for _, _, mid in sorted(taken):
        if mid not in ordered:
            ordered.append(mid)
    return ordered


def _misspelt(text: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, metric) for long words of the text that are one or two edits from a vocabulary
    word's start ("personalomsätningen" ~ "personalomsättning"), outside what was matched exactly."""
    found: list[tuple[int, int, str]] = []
    for m in re.finditer(rf"\w{{{_TYPO_MIN_LENGTH},}}", text):
        if any(s <= m.start() < e for s, e, _ in hits):
            continue
        word = m.group().lower()
        # The nearest vocabulary word, not the first close one: "deltidsanstallda" is one edit from
        # "deltidsanställ" and two from "heltidsanställ".
        close = [
            (_distance(word[: len(stem) + 1], stem), i, mid)
            for i, (stem, mid) in enumerate(_LONG_WORDS)
            if len(stem) >= _TYPO_MIN_LENGTH
            and len(word) <= len(stem) + _TYPO_MAX_ENDING
            and _close(word[: len(stem) + 1], stem)
        ]
        if close:
            found.append((m.start(), m.end(), min(close)[2]))
    return found


def _distance(word: str, stem: str) -> int:
    """Edits from the word's start (or the word) to the stem, as _close measures them."""
    return min(Levenshtein.distance(word[: len(stem)], stem), Levenshtein.distance(word, stem))


def _close(word: str, stem: str) -> bool:
    """Whether the word begins with the stem up to two edits (Levenshtein on the stem's length)."""
    return Levenshtein.distance(word[: len(stem)], stem) <= 2 or Levenshtein.distance(word, stem) <= 2


# A measure of its own, named by a compound's last part ("svarsfrekvens", "sysselsättningsgrad",
# "omsättningskvot"): a figure of another metric shown beside it ("medarbetarenkätens AMI") is not it.
_MEASURE_STEM = re.compile(
    r"\w(?:frekv|kvot|grad|poäng)\w{0,3}$"
)  # stems as tokenize gives them: "svarsfrekv"


def names_a_measure(stem: str) -> bool:
    """Whether a question's stem names a measure by its last part ("svarsfrekv", "sysselsättningsgrad")."""
    return bool(_MEASURE_STEM.search(stem))


# "Hur många undersköterskor har/finns/jobbar …?" asks the size of an occupation: its headcount. Not what
# many of them have done ("hur många sjuksköterskor har gått utbildningen?"): "har" counts staff only
# before who has them (a name, "de", "förvaltningen") or at the question's end.
_HEADCOUNT = re.compile(
    r"\b[Hh]ur\s+många\s+(?P<group>[\w-]+(?:\s+[\w-]+)?)\s+(?:finns|fanns|jobbar|arbetar|jobbade|arbetade"
    r"|är\s+(?:det\s+)?anställda|har\s+(?=[A-ZÅÄÖ]|(?:de|dom|ni|vi|man|\w+(?:ningen|kontoret|nämnden|bolaget|en|et))\b"
    r"|(?:totalt|idag|i\s+dag|nu)?\s*\??\s*$))",
)


def asks_headcount(question: str) -> bool:
    """Whether a question asks how many of an occupation there are ("hur många socionomer finns det?")."""
    match = _HEADCOUNT.search(question)
    return bool(match and occupations_in(match.group("group")))


def question_metrics(question: str) -> list[str]:
    """The metrics a question asks (metrics_in with its everyday words), or the headcount of an occupation
    it asks the size of ("hur många undersköterskor har de?")."""
    return metrics_in(question, question=True) or (["employees_total"] if asks_headcount(question) else [])
