"""Which activity rows a list question's topic picks, by meaning rather than by its literal words.

"Vilka aktiviteter har de för att stärka chefsgruppen?" is answered by rows about "ny
chefsorganisation", "chefsnätverk" and "utbildning för chefer" under a goal on "ledarskap": none of
them writes "chefsgrupp".
Each row (its goal, the subsection it stands in and its activity) is scored against the question's
topic stems:

- a stem named as itself, or a compound of it (sv.words.word_match), counts fully;
- a word of the stem's own word family in the thesaurus ("chef*" for "chefsgruppen") counts
  FAMILY, a word of the rest of its ring ("ledarskap*") RING;
- the first part of a compound ("chefs" of "chefsgruppen") counts COMPOUND_PART;

each stem weighted by how rare it is among the rows (a stem most rows hold tells none apart) and,
for the verb of a purpose ("för att stärka ..."), by VERB: what is done is named by its object, and
where rows name the object, a row naming only the verb is not kept. Rows scoring at least
RELATIVE_CUT of the best one are kept, in the plan's order.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from kfp_assistant.extract.table_sections import SECTION_FIELD
from kfp_assistant.schema import Activity
from kfp_assistant.sv.occupations import occupations_in
from kfp_assistant.sv.thesaurus import part_patterns, ring_patterns
from kfp_assistant.sv.words import (
    MIN_PREFIX,
    PART_OF_COMPOUND,
    SAME_WORD,
    general_stems,
    text_stems,
    tokenize,
    word_match,
)

FAMILY = 0.8
RING = 0.5
COMPOUND_PART = 0.45  # below RING and a compound's PART_OF_COMPOUND: told apart from them
VERB = 0.3
RELATIVE_CUT = 0.5
_MODIFIER = 4  # shortest first part of a compound that may stand for it ("chef" of "chefsgrupp")
# The infinitive after "att" is what is to be done ("för att stärka", "i att ta fram"): its object
# is the topic.
_INFINITIVE = re.compile(r"\batt\s+(\w+)", re.IGNORECASE)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def verb_stems(question: str) -> set[str]:
    """Stems of the infinitives of a question ("för att stärka chefsgruppen" -> "stärk")."""
    return {s for m in _INFINITIVE.finditer(question) for s in tokenize(m.group(1))}


def _modifier(stem: str) -> str | None:
    """The first part of a compound joined by a linking s ("chefsgrupp" -> "chef"), if long enough."""
    for i in range(len(stem) - 3, _MODIFIER - 1, -1):
        if stem[i] == "s" and len(stem) - i - 1 >= 3:
            return stem[:i]
    return None


def _names_modifier(modifier: str, word: str) -> bool:
    """Whether a row's word is the compound's first part itself ("chef", "chefer") or a compound
    joined by the same linking s ("chefsnätverk"): "sjukfrånvaro" does not name the "sjuk" of
    "sjuksköterska", which is another word."""
    return word_match(modifier, word) >= SAME_WORD or word.startswith(modifier + "s")


class _Stem:
    """One topic stem with what names it: its thesaurus family and ring, its compound's first part."""

    def __init__(self, stem: str, question: str) -> None:
        self.stem = stem
        words = [w for w in re.findall(r"\w+", question) if tokenize(w) == [stem]]
        self.family: list[re.Pattern[str]] = []
        self.ring: list[re.Pattern[str]] = []
        for word in words:
            family, ring = ring_patterns(word)
            self.family += family
            self.ring += [*ring, *part_patterns(word)]  # the part of the organisation an occupation works in
        modifier = _modifier(stem)
        # "arbets-" of "arbetsmiljö" stands for work in general, not for what the compound names
        self.modifier = modifier if modifier not in general_stems() else None

    def match(self, text: str, stems: set[str]) -> float:
        """How well the text names this stem: 1 itself, else family, ring or compound part, else 0."""
        best = max((word_match(self.stem, w) for w in stems), default=0.0)
        # a compound's first part ("ledar" of "ledarutveckling") ends a row's word as written
        # ("arbetsledare"), which its stem may cut ("arbetsled")
        inside = len(self.stem) >= MIN_PREFIX and any(self.stem in w for w in _words(text))
        if best < PART_OF_COMPOUND and inside:
            best = PART_OF_COMPOUND
        if best >= SAME_WORD:
            return best
        if any(p.search(text) for p in self.family):
            best = max(best, FAMILY)
        elif any(p.search(text) for p in self.ring):
            best = max(best, RING)
        if self.modifier and any(_names_modifier(self.modifier, w) for w in stems):
            best = max(best, COMPOUND_PART)
        return best


def rank_rows(topic: set[str], question: str, rows: Sequence[Activity]) -> list[Activity]:
    """The rows on the question's topic, in their order; [] when no row names any topic stem."""
    if not topic or not rows:
        return []
    # the subsection a row stands in ("Äldreomsorg") says what it is about when the row does not
    texts = [f"{a.goal or ''} {a.extra.get(SECTION_FIELD, '')} {a.activity}" for a in rows]
    stems = [text_stems(t) for t in texts]
    verbs = verb_stems(question)
    scores = [0.0] * len(rows)
    objects = [0.0] * len(rows)  # the score from stems other than a purpose's verb
    for stem in sorted(topic):
        named = _Stem(stem, question)
        matches = [named.match(t, s) for t, s in zip(texts, stems, strict=True)]
        if max(matches) > COMPOUND_PART:
            # Where rows name the word itself or its family, a row sharing only the compound's first
            # part is about another thing ("arbetsmiljö" is not "arbetsmarknadsdagar").
            matches = [0.0 if m == COMPOUND_PART else m for m in matches]
        held = sum(1 for m in matches if m > 0)
        if not held or held > max(2, len(rows) // 2):
            continue  # named by no row, or by most: it tells no rows apart
        weight = math.log(1 + len(rows) / held)
        scores = [
            s + weight * m * (VERB if stem in verbs else 1.0) for s, m in zip(scores, matches, strict=True)
        ]
        if stem not in verbs:
            objects = [o + weight * m for o, m in zip(objects, matches, strict=True)]
    best = max(scores)
    if best <= 0:
        return []
    # Where a row names what the purpose is about, a row naming only its verb is about something else.
    need_object = max(objects) > 0
    return [
        a
        for a, s, o in zip(rows, scores, objects, strict=True)
        if s >= RELATIVE_CUT * best and (o > 0 or not need_object)
    ]


def _occupation_stems(text: str) -> set[str]:
    return {s for o in occupations_in(text) for s in tokenize(o)}


def rank_rows_for_all(topic: set[str], question: str, rows: Sequence[Activity]) -> list[Activity]:
    """The rows of an area on the question's topic (rank_rows); of an occupation asked about ("vad gör de
    för att inspektörerna ska stanna?"), with the area's rows for all staff too: rows naming no occupation
    and standing under no part of the organisation ("gemensam ärendeprioritering", "friskvårdsbidrag till
    alla") apply to them. Rows on another topic than an occupation stay as ranked."""
    ranked = rank_rows(topic, question, rows)
    named = {s for a in ranked for s in _occupation_stems(a.activity)}
    if not any(word_match(t, s) >= PART_OF_COMPOUND for t in topic for s in named):
        return ranked
    general = [a for a in rows if not _occupation_stems(a.activity) and not a.extra.get(SECTION_FIELD)]
    return [a for a in rows if a in ranked or a in general]
