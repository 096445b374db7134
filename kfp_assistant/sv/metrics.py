"""Key-figure metrics: ids, Swedish labels, units and the synonyms plans and users write."""

from __future__ import annotations

import re
from typing import TypedDict

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
    |antalet medarbetare|personalstyrka*|antal årsarbetare|årsarbetare
employees_permanent | count | Tillsvidareanställda | tillsvidareanställ*|tillsvidare anställda|fast anställda
    |fastanställ*
employees_temporary | count | Visstidsanställda | visstidsanställ*|tidsbegränsat anställda
    |tidsbegränsade anställningar|tidsbegränsad anställning*|vikarie*
women_count | count | Antal kvinnor | kvinnor|kvinnorna|antal kvinnor|kvinnliga medarbetare
men_count | count | Antal män | män|männen|antal män|manliga medarbetare
women_share | percent | Andel kvinnor | andel kvinnor|andelen kvinnor|kvinnoandel*|könsfördelning*
men_share | percent | Andel män | andel män|andelen män|mansandel*
average_age | years | Medelålder | medelålder*|genomsnittsålder*|snittålder*|åldersstruktur*|åldersfördelning*
turnover_pct | percent | Personalomsättning | personalomsättning*|omsättning av personal|personalrörlighet*
sick_leave_pct | percent | Sjukfrånvaro | sjukfrånvaro*|sjuktal*|total sjukfrånvaro
short_sick_leave_pct | percent | Korttidssjukfrånvaro (dag 1-14) | korttidssjukfrånvaro*|kort sjukfrånvaro*
    |korta sjukfrånvaro*
    |korttidsfrånvaro*|sjukfrånvaro dag 1-14|sjukfrånvaro dag 1–14|dag 1-14|dag 1–14
long_sick_leave_pct | percent | Långtidssjukfrånvaro | långtidssjukfrånvaro*|lång sjukfrånvaro*
    |långa sjukfrånvaro*
    |långtidsfrånvaro*|långtidssjuk*|dag 15-|dag 15–
recruitments | count | Rekryteringar | rekryteringar|rekryteringarna|antal rekryteringar|nyanställningar
    |nyrekrytering*
    |nyanställda|externa rekryteringar
departures | count | Avgångar | avgångar|avgångarna|antal avgångar|personalavgång*|avslutade anställningar
retirements | count | Pensionsavgångar | pensionsavgång*|pensioneringar|går i pension|gå i pension
    |pensionering*
ami_index | index | AMI (Aktivt medarbetarskap index) | ami|ami-index*|aktivt medarbetarskapsindex
    |medarbetarindex*|medarbetarenkät*
equality_index | index | Jämställdhetsindex | jämställdhetsindex*
part_time_count | count | Deltidsanställda | deltidsanställ*|deltid|deltiden|ofrivillig deltid|deltidsarbet*
full_time_share | percent | Andel heltidsanställda | heltid|heltiden|heltid som norm|andel heltid
    |heltidsanställ*|heltidsarbet*
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

_METRIC_RES: list[tuple[str, re.Pattern[str]]] = [
    (metric_id, re.compile(phrase_regex(syn), re.IGNORECASE))
    for metric_id, metric in METRICS.items()
    for syn in metric["synonyms"]
]


def metrics_in(text: str) -> list[str]:
    """Metric ids named in text, in order of first mention; the longest phrase wins where phrases overlap."""
    hits = [(m.start(), m.end(), mid) for mid, rx in _METRIC_RES for m in rx.finditer(text)]
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
