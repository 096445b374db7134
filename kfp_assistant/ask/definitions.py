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
from kfp_assistant.sv.words import SAME_WORD, tokenize, word_match

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
_SPELLED_OUT = re.compile(r"\w[\w\s-]{3,}\((?P<term>[A-ZÅÄÖ][A-ZÅÄÖ0-9]+(?:-[A-ZÅÄÖ0-9]+)*)\)")


@dataclass(frozen=True)
class Definition:
    """One line of a plan defining a term."""

    term: str
    line: str
    chunk: Chunk
    page: int


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
                found.append(Definition(match.group("term").strip(), line.strip(), chunk, page))
        for sentence, page in sentences(chunk):
            for rx in (_MED_AVSES, _SPELLED_OUT):
                for m in rx.finditer(sentence):
                    if len(m.group("term").split()) <= MAX_TERM_WORDS:
                        found.append(Definition(m.group("term").strip(), sentence, chunk, page))
    return found


def _named(term: str, stems: list[str]) -> bool:
    """Whether every word of the term is one of the question's words."""
    words = tokenize(term)
    return bool(words) and all(any(word_match(w, s) >= SAME_WORD for s in stems) for w in words)


def _asked_term(question: str) -> str | None:
    """The term the question asks about: quoted, or the words after the asking word."""
    match = _QUOTED.search(question) or _ASKED.search(question)
    return match.group("term") if match else None


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
        return max(named, key=lambda d: len(tokenize(d.term)))
    asked = _asked_term(question)
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
    if not asks_definition(route_.question, route_.english) or len(candidates) > MAX_SCANNED:
        return None
    lines: list[str] = []
    citations: list[Citation] = []
    for doc_id in candidates:
        if len(citations) == MAX_PLANS:
            break
        found = defined(definitions_in(chunks_of(doc_id)), route_.question, similar)
        if found is None:
            continue
        citations.append(Citation.of_chunk(len(citations) + 1, found.chunk, found.page, found.line))
        lines.append(f"**{label(found.chunk)}:** {found.line} [{len(citations)}]")
    return ("\n\n".join(lines), citations) if citations else None
