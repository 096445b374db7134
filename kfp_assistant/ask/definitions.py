"""What a plan means by a term, answered by the plan's own definition of it.

Plans often end with a list of terms ("Bilaga. Begrepp", "Ordlista", "Definitioner"), one per line:
"Personalomsättning – Andelen tillsvidareanställda som har lämnat …", or say "Med X avses …". A question
asking what a term means or how a figure is counted ("vad menas med …", "hur räknas …", "what do they
mean by …") is answered by the definition line whose term the question names: every word of the term
in the question (word forms and missing å/ä/ö allowed), the longest such term first ("kort sjukfrånvaro"
before "sjukfrånvaro" only when "kort" is asked). A term asked in other words or in English
("säkra scheman", "safe rosters") is met by meaning: the dense similarity of the asked term to
each defined term, taken only when one term stands out from the rest by MARGIN (a term the plan does not
define is near every term a little and none clearly).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kfp_assistant.ask.route import Route
from kfp_assistant.ask.units import sentences
from kfp_assistant.schema import Chunk, Citation
from kfp_assistant.sv.areas import UBARA_AREAS
from kfp_assistant.sv.metrics import metric_pattern, metrics_in
from kfp_assistant.sv.words import SAME_WORD, terms_found, tokenize, word_match

MARGIN = 0.03  # how far the nearest defined term must stand out from the second (cosine, e5)
MAX_PLANS = 3
# Every chunk of a plan is read for its definitions: over more plans than this (a question naming no
# administration in a large index) retrieval answers instead, as it scales.
MAX_SCANNED = 12
MAX_TERM_WORDS = 5
Similarity = Callable[[str, list[str]], list[float]]  # the asked term's cosine to each text

# Words that ask for a meaning wherever they stand ("…, vad menas med det?").
_STRONG = re.compile(
    r"\b(?:menas|menar|avses|avser|betyder|betyda|definier\w*|definition\w*|begreppet|begrepp|termen)\b",
    re.IGNORECASE,
)
# What counts as something asks for its definition: "vad räknas som långtidssjukskriven?", "när räknas
# man som deltidsanställd?", "hur länge ska man vara sjuk för att räknas som långtidssjuk?" (not "hur
# många räknas som …", a count).
_COUNTS_AS = re.compile(
    r"\b(?:räknas|räknades|klassas)\s+(?:man\s+|någon\s+|en\s+medarbetare\s+)?som\s+"
    r"(?P<term>[a-zåäö][\w-]*(?:\s+(?!(?:i|hos|inom|enligt|för|på|vid)\b)[a-zåäö][\w-]*){0,3})",
    re.IGNORECASE,
)
# "hur många räknas som …" asks a count, "vilka yrken räknas som …" a list
_A_COUNT = re.compile(
    r"^\s*(?:och\s+)?(?:hur\s+(?:många|stor\s+andel|stor\s+del|mycket)|vilka|vilken|vilket)\b", re.IGNORECASE
)
# "Vad är hälsosamma scheman?": what a term is, asked in the very form the plan's list of terms gives
# it; "vad är personalomsättningen?" (the definite form) asks the figure.
_WHAT_IS = re.compile(
    r"^\s*(?:och\s+)?vad\s+är\s+(?:en\s+|ett\s+)?(?P<term>[a-zåäö][\w-]*(?:\s+(?!(?:i|hos|inom|enligt|för|på|vid)\b)"
    r"[a-zåäö][\w-]*){0,3})\s*(?:$|\?|\s(?:i|hos|inom|enligt|för|på|vid)\b)",
    re.IGNORECASE,
)
# Words that ask for a meaning or a way of counting only with the term right after them ("vad innebär
# långtidssjukfrånvaro", "hur räknas personalomsättningen"): "vad innebär det för verksamheten att …"
# asks for consequences, which a definition does not give.
_WEAK = re.compile(
    r"\b(?:innebär|innebära|räknas|räknar|beräknas|beräknar|mäts|mäter)\s+(?:med\s+)?"
    r"(?:begreppet\s+|ordet\s+)?(?P<term>[^\s,.?!;:]+(?:\s+[^\s,.?!;:]+){0,3})",
    re.IGNORECASE,
)
# "Vad är YVO", "vad står ABC för", "what is ABC" (English comes in as "hur hög är ABC"): an
# abbreviation right after the asking words, not in the genitive ("vad är HR:s roll").
_ABBREVIATION = re.compile(
    r"(?i:\b(?:vad|hur\s+hög)\s+är\s+(?:en\s+|ett\s+)?|\bvad\s+står\s+)"
    r"(?P<term>[A-ZÅÄÖ][A-ZÅÄÖ0-9]+(?:-[A-ZÅÄÖ0-9]+)*)(?![\w:-])"
)
# The asked term: after the asking word, its words up to a preposition, a name (capitalised) or
# punctuation. Case matters for the term only: a name ends it.
_ASKED = re.compile(
    r"(?i:\b(?:menas|menar|avses|avser|betyder|innebär|definieras|definition\w*\s+(?:av|på|of)|räknas|"
    r"beräknas|mäts)\s+(?:med\s+)?(?:begreppet\s+|ordet\s+|termen\s+)?)"
    r"(?P<term>[a-zåäö][\w-]*(?:\s+(?!(?:i|hos|inom|enligt|för|på|vid|in|at|for|according|to)\b)"
    r"[a-zåäö][\w-]*){0,3})"
)
_QUOTED = re.compile(r"""(?<!\w)['"‘’“”«»](?P<term>[^'"‘’“”«»]{2,60})['"‘’“”«»](?!\w)""")
# A glossary entry: a term of a few words, a dash set off by spaces, then its explanation ("Korttids-
# frånvaro – frånvaro dag 1–14"); "Med X avses/menas …"; or an abbreviation spelled out in a sentence:
# "… avtalet om Yrkesväxling och Omställning (YVO) …".
_DEFINED = re.compile(r"^\s*(?P<term>[^\W\d_][\w/-]*(?:\s+[\w/-]+){0,3})\s+[–—-]\s+(?P<body>[^\W\d_])")
_AREA_LABELS = frozenset(a.lower() for a in UBARA_AREAS)
_MED_AVSES = re.compile(r"\b[Mm]ed\s+(?P<term>[\w\-/ ]{2,60}?)\s+(?:avses|menas)\s+\S")
# A word explained in passing: "Långtidssjukfrånvaron, det vill säga frånvaro som pågått i mer än 59
# dagar, …", "… ambassadörskap, dvs. att …".
_THAT_IS = re.compile(r"(?P<term>[^\W\d_][\w-]{3,}),?\s+(?:det\s+vill\s+säga|dvs\.?|d\.v\.s\.?)\s+\w")
# What a term is about, said outright: "Syftet med transfer of training handlar om att …", "Kompetens-
# växling innebär att …" (a term opening its sentence; not "Det innebär att …"), "… där brist innebär att …".
_ABOUT = re.compile(
    r"\b[Ss]yftet\s+med\s+(?P<term>[\w\-/ ]{2,60}?)\s+(?:handlar\s+om|är)\s+att\b"
    r"|^(?!(?:det|detta|dessa|denna|den|de|vilket|som|här|där)\b)(?P<opening>[^\W\d_][\w\-/]*(?:\s+[\w\-/]+){0,3})"
    r"\s+(?:handlar\s+om|innebär)\s+att\b"
    # a scale explained: "… en tregradig skala där brist innebär att …"
    r"|\bdär\s+(?P<scale>[^\W\d_][\w\-/]*(?:\s+[\w\-/]+){0,2}?)\s+innebär\s+att\b",
    re.IGNORECASE,
)
# A term glossed in parentheses: "arbeta med transfer of training (kompetensöverföring) …"; the term is
# one to three words before it (each a candidate: the question names the one it asks).
_GLOSSED = re.compile(
    r"\s\((?!(?:se|t\.?\s?ex|bl\.?\s?a|till|bland|exempelvis|ca|cirka)\b)[a-zåäö][^()\d]{3,60}\)"
)
_GLOSSED_TERM = re.compile(r"(?:[\w-]+\s+){0,2}[a-zåäö][\w-]*$")  # the words before the gloss
# Cheap tests first: a sentence without these words or marks defines nothing the patterns find (most
# sentences; the patterns cost a regex search at every word).
_HINTS = {
    "spelled_out": ("(",),
    "that_is": ("det vill säga", "dvs", "d.v.s"),
    "about": ("innebär att", "handlar om att", "syftet med"),
    "med_avses": ("avses", "menas"),
}
_SPELLED_OUT = re.compile(r"\w[\w\s-]{3,}\((?P<term>[A-ZÅÄÖ][A-ZÅÄÖ0-9]+(?:-[A-ZÅÄÖ0-9]+)*)\)")


_FORMS = (("med_avses", _MED_AVSES), ("spelled_out", _SPELLED_OUT), ("that_is", _THAT_IS), ("about", _ABOUT))


@dataclass(frozen=True)
class Definition:
    """One line of a plan defining a term."""

    term: str
    line: str
    chunk: Chunk
    page: int
    glossary: bool = False  # a line of a list of terms, not a sentence defining in passing


# Words asking what something means: a glossary entry answers only such a question.
_ASKS_MEANING = re.compile(
    r"\b(?:betyder|betyda|innebär|innebar|menas|står\s+för|definier\w*|förklara\w*|begrepp\w*)\b"
    r"|\bvad\s+är\s+(?:en|ett)\b|\bmean(?:s|ing|t)?\b|\bdefin\w*",
    re.IGNORECASE,
)


def defines_term(text: str) -> bool:
    """Whether a sentence is a glossary entry: a term, a dash, its explanation; not an activity under
    its area's name ("Introducera – Nyanställda får en fadder …")."""
    match = _DEFINED.match(text)
    return match is not None and match.group("term").strip().lower() not in _AREA_LABELS


def asks_meaning(question: str) -> bool:
    """Whether a question asks what something means (a glossary entry may answer it)."""
    return bool(_ASKS_MEANING.search(question))


def asks_definition(question: str, english: bool = False) -> bool:
    """Whether the question asks what a term means or how a figure is counted."""
    if _STRONG.search(question) or _ABBREVIATION.search(question):
        return True
    if _COUNTS_AS.search(question) and not _A_COUNT.match(question):
        return True
    weak = _WEAK.search(question)
    # "innebär det för …" asks what follows from something, not what a word means: the word right after
    # the asking word must be a content word (or, in English, anything the glossary left).
    return weak is not None and (english or tokenize(weak.group("term").split()[0]) != [])


def definitions_in(chunks: Iterable[Chunk]) -> list[Definition]:
    """The definitions of a plan's prose chunks: definition lines, "Med X avses" and abbreviations
    spelled out, each with the line or sentence that gives it."""
    found: list[Definition] = []
    for chunk in chunks:
        if chunk.kind != "text":
            continue
        for i, line in enumerate(chunk.text.splitlines()):
            match = _DEFINED.match(line)
            if match is not None and defines_term(line):
                page = chunk.line_pages[i] if i < len(chunk.line_pages) else chunk.page_start
                found.append(Definition(match.group("term").strip(), line.strip(), chunk, page, True))
        for sentence, page in sentences(chunk):
            lowered = sentence.lower()
            for m in _GLOSSED.finditer(sentence) if "(" in sentence else ():
                before = _GLOSSED_TERM.search(sentence[: m.start()])
                words = before.group().split() if before else []
                found += [
                    Definition(" ".join(words[-n:]), sentence, chunk, page) for n in range(1, len(words) + 1)
                ]
            for name, rx in _FORMS:
                if not any(hint in lowered for hint in _HINTS[name]):
                    continue
                for m in rx.finditer(sentence):
                    term = (
                        m.group("term") or m.group("opening") or m.group("scale")
                        if rx is _ABOUT
                        else m.group("term")
                    )
                    # a name explained ("Region Värmland, det vill säga länets sjukhus …") is no term
                    named = rx is _THAT_IS and m.start() > 0 and term[0].isupper()
                    if len(term.split()) <= MAX_TERM_WORDS and not named:
                        found.append(Definition(term.strip(), sentence, chunk, page))
    return found


def _named(term: str, stems: list[str]) -> bool:
    """Whether every word of the term is one of the question's words."""
    words = tokenize(term)
    return bool(words) and all(any(word_match(w, s) >= SAME_WORD for s in stems) for w in words)


def _asked_term(question: str) -> str | None:
    """The term the question asks about: quoted, or the words after the asking word."""
    match = _QUOTED.search(question) or _COUNTS_AS.search(question) or _ASKED.search(question)
    return match.group("term") if match else None


def names_asked_term(question: str, text: str) -> bool:
    """Whether a sentence names the term a question asks the meaning of (its words, or the key figure
    it names in other words); True when the question asks no term's meaning. A plan that defines
    nothing of the kind answers a meaning only with a sentence on the term itself."""
    asked = _asked_term(question) if asks_definition(question) else None
    if not asked or not tokenize(asked):
        return True
    words = set(tokenize(asked))
    if terms_found(words, text) >= max(1, len(words) - 1):  # a longer phrase in the plan's own words
        return True
    figure = metric_pattern(metrics_in(asked, question=True))
    return figure is not None and bool(figure.search(text))


def _same_figure(definitions: list[Definition], asked: str | None) -> Definition | None:
    """The definition of the key figure the asked term names in other words ("långtidssjukskriven" for
    "Långtidssjukfrånvaro"), when one figure is asked and exactly one defined term names it."""
    wanted = metrics_in(asked, question=True) if asked else []
    if len(wanted) != 1:
        return None
    found = [d for d in definitions if metrics_in(d.term) == wanted]
    one_term = all(_named(d.term, tokenize(found[0].term)) for d in found)  # in any of its forms
    return _preferred(found) if found and one_term else None


def _preferred(found: list[Definition]) -> Definition:
    """Of the definitions of one term, the longest term, a glossary line before a sentence."""
    return max(found, key=lambda d: (len(tokenize(d.term)), d.glossary))


def as_written(definitions: list[Definition], question: str) -> Definition | None:
    """The definition of the term a "vad är X?" question names in the plan's own form of it, or None."""
    match = _WHAT_IS.match(question)
    if match is None:
        return None
    asked = " ".join(match.group("term").lower().split())
    # a list of terms gives each in its base form; a sentence opening with the word may give it definite
    # ("Långtidsfrånvaron, det vill säga …"), as a question asking the figure names it
    found = [
        d
        for d in definitions
        if " ".join(d.term.lower().split()) == asked and (d.glossary or d.term[:1].islower())
    ]
    return _preferred(found) if found else None


def defined(definitions: list[Definition], question: str, similar: Similarity | None) -> Definition | None:
    """The definition the question asks for, or None."""
    if not definitions:
        return None
    abbreviation = _ABBREVIATION.search(question)
    if abbreviation is not None:  # an abbreviation is its letters: no other word form, no synonym
        return next((d for d in definitions if d.term == abbreviation.group("term")), None)
    stems = tokenize(question)
    named = [d for d in definitions if _named(d.term, stems)]
    if named:
        return _preferred(named)
    asked = _asked_term(question)
    if (figure := _same_figure(definitions, asked)) is not None:
        return figure
    terms = list(dict.fromkeys(d.term for d in definitions))
    if similar is None or asked is None or len(terms) < 2:
        return None
    ranked = sorted(zip(similar(asked, terms), terms, strict=True), reverse=True)
    if ranked[0][0] - ranked[1][0] < MARGIN:
        return None
    return next(d for d in definitions if d.term == ranked[0][1])


def answer_definition(
    route_: Route,
    chunks_of: Callable[[str], list[Chunk]],
    similar: Similarity | None,
    label: Callable[[Chunk], str],
) -> tuple[str, list[Citation]] | None:
    """Each plan's definition of the term asked about, cited; None when the question asks no meaning or
    no plan in scope defines the term."""
    candidates = route_.plans or route_.scope
    asks = asks_definition(route_.question, route_.english)
    if not (asks or _WHAT_IS.match(route_.question)) or len(candidates) > MAX_SCANNED:
        return None
    lines: list[str] = []
    citations: list[Citation] = []
    # The plans asked about first; an older version in scope when none of them defines the term in a
    # list of terms (one defining it only in passing may define it more fully there).
    older = [d for d in route_.scope if d not in candidates and len(route_.scope) <= MAX_SCANNED]
    glossary = False
    for doc_id in [*candidates, *older]:
        if len(citations) == MAX_PLANS or (glossary and doc_id in older):
            break
        definitions = definitions_in(chunks_of(doc_id))
        if asks:
            found = defined(definitions, route_.question, similar)
        else:
            found = as_written(definitions, route_.question)
        if found is None:
            continue
        glossary = glossary or found.glossary
        citations.append(Citation.of_chunk(len(citations) + 1, found.chunk, found.page, found.line))
        lines.append(f"**{label(found.chunk)}:** {found.line} [{len(citations)}]")
    return ("\n\n".join(lines), citations) if citations else None
