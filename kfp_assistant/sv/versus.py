"""Questions that compare without the words of comparison: a verb of change against a version ("har
sjukfrånvaron gått ner sedan förra planen?", "vilka aktiviteter har strukits?"), what is new in a
version ("vad är nytt i årets plan?") or a comparative against something named after "än" ("fler i den
nya planen än i den gamla", "högre än i riket"); two versions named side by side ("förra planen vs nya");
and the time now a year of an older version is set against ("2021 jämfört med nu").
"""

from __future__ import annotations

import re

# A change between versions told by a verb of change, with a word of the versions: "har sjukfrånvaron
# gått ner sedan 2021 års plan?", "har andelen män blivit större jämfört med förra?"; what a version added
# or dropped also with a word of what a plan lists: "vilka aktiviteter har strukits?".
_RISEN_RE = re.compile(
    r"\b(?:ökat|minskat|stigit|sjunkit|höjts|sänkts|förbättrats|försämrats|gått\s+(?:upp|ner|ned)"
    r"|blivit\s+(?:\w+\s+)?(?:större|mindre|högre|lägre|fler|färre|bättre|sämre|vanligare|ovanligare))\b",
    re.IGNORECASE,
)
_ADDED_RE = re.compile(
    r"\b(?:tillkommit|försvunnit|försvann|(?:tagits|tagit|togs|plockats|plockat|strukits)\s+bort|strukits"
    r"|slopa(?:ts|des)|lagts\s+till|nyheter\w*|nytillk\w*|(?:finns|är)\s+(?:inte\s+|ej\s+)?(?:längre\s+)?kvar"
    r"|(?:inte|ej)\s+längre\s+(?:med|finns)|kvarstår|behållits|fortfarande\s+med"
    # included in the earlier version too: "vilka av dem fanns med i förra planen också?"
    r"|fanns\s+(?:(?:det|de|dom|den|dessa)\s+)?(?:också\s+|även\s+)?med)",
    re.IGNORECASE,
)
# "Har X fått fler anställda sedan förra planen?": a comparative against an earlier time.
_MORE_SINCE_RE = re.compile(
    r"\b(?:fler|färre|högre|lägre|större|mindre|bättre|sämre)\b.*\b(?:sedan|sen|jämfört|förra|föregående"
    r"|tidigare|gamla)\b|\b(?:sedan|sen|jämfört\s+med)\s+(?:förra|föregående|den\s+gamla)\b.*\b(?:fler|färre"
    r"|högre|lägre|större|mindre|bättre|sämre)\b",
    re.IGNORECASE,
)
# "Har X lika många anställda nu som 2021?": the same as at an earlier time.
_AS_MANY_RE = re.compile(
    r"\blika\s+(?:många|mycket|stor|stort|stora|hög|högt|höga|låg|lågt|låga)\b"
    r"(?=.*\b(?:nu|idag|sedan|förra|tidigare|som\s+(?:i\s+)?(?:\d{4}|förra|tidigare)))",
    re.IGNORECASE,
)
_VERSIONS_RE = re.compile(
    r"\b(?:sedan|sen|jämfört|förra|föregående|tidigare|gamla|årets|version\w*|plan(?:en|erna|er)?"
    r"|\w+plan(?:en|erna)?)\b",
    re.IGNORECASE,
)
_LISTED_RE = re.compile(r"\b(?:\w*aktivitet\w*|\w*insats\w*|\w*åtgärd\w*|\w*behov\w*|\w*gap\w*)\b", re.I)
# "Vad är nytt i den nya planen?", "vilka nya aktiviteter finns i årets plan?": new against a version.
_NEW_IN_VERSION_RE = re.compile(
    r"\b(?:nytt|nya)\b(?!\s+plan)(?=.*\b(?:nya|senaste|nuvarande|aktuella|årets|gällande)\s+\w*plan\w*)"
    # new against an older version named: "vilka aktiviteter är nya jämfört med 2024-2026?"
    # (what is new: "är nya", "nya aktiviteter", "något nytt"; not new staff, "nya medarbetare")
    r"|(?:\b(?:är|blev|var)\s+(?:nya|nytt|ny)|\b(?:nya|nytt|ny)\s+(?:\w*aktivitet|\w*insats|\w*åtgärd|\w*behov"
    r"|\w*gap|mål)\w*|\b(?:något|vad)\s+(?:är\s+)?nytt|\bny(?=\s+jämför))\b"
    r"(?=.*\b(?:jämfört\s+med|jämför|sedan|sen|mot|än\s+i)\s+(?:den\s+)?(?:förra|föregående|tidigare|gamla|äldre|\d{4}))"
    r"|\b(?:nya|senaste|nuvarande|aktuella|årets|gällande)\s+\w*plan\w*\b(?=.*\b(?:nytt|nya)\b(?!\s+plan))",
    re.IGNORECASE,
)
# "Är pensionsavgångarna fler i den nya planen än i den gamla?", "äldre personal än staden": a comparative
# with its "än" a few words later, against something that is no number.
_THAN_RE = re.compile(
    r"\b(?:högre|lägre|fler|färre|större|mindre|bättre|sämre|äldre|yngre|vanligare)\s+(?:[\w-]+\s+){1,6}?"
    r"än\s+(?!\d|hälften|en\s+(?:tredjedel|fjärdedel))",
    re.IGNORECASE,
)


def asks_versus(question: str) -> bool:
    """Whether a question compares by a verb of change against a version, a new-in-this-version or a
    comparative against something named after "än"."""
    risen = (_RISEN_RE.search(question) and _VERSIONS_RE.search(question)) or _MORE_SINCE_RE.search(question)
    risen = risen or _AS_MANY_RE.search(question)
    listed = _ADDED_RE.search(question) and (_VERSIONS_RE.search(question) or _LISTED_RE.search(question))
    changed = risen or listed or two_versions(question)
    return bool(changed or _NEW_IN_VERSION_RE.search(question) or _THAN_RE.search(question))


def changes_lists(question: str) -> bool:
    """Whether a question asks what a version added to or dropped from its lists ("vilka behov har
    försvunnit?"), which compares it with the version before."""
    return bool(_ADDED_RE.search(question))


# "Hur var det 2021 jämfört med nu?": the time now, against which a year of an older version is set.
# "Sedan 2021" sets that year against now too ("har den ändrats sedan 2021?").
_NOW_RE = re.compile(
    r"\b(?:nu|idag|i\s+dag|numera|nuförtiden|i\s+nuläget|just\s+nu|today|now|currently)\b"
    r"|\b(?:sedan|sen|since)\s+(?:år\s+)?(?:19|20)\d\d\b(?!\s*(?:[-–]|års?\s+plan))",
    re.IGNORECASE,
)
# "förra planen vs nya", "i den gamla och den nya planen": two versions of a plan set side by side.
_TWO_VERSIONS_RE = re.compile(
    r"\b(?:förra|föregående|gamla|tidigare|äldre)\b(?:\s+[\w-]+){0,2}?\s+(?:och|vs\.?|versus|mot|respektive"
    r"|eller|jämfört\s+med)\s+(?:i\s+|med\s+)?(?:den\s+|det\s+)?(?:nya|nuvarande|senaste|aktuella|gällande|nu)\b"
    r"|\b(?:nya|nuvarande|senaste|aktuella|gällande)\b(?:\s+[\w-]+){0,2}?\s+(?:och|vs\.?|versus|mot|respektive"
    r"|eller|jämfört\s+med)\s+(?:i\s+|med\s+)?(?:den\s+|det\s+)?(?:förra|föregående|gamla|tidigare|äldre)\b",
    re.IGNORECASE,
)


def asks_now(question: str) -> bool:
    """Whether a question sets something against the time now ("2021 jämfört med nu", "idag")."""
    return bool(_NOW_RE.search(question))


def two_versions(question: str) -> bool:
    """Whether a question sets an older and a newer version side by side ("förra planen vs nya")."""
    return bool(_TWO_VERSIONS_RE.search(question))
