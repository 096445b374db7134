"""Follow-up questions: "och förra året?", "vilka av dem har HR som ansvarig?" take what they leave out
(administration, metric, area, target, period) from the previous question's Route."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from kfp_assistant.ask.comparison import question_terms
from kfp_assistant.ask.figure_groups import of_sex_group
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.router import EXPLAIN_STRONG_RE, route
from kfp_assistant.ask.scope import choose, following_ids, resolve_plans, unique
from kfp_assistant.schema import Citation
from kfp_assistant.sv.activity_terms import FIELD_WORDS
from kfp_assistant.sv.administrations import without_names
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.status import asks_done, asks_outcome, status_asked, without_outcome
from kfp_assistant.sv.superlatives import lowest_first, superlative_of
from kfp_assistant.sv.table_terms import asks_now
from kfp_assistant.sv.why import asked_term
from kfp_assistant.sv.words import tokenize

_FOLLOWUP_START_RE = re.compile(
    r"^\s*(?:och|men|än|samt|eller|också|även|då|samma|and|but|jämfört\s+med|hur\s+(?:är|var)\s+det|vad\s+sägs\s+om)\b",
    re.IGNORECASE,
)

_ANAPHORA_RE = re.compile(
    r"\b(?:av|bland|för)\s+(?:dem|dessa)\b|\bdessa\b|\bsamma\b|\bmotsvarande\b|\bdå\s*\??\s*$"
    r"|\bstår\s+(?:de[tn]?|dom|sig)\b|\bgäller\s+det\b|\bdet\s+där\b|\bderas\b"
    # "Är den högre än på Y?", "ligger det lägre jämfört med Y?": a pronoun compared with another side
    r"|^\s*(?:är|var|blir|ligger|låg|har)\s+(?:den|det|de|dom|denna|detta|siffran)\b(?=.*\b(?:än|mot|jämfört)\b)"
    # "vem ansvarar för det?", "vem är ansvarig för dem?": what was just talked about
    r"|\b(?:för|om|med)\s+(?:det|detta|den|denna|dem|dessa)\s*[?.!]*\s*$",
    re.IGNORECASE,
)


# A question over administrations ("vilka förvaltningar ...", "i alla planer") is not about one.
_ACROSS_RE = re.compile(
    r"\b(?:alla|samtliga|varje|andra|övriga|flera|någon|några|vilka|vilken|vilket)\s+(?:av\s+)?(?:de\s+)?"
    r"(?:\w+\s+)?(?:förvaltning|nämnd|plan|kommun|region|stadsdel|organisation|arbetsgivare)\w*",
    re.IGNORECASE,
)
# A pronoun standing for what was just talked about: "varför är det svårt att säga?", "hur gör de då?"
_POINTS_BACK_RE = re.compile(r"\b(?:det|detta|de|dem|dessa|denna|deras|dess)\b", re.IGNORECASE)


# A question ending in a pronoun points back at what was talked about: "hur många är de?", "hur stor
# andel är det?" (not "vart tar de vägen som slutar?", whose "de" is those who leave).
# A later part's administration added after a dash ("… är det – Norrby?") does not end it.
_ENDS_POINTING = re.compile(
    r"\b(?:det|detta|den|denna|de|dem|dessa|dom)\s*(?:\s[–-]\s[^?]*)?[?.!]*\s*$", re.IGNORECASE
)
# Words that ask how something changed or which version, not about what: "hur har det ändrats sedan
# förra planen?" names no subject of its own, so it is about the previous question's.
_CHANGE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "ändrats förändrats förändring förändringen utvecklats utvecklingen ökat minskat sjunkit stigit"
        " blivit gått sedan sen förra föregående tidigare senaste nya nyare gamla äldre förut fortfarande"
        " jämfört jämförelse skillnad skillnaden skiljer nu idag",
    )
)


# "vilka yrken", "vilken fråga", "which roles": a question word followed by a noun of its own, not by a
# verb or "av" ("vilka av dem", "vilka är det").
_WHICH_RE = re.compile(r"\b(?:vilk(?:a|en|et)|which|what)\s+(\w{3,})", re.IGNORECASE)
_NOT_A_NOUN = frozenset(
    re.findall(
        r"\S+",
        "av är var har hade fick får finns fanns ska skulle kan kunde blir blev gäller gällde står tror"
        " of are is was were do does did has have",
    )
)


# "vad handlade de om?", "vad gällde det?": what something was about, a thing of its own.
# "vad är X?" of one thing named (after a list holding X) asks what X is, which a row naming X does not
# tell: a question of its own, not the list again. Not "vad är det/de största …".
_WHAT_IS_RE = re.compile(
    r"^\s*(?:och\s+)?vad\s+är\s+(?!(?:det|den|de|dem|dessa|detta|denna|en|ett|the)\b)[\w-]+"
    r"(?:\s+för\s+(?:något|nåt|slags?))?\s*\??\s*$",
    re.IGNORECASE,
)
_ABOUT_RE = re.compile(r"\bvad\s+(?:handla\w*|gällde|gäller|rörde|rör)\b", re.IGNORECASE)


_COUNT_RE = re.compile(r"\bhur\s+många\b(?!\s+(?:procent|%))", re.IGNORECASE)
_HOW_DONE_RE = re.compile(
    r"^\s*(?:och\s+|men\s+)?hur\s+(?:ska|skall|tänker|planerar|kan|gör|arbetar|jobbar)\b", re.IGNORECASE
)


# Who of them ranks first, by any superlative ("vem har tuffast mål?", "vilken är snabbast?", "who is
# quicker?"): the administration before and the one named are both sides.
# "och i Y, är den lägre där?", "is it higher there?": the figure before, set against the side now named.
_AGAINST_RE = re.compile(
    r"\b(?:är|var|blir|ligger|låg|is|was)\s+(?:den|det|de|dom|siffran|it|that|they)\s+(?:\w+\s+)?"
    r"(?:högre|lägre|större|mindre|fler|färre|bättre|sämre|higher|lower|bigger|smaller|more|fewer|better|worse)\b",
    re.IGNORECASE,
)
_WHO_MOST = re.compile(
    r"\b(?:vem|vilken|vilket|who|which)\b.*(?:\b(?!kontrast)\w{3,}(?:ast|aste|are|est|er\s+than)"
    r"|\b(?:högre|lägre|större|mindre|fler|färre|bättre|sämre|äldre|yngre))\b",
    re.IGNORECASE,
)


_IT_RE = re.compile(r"\b(?:den|det|denna|detta|siffran|it)\b", re.IGNORECASE)


def _asks_which(question: str) -> bool:
    """Whether the question asks which of a thing it names ("vilka yrken är vanligast bland dem?") or
    what something was about ("vad handlade de mest om?")."""
    which = any(m.group(1).lower() not in _NOT_A_NOUN for m in _WHICH_RE.finditer(question))
    return which or bool(_ABOUT_RE.search(question))


def _looks_like_followup(question: str, new: Route) -> bool:
    """A follow-up starts like one ("och ...", "jämfört med ..."), refers back ("av dem", "samma"), is
    very short, or asks about nothing of its own ("hur står det sig mot Hässelby?", "har det ändrats
    sedan förra planen?")."""
    words = re.findall(r"\w+", question)
    subject = [k for k in new.keywords if k not in _CHANGE_WORDS]
    own_subject = new.metrics or new.areas or new.target or len(subject) > len(new.administrations) + 2
    return bool(
        _FOLLOWUP_START_RE.search(question)
        or _ANAPHORA_RE.search(question)
        or len(words) <= 3
        or not own_subject
    )


def resolve_followup(
    question: str,
    history_routes: Sequence[Route],
    known_plans: Sequence[Mapping[str, Any]] | None = None,
    allowed: set[str] | None = None,
) -> Route:
    """Route a follow-up: what it leaves out (administration, metric, area, target, period) comes from the
    previous route. "och förra året?" moves to the plan before; "vilka av dem har HR som ansvarig?" keeps
    the list and adds the responsible filter. A question that does not read as a follow-up routes alone."""
    previous = history_routes[-1] if history_routes else None
    catalog = list(known_plans) if known_plans is not None else (previous.catalog if previous else [])
    new = route(question, catalog, allowed)
    if previous is None:
        return new
    talked = _ranked_over(question, new, history_routes)
    if not talked and not _looks_like_followup(question, new):
        return _same_plans(question, new, previous, allowed)
    context = f"{previous.context} {previous.question}".strip()[-300:]
    update: dict[str, Any] = {"followup": True, "context": context, "asked_before": previous.question}
    if not (new.administrations or new.unknown_administrations):
        update |= {
            "administrations": previous.administrations,
            "unknown_administrations": previous.unknown_administrations,
            "units": previous.units,
        }
    elif new.intent == "compare" or _WHO_MOST.search(question) or _AGAINST_RE.search(question):
        # "jämfört med Hässelby?", "och i Hässelby, är den lägre där?": both sides
        # "och idrottsförvaltningen? vem har tuffast mål?": the one before and the one named, ranked
        update["administrations"] = unique([*previous.administrations, *new.administrations])
    if talked:  # "vem har högst?" after one figure of several administrations: those, ranked
        update["administrations"] = talked
    # "vilka yrken är vanligast bland dem?" asks a thing of its own about the group talked about: the
    # group's figures (the metric, the records asked before) do not answer it; "vilka av dem ..." does.
    which = _asks_which(question)
    # "Varför har den minskat?" after a figure asks for the plan's reasons, not the figure again.
    what_is = bool(_WHAT_IS_RE.match(question) or asked_term(question))
    # "hur ska de ersätta dem?" after a figure asks how it is to be done, not the figure again
    how = new.intent == "explain" and bool(_HOW_DONE_RE.match(question))
    why = bool(EXPLAIN_STRONG_RE.search(question) or what_is or how) and not (new.metrics or new.target)
    own_subject = bool(new.metrics or new.target or new.areas or which or why)
    # "i vilken yrkesgrupp är den högst?": which group ranks first on the figure talked about, kept
    ranks_it = which and superlative_of(question) is not None and bool(_IT_RE.search(question))
    drop_metrics = new.target in ("activities", "gaps") or (which and not ranks_it)
    drop_metrics = drop_metrics or why
    # "och hur många är 58 eller äldre?" after the mean age asks a count, which no mean or share answers
    counted = [m for m in previous.metrics if METRICS[m]["unit"] == "count"]
    kept = counted if _COUNT_RE.search(question) else previous.metrics
    update["metrics"] = new.metrics or ([] if drop_metrics else kept)
    if of_sex_group(question, new.metrics, previous.metrics):  # "och bland männen?": that figure, of the men
        update["metrics"] = previous.metrics
    update["areas"] = new.areas or (previous.areas if not new.metrics else [])
    update["target"] = _target(question, new, previous, (which and not ranks_it) or why)
    same_records = not (new.metrics or new.target or which)
    update["responsible"] = new.responsible or (previous.responsible if same_records else None)
    # "och inom Attrahera?" has no cue of its own ("other"); a bare "hur är det med X?" reads as explain.
    # "och vad hände med X?" asks how it went, told in sentences: no figure or list asked before
    inherit_intent = (new.intent == "other" and not which and not why and not asks_outcome(question)) or (
        new.intent == "explain" and not own_subject
    )
    inherit_intent = inherit_intent or (ranks_it and new.intent == "other")
    update["intent"] = previous.intent if inherit_intent else new.intent
    update["intent"] = "compare" if talked or len(update.get("administrations", [])) > 1 else update["intent"]
    if previous.intent == "compare" and update["intent"] == "figure" and new.metrics and not named_any(new):
        update["intent"] = "compare"  # "och hur ser det ut med AMI?" after a comparison: the same sides
    if (
        (new.relative_period == "previous" or _other_version(new, previous))
        and previous.metrics
        and not new.metrics
    ):
        update["intent"] = "compare"  # "och i förra planen?" after a figure: then and now, side by side
    update |= _followup_periods(new, previous)
    # "… och vart tar de vägen som slutar?" after where recruits come from: a figure of its own, not
    # pointing back at the group before ("av dem"), is searched by its own words, not the question before
    own_figure = bool(new.metrics) and not set(new.metrics) & set(previous.metrics)
    inherits = not own_figure or bool(_ANAPHORA_RE.search(question) or _ENDS_POINTING.search(question))
    update["keywords"] = unique([*new.keywords, *previous.keywords]) if inherits else new.keywords
    update["context"] = context if inherits else ""
    update["topic"] = topic_talked_about(question, new, previous)
    if _POINTS_BACK_RE.search(question):
        update["referent"] = previous.quoted  # "vad handlade de om?": "de" is what was just quoted
    merged = new.model_copy(update=update)
    # "förra året" after a question about one specific plan means the plan before that one.
    specific = previous.requested_periods or previous.relative_period
    reference = set(previous.doc_ids) if specific and new.relative_period == "previous" else set()
    resolved = resolve_plans(merged, reference)
    same_administrations = new.administrations in ([], previous.administrations)
    if previous.versions_named and not new.versions_named and same_administrations and not asks_now(question):
        # how those versions' activities went is told by the version after them too (its follow-up)
        resolved = _versions_talked_about(resolved, previous, also_after=asks_done(question))
    if status_asked(question):  # "och vilka av dem blev aldrig av?": the version after follows them up
        later = following_ids(resolved.doc_ids, previous.catalog or catalog)
        resolved = resolved.model_copy(update={"doc_ids": unique([*resolved.doc_ids, *later])})
    figure = bool(resolved.metrics) and resolved.intent != "explain" and resolved.target in (None, "figures")
    if _versions_compared(previous, catalog) and figure and same_administrations and not new.versions_named:
        # "jämför de två planerna: hur många går i pension och hur många behöver anställas?": a figure asked
        # after two versions were compared is compared in the same versions.
        chosen = choose(resolved.model_copy(update={"intent": "compare"}), allowed)
        return chosen.model_copy(update={"plans": [d for d in previous.plans if d in set(chosen.scope)]})
    return choose(resolved, allowed)


def named_any(new: Route) -> bool:
    """Whether a question names an administration, known or not."""
    return bool(new.administrations or new.unknown_administrations)


def _versions_compared(previous: Route, catalog: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the route before compared two or more versions of one administration's plan (`catalog`:
    the known plans; a route from an earlier turn travels without its own)."""
    compared = [p for p in catalog if p.get("doc_id") in set(previous.plans)]
    one = len({p.get("administration") for p in compared}) == 1
    return previous.intent == "compare" and len(compared) >= 2 and one


def _target(question: str, new: Route, previous: Route, asks_own: bool) -> str | None:
    """The records a follow-up asks for: its own, figures when it names a metric, the activities followed
    up when it asks a status ("och vilka håller de fortfarande på med?"), else the previous question's
    unless it asks a thing of its own."""
    if new.target or new.metrics:
        return new.target or "figures"
    if status_asked(question):
        return "activities"
    return None if asks_own else previous.target


_WHO_RANKS_RE = re.compile(r"^\s*(?:och\s+)?(?:vem|vilken|vilket|var|hos\s+vem|who|which|where)\b", re.I)


# Words saying how a thing changed or stands, not what it is: "varför är den så hög?" names no subject.
_NO_SUBJECT = frozenset(
    tokenize(
        " ".join(_CHANGE_WORDS)
        + " hög högt höga låg lågt låga stor stort stora liten litet små många få fler färre mer mindre"
        " ner upp ökning minskning ökade minskade sjönk steg varit vara blivit bli"
        # doing something about it: "vad är planen för att lösa det?" is about what was talked about
        " lösa löser åtgärda åtgärdar hantera hanterar motverka förbättra vända komma rätta tillrätta"
    )
)
TOPIC_CHARS = 300
# "och i vilka yrken?" (a part whose administration may be added: "… – Norrby?"): which of the same thing
_WHICH_ALONE_RE = re.compile(
    r"^\s*(?:och\s+|and\s+)?(?:i\s+|in\s+)?(?:vilk(?:a|en|et)|which)\s+[\w-]+\s*(?:[–-]\s[^?]*)?\??\s*$", re.I
)  # the earlier questions a topic keeps, as context does


def topic_talked_about(question: str, new: Route, previous: Route) -> str:
    """The earlier questions whose subject a follow-up is about (Route.topic), when it names no subject
    of its own: "varför har det ökat?", "och två år tidigare?"; else "". A word of its own ("hur många
    av dem har socionomexamen?"), a figure or an area ("och sjukfrånvaron?") is its subject, which the
    sentences shown must name themselves."""
    if new.metrics or new.areas:
        return ""
    whose = [*new.administrations, *new.unknown_administrations]
    # "vem ansvarar för det?", "när ska den vara klar?": a field of what was talked about, no subject
    own = question_terms(question, whose, expand=False, named=new.administrations) - _NO_SUBJECT - FIELD_WORDS
    if own and not _WHICH_ALONE_RE.match(question):  # "och vilka yrken?" asks which of the same thing
        return ""
    # "och i B?" after a list of A's needs: A's name is whose they were, not what they were about
    asked = without_names(previous.question, previous.administrations)
    asked = without_outcome(asked)  # "hur gick det med aktiviteterna i förra planen?": the activities
    if previous.topic and not question_terms(asked, []) - _NO_SUBJECT - FIELD_WORDS:
        asked = ""  # "när ska de vara klara?" asked a field of the topic before, which stays the topic
    return f"{previous.topic} {asked}".strip()[-TOPIC_CHARS:]


def _ranked_over(question: str, new: Route, history: Sequence[Route]) -> list[str]:
    """For "vem har högst?" naming neither administration nor figure, the administrations the turns
    before gave the same figure for (two or more), latest first; [] for any other question."""
    if new.administrations or new.metrics or not history or lowest_first(question) is None:
        return []
    if not _WHO_RANKS_RE.search(question) or not history[-1].metrics:
        return []
    metrics = set(history[-1].metrics)
    talked: list[str] = []
    for earlier in reversed(history):
        if not set(earlier.metrics) & metrics:
            break
        talked += [a for a in earlier.administrations if a not in talked]
    return talked if len(talked) >= 2 else []


def _other_version(new: Route, previous: Route) -> bool:
    """Whether a follow-up names a plan version other than those the answer before drew on ("hur var det
    i 2021 års plan då?" after a figure of the current plan), and no year of figures."""
    periods = {p.get("period") for p in previous.catalog if p.get("doc_id") in set(previous.plans)}
    return bool(new.requested_periods) and not new.figure_years and not set(new.requested_periods) <= periods


def _same_plans(question: str, new: Route, previous: Route, allowed: set[str] | None) -> Route:
    """A question with a subject of its own, asked in a chat without naming an administration, is about
    the administration (and the plan version) talked about: "varför är det svårt att säga exakt?" after
    a question on one administration's retirements. Its topic stays its own; a question over
    administrations ("vilka förvaltningar ...") and one after a question over all plans stand alone."""
    named = new.administrations or new.unknown_administrations
    if named or not (previous.administrations or previous.unknown_administrations):
        return new
    # "vilka behov finns kvar från förra planen?": the versions of the one talked about, compared
    versions = new.relative_period == "previous"
    if (new.intent == "compare" and not versions) or _ACROSS_RE.search(question):
        return new
    update: dict[str, Any] = {
        "followup": True,
        "administrations": previous.administrations,
        "unknown_administrations": previous.unknown_administrations,
        "units": previous.units,
    }
    if _POINTS_BACK_RE.search(question):  # what "det" stands for is in the question before: search it too
        update["context"] = f"{previous.context} {previous.question}".strip()[-300:]
        update["referent"] = previous.quoted
        update["topic"] = topic_talked_about(question, new, previous)
    merged = resolve_plans(new.model_copy(update=update))
    if previous.versions_named and not new.versions_named:
        # The plan version talked about ("förra planen") stays the one meant.
        merged = _versions_talked_about(merged.model_copy(update={"doc_ids": previous.doc_ids}), previous)
    return choose(merged, allowed)


def _versions_talked_about(merged: Route, previous: Route, also_after: bool = False) -> Route:
    """A follow-up that names no period of its own is about the plan versions the answer before drew
    on: a bare year ("Norrby 2021") chose no version, but the answer quoted one. With `also_after` (how
    they went is asked), the versions following them up stay too."""
    answered = [d for d in unique(q.split("|", 1)[0] for q in previous.quoted) if d in merged.doc_ids]
    doc_ids = merged.doc_ids if also_after else answered or merged.doc_ids
    periods = [p.get("period") for p in previous.catalog if p.get("doc_id") in doc_ids]
    return merged.model_copy(update={"doc_ids": doc_ids, "periods": unique(x for x in periods if x)})


def _followup_periods(new: Route, previous: Route) -> dict[str, Any]:
    """Explicit periods win; "förra året" shifts stated years back one, else moves to the plan before."""
    if new.requested_periods:
        return {}
    if asks_now(new.question) and not new.relative_period:  # "och nu?" after a year: the latest plan
        return {"requested_periods": [], "relative_period": None, "plan_periods": []}
    years = [int(y) for y in previous.requested_periods if y.isdigit()]
    if new.relative_period in ("previous", "previous_year") and years:
        return {"requested_periods": [str(y - 1) for y in years], "relative_period": None}
    if new.relative_period == "next_year" and years:  # "och året efter?" after "… 2024?"
        return {"requested_periods": [str(y + 1) for y in years], "relative_period": None}
    if new.relative_period:
        return {}
    return {
        "requested_periods": previous.requested_periods,
        "relative_period": previous.relative_period,
        "plan_periods": previous.plan_periods,
    }


QUOTED = 2  # citations of an answer a follow-up's "de" may point at: the first ones, its answer proper


def quoted(citations: Sequence[Citation], not_found: bool) -> list[str]:
    """What an answer quoted, as 'doc_id|section|quote' (Route.quoted); nothing for a refusal, whose
    nearest passages are no answer a follow-up could lean on."""
    if not_found:
        return []
    return [f"{c.doc_id}|{c.section}|{c.quote}" for c in citations[:QUOTED]]
