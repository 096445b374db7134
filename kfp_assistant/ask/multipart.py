"""Questions with several parts: "Hur många är tillsvidareanställda och hur många av dem slutade?",
"Hur stor är personalomsättningen och vilka yrken ligger högst?".

In: a question. Out: its parts, in order; a question with one part comes back as it is. The answerer
answers the first part, then each later part as a follow-up of the one before ("av dem", "det"
refer back), and joins the answers, each part cited.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import pairwise

from kfp_assistant.ask.activity_fields import fields_asked
from kfp_assistant.ask.gap_rows import asks_rating, need_topic
from kfp_assistant.ask.route import Route
from kfp_assistant.schema import Answer, Citation
from kfp_assistant.sv.areas import areas_in_question
from kfp_assistant.sv.words import question_stems, tokenize

# A second question starts where "och", "samt" or a semicolon is followed by a question word.
_SPLIT = re.compile(
    r"(?:,\s*|\s+)(?:och|samt|and|varav|of\s+whom)\s+(?:i\s+|in\s+|för\s+|for\s+)?"
    r"(?=(?:hur|vad|vilk\w*|när|vem|var|vart|varifrån|varför|finns|har|how|what|which|when|where|who)\b)"
    r"|;\s*|\?\s+(?=\w)",
    re.IGNORECASE,
)
# "Hur många slutade, vilka yrken saknas och ...": in an enumeration of questions, a comma before a
# question word starts one too.
_COMMA = re.compile(r",\s*(?=(?:hur|vad|vilk\w*|när|vem|varför)\s)", re.IGNORECASE)
# "Lista X. Vilka insatser görs?": a sentence ending in a full stop, then a question of its own.
_SENTENCE = re.compile(r"(?<=[.!])\s+(?=(?:Hur|Vad|Vilk\w*|När|Vem|Varför|Lista|Beskriv|Ge|Berätta)\b)")
# "Ge mig kompetensgapen och aktiviteterna": two lists of records asked for at once, each a part.
_NEEDS = r"\w*(?:gap|behov|brist|utmaning)\w*"
_ACTIONS = r"\w*(?:aktivitet|insats|åtgärd)\w*"
_TWO_LISTS = re.compile(
    rf"\b(?:(?P<a>{_NEEDS})\s+(?:och|samt)\s+(?:de\s+|deras\s+)?(?P<b>{_ACTIONS})"
    rf"|(?P<c>{_ACTIONS})\s+(?:och|samt)\s+(?:de\s+|deras\s+)?(?P<d>{_NEEDS}))\b",
    re.IGNORECASE,
)
Names = Callable[[str], list[str]]  # the administrations a text names
_MIN_WORDS = 3  # a shorter piece is not a question of its own ("och hur?")
# "… och varför?": the reasons for what the part before asks about, a part of its own however short
# (answered as the follow-up "och varför?", about the same subject).
_WHY = re.compile(r"^\s*(?:och\s+|and\s+)?(?:varför|why)\s*\??\s*$", re.IGNORECASE)
# "… och i vilka yrken?", "… och vem ansvarar?": which of a thing, of what the part before asks, or
# who does it, a part of its own too
_SHORT_PART = re.compile(
    r"^\s*(?:och\s+|and\s+)?(?:(?:varför|why)|(?:vilk(?:a|en|et)|which|vem|who)\s+[\w-]{4,})\s*\??\s*$",
    re.IGNORECASE,
)
# A piece pointing back at what the one before asks about: "vem äger den?", "hur följs det upp?".
_BACK = re.compile(r"\b(?:den|det|dem|de|denna|detta|dessa|it|they|them)\b", re.IGNORECASE)
# Where the last piece ends in a place or a source ("... i socialnämndens medarbetarenkät?") and points
# back at nothing, an earlier piece naming none is about it too: "Vilken fick högst och vilken lägst i X?".
_WHERE = r"(?:i|på|inom|hos|enligt|för|in|at|for)"
# "för att rekrytera" is a purpose, not a place: the tail starts at the first place-word after it.
# "i snitt", "i dag", "i procent" say how or when, no place: not shared; nor does "gå i pension".
_TAIL = re.compile(
    rf"\s{_WHERE}\s+(?!att\b)(?!(?:snitt|genomsnitt|medeltal|dag|år|fjol|procent|tid|övrigt|praktiken|pension|så\s+fall"
    r"|average|total|percent)\b)[^?;,]{2,60}?\??$",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(r"\b(?:hur|vad|vilk\w*|när|vem|var|varför|how|what|which|when|who|why)\b", re.I)
_PURPOSE = re.compile(r"\bför\s+att\b", re.IGNORECASE)
_PLACES = re.compile(rf"\b{_WHERE}\s+(?!att\b)", re.IGNORECASE)
_HAS_WHERE = re.compile(rf"\b{_WHERE}\s+\w", re.IGNORECASE)
# A question followed by what it is about, asking nothing itself ("Hur många anställda har de? A, B och
# C"): the addition belongs to the question, not a second part. Such an addition opens with no question
# word or verb and ends with no question mark.
_ADDITION = re.compile(r"\?\s+(?P<add>[^?]+?)[.!]?\s*$")
_ASKS = re.compile(
    r"(?:och\s+|samt\s+|men\s+)?(?:hur|vad|vilk\w*|när|vem|var|vart|varifrån|varför|finns|fanns|har|hade|är"
    r"|blir|blev|kan|ska|skall|gäller|jämför|beskriv|lista|ge|how|what|which|when|where|who|why|is|are|do"
    r"|does|did|has|have|can|list|compare)\b",
    re.IGNORECASE,
)


# "Tar de emot praktikanter? Vilka i så fall?", "… och i så fall hur?", "and if so, which?": what the
# answer to the question shows anyway, no question of its own.
_IF_SO = re.compile(
    r"(?:[?,.]\s*|\s+[-–]\s*|\s+)(?:och\s+|and\s+)?(?:(?:vilk\w*|hur|vad|var|när|vem|which|how|what|where|when|who)"
    r"\s+)?(?:i\s+så\s+fall|if\s+so|in\s+that\s+case)(?:\s*,?\s*(?:vilk\w*|hur|vad|var|när|vem|which|how|what|where"
    r"|when|who))?\s*[?.!]?\s*$",
    re.IGNORECASE,
)


def without_if_so(question: str) -> str:
    """The question without a trailing "i så fall vilka/hur" ("and if so, which"): answering the question
    shows them."""
    return _IF_SO.sub("?", question)


def _joined_addition(question: str) -> str:
    """The question with a trailing addition that asks nothing joined to the question before it."""
    match = _ADDITION.search(question)
    if match is None or _ASKS.match(match.group("add")):
        return question
    return f"{question[: match.start()]} – {match.group('add').strip()}?"


def question_parts(question: str, names: Names | None = None) -> list[str]:
    """The question's parts: each a question of at least three words, in the order asked. A piece
    asking another field of the same activity ("när ska X vara klart och vem äger den?") stays with
    the piece before: one activity's fields are answered together. With `names` (the administrations
    a text names), a part naming none is about the one a later part names ("i Hallsberg")."""
    question = _joined_addition(without_if_so(question))
    pieces = [
        p.strip(" ,") for s in _SENTENCE.split(question) for p in _SPLIT.split(s) if p and p.strip(" ,?")
    ]
    both = _coordinated(question) if len(pieces) == 1 else None
    pieces = both or pieces
    if len(pieces) == 1 and (two := _TWO_LISTS.search(question)):
        first, second = (
            (two.group("a"), two.group("b")) if two.group("a") else (two.group("c"), two.group("d"))
        )
        pieces = [question[: two.start()] + word + question[two.end() :] for word in (first, second)]
    if len(pieces) > 1:
        pieces = [c.strip(" ,") for p in pieces for c in _COMMA.split(p) if c.strip(" ,?")]
        if len(pieces) > 2 and not _QUESTION_WORD.search(pieces[0]):  # "Enligt förra planen, hur många …"
            pieces = [f"{pieces[0]}, {pieces[1]}", *pieces[2:]]
    short = [p for p in pieces if len(re.findall(r"\w+", p)) < _MIN_WORDS and not _SHORT_PART.match(p)]
    if len(pieces) < 2 or short:
        return [question]
    if not both and any(_same_activity(a, b) or _rating_of(b) for a, b in pairwise(pieces)):
        return [question]  # (two things named together are two, whatever "det" the asking holds)
    pieces = [_with_shared_predicate(p, pieces[-1]) for p in pieces[:-1]] + pieces[-1:]
    # A last piece pointing back ("hur många av dem arbetar i förskolan?") narrows the first: no tail.
    tail = None if _BACK.search(pieces[-1]) else _TAIL.search(pieces[-1])
    if tail and (_PURPOSE.search(pieces[-1][: tail.start()]) or areas_in_question(tail.group())):
        tail = None  # "för att minska bristen på X", "inom Rekrytera": a purpose or an area, no place
    if tail and _of_topic(tail.group(), names):
        tail = None  # "vad är målet för sjukfrånvaron?": what the last part's noun is of, no place
    if tail and len(pieces[-1][: tail.start()].split()) >= _MIN_WORDS:
        shared = tail.group().rstrip("?")
        pieces = [p if _HAS_WHERE.search(p) else p.rstrip("?") + shared for p in pieces[:-1]] + pieces[-1:]
    pieces = [pieces[0], *(_with_group(_with_elided_noun(p, pieces[0]), pieces[0]) for p in pieces[1:])]
    if names is not None:
        pieces = _shared_administration(pieces, names)
    return [p if p.endswith("?") else f"{p.rstrip('.! ')}?" for p in pieces]


# "målet för sjukfrånvaron", "planen för heltid", "the target for sick leave": "för" after a noun says
# what the noun is of, and is the last part's own. "för Solna", "för 2024", "för nämnden i Solna": a
# name or a year, a place or a time the earlier parts share.
_FOR = re.compile(r"^\s*(?:för|for)\s", re.IGNORECASE)
_NAMED = re.compile(r"\b(?:[A-ZÅÄÖ]\w*|\d{4})\b")


def _of_topic(tail: str, names: Names | None) -> bool:
    """Whether a tail opening with "för" names no place or time: neither a name, a year, nor (with
    `names`) an administration."""
    if not _FOR.match(tail):
        return False
    return not (_NAMED.search(tail) or (names is not None and names(tail.strip(" ?"))))


# "Hur har engagemanget (HME) och personalomsättningen utvecklats …?", "Hur ser sjukfrånvaron och
# rekryteringen ut …?": two things, each named by a noun in its definite form, asked one question of.
_DEFINITE_NP = r"(?:\w+(?:en|et|na|an|n)\b(?:\s+\w+)?(?:\s*\([^()]{1,20}\))?)"
_COORDINATED = re.compile(
    rf"^(?P<ask>(?:hur|vad)\s+(?:\w+\s+)?(?:har|hade|ser|såg|är|var|ligger|låg|blev)\s+)"
    rf"(?P<a>{_DEFINITE_NP})\s+(?:och|samt)\s+(?P<b>{_DEFINITE_NP})"
    rf"(?P<rest>\s+(?:utvecklats|förändrats|ändrats|gått|sett\s+ut|ut|på)\b.*)$",
    re.IGNORECASE,
)


# "Hur gick det med handledarna och introduktionsdagen i förra planen?", "vad hände med X och Y?": how
# two things followed up went, each an activity (or a sentence) of its own.
_COORDINATED_STATUS = re.compile(
    r"^(?P<ask>(?:hur\s+(?:gick|går|har\s+det\s+gått)\s+det\s+(?:med|för)|vad\s+(?:hände|händer|har\s+hänt)"
    r"\s+med|how\s+did\s+(?:it\s+go\s+with|\w+\s+go)|what\s+happened\s+(?:to|with))\s+)"
    r"(?P<a>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:och|samt|and)\s+(?P<b>(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"(?P<rest>\s+(?:från|i|inom|på|hos|enligt|under|from|in|at)\s.*|\s*\??)$",
    re.IGNORECASE,
)


def _coordinated(question: str) -> list[str] | None:
    """The question asked of each of two things it names together, each answered (and cited) as its
    own question would be: a table row of a figure with its years, an activity's follow-up, or the
    plan's sentences; None when it names no such pair."""
    match = _COORDINATED.match(question.strip()) or _COORDINATED_STATUS.match(question.strip())
    if match is None:
        return None
    return [f"{match.group('ask')}{x}{match.group('rest')}" for x in (match.group("a"), match.group("b"))]


def _shared_administration(pieces: list[str], names: Names) -> list[str]:
    """The pieces, those naming no administration given the place phrase of a later piece that names
    one ("Vilka brister finns och hur följs det upp i Ludvika?" asks both of Ludvika), else the
    administrations the first piece names."""
    phrase = next(
        (
            tail
            for piece in reversed(pieces[1:])
            for m in _PLACES.finditer(piece)
            if names(tail := piece[m.start() :].rstrip("?. "))
        ),
        None,
    )
    if phrase is None:
        # the first piece's administrations, named in later pieces naming none: each part is searched
        # in them as its own question would be, not by the words of the part before
        first = names(pieces[0])
        phrase = f"– {' och '.join(first)}" if first else ""
    return [p if not phrase or names(p) else f"{p.rstrip('?. ')} {phrase}" for p in pieces]


# "Vilken fråga fick högst och vilken fick lägst?": the later part leaves out the noun the first names.
_WHICH_NOUN = re.compile(r"\b(vilk(?:en|et|a))\s+(\w+)", re.IGNORECASE)
_WHICH_VERB = re.compile(
    r"^(vilk(?:en|et|a))(?=\s+(?:fick|får|har|hade|är|var|blev|blir|ligger|låg|hamnade|kom|gav|ger)\b)",
    re.IGNORECASE,
)
_VERBS = frozenset(re.findall(r"\S+", "fick får har hade är var blev blir ligger låg hamnade kom gav ger av"))


def _with_elided_noun(piece: str, first: str) -> str:
    """A later part asking "vilken fick lägst" with the noun of the first part's "vilken fråga"."""
    which = _WHICH_NOUN.search(first)
    if which is None or which.group(2).lower() in _VERBS:
        return piece
    return _WHICH_VERB.sub(lambda m: f"{m.group(1)} {which.group(2)}", piece, count=1)


# "Hur många undersköterskor finns det och hur många av dem är timanställda?", "how many nurses are there
# and how many of them are over 60?", "…, varav hur många är deltidsanställda?": the later part counts
# within the group the first counts, so it is asked of that group by name ("hur många undersköterskor är
# timanställda?") and answered from the group's own row or cell (occupation × form of employment or age
# band), not from the whole staff. So is a later part leaving the counted noun out ("… och hur många går i
# pension?"). The whole staff ("anställda", "medarbetare") narrows nothing: such a part stays as asked.
# An English question comes here in Swedish words ("how many of them" as "hur många them").
_COUNT_VERB = (
    r"(?:har|hade|finns|fanns|är|var|blir|blev|jobbar|arbetar|går|gick|slutade|slutar|ska|kommer|behöver|beräknas"
    r"|förväntas|planeras|saknas|is|are|were|was|have|has|had|work|will|do|does|did|retire|left|leave)"
)
_GROUP_WORD = rf"(?!(?:det|there|som|who|av|of|{_COUNT_VERB})\b)[\w-]+"
# "Hur många i Farsta är …": a place, no group counted (the parts share places by their own rules)
_GROUP = re.compile(
    rf"^\s*(?:hur\s+många|how\s+many)\s+(?!{_WHERE}\s)(?P<group>{_GROUP_WORD}(?:\s+{_GROUP_WORD}){{0,5}}?)\s+{_COUNT_VERB}\b",
    re.IGNORECASE,
)
_WHOLE_STAFF = frozenset(
    re.findall(r"\S+", "anställda medarbetare medarbetarna personer personal employees staff people")
)
_OF_THEM = re.compile(
    r"^(?P<ask>\s*(?:och\s+|and\s+)?(?:hur\s+många|how\s+many))\s+"
    rf"(?:(?:av\s+(?:dem|dessa)|(?:of\s+)?(?:them|these|those))\s+|(?={_COUNT_VERB}\b))",
    re.IGNORECASE,
)


def _with_group(piece: str, first: str) -> str:
    """A later part counting "av dem" (or counting with no noun of its own) asked of the group the first
    part counts, named; other parts as they are."""
    group = _GROUP.match(first)
    if group is None or group.group("group").lower() in _WHOLE_STAFF:
        return piece
    return _OF_THEM.sub(lambda m: f"{m.group('ask')} {group.group('group')} ", piece, count=1)


# "Hur många tillsvidareanställda och hur många visstidsanställda hade Härnösand 2024?": the first part
# asks of a noun and leaves the rest (verb, whose, when) to the parallel last part.
_ASKING = (
    r"(?P<ask>hur\s+(?:många|stor\s+andel|stora|stort|stor|mycket|hög|högt|höga)|vad|vilka|vilken|vilket)"
)
_VERBLESS = re.compile(rf"^{_ASKING}\s+[\w-]+(?:\s+[\w-]+){{0,2}}\s*\??$", re.IGNORECASE)
_PREDICATE = re.compile(
    rf"^{_ASKING}\s+(?:(?!som\b)[\w-]+\s+){{1,3}}?(?P<rest>(?:har|hade|finns|fanns|jobbar|jobbade|arbetar|arbetade"
    r"|slutade|slutar|gick|går|anställdes|rekryterades|är|var|blev|blir|ligger|låg)\b.*)$",
    re.IGNORECASE,
)
_VERBS_OF_PREDICATE = frozenset(
    re.findall(
        r"\S+",
        "har hade finns fanns jobbar jobbade arbetar arbetade slutade slutar gick går är var blev blir"
        " gjorde gör fick får tog tar anställde anställer rekryterade rekryterar",
    )
)


def _with_shared_predicate(piece: str, last: str) -> str:
    """A part asking "hur många X" with no verb, completed by the rest of a last part asked the same way
    ("… och hur många Y hade Härnösand 2024?"); other parts as they are."""
    verbless = _VERBLESS.match(piece.strip())
    predicate = _PREDICATE.match(last.strip())
    if verbless is None or predicate is None:
        return piece
    if verbless.group("ask").lower() != predicate.group("ask").lower():
        return piece
    words = piece.split()
    if any(w.lower() in _VERBS_OF_PREDICATE for w in words) or any(w[:1].isupper() for w in words[1:]):
        return piece  # a verb or a name of its own ("hur många rekryteringar gjorde Norrby"): a whole part
    return f"{piece.rstrip('? ')} {predicate.group('rest').rstrip('?')}"


# A piece asking of the version before ("i förra planen") and a piece asking of now ("… och när gäller den
# nu?"): one activity in two versions, each part answered from its own.
_BEFORE = re.compile(r"\b(?:förra|föregående|tidigare|gamla)\s+(?:\w+\s+)?plan\w*", re.IGNORECASE)
_NOW = re.compile(r"\b(?:nu|numera|idag|i\s+dag|nya\s+planen|senaste\s+planen|now)\b", re.IGNORECASE)


def _same_activity(first: str, second: str) -> bool:
    """Whether the second piece asks a field of what the first asks a field of, pointing back at it (of
    the same version: "förra planen … och när gäller den nu?" asks two)."""
    shifted = bool(_BEFORE.search(first) and _NOW.search(second))
    return bool(fields_asked(first) and fields_asked(second) and _BACK.search(second)) and not shifted


def _rating_of(second: str) -> bool:
    """Whether a later piece asks only how big the needs before it are ("… och hur stora bedöms
    bristerna?"): the needs are shown with their ratings, one question."""
    return asks_rating(second) and not need_topic(set(tokenize(second)) - question_stems())


# "… och i alla förvaltningar?", "vilken nämnd har högst?": a part reaching across administrations.
_ACROSS = re.compile(
    r"\b(?:alla|samtliga|varje|andra|övriga|vilka|vilken|vilket|hela)\s+(?:\w+\s+)?"
    r"(?:förvaltning|nämnd|plan|kommun|region|stadsdel|organisation|arbetsgivare|stad)\w*",
    re.IGNORECASE,
)


def part_scope(
    part: str,
    answers: list[Answer],
    given: tuple[list[str] | None, list[str] | None],
    route_of: Callable[[str], Route],
) -> tuple[list[str] | None, list[str] | None]:
    """The administrations and periods a part is answered in: those `given` (the user's filter), else for a
    later part naming no administration and not reaching across them, those of the plans the answer to
    the part before quotes when they are of one administration only (the first part named it in words the
    router does not know, "på service", and the search found it): "… och var är det värst?" asks of it
    too, as a chat follow-up does, not of every plan. A part naming its own administration keeps it."""
    if given[0] or given[1] or not answers or answers[-1].not_found or _ACROSS.search(part):
        return given
    own = route_of(part)
    if own.administrations or own.unknown_administrations:
        return given
    citations = answers[-1].citations
    administrations = {c.administration for c in citations if c.administration}
    if len(administrations) != 1:
        return given  # several (a question over all plans): the part asks of all of them too
    # a part naming a time of its own ("och i förra planen?", "och 2023?") picks its version itself
    periods = None if own.versions_named else sorted({c.period for c in citations if c.period})
    return sorted(administrations), periods or None


def _shifted(match: re.Match[str], offset: int) -> str:
    return f"[{int(match.group(1)) + offset}]"


def join_answers(parts: list[str], answers: list[Answer], note: str = "") -> tuple[str, list[Citation]]:
    """One answer text from the parts' answers, each under its part, citations numbered through, after
    the note (on a question in English, say)."""
    texts: list[str] = []
    citations: list[Citation] = []
    for part, answer in zip(parts, answers, strict=True):
        offset = len(citations)
        text = re.sub(r"\[(\d+)\]", partial(_shifted, offset=offset), answer.answer)
        texts.append(f"*{part}*\n\n{text}")
        citations += [c.model_copy(update={"n": c.n + offset}) for c in answer.citations]
    return note + "\n\n".join(texts), citations
