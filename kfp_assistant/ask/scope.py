"""Which plans a question is about: the one place plans are chosen for retrieval, records and comparisons.

In: a Route with its entities (administrations, periods, intent) and the known plans (its catalog).
Out: the same Route with `doc_ids` (the plans its administrations and plan periods target), `scope`
(the plans to search, within the user's filters) and `plans` (the plans the answer is about).

Only a period that names a plan version chooses plans: a span ("2024-2026"), "planen 2021",
"2021 års plan", or a relative version ("förra planen", "senaste planen"). A bare year ("2023") dates a
fact, which a later plan may report, so it filters figures and sentences instead.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from kfp_assistant.ask.route import Route
from kfp_assistant.sv.administrations import administration_identity, administration_key
from kfp_assistant.sv.periods import horizon_years, named_plan_periods, period_bounds, relative_plan
from kfp_assistant.sv.status import asks_done
from kfp_assistant.sv.versus import asks_now, changes_lists

P = TypeVar("P")

# "Hur har X förändrats mellan planerna?", "i Socialnämndens två planer": a question about one
# administration over time wants all its versions, not only the latest.
_OVER_TIME_RE = re.compile(
    r"förändr\w*|utvecklats|\bmellan\s+(?:\S+\s+){0,2}?plan\w*"
    r"|\b(?:två|båda|alla)\s+(?:[\w-]+\s+)?plan\w*"
    r"|\bversion\w*|\b(?:förra|tidigare|föregående)\s+plan\w*",
    re.IGNORECASE,
)
_BOTH_PLANS_RE = re.compile(r"(?:två|båda)\s+(?:[\w-]+\s+)?plan\w*", re.IGNORECASE)
# "Har sjukfrånvaron sjunkit mellan Kulturnämndens planer?": one administration's plans are its versions (not
# "de andra planerna", which are the other administrations').
_PLANS_RE = re.compile(r"\b(?:planer|planerna|versioner|versionerna|plans|versions)\b", re.IGNORECASE)
_OTHERS_RE = re.compile(r"\b(?:andra|övriga|other)\s+(?:\w+\s+)?(?:planer|plans)", re.IGNORECASE)
# "Vilka planer nämner AI?" asks about every plan, old versions included.
_ALL_PLANS_RE = re.compile(r"\b(?:vilka|alla|samtliga)\s+planer\w*", re.IGNORECASE)


def _get(plan: Any, name: str) -> Any:
    """A field of a plan given as a mapping (a route's catalog) or a model (DocumentInfo, PlanRecords)."""
    if (
        type(plan) is dict
    ):  # a catalog entry: skips the slower abstract Mapping check (per plan, per question)
        return plan.get(name)
    return plan.get(name) if isinstance(plan, Mapping) else getattr(plan, name, None)


def unique(items: Iterable[Any]) -> list[Any]:
    """Items in first-seen order without repeats."""
    return list(dict.fromkeys(items))


def version_key(plan: Any) -> tuple[int, int]:
    """Sort key of a plan version, oldest first; a plan without a period sorts first (it cannot be
    placed in time)."""
    return period_bounds(_get(plan, "period")) or (0, 0)


def latest_per_administration(plans: Sequence[P]) -> list[P]:
    """The latest plan of each administration, in the order administrations first appear."""
    best: dict[tuple[str, str], P] = {}
    for plan in plans:
        key = _identity(plan)
        if key not in best or version_key(plan) > version_key(best[key]):
            best[key] = plan
    return list(best.values())


def now_sides(route: Route, plans: Sequence[Any]) -> set[str]:
    """Doc ids of the versions that answer for the time now in a comparison of versions set against it
    ("vilken grupp hade högst omsättning 2021 jämfört med nu?"): each administration's latest, when an
    older version is compared too. The year asked dates the older side, not these."""
    if route.intent != "compare" or not asks_now(route.question):
        return set()
    return {
        _get(p, "doc_id")
        for p in latest_per_administration(plans)
        if len(versions_of(plans, _get(p, "administration") or "")) > 1
    }


def of_named(plans: Sequence[P], named: Sequence[str]) -> list[P]:
    """The plans of the named administrations (every plan when none is named). Matched by key: one
    administration's versions may spell its name differently ("Äldreförvaltningen i Stockholms stad",
    "Äldreförvaltningen, Stockholms stad") and are still one administration's versions."""
    names = {administration_identity(n) for n in named}
    return [p for p in plans if not named or _identity(p) in names]


def _identity(plan: Any) -> tuple[str, str]:
    return administration_identity(_get(plan, "administration") or _get(plan, "file") or "")


def versions_of(plans: Sequence[P], administration: str) -> list[P]:
    """An administration's plans, oldest first (names matched loosely both ways: "Hägersten" finds
    "Hägersten-Älvsjö stadsdelsförvaltning"; of the same employer)."""
    key, employer = administration_identity(administration)
    mine = [
        p
        for p in plans
        if key
        and (key in (k := _identity(p)[0]) or k in key)
        and _identity(p)[1] == employer  # Socialnämnden's versions are not Borås's social services'
    ]
    return sorted(mine, key=version_key)


def select_documents(
    documents: Iterable[Any], administrations: list[str] | None = None, periods: list[str] | None = None
) -> set[str]:
    """Doc ids whose administration and period match explicit filters (the app's and CLI's -a/-p)."""
    keys = [administration_key(a) for a in administrations or [] if a]
    wanted = {p.strip() for p in periods or [] if p}
    chosen: set[str] = set()
    for doc in documents:
        doc_key = administration_key(_get(doc, "administration") or "")
        if keys and not any(k and (k in doc_key or doc_key in k) for k in keys):
            continue
        if wanted and not _period_matches(_get(doc, "period"), wanted):
            continue
        chosen.add(_get(doc, "doc_id"))
    return chosen


def _period_matches(period: str | None, wanted: set[str]) -> bool:
    if period is None:
        return False
    if period in wanted:
        return True
    # A year asks for the plan whose period covers it ("2026" matches "2025-2027").
    bounds = period_bounds(period)
    return any(w.isdigit() and bounds is not None and bounds[0] <= int(w) <= bounds[1] for w in wanted)


def _plans_for_spec(spec: str, plans: Sequence[Any]) -> list[Any]:
    """Plans a period that names a version selects: that exact period, else the plan starting then; a year:
    the plan starting that year, else those covering it."""
    if "-" in spec:
        return [p for p in plans if _get(p, "period") == spec] or [
            p for p in plans if version_key(p)[0] == int(spec[:4])
        ]
    year = int(spec)
    covering = [p for p in plans if (span := period_bounds(_get(p, "period"))) and span[0] <= year <= span[1]]
    # Overlapping versions (2025-2027, 2026-2028): "2026 års plan" is the one made for 2026, starting then
    return [p for p in covering if version_key(p)[0] == year] or covering


def following_ids(doc_ids: Sequence[str], catalog: Sequence[Any]) -> list[str]:
    """Doc ids of the version after each of these plans: it follows their activities up."""
    chosen = [p for p in catalog if _get(p, "doc_id") in set(doc_ids)]
    return [str(_get(p, "doc_id")) for p in _following_versions(chosen, catalog)]


def _next_after(spec: str, plans: Sequence[Any]) -> list[Any]:
    """Of each administration, the first plan starting after a period's start ("2025" -> the plan for
    2026): a plan follows up the activities of the one before it, also when that one is not indexed."""
    start = int(spec[:4])
    later = sorted((p for p in plans if version_key(p)[0] > start), key=version_key)
    firsts: dict[str, Any] = {}
    for plan in later:
        firsts.setdefault(administration_key(_get(plan, "administration") or ""), plan)
    return [p for p in firsts.values() if version_key(p)[0] <= start + _YEARS_REPORTED]


# The old version named by its age, not by its place before another ("den gamla planen", "the old plan").
_OLD_RE = re.compile(r"\b(?:gaml|äldre|old)", re.IGNORECASE)
_YEARS_REPORTED = 3  # key-figure tables go back about three years before a plan's period


def _reports_year(year: str, plans: Sequence[Any]) -> bool:
    """Whether some plan covers the year or may report it: plans state the key figures of the years
    before (a 2026-2028 plan's table of 2023, 2024 and 2025); a bare year names no plan."""
    return any(
        (span := period_bounds(_get(p, "period"))) and span[0] - _YEARS_REPORTED <= int(year) <= span[1]
        for p in plans
    )


def _horizon_ahead(year: str, question: str, plans: Sequence[Any]) -> bool:
    """Whether the year is a horizon some plan looks ahead to ("hur många går i pension fram till 2030?" of a
    2026 plan): a forecast's end, asked of a plan begun before it, is no plan period of its own."""
    return year in horizon_years(question) and any(
        (span := period_bounds(_get(p, "period"))) and span[0] <= int(year) for p in plans
    )


def _relative_plans(
    relative: str, plans: Sequence[Any], reference: Collection[str], absolute: bool = False
) -> list[Any]:
    """Latest plan per administration, or the one before the latest referenced (else the latest) plan;
    `absolute` ("den gamla planen", not "planen innan den"): the oldest when the oldest is referenced."""
    groups: dict[tuple[str, str], list[Any]] = {}
    for plan in plans:
        groups.setdefault(_identity(plan), []).append(plan)
    chosen: list[Any] = []
    for versions in groups.values():
        ordered = sorted(versions, key=version_key)
        if relative == "latest":
            chosen.append(ordered[-1])
            continue
        positions = [i for i, p in enumerate(ordered) if _get(p, "doc_id") in reference] or [len(ordered) - 1]
        if max(positions) > 0:
            chosen.append(ordered[max(positions) - 1])
        elif len(ordered) > 1 and absolute:  # about the oldest already: "och i den gamla?" is that one still
            chosen.append(ordered[0])
    return chosen


def _version_years(route: Route, pool: Sequence[Any]) -> list[str]:
    """Bare years that are exactly the period of one of an administration's versions, asked of records a
    version holds (activities, needs): "och 2021?" after a list asks for the plan of 2021's list."""
    if route.target not in ("activities", "gaps"):
        return []
    several = [p for p in pool if len(versions_of(pool, _get(p, "administration") or "")) > 1]
    periods = {_get(p, "period") for p in several}
    return [y for y in route.requested_periods if y in periods]


def _following_versions(chosen: Sequence[Any], pool: Sequence[Any]) -> list[Any]:
    """The version after each chosen plan of its administration: it follows the chosen plan's activities
    up ("hur många av aktiviteterna i förra planen blev genomförda?")."""
    after = []
    for plan in chosen:
        later = [
            p
            for p in versions_of(pool, _get(plan, "administration") or "")
            if version_key(p) > version_key(plan)
        ]
        after += later[:1]
    return after


def resolve_plans(route: Route, reference: Collection[str] = ()) -> Route:
    """The route with doc_ids, periods and unknown_periods from its administrations and plan periods.

    `reference`: the plans an earlier turn was about ("förra året" then means the plan before those)."""
    named = route.administrations
    pool = of_named(route.catalog, named)
    spans = [s for s in route.requested_periods if "-" in s]
    selectors = unique([*named_plan_periods(route.question), *spans, *_version_years(route, pool)])
    chosen: list[Any] = []
    unknown: list[str] = []
    following: list[Any] = []  # versions chosen as the follow-up of a plan not indexed
    for spec in selectors:
        hits = _plans_for_spec(spec, pool)
        later = _next_after(spec, pool) if not hits and asks_done(route.question) else []
        if later:  # "hur gick det med planen för 2025?", not indexed: the version after follows it up
            following += later
            continue
        chosen += hits
        unknown += [] if hits else [spec]
    bare_years = [y for y in route.requested_periods if "-" not in y and y not in selectors]
    unknown += [
        y for y in bare_years if not _reports_year(y, pool) and not _horizon_ahead(y, route.question, pool)
    ]
    if not selectors and route.relative_period in ("previous", "latest"):
        found = relative_plan(route.question)
        absolute = bool(found and _OLD_RE.search(found[1]))
        chosen = _relative_plans(route.relative_period, pool, reference, absolute)
        if not chosen and asks_done(route.question):  # the one version follows up the plan before it
            chosen = latest_per_administration(pool)
        unknown += [] if chosen else [found[1] if found else route.relative_period]
    if chosen and asks_done(route.question):
        chosen += _following_versions(chosen, pool)  # how the named version's activities went
    chosen += following
    if chosen and len(named) > 1:
        # "X och Y (2021 års plan)": the period picks the plans of those that have it; a named
        # administration without one is still asked about, in its latest plan.
        covered = {_identity(p) for p in chosen}
        chosen += latest_per_administration([p for p in pool if _identity(p) not in covered])
    if not chosen and named:  # a period no plan covers does not narrow: say so, search the administration
        chosen = pool
    ordered = sorted(chosen, key=version_key)
    ids = unique(_get(p, "doc_id") for p in ordered if _get(p, "doc_id"))
    periods = unique(_get(p, "period") for p in ordered if _get(p, "period"))
    # A follow-up keeps the years its question before named plans by ("planen 2021" … "och sjukfrånvaron?").
    kept = [p for p in route.plan_periods if p in route.requested_periods]
    update = {
        "doc_ids": ids,
        "periods": periods,
        "unknown_periods": unknown,
        "plan_periods": unique([*selectors, *kept]),
    }
    return route.model_copy(update=update)


class WordSearch(Protocol):
    """The stored word index of the plans (store.index.Index), as far as named years need it."""

    def lexical_search(self, query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        """Top k (chunk id, score) of the query's stems among the chunks of doc_ids."""


def with_named_years(route: Route, words: WordSearch) -> Route:
    """The route without the unknown bare years its plans' own stored text names: a forecast table runs past
    a plan's period (a 2026-2028 plan's retirements of 2029 and 2030), so what a plan reports is told by what
    it names, not by its period alone. Only the plans in scope count (a year another administration names is
    not this one's); one stem looked up in the word index already held, no plan read again."""
    bare = [u for u in route.unknown_periods if u.isdigit() and u not in route.plan_periods]
    named = {y for y in bare if route.scope and words.lexical_search(y, 1, set(route.scope))}
    if not named:
        return route
    return route.model_copy(update={"unknown_periods": [u for u in route.unknown_periods if u not in named]})


def unknown_periods_note(route: Route) -> str:
    """Why a question's period finds nothing, in its own terms: no version before the one there is ("förra
    planen"), no figures of a bare year (a year is not a plan), or no plan of a period that names one."""
    versions = [u for u in route.unknown_periods if not re.search(r"\d", u)]
    years = [u for u in route.unknown_periods if u.isdigit() and u not in route.plan_periods]
    plans = [u for u in route.unknown_periods if u not in versions and u not in years]
    notes = ["Indexet har ingen tidigare version av planen."] if versions else []
    notes += [f"Planerna i indexet redovisar inga uppgifter för {' eller '.join(years)}."] if years else []
    notes += [f"Ingen plan i indexet gäller {', '.join(plans)}."] if plans else []
    return " ".join(notes)


def _compared_plans(route: Route, in_filters: list[Any]) -> list[str]:
    """Plans a comparison is about (from the catalog within the user's filters): the versions it names,
    with the latest when it names one administration's older version ("högre nu än 2021?"); every
    version of a named administration when it asks about change over time; else the latest plan of each
    (named, or every) administration."""
    named = route.administrations
    pool = of_named(in_filters, named)
    # A bare year of figures across administrations ("gick fler i pension hos A eller B under 2025?")
    # names no version: each administration's latest plan tells it.
    data_year = len(named) > 1 and not (route.plan_periods or route.relative_period)
    if route.versions_named and route.doc_ids and not route.unknown_periods and not data_year:
        chosen = [d for d in route.doc_ids if d in {_get(p, "doc_id") for p in in_filters}] or route.doc_ids
        if len(named) == 1:
            # "planen för 2026 jämfört med 2025": beside a version named, a bare year that is another
            # version's period is that version
            years = set(route.figure_years) if route.plan_periods else set()
            chosen += [_get(p, "doc_id") for p in pool if _get(p, "period") in years]
            chosen = unique([*chosen, *(_get(p, "doc_id") for p in latest_per_administration(pool))])
        if len(chosen) == 1 and route.relative_period in ("previous", "latest"):
            # "planen 2025-2027 jämfört med den förra", "vad har tillkommit i den nya planen?": a
            # comparison of one version is with the one before it
            versions = [_get(p, "doc_id") for p in sorted(pool, key=version_key)]
            at = versions.index(chosen[0]) if chosen[0] in versions else 0
            chosen = [*versions[max(at - 1, 0) : at], *chosen]
        return chosen
    over_time = _OVER_TIME_RE.search(route.question)
    if over_time and len(named) > 1 and _BOTH_PLANS_RE.fullmatch(over_time.group()):
        over_time = None  # "har båda planerna något om …" of two administrations: each one's plan
    if len(named) == 1 and _PLANS_RE.search(route.question) and not _OTHERS_RE.search(route.question):
        return [_get(p, "doc_id") for p in pool]
    if (named and (over_time or changes_lists(route.question))) or _ALL_PLANS_RE.search(route.question):
        return [_get(p, "doc_id") for p in pool]
    return [_get(p, "doc_id") for p in latest_per_administration(pool)]


def choose(route: Route, allowed: set[str] | None = None) -> Route:
    """The route with its scope (plans to search) and plans (what the answer is about), within the
    user's filters `allowed` (None: no filter)."""
    everything = [_get(p, "doc_id") for p in route.catalog]
    scope = [d for d in everything if allowed is None or d in allowed]
    named_ids = set(route.doc_ids)  # sets built once: per element they made this quadratic in the plans
    narrowed = [d for d in scope if d in named_ids]
    scope = narrowed or scope
    plans = scope
    if not route.versions_named:
        # Current plan first: unless a version or a year is asked for, an administration's latest plan
        # answers; older versions are history (records show them as such; retrieval falls back to them).
        chosen = set(scope)
        in_scope = [p for p in route.catalog if _get(p, "doc_id") in chosen]
        plans = [_get(p, "doc_id") for p in latest_per_administration(in_scope)]
    if route.intent == "compare":
        # Within the user's filters, not narrowed to the named versions: the latest version may join them.
        in_filters = [p for p in route.catalog if allowed is None or _get(p, "doc_id") in allowed]
        plans = _compared_plans(route, in_filters)
    return route.model_copy(update={"scope": scope, "plans": plans})
