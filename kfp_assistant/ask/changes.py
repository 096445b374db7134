"""What changed between two versions of one administration's plan, asked in a chat ("Vad är nytt i
Socialnämndens plan jämfört med förra?", "Vad har förändrats sedan förra planen?").

In: the Route of a comparison of one administration's versions and their records. Out: a RecordAnswer
listing the newer plan's activities and competence needs the older one does not hold (matched by
wording, so a reworded activity counts as new), what was dropped when the question asks, and the key
figures both versions state, each cited; None when the question is about a topic of its own (then the
two versions' text on it answers).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from rapidfuzz import fuzz

from kfp_assistant.ask.records_answer import RecordAnswer, cite_record, plan_title
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.scope import version_key
from kfp_assistant.schema import Citation, PlanRecords
from kfp_assistant.sv.administrations import administration_key
from kfp_assistant.sv.areas import area_compound_rests, area_phrases, areas_in_question
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.status import ONGOING, PARTLY, status_of
from kfp_assistant.sv.words import general_stems, question_stems, terms_found, tokenize

# What is new or gone, and what changed in general (no topic named besides the plan).
_NEW = re.compile(
    r"\b(?:nytt|nya?(?!\s+(?:\w*plan|version))|nyheter\w*|nytillk\w*|tillkommit|tillkommer|tillkommande"
    r"|lagts\s+till|lagt\s+till"
    r"|tillagt\w*)\b",
    re.I,
)
_GONE = re.compile(
    r"\b(?:försvunnit|försvann|(?:tagits|tagit|togs|tas|plockats|plockat|strukits|strukit)\s+bort|strukits"
    r"|strukit|borttag\w*|slopa(?:ts|t|des)|utgått|(?:inte|ej)\s+(?:längre|kvar)|borta)\b",
    re.I,
)
# What both versions hold: "vilka aktiviteter finns kvar?", "vilka behov är gemensamma för planerna?",
# "vilka av dem fanns med i förra planen också?"
_KEPT = re.compile(
    r"\b(?:(?:finns|är)\s+kvar|kvarstår|behållits|fortfarande|samma|gemensam\w*|återkommer|båda\s+planerna"
    r"|fanns\s+(?:(?:det|de|dom|den|dessa)\s+)?(?:också\s+|även\s+)?med"
    # carried over into the new version: "följer med", "förs över", "flyttas till", "lever vidare"
    r"|följ(?:er|t|de)\s+med|för(?:s|ts|des)\s+(?:över|vidare)|flytta(?:s|ts|des)|fortsätt(?:er|a)|lever\s+vidare)\b",
    re.I,
)
_CHANGED = re.compile(
    r"\b(?:skillnad\w*|skiljer|(?:för)?ändra(?:ts|t|des)|förändring\w*|ändring\w*|uppdater\w*|hänt)\b", re.I
)
# Words such a question may hold besides the plan, the versions and the change: nothing asked about.
_FRAME_WORDS = frozenset(
    re.findall(
        r"\S+",
        "vad vilka vilken är har finns det i jämfört med mot sedan sen förra föregående tidigare senaste nya"
        " nytt gamla planen plan planerna versionen version mellan den de två och förändrats ändrats"
        " skillnad skillnaden skillnader skiljer sig förändring förändringar ändringar tillkommit tagits bort"
        " försvunnit strukits lagts till kompetensförsörjningsplanen kompetensförsörjningsplan nyheter"
        " aktiviteter aktiviteterna insatser åtgärder kompetensbehov behov",
    )
)
# Further words of how a question about a version's changes asks (verbs of change, the versions, the
# record kinds, degree): what is left after them and the question's names is what it is about.
_CHANGE_WORDS = (
    " årets gammal äldre nuvarande aktuell aktuella gällande nyaste versioner utgåva kommit något några"
    " någon sett ut blivit olika störst största viktigaste stora mest tagit togs tas plockat plockats"
    " strukit slopats slopat slopades utgått borta kvar längre inte ej lagt tillagda tillagts nytillkomna"
    " nytillkommit ändrat förändrat förändrade ändrade uppdaterats uppdaterat uppdaterade hänt fanns med"
    " jämförelse förhållande aktivitet insats åtgärd gap kompetensgap kompetensbehoven kompetensgapen"
    " åtgärderna insatserna punkter punkterna saker försvann between and kvarstår behållits fortfarande"
    " samma gemensam gemensamma gemensamt återkommer båda bägge brist brister kompetensbrist kompetensbrister"
    " kompetens ur ny också även jämför följer följt följde förs förts fördes över vidare flyttas flyttats"
    " fortsätter fortsätta lever in till från hos inom bland lagt strukit yrken yrke yrkesgrupper roller"
    " svårrekryterade svårrekryterad bristyrken bristyrke svåra rekrytera"
)
# Whom an area's work is for ("locka sökande", "behålla personalen", "ta emot nyanställda"): with the
# area named, part of it, no topic of its own.
_AREA_OBJECTS = " sökande kandidater nyanställda nyanställd kollegor"

# Whether one item was there before: "Fanns X med redan i förra planen eller är det nytt?"
_ALREADY = re.compile(r"\b(?:redan|nytt|ny|tillkommit|nyhet\w*)\b", re.I)
_ITEM_FRAME = frozenset(tokenize(" ".join(_FRAME_WORDS) + " redan fanns med ny gången gång eller helt"))
# A reworded activity is not new: the share of words two texts must share to be the same item.
SAME_ITEM = 85
_SHOWN = 25  # items per list at most
_FIGURES = 8  # key figures compared at most


def _change_topic(route: Route) -> set[str]:
    """The stems a question about a version's changes asks about besides the change, the versions, the
    record kinds and the plan's name (and the words naming its UBARA areas, which filter activities)."""
    names = {w for a in route.administrations for w in tokenize(a.replace("-", " "))}
    frame = set(tokenize(" ".join(_FRAME_WORDS) + _CHANGE_WORDS))
    skip = frame | question_stems() | general_stems() | names
    words = {t for t in tokenize(route.question) if t not in skip and not t.isdigit() and len(t) > 1}
    if not route.areas:
        return words
    named = set(tokenize(" ".join(area_phrases(route.question)) + _AREA_OBJECTS))
    return {t for t in words if not areas_in_question(t) and t not in named}


def asks_for_changes(route: Route) -> bool:
    """Whether a comparison of one administration's versions asks what changed in general, or what is new
    or gone among its activities (of an area) or needs."""
    if route.intent != "compare" or len(route.plans) < 2 or route.metrics:
        return False
    if route.areas and route.target not in ("activities", None):
        return False  # an area named asks for its activities (not its needs or figures)
    q = route.question
    listed = bool(_NEW.search(q) or _GONE.search(q) or _KEPT.search(q))
    if not (listed or _CHANGED.search(q)):
        return False
    if route.areas and route.target is None and (not listed or area_compound_rests(q)):
        # "hur har arbetet med avslutssamtal förändrats?": how one thing changed is told by the text
        return False
    return not _change_topic(route)


def _unmatched(items: Sequence[Any], others: Sequence[Any], text: Callable[[Any], str]) -> list[Any]:
    """Items with no item of the other list worded alike."""
    return [
        item
        for item in items
        if not any(fuzz.token_set_ratio(text(item), text(o)) >= SAME_ITEM for o in others)
    ]


def _item_lines(plan: PlanRecords, items: list[Any], kind: str, citations: list[Citation]) -> list[str]:
    lines = []
    for item in items[:_SHOWN]:
        if kind == "activity":
            n = cite_record(citations, plan, item.page, item.quote, item.area or "")
            lines.append(f"- {item.activity} ({item.area or 'inget område'}) [{n}]")
        else:
            n = cite_record(citations, plan, item.page, item.quote, item.theme or "")
            lines.append(f"- {item.text} [{n}]")
    return lines + ([f"- … och {len(items) - _SHOWN} till"] if len(items) > _SHOWN else [])


def _figure_lines(old: PlanRecords, new: PlanRecords, citations: list[Citation]) -> list[str]:
    """Whole-administration key figures both versions state, the latest value of each."""

    def latest(plan: PlanRecords) -> dict[str, Any]:
        best: dict[str, Any] = {}
        for f in plan.figures:
            if f.scope is None and (f.metric not in best or (f.as_of or "") > (best[f.metric].as_of or "")):
                best[f.metric] = f
        return best

    before, after = latest(old), latest(new)
    lines = []
    for metric in [m for m in METRICS if m in before and m in after][:_FIGURES]:
        a, b = before[metric], after[metric]
        na = cite_record(citations, old, a.page, a.quote)
        nb = cite_record(citations, new, b.page, b.quote)
        label = METRICS[metric]["label_sv"]
        lines.append(f"- {label}: {a.quote} [{na}] → {b.quote} [{nb}]")
    return lines


def _asked(route: Route) -> tuple[bool, bool, bool]:
    """(whether to list what is new, what is gone, what both hold): new and gone for a question of
    change in general, one for "vad har tillkommit?", "vad har tagits bort?" or "vad finns kvar?"."""
    q = route.question
    new, gone = bool(_NEW.search(q)), bool(_GONE.search(q))
    if _KEPT.search(q) and not (new or gone or _CHANGED.search(q)):
        return False, False, True
    if _CHANGED.search(q) or new == gone:
        return True, True, False
    return new, gone, False


def _own(plan: PlanRecords, areas: Sequence[str]) -> list[Any]:
    """The plan's own activities (not its follow-up of the previous plan), of the areas asked if any."""
    rows = [a for a in plan.activities if a.table == "plan"]
    return [a for a in rows if set(a.areas) & set(areas)] if areas else rows


# A follow-up row's status or comment that carries the activity into the new version: "Pågår",
# "Delvis genomförd", "fortsätter 2026", "Flyttas till planen 2026–2028", "följer med".
_CARRIED_RE = re.compile(
    r"\b(?:fortsätt\w*|flytta(?:s|ts|des)|följer\s+med|förs\s+(?:över|vidare)|överförs|överförd\w*)\b", re.I
)


def _carried(plan: PlanRecords, areas: Sequence[str]) -> list[Any]:
    """The previous version's activities the newer plan's follow-up says go on: still ongoing or partly
    done, or said to continue or to move into the new plan."""
    rows = [a for a in plan.activities if a.table == "followup" and (not areas or set(a.areas) & set(areas))]
    return [
        a
        for a in rows
        if status_of(a.followup) in (ONGOING, PARTLY)
        or _CARRIED_RE.search(" ".join([a.followup or "", *(str(v) for v in (a.extra or {}).values())]))
    ]


def _carried_section(plan: PlanRecords, areas: Sequence[str], citations: list[Citation]) -> list[str]:
    lines = []
    for a in _carried(plan, areas)[:_SHOWN]:
        n = cite_record(citations, plan, a.page, a.quote, a.area or "")
        comment = "; ".join(str(v) for k, v in (a.extra or {}).items() if k.casefold().startswith("komment"))
        status = ", ".join(x for x in (a.followup, comment) if x)
        lines.append(f"- {a.activity}" + (f" ({status})" if status else "") + f" [{n}]")
    title = "Aktiviteter ur förra planen som enligt uppföljningen fortsätter"
    return [f"{title} ({len(lines)}):\n" + "\n".join(lines)] if lines else []


def _section(title: str, plan: PlanRecords, items: list[Any], kind: str, citations: list[Citation]) -> str:
    return f"{title} ({len(items)}):\n" + "\n".join(_item_lines(plan, items, kind, citations))


def _kept_line(
    kind: str,
    new: PlanRecords,
    old: PlanRecords,
    item: Any,
    before: Sequence[Any],
    text: Callable[[Any], str],
    citations: list[Citation],
) -> str:
    """An item both versions hold, cited in each."""
    line = _item_lines(new, [item], kind, citations)[0]
    twin = max(before, key=lambda o: fuzz.token_set_ratio(text(item), text(o)))
    return f"{line}[{cite_record(citations, old, twin.page, twin.quote)}]"


def _differences(
    kind: str,
    new: PlanRecords,
    old: PlanRecords,
    items: Sequence[Any],
    before: Sequence[Any],
    asked: tuple[bool, bool, bool],
    citations: list[Citation],
    whole_lists: bool = True,
) -> list[str]:
    """Sections listing the items (activities or needs) the newer version adds, the older one's it
    dropped and those both hold, as asked; a line saying none when none of the asked kind differ.
    Without `whole_lists` (what goes on is told otherwise), no version's items are listed whole."""
    words = ("Aktiviteter", "aktiviteter") if kind == "activity" else ("Kompetensbehov", "kompetensbehov")
    # A need is often a role named in a word or two, its form changing between versions ("Sjuksköterska",
    # "Sjuksköterskor, särskilt …"): needs are matched by their stems; activities by their wording.
    text: Callable[[Any], str] = (
        (lambda a: a.activity) if kind == "activity" else (lambda g: " ".join(tokenize(g.text)))
    )
    added = _unmatched(items, before, text)
    show_new, show_gone, show_kept = asked
    sections = []
    if show_kept and (kept := [i for i in items if i not in added]):
        lines = [_kept_line(kind, new, old, item, before, text, citations) for item in kept[:_SHOWN]]
        sections.append(f"{words[0]} som finns i båda planerna ({len(kept)}):\n" + "\n".join(lines))
    if show_new and added:
        sections.append(_section(f"{words[0]} som inte fanns i förra planen", new, added, kind, citations))
    if show_gone and (dropped := _unmatched(before, items, text)):
        title = f"{words[0]} i förra planen som inte finns i den nya"
        sections.append(_section(title, old, dropped, kind, citations))
    if show_kept and not sections and (items or before) and whole_lists:
        # Nothing worded alike in both: each version's items, to be compared by the reader.
        sections.append(f"Inga {words[1]} är lika formulerade i båda planerna.")
        for plan, listed in ((new, items), (old, before)):
            if listed:
                sections.append(
                    _section(f"{words[0]} i {plan_title(plan)}", plan, list(listed), kind, citations)
                )
    if not sections:
        what = " eller ".join(w for w, on in (("tillkommit", show_new), ("tagits bort", show_gone)) if on)
        sections.append(
            f"Inga {words[1]} har {what} (lika formulerade i båda)."
            if what
            else f"Inga {words[1]} är lika formulerade i båda planerna."
        )
    return sections


def answer_changes(route: Route, plans: list[PlanRecords]) -> RecordAnswer | None:
    """The changes between the two latest compared versions of one administration: what is new, what is
    gone (when asked, or for a change in general), among the activities and needs asked about; for a
    question whether one item is new, that item in both versions (answer_item_history); else None."""
    if not asks_for_changes(route):
        return answer_item_history(route, plans)
    chosen = sorted((p for p in plans if p.doc_id in set(route.plans)), key=version_key)
    if len({administration_key(p.administration or p.file) for p in chosen}) != 1 or len(chosen) < 2:
        return None
    old, new = chosen[-2], chosen[-1]
    show_new, show_gone, show_kept = _asked(route)
    acts = route.target in (None, "activities")
    needs = route.target == "gaps" or (route.target is None and not route.areas)
    citations: list[Citation] = []
    own, before = _own(new, route.areas), _own(old, route.areas)
    sections = [f"**{plan_title(new)} jämfört med {plan_title(old)}** (jämfört ord för ord):"]
    # what goes on is said first by the newer plan's follow-up, whatever its own table holds
    carried = _carried_section(new, route.areas, citations) if acts and show_kept else []
    sections += carried
    if acts and not (_own(new, []) and _own(old, [])):
        # A version without an activity table (a prose plan) has nothing to match activities against.
        missing = plan_title(old) if not _own(old, []) else plan_title(new)
        sections.append(f"Aktiviteterna kan inte jämföras: {missing} har ingen aktivitetstabell.")
    elif acts:
        asked = (show_new, show_gone, show_kept)
        sections += _differences("activity", new, old, own, before, asked, citations, whole_lists=not carried)
    if needs and old.gaps and new.gaps:
        sections += _differences(
            "gap", new, old, new.gaps, old.gaps, (show_new, show_gone, show_kept), citations
        )
    figures = _figure_lines(old, new, citations) if route.target is None and not route.areas else []
    if figures:
        sections.append("Nyckeltal i båda planerna (förra → nya):\n" + "\n".join(figures))
    return RecordAnswer("\n\n".join(sections), citations) if citations else None


def _topic(route: Route) -> set[str]:
    """The stems of the item asked about: not the frame, the versions, the plan's name or staff in general."""
    names = {w for a in route.administrations for w in tokenize(a.replace("-", " "))}
    skip = _ITEM_FRAME | question_stems() | general_stems() | names
    return {t for t in tokenize(route.question) if t not in skip and not t.isdigit()}


def _items_on(plan: PlanRecords, topic: set[str], target: str | None) -> list[tuple[str, int, str]]:
    """(text, page, quote) of the plan's needs and own activities that name the topic."""
    gaps = [(g.text, g.page, g.quote) for g in plan.gaps if terms_found(topic, f"{g.theme or ''} {g.text}")]
    own = [a for a in plan.activities if a.table == "plan"]
    acts = [(a.activity, a.page, a.quote) for a in own if terms_found(topic, f"{a.goal or ''} {a.activity}")]
    return gaps if target == "gaps" else acts if target == "activities" else gaps + acts


def answer_item_history(route: Route, plans: list[PlanRecords]) -> RecordAnswer | None:
    """Whether what the question names is among the needs or activities of the previous version and of
    the latest, both versions' items quoted; None unless such a question about one administration's
    versions whose lists name it."""
    chosen = sorted((p for p in plans if p.doc_id in set(route.plans)), key=version_key)
    if route.intent != "compare" or len(chosen) < 2 or not _ALREADY.search(route.question):
        return None
    if len({administration_key(p.administration or p.file) for p in chosen}) != 1:
        return None
    topic = _topic(route)
    old, new = chosen[-2], chosen[-1]
    found = [(plan, _items_on(plan, topic, route.target)) for plan in (old, new)] if topic else []
    if not any(items for _, items in found):
        return None
    citations: list[Citation] = []
    sections = []
    for plan, items in found:
        lines = [f"- {text} [{cite_record(citations, plan, page, quote)}]" for text, page, quote in items]
        sections.append(f"**{plan_title(plan)}:**\n" + ("\n".join(lines[:_SHOWN]) or "- Nämns inte."))
    what = "kompetensbehoven" if route.target == "gaps" else "kompetensbehoven eller aktiviteterna"
    if found[0][1] and found[1][1]:
        verdict = f"Det fanns med redan i {plan_title(old)} och finns kvar i {plan_title(new)}."
    elif found[1][1]:
        verdict = f"Nytt i {plan_title(new)}: det nämns inte bland {what} i {plan_title(old)}."
    else:
        verdict = f"Det fanns i {plan_title(old)} men nämns inte bland {what} i {plan_title(new)}."
    return RecordAnswer("\n\n".join([verdict, *sections]), citations)
