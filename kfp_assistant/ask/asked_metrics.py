"""Which metrics a question asks, where its words could name other things too: a word naming both a
metric and an area ("rekryteringar"), a group of staff named beside another metric ("andelen kvinnor som
arbetar heltid"), who left counted ("hur många tillsvidareanställda slutade?").

In: the question and the metrics and areas its words name (sv.metrics, sv.areas). Out: the metrics and
areas it asks about.
"""

from __future__ import annotations

import re

_COUNTING_RE = re.compile(
    r"\bhur\s+många\b|\bantal(?:et)?\b"
    # more or fewer than another year or side is a count compared: "rekryterade de fler eller färre än 2024?"
    r"|\b(?:fler|färre)\s+eller\s+(?:fler|färre)\b|\b(?:fler|färre)\b(?=.*\bän\b)",
    re.IGNORECASE,
)
# A time they happened in makes "rekryteringar" a count: "rekryteringar senaste året", "under 2024".
_DATED_RE = re.compile(
    r"\b(?:senaste|förra|föregående|detta|i)\s+år(?:et)?\b|\bunder\s+(?:året|\d{4})\b|\bper\s+år\b",
    re.IGNORECASE,
)
_WHERE_TO_RE = re.compile(r"\bvart\b|\bvarifrån\b|\bvar\b(?=.*\bifrån\b)", re.IGNORECASE)
# Leaving one's employment: "slutade", "har slutat", "lämnade", "sa upp sig".
_LEAVING_RE = re.compile(r"\bsluta[dtr]e?\b|\blämna(?:de|t|r)\b|\bsa(?:de|gt)?\s+upp\s+sig\b", re.I)


def resolve_metric_area_overlap(
    question: str, areas: list[str], metrics: list[str], activities: bool = False
) -> tuple[list[str], list[str]]:
    """Settle words that name both a metric and an area ("rekryteringar"): a count keeps the metric, and
    so do where those counted come from or go ("vart tar de vägen som slutar?"), which plans state as
    shares of the count, and a time they happened in ("rekryteringar senaste året"). Activities asked
    for those leaving or retiring ("aktiviteter för avgångar", `activities`) are the Avsluta area's."""
    counting = bool(_COUNTING_RE.search(question) or _WHERE_TO_RE.search(question))
    dated = bool(_DATED_RE.search(question))
    pairs = {"recruitments": "Rekrytera", "departures": "Avsluta", "retirements": "Avsluta"}
    if activities and not counting:  # ("anställningar" may be the employments that end: no Rekrytera)
        areas = list(
            dict.fromkeys([*areas, *(pairs[m] for m in metrics if m in pairs and m != "recruitments")])
        )
    for metric, area in pairs.items():
        if metric in metrics and area in areas:
            if counting or dated:
                areas = [a for a in areas if a != area]
            else:
                metrics = [m for m in metrics if m != metric]
    if not counting and areas and "recruitments" in metrics and "Introducera" in areas:
        metrics = [m for m in metrics if m != "recruitments"]  # "introduktion av nyanställda"
    return areas, metrics


def leaving_counts(question: str, metrics: list[str]) -> list[str]:
    """ "Hur många tillsvidareanställda slutade?" counts departures; the group named is who left."""
    if not (_COUNTING_RE.search(question) and _LEAVING_RE.search(question)):
        return metrics
    return ["departures", *(m for m in metrics if m != "departures" and not m.startswith("employees_"))]


# Metrics that are also groups of staff: beside another metric they name whose figure is asked for
# ("andelen kvinnor som arbetar heltid", "rekryteringar, både tillsvidare och visstid").
_GROUP_METRICS = frozenset(
    ("women_count", "men_count", "women_share", "men_share", "employees_permanent", "employees_temporary")
)


def groups_as_scopes(metrics: list[str]) -> list[str]:
    """The metrics asked for, without those that only name the group another metric is asked for."""
    others = [m for m in metrics if m not in _GROUP_METRICS and m != "employees_total"]
    return others if others else metrics
