"""Why a figure changed, answered by the plan's sentence giving the cause; a why asked of a change the plan
states but never explains is declined.

"Varför har sjukfrånvaron gått ner?", "vad förklarar att omsättningen ökade?", "why did turnover drop?",
"varför då?" after a figure: plans tell the cause beside the figure, often naming it in other words or
pointing back ("Ökningen beror främst på …", "Den minskade personalomsättningen visar att satsningarna
ger effekt", "X har minskat sedan förvaltningen började …", "Vi bedömer att … har bidragit"), and the
sentence restating the figure ("X minskade från 8,2 till 7,7 procent") is no why. The answer is each named
plan's sentence that names the figure asked (or follows one that does) and gives a cause, not one of a
change the other way (why it rose does not tell why it fell). A change asked of a figure the plan states
with no cause told anywhere is declined, saying what the plan does report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kfp_assistant.ask.compose import NOT_FOUND_SV
from kfp_assistant.ask.meaning import PROSE, metric_topic
from kfp_assistant.ask.paragraphs import adds_reason
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.status_reasons import asks_why_not
from kfp_assistant.ask.units import Unit, units
from kfp_assistant.schema import Chunk, Citation
from kfp_assistant.sv.metrics import METRICS, metric_pattern, metrics_in
from kfp_assistant.sv.why import asks_cause, asks_importance, gives_cause

MAX_PLANS = 3
MAX_SENTENCES = 2

# A change told by its verb or noun; a question also by a comparative ("varför är den lägre nu?").
_DOWN = (
    r"minsk\w*|sjunk\w*|sjönk|sänkt\w*|sänkts|nedgång\w*|(?:gått|gick|går)\s+(?:ner|ned)|föll|fallit|halverats"
    r"|decreas\w*|declin\w*|dropp?\w*|fell|fall(?:en|ing|s)?|(?:go|goes|gone|went|come|came)\s+down"
)
_UP = (
    r"ök(?:at|ade|ar|ning\w*|t)|steg|stigit|stiger|höjts|(?:gått|gick|går)\s+upp|fördubblats"
    r"|increas\w*|rise[sn]?|rising|rose|grew|grown|(?:go|goes|gone|went)\s+up"
)
_DOWN_ASKED = re.compile(rf"\b(?:{_DOWN}|lägre|färre|mindre|lower|fewer|less)\b", re.IGNORECASE)
_UP_ASKED = re.compile(rf"\b(?:{_UP}|högre|fler|större|higher|more)\b", re.IGNORECASE)
_DOWN_TOLD = re.compile(rf"\b(?:{_DOWN})\b", re.IGNORECASE)
_UP_TOLD = re.compile(rf"\b(?:{_UP})\b", re.IGNORECASE)
# A cause of a change told by when it began ("har minskat sedan förvaltningen började arbeta med …",
# "har ökat tydligt sedan X infördes", "efter att …"), by what brought it ("främst genom att …"), or read
# from it ("… visar att satsningarna ger effekt").
_CHANGE_CAUSE = re.compile(
    r"\bsedan\s+(?:[\w-]+\s+){0,6}?(?:började|började\w*|infördes|införde|startade|startades|inleddes|inledde"
    r"|kom\s+igång|togs\s+i\s+bruk|öppnade|öppnades)\b"
    r"|\befter\s+(?:att|införandet|övergången|omorganisationen)\b|\b(?:främst|bland\s+annat|delvis|mest)\s+genom\s+att\b"
    r"|\bvisar\s+att\b.*\b(?:effekt|resultat|gett|ger|fungerar|lönar)\w*",
    re.IGNORECASE,
)
# A sentence pointing back at a change it explains ("Ökningen beror på …", "Minskningen förklaras av …"):
# the figure is named in the sentence before, or nowhere near (then no plan is declined over it).
_POINTS_BACK = re.compile(
    r"^(?:den\s+|denna\s+|detta\s+)?(?:ökning|minskning|nedgång|uppgång|förändring|förbättring|försämring)\w*\b",
    re.IGNORECASE,
)


# A cause told of the sentence before rather than within its own clause: it points back ("Det beror på
# …", "Ökningen …", "Vi bedömer att … har bidragit") or names a cause outright ("Den viktigaste
# förklaringen är att …"). "Flera tjänster annonserades om eftersom …" after a figure tells why something
# else happened.
_TELLS_OF_BEFORE = re.compile(
    r"^(?:det|detta|den|dessa|de|vi|man|en|ett|främst|framför\s+allt)\b"
    r"|\b(?:förklaring\w*|förklaras|orsak\w*|anledning\w*|skälet|skälen|bero(?:r|dde|tt)\s+(?:\w+\s+)?på"
    r"|bidragit|bidrog|bidrar\s+till|tack\s+vare)\b",
    re.IGNORECASE,
)
# A sentence announcing the causes the next ones tell: "Det finns flera förklaringar.", "Orsakerna är flera."
_ANNOUNCES = re.compile(
    r"^(?:det\s+finns\s+(?:\w+\s+)?(?:förklaringar|orsaker|skäl|anledningar)|(?:orsakerna|förklaringarna|skälen)"
    r"\s+är\s+(?:flera|många))\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Found:
    text: str  # the cause, with the sentence naming the figure before it when it does not name it itself
    chunk: Chunk
    page: int
    rank: int  # lower is better: of the direction asked, naming the figure itself


def direction(text: str, asked: bool = False) -> str | None:
    """ "down", "up" or None (neither or both) for the change a text tells or (`asked`) asks about."""
    down = (_DOWN_ASKED if asked else _DOWN_TOLD).search(text)
    up = (_UP_ASKED if asked else _UP_TOLD).search(text)
    return None if bool(down) == bool(up) else ("down" if down else "up")


def gives_change_cause(text: str) -> bool:
    """Whether a sentence gives a cause of a change: a cause in general words (sv.why.gives_cause), when
    the change began ("sedan … började"), by what means ("främst genom att") or what it shows."""
    return gives_cause(text) or bool(_CHANGE_CAUSE.search(text))


def asks_change_cause(question: str, route: Route) -> bool:
    """Whether a question asks why a figure changed or is as it is ("varför har sjukfrånvaron gått ner?",
    "varför då?" after a figure), not why an activity was not done or why something matters."""
    if asks_why_not(question) or asks_importance(question):
        return False
    if direction(question, asked=True) is None and not _LEVEL.search(question):
        return False  # "varför ska åtgärderna mot omsättningen riktas mot de yngre?" asks of the measures
    return asks_cause(question) and metric_topic(route) is not None


# How high or low a figure is, asked: "varför är sjukfrånvaron så hög?", "varför så många sjukskrivningar?"
_LEVEL = re.compile(
    r"\bså\s+(?:hög\w*|låg\w*|mycket|många|få|lite|stor\w*)\b|\b(?:hög|högt|höga|låg|lågt|låga|högst|lägst)\b"
    r"|\bso\s+(?:high|low|many|much|few)\b|\b(?:high|low|highest|lowest)\b",
    re.IGNORECASE,
)


def cause_sentences(
    chunks: list[Chunk], names: Callable[[str], bool], asked: str | None
) -> tuple[list[_Found], bool]:
    """A plan's sentences giving a cause of the figure's change (best first), each with the sentences
    going on with it, and whether a sentence pointing back at a change of the direction asked gives a
    cause the figure could not be tied to."""
    found: list[_Found] = []
    loose = False
    for chunk in sorted(chunks, key=lambda c: c.position):
        prose = [u for u in units(chunk) if u.kind in PROSE]
        if (
            prose
            and names(chunk.section.split(">")[-1])
            and _HEADS_CAUSES.search(chunk.section.split(">")[-1])
        ):
            # under a heading giving the figure's causes ("Därför är sjukfrånvaron hög"): its text is them
            found.append(_Found(_going_on(prose, 0, names, whole=True), chunk, prose[0].page, 0))
            continue
        for i, unit in enumerate(prose):
            if not _told(unit) or not gives_change_cause(unit.text):
                continue
            before = _before(prose, i)
            own = names(unit.text)
            tied = before is not None and names(before.text) and bool(_TELLS_OF_BEFORE.search(unit.text))
            if not own and not tied:
                loose = loose or bool(_POINTS_BACK.match(unit.text) and direction(unit.text) in (asked, None))
                continue
            told = direction(unit.text) or (direction(before.text) if before and not own else None)
            if asked is not None and told is not None and told != asked:
                continue  # why it rose does not tell why it fell
            text = _going_on(prose, i, names)
            text = text if own or before is None else f"{before.text} {text}"
            rank = (0 if told == asked and asked is not None else 1) + (0 if own else 1)
            found.append(_Found(text, chunk, unit.page, rank))
    found.sort(key=lambda f: f.rank)
    return list({f.text: f for f in found}.values())[:MAX_SENTENCES], loose


# A heading over a figure's causes: "Därför är sjukfrånvaron hög", "Orsaker till personalomsättningen".
_HEADS_CAUSES = re.compile(r"\b(?:därför|orsak\w*|förklaring\w*|varför|bakgrund\w*)\b", re.IGNORECASE)
_AFTER = 2  # sentences a cause goes on with in its paragraph, beyond those adding a further reason
_CHARS = 900  # an explanation shown, at most


def _going_on(prose: list[Unit], i: int, names: Callable[[str], bool], whole: bool = False) -> str:
    """A cause with the sentences going on with it: the next ones of its paragraph (all of them under a
    heading of causes, `whole`), those adding a further reason ("… skapade dessutom …", "En del är
    också tillfällig"), and the sentences an announcement ("Det finns flera förklaringar.") announces;
    not past a sentence turning to another figure."""
    shown = [prose[i].text]
    chars = len(prose[i].text)
    whole = whole or bool(_ANNOUNCES.search(prose[i].text))
    for k, unit in enumerate(prose[i + 1 :], start=1):
        same = unit.paragraph == prose[i].paragraph
        goes_on = (
            (same and k <= _AFTER) or adds_reason(unit.text) or whole or _ANNOUNCES.search(prose[i].text)
        )
        other = metrics_in(unit.text) and not names(unit.text)
        if not goes_on or other or not _told(unit) or chars + len(unit.text) > _CHARS:
            break
        shown.append(unit.text)
        chars += len(unit.text)
    return " ".join(shown)


# A figure's parts name it too: sick leave is told by its short and long spells ("Korttidsfrånvaron har
# halverats sedan …" explains why the total fell).
_PARTS = {"sick_leave_pct": ["short_sick_leave_pct", "long_sick_leave_pct"]}
# ... and a headcount is told by the organisation growing or shrinking ("Förvaltningen har blivit något
# mindre. Minskningen beror på …", "verksamheten har vuxit").
_SIZE = re.compile(
    r"\b(?:blivit|blev|har\s+blivit)\s+(?:\w+\s+)?(?:mindre|större)\b|\b(?:vuxit|växt|krympt|krympte|växte)\b",
    re.IGNORECASE,
)
_HEADCOUNTS = ("employees_total", "employees_permanent")


def _with_parts(route_: Route) -> Callable[[str], bool]:
    """Whether a text names the figure asked (meaning.metric_topic) or one of its parts."""
    topic = metric_topic(route_)
    assert topic is not None
    asked = route_.metrics or (metrics_in(route_.context, question=True) if route_.followup else [])
    parts = metric_pattern([part for m in asked for part in _PARTS.get(m, [])])
    size = _SIZE if set(asked) & set(_HEADCOUNTS) else None
    if parts is None and size is None:
        return topic
    return lambda text: topic(text) or any(p is not None and p.search(text) for p in (parts, size))


def _told(unit: Unit) -> bool:
    """Whether a unit is a sentence of text (an activity's line "Kartläggning av orsaker till …" tells no
    cause)."""
    return unit.citable and (unit.kind == "sentence" or unit.text.rstrip().endswith("."))


def _before(prose: list[Unit], i: int) -> Unit | None:
    """The sentence before one in its chunk, if any."""
    return prose[i - 1] if i > 0 else None


def _stating(chunks: list[Chunk], names: Callable[[str], bool]) -> tuple[str, Chunk, int] | None:
    """What the plan does report of the figure: its sentence telling the change, else one with a number,
    else the first sentence, table row or line naming it."""
    best: tuple[int, str, Chunk, int] | None = None
    for chunk in sorted(chunks, key=lambda c: c.position):
        lines = chunk.text.splitlines() if chunk.kind == "table" else []
        for unit in units(chunk):
            if not (unit.citable and names(unit.text)):
                continue
            text = next((ln for ln in lines if unit.text in ln), unit.text) if lines else unit.text
            rank = (
                0 if direction(text) else 1 if _NUMBER.search(text) else 2 if unit.kind == "sentence" else 3
            )
            if best is None or rank < best[0]:
                best = (rank, text, chunk, unit.page)
    return best[1:] if best is not None else None


_NUMBER = re.compile(r"\d")


def answer_change_cause(
    route_: Route, question: str, chunks_of: Callable[[str], list[Chunk]], label: Callable[[Chunk], str]
) -> tuple[str, list[Citation], bool] | None:
    """Each named plan's sentences giving the cause of the figure's change asked, cited; a decline (True)
    when a change is asked and every plan states the figure but none tells a cause; None otherwise
    (retrieval answers then)."""
    candidates = route_.plans or (route_.scope if len(route_.scope) == 1 else [])
    if not candidates or len(candidates) > MAX_PLANS or not asks_change_cause(question, route_):
        return None
    names = _with_parts(route_)
    asked = direction(f"{question}", asked=True)
    lines: list[str] = []
    citations: list[Citation] = []
    stated: list[tuple[str, Chunk, int]] = []
    unexplained = True
    for doc_id in candidates:
        chunks = chunks_of(doc_id)
        found, loose = cause_sentences(chunks, names, asked)
        unexplained = unexplained and not loose
        cited: list[str] = []
        for f in found:
            citations.append(Citation.of_chunk(len(citations) + 1, f.chunk, f.page, f.text))
            cited.append(f"{f.text} [{len(citations)}]")
        if found:
            lines.append(f"**{label(found[0].chunk)}:** " + " ".join(cited))
        elif (stating := _stating(chunks, names)) is not None:
            stated.append(stating)
    if lines:
        return "\n\n".join(lines), citations, False
    if asked is None or not unexplained or len(stated) < len(candidates):
        return None  # no change asked, a cause not tied to the figure, or a plan silent on it
    return _declined(route_, stated, label, asked), [], True


def _declined(
    route_: Route, stated: list[tuple[str, Chunk, int]], label: Callable[[Chunk], str], asked: str
) -> str:
    """The decline of a change's cause no plan tells: what each plan reports of the figure instead."""
    asked_metrics = route_.metrics or metrics_in(route_.context, question=True)
    figure = str(METRICS[asked_metrics[0]]["label_sv"]).lower() if asked_metrics else "det"
    change = "minskat" if asked == "down" else "ökat"
    told = " ".join(f"**{label(chunk)}** redovisar: »{text}«" for text, chunk, _ in stated)
    return f"{NOT_FOUND_SV} Planen anger ingen orsak till att {figure} har {change}. {told}"
