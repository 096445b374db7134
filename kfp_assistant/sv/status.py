"""How far an activity followed up has come, as a follow-up table writes it and as a question asks it.

A follow-up table's status cell opens with a word of status: "Genomförd", "Delvis genomförd, fortsätter
2026", "Pågår", "Ej påbörjad", "Avbruten". A question asks for the rows of one status in everyday words:
"vilka håller de fortfarande på med?" (ongoing), "vilka blev aldrig av?" (not done), "vilka är klara?"
(done), "which are still in progress?".

In: a status cell or a question. Out: one of DONE, PARTLY, ONGOING, NOT_DONE, or None when it says none.
"""

from __future__ import annotations

import re

DONE, PARTLY, ONGOING, NOT_DONE = "done", "partly", "ongoing", "not_done"
# Asked only, never a cell's status: whatever is not done yet (ongoing, partly done or not begun).
NOT_FINISHED = "not_finished"

# The cell's opening words; the first kind that matches is the status ("Delvis genomförd" is partly,
# "Ej genomförd" not done, before "genomförd" is read as done).
_CELL = (
    (PARTLY, r"delvis|till\s+viss\s+del|partly|partially"),
    (
        NOT_DONE,
        r"ej|inte|ännu\s+inte|avbrut\w*|avbröts|struk\w*|stoppa\w*|pausa\w*|utgår|utgått|utgick|lagts\s+ned|lades\s+ned"
        r"|prioriterats\s+ned|prioriterades\s+ned|not|cancel\w*|dropped",
    ),
    (
        ONGOING,
        r"pågår|pågående|påbörja\w*|fortsätter|fortgår|under\s+arbete|under\s+genomförande|startad|startat|igång"
        r"|i\s+gång|in\s+progress|ongoing|started",
    ),
    (
        DONE,
        r"genomför[dt]\w*|klar\w*|slutför[dt]\w*|avslutad\w*|infört|införd\w*|implementera[dt]\w*|uppnådd\w*"
        r"|uppnått|uppfylld\w*|färdig\w*|done|completed?|finished|implemented",
    ),
)
_CELL_RE = [(kind, re.compile(rf"^\W*(?:{words})\b", re.IGNORECASE)) for kind, words in _CELL]

# A question asking for the rows of one status: the kind whose words it uses, checked in this order.
_ASKED = (
    (PARTLY, r"\bdelvis\b|\btill\s+viss\s+del\b|\bpartly\b|\bpartially\b"),
    # not finished: "vad har de inte hunnit klart med?", "vad blev inte gjort?", "what is not finished yet?";
    # not begun or not carried out ("aldrig", "inte påbörjad", "blev inte av", "inte genomförts": the
    # status cells' own word) is NOT_DONE below
    (
        NOT_FINISHED,
        r"\b(?:inte|ej|not)\s+(?:\w+\s+){0,2}?(?:klar\w*|färdig\w*|slutför\w*|gjord\w*|gjort|gjorts"
        r"|finish(?:ed)?|completed?|done)\b(?!\s+(?:alls|at\s+all)\b)"
        r"|\bunfinished\b|\bincomplete\b|\båterstår\b|\bkvar\s+att\s+göra\b",
    ),
    (
        NOT_DONE,
        r"\b(?:aldrig|never)\s+(?:\w+\s+){0,2}?(?:genomför\w*|gjord\w*|gjort|gjorts|klar\w*|done|completed|carried\s+out)\b"
        r"|\b(?:inte|ej|aldrig|not|never)\s+(?:\w+\s+){0,2}?(?:genomför\w*|av|påbörja\w*|infört|"
        r"införd\w*|blivit\s+av|done|completed|carried\s+out|started|implemented|(?:kommit\s+)?(?:igång|i\s+gång)"
        r"|startat|börjat|get\s+started)\b|\bblev\s+(?:aldrig|inte)\s+av\b|\bfail(?:ed|s)?\s+to\b"
        r"|\bavbr(?:utits|öts|utna|uten|utet)\b|\bstr(?:ukna|ukits|öks)\b|\bställ(?:des|ts)\s+in\b"
        r"|\b(?:lades|lagts)\s+ned\b|\bprioriter(?:ades|ats)\s+ned\b|\bcancel+ed\b|\bdropped\b"
        # not at all: "inte gjorda alls", "not done at all"
        r"|\b(?:inte|ej|not)\s+(?:\w+\s+){0,2}?\w+\s+(?:alls|at\s+all)\b",
    ),
    (
        ONGOING,
        r"\bpågår\b|\bpågående\b|\bhåller\s+(?:\w+\s+){0,3}?på\b|\bfortfarande\s+(?:på\s+gång|igång|i\s+gång|aktuella|kvar)\b"
        r"|\bär\s+(?:fortfarande\s+)?(?:igång|i\s+gång|på\s+gång|påbörjade)\b|\binte\s+(?:är\s+)?klara\s+(?:än|ännu)\b"
        r"|\bunder\s+arbete\b|\bin\s+progress\b|\bongoing\b|\bstill\s+(?:\w+\s+){0,2}?(?:working|running|going)\b",
    ),
    (
        DONE,
        r"\b(?:blev|blivit|är|var|har\s+(?:\w+\s+){0,2}?blivit)\s+(?:\w+\s+){0,3}?(?:genomförda?|genomfört|klara|klart|"
        r"klar|avklarade?|slutförda?|färdiga?|gjorda?|av)\b|\bhar\s+(?:\w+\s+){0,3}?genomförts\b|\bgenomfördes\b"
        r"|\bhar\s+(?:de|man|ni|vi|\w+en|\w+et)\s+(?:\w+\s+){0,2}?(?:genomfört|slutfört|klarat|gjort\s+klart"
        r"|completed|finished|carried\s+out|implemented)\b"
        r"|\b(?:were|was|have\s+been|has\s+been)\s+(?:\w+\s+){0,2}?(?:done|completed|carried\s+out|finished|implemented)\b",
    ),
)
_ASKED_RE = [(kind, re.compile(words, re.IGNORECASE)) for kind, words in _ASKED]


def status_of(cell: str | None) -> str | None:
    """The status a follow-up cell opens with (DONE, PARTLY, ONGOING, NOT_DONE), None when it opens with
    none (a comment in prose: "Chefer har uppmanats att …")."""
    if not cell:
        return None
    return next((kind for kind, pattern in _CELL_RE if pattern.search(cell)), None)


def status_asked(question: str) -> str | None:
    """The status whose activities the question asks for ("vilka pågår fortfarande?": ONGOING), None
    when it asks none."""
    return next((kind for kind, pattern in _ASKED_RE if pattern.search(question)), None)


_EITHER = re.compile(r"\beller\b|\bor\b", re.IGNORECASE)


def statuses_asked(question: str) -> list[str]:
    """Every status a question asks for as alternatives ("vilka blev bara delvis gjorda eller inte gjorda
    alls?": PARTLY and NOT_FINISHED), the first as status_asked; one at most without "eller"/"or"."""
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _ASKED_RE:
        match = pattern.search(question)
        if match is None or any(match.start() < end and start < match.end() for start, end in taken):
            continue
        found.append(kind)
        taken.append(match.span())
        if not _EITHER.search(question):
            break
    return found


def status_phrase(question: str) -> str:
    """The words asking the status ("håller de fortfarande på med"), '' when none: they say which rows,
    not what the rows are about."""
    for _, pattern in _ASKED_RE:
        if match := pattern.search(question):
            return f"{match.group()} fortfarande aldrig än ännu"
    return ""


# How the activities went, with no status named: "hur gick det med aktiviteterna?", "vad hände med X?"
_OUTCOME_RE = re.compile(
    r"\bhur\s+gick\s+det\b|\bvad\s+hände\s+med\b|\bvad\s+blev\s+det\s+av\b|\bhur\s+långt\s+har\b"
    r"|\bvad\s+(?:hände|har\s+hänt)(?:\s+(?:då|sen|sedan|egentligen))?\s*[?.!]*\s*$|\bhur\s+har\s+det\s+gått\b"
    r"|\bhow\s+did\s+\w+\s+go\b|\bwhat\s+happened\s+(?:to|with)\b",
    re.IGNORECASE,
)


# A version named relatively: "i förra planen", "förra kompetensplanens", "den nya planen"
_RELATIVE_VERSION_RE = re.compile(
    r"\b(?:i\s+)?(?:den\s+)?(?:förra|föregående|tidigare|gamla|nya|nuvarande|senaste)\s+\w*plan\w*",
    re.IGNORECASE,
)


# Whether something planned was done, asked of it by name: "blev avgångsenkäten av?", "genomfördes
# utbildningen?", "blev mentorsprogrammet klart?", "was the exit survey carried out?".
_DONE_RE = re.compile(
    r"\bblev\s+(?:[\w-]+\s+){1,10}?\b(?:av|klart?|gjorda?|genomförda?|förverkligad\w*)(?=\s*(?:[?.!,]|$)|\s+(?:på|i|hos|inom|vid|at|in)\b)"
    r"|\b(?:genomfördes|gjordes|infördes|sjösattes|förverkligades)\b"
    r"|\b(?:was|were)\s+(?:[\w-]+\s+){1,8}?(?:done|carried\s+out|completed|implemented|introduced)\b"
    r"|\bdid\s+(?:[\w-]+\s+){1,8}?happen\b",
    re.IGNORECASE,
)


def asks_done(question: str) -> bool:
    """Whether the question asks if something planned was done ("blev X av?") or how activities went."""
    return asks_outcome(question) or bool(_DONE_RE.search(question))


def asks_outcome(question: str) -> bool:
    """Whether the question asks how activities went: a status, or how it went ("hur gick det med …?")."""
    return status_asked(question) is not None or bool(_OUTCOME_RE.search(question))


# What was planned, as the thing a status or an outcome is asked of: "det de planerade förra året",
# "planen för 2025", "förra årets aktiviteter".
_PLANNED_RE = re.compile(r"\bplan\w*|\baktivitet\w*|\binsats\w*|\båtgärd\w*", re.IGNORECASE)
# ... or named by when it was planned: "från 2025", "förra året", "i fjol".
_WHEN_PLANNED_RE = re.compile(
    r"\b(?:från|för|i|under)\s+(?:19|20)\d{2}\b|\bförra\s+året\b|\bi\s+fjol\b", re.I
)


def asks_plan_outcome(question: str) -> bool:
    """Whether a question asks which of the planned activities reached a status ("vad blev aldrig gjort av
    det de planerade?") or how the plan went ("hur gick det med planen för 2025?"): the follow-up rows."""
    if status_asked(question) and _WHEN_PLANNED_RE.search(question):  # "vad blev inte av från 2025?"
        return True
    return bool(_PLANNED_RE.search(question)) and asks_outcome(question)


def without_outcome(text: str) -> str:
    """The text without how it asks how things went ("hur gick det med", "vad hände med") and without a
    version named relatively ("i förra planen"): what it asked about."""
    text = _OUTCOME_RE.sub(" ", text)
    return _RELATIVE_VERSION_RE.sub(" ", text)
