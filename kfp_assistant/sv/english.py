"""Questions asked in English: recognised, and their HR terms put in the plans' Swedish.

The plans are Swedish. The dense model is multilingual, but the router and the word rankings match
Swedish words, so an English question ("What is the staff turnover?") would match nothing. A
glossary of general HR English, one term per line as `english phrases | svenska`, turns the
question's terms into the words plans use; the answer is written from the Swedish text and says so.
A trailing "*" lets an English word continue ("retire*" covers "retirement", "retired").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kfp_assistant.sv.english_forms import in_swedish_forms
from kfp_assistant.sv.english_glossary import GLOSSARY
from kfp_assistant.sv.text import split_words

# Function words that tell English from Swedish: a question with clearly more English than Swedish
# ones is English.
_ENGLISH_WORDS = frozenset(
    split_words(
        "the a an is are was were what which who how many much does do did has have had to of in at for by"
        " with and or from their there this that these those they it its be been will would should can"
        " could about between than per why where when whose need needs among our we them more most"
        # a request in the imperative ("List X's activities for …", "Show me …", "Give me …")
        " list show give me please tell"
    )
)
# Further English words that say how a question asks, not what about ("what did the plan say about
# ..."): left in an English question's content words, they would count against every Swedish sentence.
_FUNCTION_WORDS = _ENGLISH_WORDS | frozenset(
    split_words(
        "must may might shall say says said tell tells told mention mentions mentioned describe describes"
        " on into under over not no any all some our your my we you i me us them when where why whose"
        " also so if then up out get gets make makes being more most other such as s its it's there's"
        " plans plan document see sees saw seen identify identifies identified identifying list lists"
        " listed name names named city town"
    )
)
_SWEDISH_WORDS = frozenset(
    split_words(
        "och är var vad vilka vilken vem hur många mycket gör har hade att av i på för med som det den de"
        " en ett till från om inom mellan än också kan ska skulle finns jobbar"
    )
)


def parse_glossary(table: str) -> list[tuple[re.Pattern[str], str]]:
    """A glossary's rows (`phrases | replacement`, "*" letting a word continue) as patterns, longest
    phrase first."""
    rows: list[tuple[str, str]] = []
    for line in table.strip().splitlines():
        english, swedish = (part.strip() for part in line.rsplit(" | ", 1))
        rows += [(phrase.strip(), swedish) for phrase in english.split("|") if phrase.strip()]
    rows.sort(key=lambda r: -len(r[0]))  # longest first: "short-term sick leave" before "sick leave"
    compiled = []
    for phrase, swedish in rows:
        body = r"\s+".join(
            re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in phrase.split()
        )
        # Not inside a replacement marked_terms made: its markers count as letters.
        compiled.append((re.compile(rf"(?<![\w\x01\x02-]){body}(?![\w\x01\x02-])", re.IGNORECASE), swedish))
    return compiled


@lru_cache(maxsize=1)
def _glossary() -> list[tuple[re.Pattern[str], str]]:
    # The question's number words are put in Swedish first ("the two plans" -> "the två plans"): so are
    # the glossary's, or a phrase holding one would never match.
    return parse_glossary(_NUMBER_WORD.sub(_number, GLOSSARY))


_ASKING_ENGLISH = frozenset(("why", "how", "what", "which", "who", "when", "where"))


def is_english(text: str, chat_in_english: bool = False) -> bool:
    """Whether a question is written in English (by its function words). In a chat held in English one
    such word is enough: "why?", "how come?" follow an English question."""
    words = re.findall(r"[a-zåäö']+", text.lower())
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    swedish = sum(1 for w in words if w in _SWEDISH_WORDS)
    # "why?", "how about X?": an English question word among English words only, whatever came before
    alone = english == len(words) and bool(set(words) & _ASKING_ENGLISH)
    return alone or (english >= (1 if chat_in_english else 2) and english > 2 * swedish)


# Function words left after the glossary: they would count as topic words of the Swedish question.
# Words that carry an age band or a comparison ("between", "than", "at least", "from … to") stay.
_DROPPED = frozenset(
    split_words(
        "the a an is are was were does do did its their it this that these those there be been will would"
        " should can could has have had of by for in with"
    )
)
# A quoted term opens after no letter: the apostrophe of a possessive ("Solna's plan ... managers'")
# quotes nothing.
QUOTED = re.compile(r"""((?<!\w)['"‘’“”][^'"‘’“”]{2,80}['"‘’“”](?!\w))""")


# English puts the subject between the asking words and the verb ("How does the region plan to keep
# nurses?", "What does the shortage lead to?"); Swedish puts the verb first ("hur ska regionen
# behålla …", "vad leder bristen till"), and the router reads the Swedish order. Up to five words of
# subject; verbs of doing something about a topic ask what is done ("hur gör X för att minska …").
_SUBJECT = r"(?P<subject>(?:[\w'’.-]+\s+){1,5}?)"
_AUXILIARY = r"(?:do|does|did|will|would|can|could|should|shall)"
_WHERE_FROM = re.compile(
    rf"\bwhere\s+(?:do|does|did|will|would)\s+{_SUBJECT}(?:come|comes|came)\s+from\b", re.IGNORECASE
)
# "What is X doing to attract …", "what does X do about …": what X does for it ("vad gör X för att …").
_WHAT_DOING = re.compile(
    rf"\bwhat\s+(?:is|are|was|were|do|does|did|will|would|can)\s+{_SUBJECT}(?:doing|do)"
    # a time between the verb and its purpose stays: "doing this year to develop …"
    r"(?P<when>\s+(?:(?:this|next|last)\s+(?:year|month|autumn|spring|term)|now|today|currently))?"
    r"\s+(?P<prep>to|for|about)\b",
    re.IGNORECASE,
)
_DOING_FOR = {"to": "för att", "for": "för", "about": "åt"}
_WHAT_LEADS = re.compile(
    rf"\bwhat\s+{_AUXILIARY}\s+{_SUBJECT}(?:lead|result|contribute)\s+(?:to|in)\b", re.IGNORECASE
)
# verb -> (the Swedish verb before the subject, the Swedish particle after it, the English particle
# the verb needs: "plan to", "follow up"; not "plan for")
_HOW_VERBS: dict[str, tuple[str, str, str]] = {
    **dict.fromkeys(("plan", "intend", "aim", "want", "hope"), ("ska", "", "to")),
    **dict.fromkeys(("work", "deal"), ("arbetar", "", "")),
    **dict.fromkeys(("handle", "manage", "tackle", "address"), ("hanterar", "", "")),
    "think": ("tänker", "", ""),
    "ensure": ("säkerställer", "", ""),
    **dict.fromkeys(("welcome", "receive"), ("tar", " emot", "")),
    "support": ("stöttar", "", ""),
    "measure": ("mäter", "", ""),
    "follow": ("följer", " upp", "up"),
}
# Doing something about a topic: "how do they attract/reduce/keep …" asks what they do for it.
_DOING = frozenset(
    split_words(
        "attract retain keep reduce lower cut increase improve recruit develop introduce onboard prevent"
        " fill strengthen secure train raise solve"
    )
)


_HOW_VERB = re.compile(
    rf"\bhow\s+{_AUXILIARY}\s+{_SUBJECT}(?P<verb>(?:{'|'.join(sorted({*_HOW_VERBS, *_DOING}))})(?:e?s)?)\b"
    r"(?P<particle>\s+(?:up|to)\b)?",
    re.IGNORECASE,
)


def _verb_base(verb: str) -> str:
    """An English verb's base form among _HOW_VERBS and _DOING ("plans" -> "plan", "addresses" ->
    "address"), or "" when it is none of them."""
    verb = verb.lower()
    for base in (verb, verb[:-1] if verb.endswith("s") else "", verb[:-2] if verb.endswith("es") else ""):
        if base in _HOW_VERBS or base in _DOING:
            return base
    return ""


def _what_doing(m: re.Match[str]) -> str:
    """ "What is X doing (this year) to …" as the Swedish "vad gör X (this year) för att …"."""
    when = m.group("when") or ""
    return f"vad gör {m.group('subject').strip()}{when} {_DOING_FOR[m.group('prep').lower()]}"


def _swedish_order(text: str) -> str:
    """An English question with its asking verb moved before the subject, in Swedish words ("how does
    X plan to" -> "hur ska X", "how do they welcome" -> "hur tar they emot", "how does X reduce" ->
    "hur gör X för att reduce", "what does X lead to" -> "vad leder X till")."""

    def how(match: re.Match[str]) -> str:
        base = _verb_base(match.group("verb"))
        subject, particle = match.group("subject").strip(), (match.group("particle") or "").strip()
        if base in _HOW_VERBS:
            verb, after, needed = _HOW_VERBS[base]
            if needed != particle and (needed or particle == "up"):
                return match.group()
            return f"hur {verb} {subject}{after}" + (f" {particle}" if particle and not needed else "")
        if base:
            return f"hur gör {subject} för att {match.group('verb')}" + (f" {particle}" if particle else "")
        return match.group()

    text = _HOW_VERB.sub(how, text)
    text = _WHERE_FROM.sub(lambda m: f"varifrån kommer {m.group('subject').strip()}", text)
    text = _WHAT_DOING.sub(_what_doing, text)
    return _WHAT_LEADS.sub(lambda m: f"vad leder {m.group('subject').strip()} till", text)


# English numbers in words: up to twelve as Swedish prose writes them ("within five years" -> "inom fem
# år"), larger ones in digits, as plans write figures ("fifty-five" -> "55"); "one" alone is a pronoun
# as often ("the previous one").
_SMALL = dict(
    zip(
        split_words("one two three four five six seven eight nine ten eleven twelve"),
        split_words("ett två tre fyra fem sex sju åtta nio tio elva tolv"),
        strict=True,
    )
)
_TEENS = {
    w: n
    for n, w in enumerate(split_words("thirteen fourteen fifteen sixteen seventeen eighteen nineteen"), 13)
}
_TENS = {
    w: 10 * n for n, w in enumerate(split_words("twenty thirty forty fifty sixty seventy eighty ninety"), 2)
}
_UNITS = {w: i for i, w in enumerate(_SMALL, start=1) if i < 10}
_NUMBER_WORD = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})(?:[-\s](?P<unit>{'|'.join(_UNITS)}))?"
    rf"|(?P<word>{'|'.join([*_SMALL, *_TEENS][1:])})|(?P<hundreds>a|one)\s+hundred)\b",
    re.IGNORECASE,
)


def _number(match: re.Match[str]) -> str:
    """An English number word as the plans would write it."""
    if match.group("hundreds"):
        return "100"
    if match.group("tens"):
        return str(_TENS[match.group("tens").lower()] + _UNITS.get((match.group("unit") or "").lower(), 0))
    word = match.group("word").lower()
    return _SMALL.get(word) or str(_TEENS[word])


def in_swedish_terms(text: str) -> str:
    """An English question with its HR terms replaced by the plans' Swedish words (others kept; a
    quoted term, which the user copied from a plan, stays as written)."""
    parts = QUOTED.split(text)
    for i in range(0, len(parts), 2):  # odd parts are the quoted terms
        out = marked_terms(_swedish_order(_NUMBER_WORD.sub(_number, in_swedish_forms(parts[i]))), _glossary())
        kept = (_kept(w) for w in out.split())
        parts[i] = " ".join(w for w in kept if w).replace("\x01", " ").replace("\x02", " ")
    return " ".join(" ".join(parts).split())  # spaced: a quoted term stays a word of its own


def _kept(word: str) -> str:
    """A word of the translated question as kept: a function word dropped, but not the punctuation it
    carries ("… does Norrby have?" keeps its question mark); a glossary replacement always kept."""
    if "\x01" in word:
        return word
    bare = word.rstrip("?,.!;:")
    return word[len(bare) :] if bare.casefold() in _DROPPED else word


def marked_terms(text: str, glossary: list[tuple[re.Pattern[str], str]]) -> str:
    """The text with each glossary phrase replaced, longest first; a replacement is marked ("\\x01" around
    it, "\\x02" for its spaces) so that a shorter phrase does not match it again."""
    for rx, replacement in glossary:
        text = rx.sub("\x01" + replacement.replace(" ", "\x02").replace("\\", r"\\") + "\x01", text)
    return text


def is_english_function_word(word: str) -> bool:
    """Whether a word only says how an English question asks ("at", "the", "does"): no part of a noun."""
    return word.lower().strip("?,.;:!'’\"()") in _FUNCTION_WORDS


def without_function_words(text: str) -> str:
    """An English question without the English words that only say how it asks (its content words and
    the Swedish terms put in by in_swedish_terms kept)."""
    text = re.sub(r"(?<=\w)['’]s?(?!\w)", "", text)  # the possessive: "Solna's", "managers'"
    kept = [w for w in text.split() if w.lower().strip("?,.;:!'’\"()") not in _FUNCTION_WORDS]
    return " ".join(kept)
