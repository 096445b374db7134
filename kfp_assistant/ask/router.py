"""Question -> Route: intent and entities (administrations, periods, UBARA areas, metrics, filters).

Rule-based and offline on purpose: routing decides which store answers (records
for list/figure/compare, chunks for free questions), so it must be fast,
predictable and testable without a model. Swedish words come from sv/.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from typing import Any, Literal

from pydantic import BaseModel, Field

from kfp_assistant.sv.administrations import (
    administration_key,
    administration_mentions,
    canonical_administration,
)
from kfp_assistant.sv.areas import areas_in_question
from kfp_assistant.sv.metrics import metrics_in
from kfp_assistant.sv.periods import find_periods
from kfp_assistant.sv.responsible import RESPONSIBLE_ABBREVIATIONS
from kfp_assistant.sv.text import fold

Intent = Literal["figure", "list", "compare", "explain", "other"]
Target = Literal["activities", "figures", "gaps"]


class Route(BaseModel):
    """What a question asks for and which plans it is about."""

    question: str = Field(description="The question as asked.")
    intent: Intent = Field(default="other", description="figure, list, compare, explain or other.")
    administrations: list[str] = Field(
        default_factory=list, description="Known plans' administrations named."
    )
    unknown_administrations: list[str] = Field(
        default_factory=list, description="Administrations named (as written) that no known plan belongs to."
    )
    requested_periods: list[str] = Field(default_factory=list, description="Years/spans as stated: '2024'.")
    relative_period: Literal["previous", "latest"] | None = Field(
        default=None, description="'förra planen/året' -> previous, 'senaste planen' -> latest."
    )
    periods: list[str] = Field(default_factory=list, description="Periods of the plans the question targets.")
    unknown_periods: list[str] = Field(default_factory=list, description="Requested periods no plan covers.")
    doc_ids: list[str] = Field(default_factory=list, description="Plans targeted; empty means all plans.")
    areas: list[str] = Field(default_factory=list, description="Canonical UBARA areas named.")
    metrics: list[str] = Field(default_factory=list, description="Metric ids of METRICS named.")
    target: Target | None = Field(default=None, description="Records a list/figure question is about.")
    responsible: str | None = Field(default=None, description="Responsible-party filter: 'HR', 'EC', ...")
    keywords: list[str] = Field(default_factory=list, description="Content words, lowercased, for retrieval.")
    followup: bool = Field(default=False, description="True when entities were inherited from earlier turns.")
    # Known plans travel with the route (not serialised) so resolve_followup can resolve "förra planen".
    catalog: list[dict[str, Any]] = Field(
        default_factory=list, exclude=True, repr=False, description="Plans."
    )


# --------------------------------------------------------------------------- vocabulary

_COMPARE_RE = re.compile(
    r"\bjämför(?!t\s+med\s+(?:år\s+)?\d{4})\w*|\bskillnad\w*|\bskiljer\b|\bförändrats\b|\bändrats\b"
    r"|\butvecklats\b|\bmellan\s+(?:de\s+två\s+|båda\s+)?planerna\b|\b(?:två|båda)\s+planer\w*"
    r"|\balla\s+(?:stadsdels)?förvaltningar\w*|\b(?:stadsdels)?förvaltningarna\b|\bvilka\s+planer\b"
    r"|\bvilka\s+(?:stadsdels)?förvaltningar\b|\bi\s+alla\s+planer\w*|\bvarje\s+förvaltning\b",
    re.IGNORECASE,
)
_ACTIVITY_RE = re.compile(r"\baktivitet\w*|\binsats\w*|\båtgärd\w*|\bvem\s+(?:är\s+)?ansvar\w*", re.I)
_GAP_RE = re.compile(
    r"\bkompetens(?:gap|behov|brist)\w*|\bgap\w*|\bbehov\w*|\bbrist\w*|\bsvårrekryter\w*|\butmaning\w*", re.I
)
_LIST_RE = re.compile(
    r"\blista\b|\blistan\b|\bräkna\s+upp\b|\bsammanställ\w*|\bvilka\s+av\s+(?:dem|dessa)\b"
    r"|\bvilka\s+(?:\w+\s+){0,3}?(?:aktivitet|insats|åtgärd|kompetensgap|kompetensbehov|behov|gap|utmaning)"
    r"|\bvem\s+(?:är\s+)?ansvar\w*|\bhur\s+många\s+(?:aktivitet|insats|åtgärd)",
    re.IGNORECASE,
)
_EXPLAIN_STRONG_RE = re.compile(
    r"\bvarför\b|\bbeskriv\b|\bförklara\w*|\bvad\s+innebär\b|\bsyftet\b|\bvad\s+(?:menas|betyder)\b", re.I
)
_FIGURE_STRONG_RE = re.compile(
    r"\bhur\s+(?:hög|högt|höga|låg|lågt|låga|stor|stort|stora|många|mycket)\b", re.IGNORECASE
)
_FIGURE_WEAK_RE = re.compile(
    r"\bvad\s+(?:var|är|blev)\b|\bvilke[nt]\b|\buppg(?:ick|år)\b|\bantal(?:et)?\b", re.IGNORECASE
)
_EXPLAIN_WEAK_RE = re.compile(
    r"\bhur\s+(?:arbetar|jobbar|ska|kan|tänker|hanterar|säkerställer)\b|\bpåverka\w*|\bpå\s+vilket\s+sätt\b"
    r"|\bvad\s+handlar\b|\bvad\s+gör\b",
    re.IGNORECASE,
)
_PREVIOUS_RE = re.compile(
    r"\b(?:förra|föregående|tidigare|äldre|gamla)\s+(?:plan(?:en)?|året|år)\b|\båret\s+(?:innan|före)\b"
    r"|\bplanen\s+(?:innan|före)\b",
    re.IGNORECASE,
)
_LATEST_RE = re.compile(
    r"\b(?:senaste|nuvarande|aktuella|gällande|nya)\s+plan(?:en|erna)?\b|\bden\s+senaste\b", re.IGNORECASE
)
_PLAN_YEAR_RE = re.compile(r"\bplan(?:en|erna)?\s+(?:för\s+)?(\d{4}(?:\s*[-–]\s*\d{2,4})?)", re.IGNORECASE)
_COUNTING_RE = re.compile(r"\bhur\s+många\b|\bantal(?:et)?\b", re.IGNORECASE)
# Leaving one's employment: "slutade", "har slutat", "lämnade", "sa upp sig".
_LEAVING_RE = re.compile(r"\bsluta[dtr]e?\b|\blämna(?:de|t|r)\b|\bsa(?:de|gt)?\s+upp\s+sig\b", re.I)
_RESP_WORD = r"[A-ZÅÄÖa-zåäö][\wåäö-]*"
_RESPONSIBLE_RES = [
    re.compile(rf"\b(?:där|som|med|har)\s+(?P<r>{_RESP_WORD})\s+(?:är|som|står\s+som)\s+ansvarig", re.I),
    re.compile(rf"\b(?:som|där)\s+(?P<r>{_RESP_WORD})\s+(?:ansvarar|har\s+ansvar)", re.I),
    re.compile(rf"\bansvarig(?:a)?\s+(?:är|:)\s+(?P<r>{_RESP_WORD})", re.I),
    re.compile(rf"\bansvaras\s+av\s+(?P<r>{_RESP_WORD})", re.I),
    re.compile(rf"\b(?P<r>{_RESP_WORD})\s+(?:ansvarar\s+för|är\s+ansvarig)", re.I),
]
_RESP_GENERIC = frozenset(("vem", "vilka", "vilken", "som", "de", "dem", "den", "det"))
_FOLLOWUP_START_RE = re.compile(
    r"^\s*(?:och|men|än|samt|eller|också|även|då|samma|jämfört\s+med|hur\s+(?:är|var)\s+det|vad\s+sägs\s+om)\b",
    re.IGNORECASE,
)
_ANAPHORA_RE = re.compile(
    r"\b(?:av|bland|för)\s+(?:dem|dessa)\b|\bdessa\b|\bsamma\b|\bmotsvarande\b|\bdå\s*\??\s*$", re.IGNORECASE
)
_STOPWORDS = frozenset(
    re.findall(
        r"\S+",
        "och eller men att det den de dem dessa som har hade vad var vilka vilken vilket hur många mycket för"
        " från till med inom enligt under mellan efter över kring om på av är vara blir blev finns fanns ska"
        " skulle kan kunde vill sig sin sina sitt deras vår våra er era man plan planen planer planerna året"
        " förvaltning förvaltningen förvaltningar förvaltningarna nämnd nämnden åren hög högt stor stort"
        " beskriv varför jämför lista räkna upp också även där när samt alla mest största högst",
    )
)


# --------------------------------------------------------------------------- plans


def _start_end(period: str | None) -> tuple[int, int] | None:
    years = [int(y) for y in re.findall(r"\d{4}", period or "")]
    return (years[0], years[-1]) if years else None


def _order_key(plan: dict[str, Any]) -> tuple[int, int]:
    """Plans by start year; a plan without a period sorts last, as the one to treat as current."""
    span = _start_end(plan.get("period"))
    return span if span else (9999, 9999)


def _plan_aliases(catalog: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Folded lower-case names of districts (and unambiguous parts) -> administration as the plan names it.

    sv.administrations only recognises capitalised bare district names; users type "hässelby" too.
    """
    aliases: dict[str, str] = {}
    counts: dict[str, int] = {}
    for name in {p["administration"] for p in catalog if p.get("administration")}:
        canonical = canonical_administration(name)
        if not canonical.endswith(" stadsdelsförvaltning"):
            continue
        district = fold(canonical.removesuffix(" stadsdelsförvaltning"))
        parts = [district] + ([p for p in district.split("-") if len(p) >= 4] if "-" in district else [])
        for part in parts:
            aliases[part] = name
            counts[part] = counts.get(part, 0) + 1
    return {alias: name for alias, name in aliases.items() if counts[alias] == 1}


def _surface(question: str, offset: int) -> str:
    """An administration mention as written, without a definite genitive ("Kulturförvaltningens")."""
    match = re.match(r"stadsdels\w+\s+i\s+[\w-]+|[\w-]+(?:\s+stadsdels\w+)?", question[offset:])
    word = match.group() if match else question[offset:].split()[0]
    return word[:-1] if re.search(r"(?:en|et|na)s$", word) else word


def _match_administrations(question: str, catalog: Sequence[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(known plan administrations named, unknown administrations as written), each in order of mention."""
    by_key = {
        administration_key(p["administration"]): p["administration"]
        for p in catalog
        if p.get("administration")
    }
    known: list[tuple[int, str]] = []
    folded = fold(question)
    for alias, name in _plan_aliases(catalog).items():
        known += [(m.start(), name) for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}s?(?![\w])", folded)]
    unknown: list[tuple[int, str]] = []
    for display, offset in administration_mentions(question):
        plan_name = by_key.get(administration_key(display))
        if plan_name:
            known.append((offset, plan_name))
        elif not any(abs(offset - k) < 3 for k, _ in known):  # a former district now inside a known one
            unknown.append((offset, _surface(question, offset)))
    return _unique(n for _, n in sorted(known)), _unique(n for _, n in sorted(unknown))


def _unique(items: Iterable[Any]) -> list[Any]:
    """Items in first-seen order without repeats."""
    return list(dict.fromkeys(items))


def _plans_for_spec(spec: str, plans: Sequence[dict[str, Any]], figures: bool) -> list[dict[str, Any]]:
    """Plans a stated period selects. For figure questions a lone year also selects plans starting one
    or two years later: plans report the previous years' key figures ("under året 2024")."""
    if "-" in spec:
        return [p for p in plans if p.get("period") == spec] or [
            p for p in plans if (_start_end(p.get("period")) or (0, 0))[0] == int(spec[:4])
        ]
    year = int(spec)
    hits = [p for p in plans if (span := _start_end(p.get("period"))) and span[0] <= year <= span[1]]
    if figures:
        hits += [p for p in plans if (_start_end(p.get("period")) or (0, 0))[0] in (year + 1, year + 2)]
    return hits


def _relative_plans(
    relative: str, groups: dict[str, list[dict[str, Any]]], reference: Collection[str]
) -> list[dict[str, Any]]:
    """Latest plan per administration, or the one before the referenced (else the latest) plan."""
    chosen: list[dict[str, Any]] = []
    for plans in groups.values():
        ordered = sorted(plans, key=_order_key)
        if relative == "latest":
            chosen.append(ordered[-1])
            continue
        positions = [i for i, p in enumerate(ordered) if p.get("doc_id") in reference] or [len(ordered) - 1]
        if min(positions) > 0:
            chosen.append(ordered[min(positions) - 1])
    return chosen


def _resolve_plans(route: Route, reference: Collection[str] = ()) -> Route:
    """Fill periods, doc_ids and unknown_periods from the named administrations and periods."""
    named = route.administrations
    scope = [p for p in route.catalog if not named or p.get("administration") in named]
    groups: dict[str, list[dict[str, Any]]] = {}
    for plan in scope:
        groups.setdefault(str(plan.get("administration")), []).append(plan)
    spans = [s for s in route.requested_periods if "-" in s]
    # Spans and "planen 2021" choose plans; lone years then are as-of years of figures.
    selectors = _unique([*_plan_selectors(route.question), *spans]) or route.requested_periods
    figures = route.intent == "figure" or route.target == "figures"
    chosen: list[dict[str, Any]] = []
    unknown: list[str] = []
    for spec in selectors:
        hits = _plans_for_spec(spec, scope, figures)
        chosen += hits
        unknown += [] if hits else [spec]
    if not selectors and route.relative_period:
        chosen = _relative_plans(route.relative_period, groups, reference)
        phrase = (_PREVIOUS_RE if route.relative_period == "previous" else _LATEST_RE).search(route.question)
        unknown += [] if chosen else [phrase.group() if phrase else route.relative_period]
    if not chosen and named:  # a period no plan covers does not narrow: say so, search the administration
        chosen = scope
    ordered = sorted(chosen, key=_order_key)
    ids = _unique(p["doc_id"] for p in ordered if p.get("doc_id"))
    periods = _unique(p["period"] for p in ordered if p.get("period"))
    return route.model_copy(update={"doc_ids": ids, "periods": periods, "unknown_periods": unknown})


def _plan_selectors(question: str) -> list[str]:
    """Periods written as "planen 2021" or "planen 2025-2027": these choose plans."""
    return _unique(s for m in _PLAN_YEAR_RE.finditer(question) for s in find_periods(m.group(1)))


# --------------------------------------------------------------------------- entities


def _intent(question: str, n_admins: int, metrics: list[str], target: str | None) -> Intent:
    """First matching rule wins; the order encodes which cue is more specific."""
    q = question.strip()
    if n_admins >= 2 or _COMPARE_RE.search(q):
        return "compare"
    if _LIST_RE.search(q):
        return "list"
    if _EXPLAIN_STRONG_RE.search(q):
        return "explain"
    if _FIGURE_STRONG_RE.search(q) or (metrics and _FIGURE_WEAK_RE.search(q)):
        return "figure"
    if _EXPLAIN_WEAK_RE.search(q):
        return "explain"
    if metrics:
        return "figure"
    if target in ("activities", "gaps") or re.match(r"(?i)vilk|vem\b", q):
        return "list"
    return "explain" if re.match(r"(?i)hur\b", q) else "other"


def _target(question: str, metrics: list[str], intent: Intent) -> Target | None:
    if _ACTIVITY_RE.search(question):
        return "activities"
    if _GAP_RE.search(question):
        return "gaps"
    if metrics and intent in ("figure", "compare"):
        return "figures"
    return None


def _resolve_metric_area_overlap(
    question: str, areas: list[str], metrics: list[str]
) -> tuple[list[str], list[str]]:
    """Settle words that name both a metric and an area ("rekryteringar"): a count keeps the metric."""
    counting = bool(_COUNTING_RE.search(question))
    pairs = {"recruitments": "Rekrytera", "departures": "Avsluta"}
    for metric, area in pairs.items():
        if metric in metrics and area in areas:
            if counting:
                areas = [a for a in areas if a != area]
            else:
                metrics = [m for m in metrics if m != metric]
    if not counting and areas and "recruitments" in metrics and "Introducera" in areas:
        metrics = [m for m in metrics if m != "recruitments"]  # "introduktion av nyanställda"
    return areas, metrics


def _leaving_counts(question: str, metrics: list[str]) -> list[str]:
    """ "Hur många tillsvidareanställda slutade?" counts departures; the group named is who left."""
    if "departures" in metrics or not (_COUNTING_RE.search(question) and _LEAVING_RE.search(question)):
        return metrics
    return ["departures", *(m for m in metrics if not m.startswith("employees_"))]


def _responsible(question: str) -> str | None:
    """Responsible-party filter: "där HR är ansvarig" -> "HR"; "som enhetschefen ansvarar för" -> "EC"."""
    for rx in _RESPONSIBLE_RES:
        match = rx.search(question)
        if match and fold(match.group("r")) not in _RESP_GENERIC:
            return _normalise_party(match.group("r"))
    return None


def _normalise_party(word: str) -> str:
    folded = fold(word)
    if folded.startswith("hr"):
        return "HR"
    for abbreviation, spelled in RESPONSIBLE_ABBREVIATIONS.items():
        if folded == abbreviation.lower() or folded.startswith(fold(spelled)):
            return abbreviation
    return word


def _keywords(question: str) -> list[str]:
    words = re.findall(r"[\wåäöÅÄÖ-]+", question.casefold())
    return _unique(w for w in words if len(w) >= 3 and w not in _STOPWORDS and not w.isdigit())


def route(question: str, known_plans: Sequence[dict[str, Any]]) -> Route:
    """Intent and entities of one question, with the known plans it targets."""
    catalog = [dict(p) for p in known_plans]
    administrations, unknown = _match_administrations(question, catalog)
    areas, metrics = _resolve_metric_area_overlap(
        question, areas_in_question(question), _leaving_counts(question, metrics_in(question))
    )
    preliminary = _target(question, [], "other")
    intent = _intent(question, len(administrations) + len(unknown), metrics, preliminary)
    relative: Literal["previous", "latest"] | None = None
    if _PREVIOUS_RE.search(question):
        relative = "previous"
    elif _LATEST_RE.search(question):
        relative = "latest"
    result = Route(
        question=question,
        intent=intent,
        administrations=administrations,
        unknown_administrations=unknown,
        requested_periods=find_periods(question),
        relative_period=relative,
        areas=areas,
        metrics=metrics,
        target=_target(question, metrics, intent),
        responsible=_responsible(question),
        keywords=_keywords(question),
        catalog=catalog,
    )
    return _resolve_plans(result)


# --------------------------------------------------------------------------- follow-ups


def _looks_like_followup(question: str) -> bool:
    words = re.findall(r"\w+", question)
    return bool(_FOLLOWUP_START_RE.search(question) or _ANAPHORA_RE.search(question) or len(words) <= 3)


def resolve_followup(
    question: str, history_routes: Sequence[Route], known_plans: Sequence[dict[str, Any]] | None = None
) -> Route:
    """Route a follow-up: what it leaves out (administration, metric, area, target, period) comes from the
    previous route. "och förra året?" moves to the plan before; "vilka av dem har HR som ansvarig?" keeps
    the list and adds the responsible filter. A question that does not read as a follow-up routes alone."""
    previous = history_routes[-1] if history_routes else None
    catalog = list(known_plans) if known_plans is not None else (previous.catalog if previous else [])
    new = route(question, catalog)
    if previous is None or not _looks_like_followup(question):
        return new
    update: dict[str, Any] = {"followup": True}
    if not (new.administrations or new.unknown_administrations):
        update |= {
            "administrations": previous.administrations,
            "unknown_administrations": previous.unknown_administrations,
        }
    elif new.intent == "compare":  # "jämfört med Hässelby?": both sides
        update["administrations"] = _unique([*previous.administrations, *new.administrations])
    own_subject = bool(new.metrics or new.target or new.areas)
    update["metrics"] = new.metrics or ([] if new.target in ("activities", "gaps") else previous.metrics)
    update["areas"] = new.areas or (previous.areas if not new.metrics else [])
    update["target"] = new.target or ("figures" if new.metrics else previous.target)
    same_records = not (new.metrics or new.target)
    update["responsible"] = new.responsible or (previous.responsible if same_records else None)
    # "och inom Attrahera?" has no cue of its own ("other"); a bare "hur är det med X?" reads as explain.
    inherit_intent = new.intent == "other" or (new.intent == "explain" and not own_subject)
    update["intent"] = previous.intent if inherit_intent else new.intent
    update |= _followup_periods(new, previous)
    update["keywords"] = _unique([*new.keywords, *previous.keywords])
    merged = new.model_copy(update=update)
    # "förra året" after a question about one specific plan means the plan before that one.
    specific = previous.requested_periods or previous.relative_period
    reference = set(previous.doc_ids) if specific and new.relative_period == "previous" else set()
    return _resolve_plans(merged, reference)


def _followup_periods(new: Route, previous: Route) -> dict[str, Any]:
    """Explicit periods win; "förra året" shifts stated years back one, else moves to the plan before."""
    if new.requested_periods:
        return {}
    shifted = [str(int(y) - 1) for y in previous.requested_periods if y.isdigit()]
    if new.relative_period == "previous" and shifted:
        return {"requested_periods": shifted, "relative_period": None}
    if new.relative_period:
        return {}
    return {"requested_periods": previous.requested_periods, "relative_period": previous.relative_period}
