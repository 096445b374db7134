"""Question -> Route: intent and entities (administrations, periods, UBARA areas, metrics, filters).

Rule-based and offline on purpose: routing decides which store answers (records
for list/figure/compare, chunks for free questions), so it must be fast,
predictable and testable without a model. Swedish words come from sv/.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from kfp_assistant.ask.admin_names import match_administrations
from kfp_assistant.ask.asked_metrics import groups_as_scopes, leaving_counts, resolve_metric_area_overlap
from kfp_assistant.ask.initials import spell_out_initials as spell_out_initials  # re-exported
from kfp_assistant.ask.route import Intent, Route, Target
from kfp_assistant.ask.scope import choose, resolve_plans, unique
from kfp_assistant.sv.areas import areas_in_question
from kfp_assistant.sv.comparatives import (
    comparative_metrics,
    hardest_asked,
    hardest_items_asked,
    ranked_kind,
    ranks_where,
)
from kfp_assistant.sv.metrics import question_metrics
from kfp_assistant.sv.periods import find_periods, relative_plan
from kfp_assistant.sv.presence import asks_both
from kfp_assistant.sv.responsible import responsible_asked
from kfp_assistant.sv.status import asks_plan_outcome, status_asked
from kfp_assistant.sv.table_terms import age_bands
from kfp_assistant.sv.targets import names_target
from kfp_assistant.sv.versus import asks_versus
from kfp_assistant.sv.why import (
    AREA_VERB_RE,
    ASKS_REASONING,
    MAKES_RE,
    MEASURES_RE,
    SUBJECT_GAP,
    asks_kind,
    asks_prose,
    explains_outright,
)
from kfp_assistant.sv.year_parts import asked_months

# --------------------------------------------------------------------------- vocabulary

_COMPARE_RE = re.compile(
    r"\bjämför(?!t\s+med\s+(?:år\s+)?\d{4}(?!.*\bnu\b))\w*|\bskillnad\w*|\bskiljer\b|\bförändrats\b|\bändrats\b"
    r"|\butvecklats\b|\bmellan\s+(?:de\s+två\s+|båda\s+)?planerna\b|\b(?:två|båda)\s+(?:[\w-]+\s+)?planer\w*"
    r"|\balla\s+(?:stadsdels)?förvaltningar\w*|\b(?:stadsdels)?förvaltningarna\b|\bvilka\s+planer\b"
    r"|\bvilka\s+(?:stadsdels)?förvaltningar\b|\bi\s+alla\s+planer\w*|\bvarje\s+förvaltning\b"
    # change since another version or against another administration: "högre nu än i 2021 års plan",
    # "har det ökat sedan förra planen", "hur står det sig mot Hässelby?"
    r"|\b(?:högre|lägre|fler|färre|större|mindre|bättre|sämre)\s+(?:\w+\s+){0,3}?(?:nu|idag|i\s+dag"
    r"|än(?!\s+(?:\d|hälften|en\s+(?:tredjedel|fjärdedel))))\b"
    r"|\b(?:ökat|minskat|gått\s+(?:upp|ner|ned))\b(?=.*\b(?:sedan|sen|jämfört|förra|tidigare|plan\w*)\b)"
    # either way: "fler eller färre 2025 än 2024?", "är det fler eller färre nu än i förra planen?"
    r"|\b(?:fler|färre)\s+eller\s+(?:fler|färre)\b"
    r"|\bstår\s+(?:de[tn]?\s+|dom\s+)?sig\s+mot\b|\bi\s+(?:jämförelse|förhållande)\s+(?:med|till)\b"
    # what is new or gone since another version: "vad har tillkommit sedan förra planen?"
    r"|\b(?:nytt|nya|tillkommit|tagits\s+bort|försvunnit|strukits|strukit|lagt\s+till|lagts\s+till|tagit\s+bort)\b"
    r"(?=.*\b(?:sedan|sen|jämfört|förra|föregående|tidigare)\b)"
    # carried over into another version: "vilka aktiviteter förs över till 2026?", "följer med in i nya"
    r"|\b(?:för(?:s|ts)\s+(?:över|vidare)|flytta(?:s|ts)\s+(?:över\s+)?till|(?:följer\s+med|fortsätter|lever\s+vidare)"
    r"(?:\s+in)?\s+(?:i|till))\b"
    r"(?=.*\b(?:plan\w*|\d{4}|nya|nästa)\b)"
    # whether something was there before or is new: "fanns X redan i förra planen eller är det nytt?"
    r"|\b(?:förra|föregående|tidigare)\s+(?:\w+\s+)?(?:plan|version)\w*\b(?=.*\b(?:nytt|ny|tillkommit)\b)"
    r"|\bredan\b(?=.*\b(?:förra|föregående|tidigare)\s+(?:\w+\s+)?(?:plan|version)\w*\b)"
    # which administration ranks first: "vilken förvaltning har högst sjukfrånvaro?"
    r"|\bvilk(?:en|et|a)\s+(?:av\s+)?(?:\w+\s+)?(?:förvaltning\w*|nämnd\w*|stadsdel\w*|organisation\w*)\b"
    r"(?=.*\b(?:högst|lägst|störst|minst|flest|färst|mest|bäst|sämst|högre|lägre|större|mindre|fler|färre|äldst"
    r"|yngst|äldre|yngre|sjukare|sjukast)\b)",
    re.IGNORECASE,
)
# A compound names the record kind too: "rekryteringsaktiviteter", "utbildningsinsatser".
_ACTIVITY_RE = re.compile(
    r"\b\w*?(?:aktivitet|insats(?!ta)|åtgärd)\w*|\bvem\s+(?:är\s+)?ansvar\w*"
    # what a party is responsible for: "vad ansvarar HR-chefen för?", "vad har enhetscheferna ansvar för?"
    r"|\bvad\s+(?:ansvarar\s+\S+(?:\s+\S+)?\s+för|har\s+\S+(?:\s+\S+)?\s+ansvar(?:et)?\s+för)\b",
    re.IGNORECASE,
)
_GAP_RE = re.compile(
    r"\bkompetens(?:gap|behov|brist|luck)\w*|\bgap\w*|\bbehov\w*|\bbrist\w*|\bsvårrekryter\w*|\butmaning\w*"
    r"|\bluck(?:a|or|orna)\b|\bkompetensrisk\w*|\brisk(?:er|erna)\b"
    # what is hard to find is what is lacking: "svårt att få tag på", "svåra att rekrytera", "saknas"
    r"|\bsvår\w*\s+att\s+(?:få\s+tag|hitta|rekrytera|anställa|bemanna|tillsätta)\b|\bsakna(?:s|r|de)\b"
    r"|\bfå\s+tag\s+på\b"
    # what competence is needed: "vilken kompetens behövs?", "vad behöver de för kompetens?"
    r"|\bkompetens\w*(?:\s+[\w-]+){0,3}?\s+behöv\w*|\bbehöv\w*(?:\s+[\w-]+){0,4}?\s+kompetens\w*",
    re.IGNORECASE,
)
_LIST_RE = re.compile(
    r"\blista\b|\blistan\b|\bräkna\s+upp\b|\bsammanställ\w*|\bvilka\s+av\s+(?:dem|dessa)\b"
    r"|\bvilka\s+(?:\w+\s+){0,3}?(?:aktivitet|insats|åtgärd|kompetensgap|kompetensbehov|behov|gap|utmaning)"
    r"|\bvem\s+(?:är\s+)?ansvar\w*|\bhur\s+många\s+(?:aktivitet|insats|åtgärd)",
    re.IGNORECASE,
)
_EXPLAIN_STRONG_RE = EXPLAIN_STRONG_RE = re.compile(
    r"\bvarför\b|\bbeskriv\b|\bförklara\w*|\bvad\s+innebär\b|\bsyftet\b"
    r"|\bvad\s+(?:menas|menar|betyder|avses|avser)\b"
    r"|" + ASKS_REASONING,
    re.I,
)
# A question for a time: "när ska …", "when will …" (not "när var sjukfrånvaron som högst?": a ranking).
_WHEN_RE = re.compile(
    r"^\s*(?:och\s+|and\s+)?(?:när|when)\b(?!.*\b(?:högst|lägst|störst|minst|flest|färrest)\b)"
    # "och när folk slutar då?" is a time in the life of a job (an area), not a question for a time
    r"(?!\s+(?:folk|man|de|dom|vi|ni|någon|några|alla|en|ett|nya|personal\w*|medarbetar\w*|\w*anställd\w*"
    r"|chef\w*|people|staff|employees|someone|det\s+gäller)\b)",  # "och när det gäller X?": regarding X
    re.IGNORECASE,
)
_FIGURE_STRONG_RE = re.compile(
    r"\bhur\s+(?:hög|högt|höga|låg|lågt|låga|stor|stort|stora|många|mycket)\b", re.IGNORECASE
)
_FIGURE_WEAK_RE = re.compile(
    r"\bvad\s+(?:var|är|blev)\b|\bvilke[nt]\b|\buppg(?:ick|år)\b|\bantal(?:et)?\b", re.IGNORECASE
)
_EXPLAIN_WEAK_RE = re.compile(
    r"\bhur\s+(?:arbetar|jobbar|ska|kan|tänker|resonerar|hanterar|säkerställer)\b|\bpåverka\w*"
    # the subject before the verb (an embedded question, or English word order: "how is X dealing with
    # …" -> "hur X hanterar …")
    r"|\bhur\s+" + SUBJECT_GAP + r"(?:arbetar|jobbar|tänker|resonerar|hanterar|säkerställer)\b"
    r"|\bpå\s+vilket\s+sätt\b"
    # how something is done: "hur tar de hand om nyanställda?", "hur tas praktikanter emot?"
    r"|\bhur\s+(?:tar|tas|gör|görs|går|stöttar|stöttas|stödjer|stöds|välkomnar|välkomnas|bemöter|möter)\b"
    r"|\bvad\s+handla(?:r|de)\b|\bvad\s+görs?\b",
    re.IGNORECASE,
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


# --------------------------------------------------------------------------- entities


def _intent(question: str, n_admins: int, metrics: list[str], target: str | None) -> Intent:
    """First matching rule wins; the order encodes which cue is more specific."""
    q = question.strip()
    if n_admins < 2 and explains_outright(q):  # "varför har de färre … nu?", "vad händer om …"
        return "explain"
    if n_admins >= 2 or _COMPARE_RE.search(q) or asks_versus(q) or ranks_where(q, metrics, n_admins):
        return "compare"
    if _FIGURE_STRONG_RE.search(q) and status_asked(q):
        return "figure"  # "hur många aktiviteter har genomförts?": a count, which the plan states
    if _LIST_RE.search(q):
        return "list"
    if (
        _EXPLAIN_STRONG_RE.search(q)
        or MAKES_RE.search(q)
        or (_EXPLAIN_WEAK_RE.search(q) and MEASURES_RE.search(q))
    ):
        return "explain"
    if _WHEN_RE.match(q):
        return "explain"  # "när ska handlingsplanen för heltid införas?": a time, which no key figure states
    if _FIGURE_STRONG_RE.search(q) or (metrics and _FIGURE_WEAK_RE.search(q)):
        return "figure"
    if _EXPLAIN_WEAK_RE.search(q):
        return "explain"
    if metrics:
        return "figure"
    if target in ("activities", "gaps") or re.match(r"(?i)vilk|vem\b", q):
        return "list"
    return "explain" if re.match(r"(?i)hur\b", q) else "other"


# "Vad gör X för att behålla sjuksköterskor?", "Hur ska de locka fler sökande?", "vad gör de när folk
# slutar?", "hur får de folk att stanna?": what an administration does is answered by its activities.
_DOES_RE = re.compile(
    r"\b(?:vad|hur)\s+(?:gör|görs|ska|skall|skulle|tänker|planerar|kommer|satsar|vill|bör|måste)\b"
    r"|\bhur\s+får\s+(?:de|dom|man|vi|ni|\w+en|\w+et)\s+(?:[\w-]+\s+){0,3}?att\b"
    # how they work with an area: "hur arbetar de med introduktion?", "hur tar de emot nyanställda?"
    r"|\bhur\s+(?:arbetar|jobbar|hanterar|säkerställer|tar|välkomnar|stöttar)\b"
    r"|\bvilka\s+(?:satsningar|planer)\b|\bvad\s+(?:finns\s+det\s+)?för\s+(?:planer|satsningar)\b"
    # "vad är planen för att lösa det?": what is planned about it
    r"|\bvad\s+är\s+(?:planen|planerna|tanken|strategin)\b"
    # embedded, the subject before the verb: "kan du lista vad X gör för att …", "berätta hur de jobbar
    # med …", "vad som görs för …" ("vad som gör att folk slutar" asks a cause)
    r"|\b(?:vad|hur)\s+" + SUBJECT_GAP + r"(?:gör(?!\s+(?:att|det)\b)|görs|ska|skall|tänker"
    r"|planerar|satsar|arbetar|jobbar|hanterar|säkerställer|välkomnar|stöttar)\b",
    re.IGNORECASE,
)


# "Vad gör de åt hyrpersonalen?", "vad gör förvaltningen för pedagogerna?": done about or for someone.
_ABOUT_RE = re.compile(
    r"\bvad\s+(?:gör|görs|ska\s+\w+\s+göra|tänker\s+\w+\s+göra"
    r"|" + SUBJECT_GAP + r"(?:gör|görs|ska\s+göra|tänker\s+göra))"  # embedded: "vad de gör åt …"
    r"\b(?:\s+[\w-]+){0,4}?\s+(?:åt|för)\s+(?!att\b)"
    r"(?!något\b|sig\b|oss\b)\w+",
    re.IGNORECASE,
)


def _open_activity_question(
    question: str, intent: Intent, areas: list[str], metrics: list[str], responsible: str | None = None
) -> bool:
    """Whether a question asks what is done about a topic or area, by a party, or how the planned went."""
    figure = metrics and _FIGURE_STRONG_RE.search(question)
    if not figure and intent in ("explain", "other") and asks_plan_outcome(question):
        return True
    if (
        intent not in ("explain", "other", "list")
        or figure
        or MAKES_RE.search(question)
        or asks_prose(question)
    ):
        return False
    if areas and AREA_VERB_RE.search(question):
        return True  # "hur introduceras nyanställda?": how an area's work is done is its activities
    if _ABOUT_RE.search(question):
        return True
    return bool(_DOES_RE.search(question)) and (
        bool(areas)
        or bool(re.search(r"\bför\s+att\b", question))
        or _about_topic(question)
        or asked_months(question) is not None  # "vad ska de göra under tredje kvartalet?": rows due then
        or responsible is not None  # "vad ska HR-enheten göra?": the rows it is responsible for
    )


def _about_topic(question: str) -> bool:
    """Whether what is done is asked about a topic or a need (_TOPIC_RE); how they think about it ("hur
    tänker de kring trygga anställningar?") or why ("vad är tanken bakom …") asks their reasoning."""
    reasoning = re.search(r"\btänk\w*", question, re.IGNORECASE) or asks_kind(question)  # "tanken bakom"
    return bool(_TOPIC_RE.search(question)) and not reasoning


# What is done about a topic, a need or within a field: "hur tänker de kring undersköterskor?", "hur
# vill de lösa bristen på socionomer?", "hur få tag på X?", "vad gör de inom äldreomsorgen?".
_TOPIC_RE = re.compile(
    r"\b(?:kring|gällande|angående|beträffande|när\s+det\s+gäller)\s+\w+|\binom\s+(?!(?:ramen|sig|kort)\b)\w{4,}"
    r"|\b(?:lösa|möta|klara|täcka|minska|hantera)\s+(?:\w+\s+)?(?:\w*brist\w*|\w*behov\w*)"
    r"|\bfå\s+tag\s+på\b|\bfå\s+(?:fler|in|hit)\b|\b(?:åt|för)\s+(?!(?:att|sig|oss|dem|det|den|de|något|nåt|någonting|er|mig|dig)\b)\w+",
    re.IGNORECASE,
)


# "Hur mycket har de lagt på konsulter på grund av bristen på tekniker?": a need as a cause asks no need.
_CAUSE_CLAUSE = re.compile(
    r"\b(?:på\s+grund\s+av|pga\.?|till\s+följd\s+av|som\s+en\s+följd\s+av|orsakad\w*\s+av|because\s+of)\s.*$",
    re.IGNORECASE,
)


def _target(question: str, metrics: list[str], intent: Intent) -> Target | None:
    if asks_prose(question):  # "vad riskerar de om bristen inte åtgärdas?" is no list of activities
        return None
    if _ACTIVITY_RE.search(question):
        return "activities"
    if _GAP_RE.search(_CAUSE_CLAUSE.sub("", question)):  # who has it hardest is told by the text, not lists
        hardest = intent == "compare" and hardest_asked(question) and not hardest_items_asked(question)
        return None if hardest else "gaps"
    if metrics and intent in ("figure", "compare"):
        return "figures"
    return None


def _having(question: str, intent: Intent, metrics: list[str]) -> Target | None:
    """ "Har både A och B något mentorsprogram?", "do both offer trainee posts?": whether each side has
    something, no figure asked, is answered by each side's activities on it (else by the text)."""
    if intent != "compare" or metrics or asks_prose(question):
        return None
    return "activities" if asks_both(question, english=True) else None


# "något upplägg för pensionärer", "några insatser mot sjukfrånvaron": a thing had, not a figure.
_SOMETHING_RE = re.compile(r"\b(?:något|någon|några|nåt|nån|nåra|any)\b", re.IGNORECASE)
# ... unless a measure is asked: "någon andel över 90 procent", "något mål för sjukfrånvaron på 5 %".
_MEASURE_RE = re.compile(r"\d|%|\b(?:andel\w*|procent\w*|antal\w*|siffr\w*|nivå\w*|värde\w*)", re.IGNORECASE)


def _has_something(question: str) -> bool:
    """Whether a comparison asks whether each side has some thing ("har både A och B något upplägg där
    pensionärer jobbar kvar?"): the words of a metric in it name the thing's topic, no figure is asked."""
    figure = (
        _FIGURE_STRONG_RE.search(question) or _FIGURE_WEAK_RE.search(question) or _MEASURE_RE.search(question)
    )
    return (
        asks_both(question, english=True)
        and bool(_SOMETHING_RE.search(question))
        and not figure
        and not names_target(question)
    )


_STAFF_COUNTS = frozenset(("employees_total", "employees_permanent"))


def _keywords(question: str) -> list[str]:
    words = re.findall(r"[\wåäöÅÄÖ-]+", question.casefold())
    return unique(w for w in words if len(w) >= 3 and w not in _STOPWORDS and not w.isdigit())


def route(question: str, known_plans: Sequence[Mapping[str, Any]], allowed: set[str] | None = None) -> Route:
    """The Route of one question: intent, entities and the plans it is about (within `allowed`)."""
    catalog = [dict(p) for p in known_plans]
    administrations, unknown, units = match_administrations(question, catalog)
    if not administrations and not unknown:  # "vilken region har lägst …?": every region's plan
        administrations = ranked_kind(question, unique(str(p.get("administration") or "") for p in catalog))
    metrics = groups_as_scopes(leaving_counts(question, question_metrics(question)))
    activities = bool(_ACTIVITY_RE.search(question))
    areas, metrics = resolve_metric_area_overlap(question, areas_in_question(question), metrics, activities)
    preliminary = _target(question, [], "other")
    # a unit of a plan's organisation ("utbildningsförvaltningen i Härnösand") is no other side to compare
    intent = _intent(question, len(administrations) + len(unknown) - len(units), metrics, preliminary)
    if intent == "compare":  # "vem har äldst personal?": the mean age, told by an adjective
        metrics = [] if _has_something(question) else comparative_metrics(question, metrics)
        if age_bands(question) and set(metrics) <= _STAFF_COUNTS:
            metrics = []  # "flest anställda som är 60 år eller äldre": a band of the staff, not its size
    relative = relative_plan(question)
    responsible = responsible_asked(question)
    open_question = _open_activity_question(question, intent, areas, metrics, responsible)
    having = _having(question, intent, metrics)
    if open_question:
        intent = "list"
    result = Route(
        question=question,
        intent=intent,
        administrations=administrations,
        unknown_administrations=unknown,
        units=units,
        requested_periods=find_periods(question),
        relative_period=relative[0] if relative else None,
        areas=areas,
        metrics=metrics,
        target="activities" if open_question else _target(question, metrics, intent) or having,
        open_question=open_question,
        responsible=responsible,
        keywords=_keywords(question),
        catalog=catalog,
    )
    return _versions_named(choose(resolve_plans(result), allowed))


def _versions_named(route_: Route) -> Route:
    """A question naming two versions of one administration's plan by their periods ("vilka aktiviteter i
    planen 2025–2027 följer med till planen 2026–2028?") compares them, whatever else it asks."""
    named = set(route_.plan_periods)
    one = len(route_.administrations) == 1
    if route_.intent == "compare" or len(named) < 2 or len(route_.plans) < 2 or not one:
        return route_
    return route_.model_copy(update={"intent": "compare", "open_question": False})
