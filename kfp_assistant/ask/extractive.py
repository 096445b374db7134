"""Offline answers: which sentences of the retrieved chunks answer a question, and how they are cited.

Every citable sentence of the top chunks is a Passage scored by its support: the share of the
question's content words (stems) it holds, plus its chunk's dense similarity. An answer starts from
the best sentence and its neighbours, then adds, greedily and within a sentence budget:

- sentences holding question words the shown ones do not yet cover (a question about two aspects
  gets both), if their own support is not far below the evidence threshold;
- sentences whose support is close to the best one's: the evidence decides how many, not a count;
- sentences continuing a shown passage that still hold a question word;
- the items of a list a shown sentence introduces ("Arbetet sker i fem steg:"), which do not
  count against the budget.

A sentence's support for these choices also counts the question words of its section heading.

Shown sentences become cited text in cited_text.py.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Literal

from kfp_assistant.schema import Chunk
from kfp_assistant.sv.words import term_named, text_stems

# Sentence ends; a lone list number ("följer: 1.") or an abbreviation ("t.ex. AI") does not end a
# sentence (see _merge_fragments).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
_NOT_AN_END = re.compile(
    r"(?:(?:^|[:,]|\boch|\bsamt)\s*\d{1,2}"
    r"|(?:^|\s)(?:t\.\s?ex|bl\.\s?a|d\.\s?v\.\s?s|s\.\s?k|t\.\s?o\.\s?m|fr\.\s?o\.\s?m|p\.\s?g\.\s?a"
    r"|dvs|ca|resp|inkl|exkl|enl|jfr))\.$",
    re.IGNORECASE,
)
# Table cell bars and ○ bullets end a citable unit as line breaks do.
_PIECE = re.compile(r"\s+\|\s+|\s*○\s*")
_MARKER = re.compile(r"^(?:[•●▪◦‣\-–*]|\d{1,2}[.)]|[a-zåäö][)])\s+")
MIN_CITABLE = 16  # shorter sentences are cell values or fragments: shown only as list items
MAX_ITEMS = 12  # list items shown after a sentence ending in ":"

UnitKind = Literal["line", "bullet", "cell", "sentence"]


@dataclass(frozen=True)
class Unit:
    """A sentence of a chunk: where it is, and whether it is a whole line or bullet (a list item)."""

    text: str
    page: int
    start: int
    end: int
    kind: UnitKind
    marked: bool = False  # began with a bullet or a list number ("1.", "•", "-")

    @property
    def citable(self) -> bool:
        """Whether the sentence is long enough to stand alone as an answer (not a cell value or fragment)."""
        return len(self.text) >= MIN_CITABLE

    @property
    def item(self) -> bool:
        """Whether the unit is a list item: a whole line or bullet with at least one word in it."""
        return self.kind in ("line", "bullet") and bool(re.search(r"[^\W\d_]{2}", self.text))


@dataclass
class Passage:
    """A scored sentence of a chunk; `position` indexes `units(chunk)`."""

    chunk: Chunk
    text: str
    page: int
    score: float
    position: int = 0
    follow: str = ""
    before: str = ""
    terms: frozenset[str] = frozenset()
    # Support counting also the question stems of the chunk's own heading: a sentence under
    # "Successionsplanering" is about succession planning even if it does not repeat the word.
    # Used to choose further sentences, never to decide whether the plans answer at all.
    support: float = 0.0
    similarity: float = 0.0
    before_terms: frozenset[str] = frozenset()
    follow_terms: frozenset[str] = frozenset()

    def evidence(self, tokens: set[str], before: bool = True) -> float:
        """Support of the passage as shown, with its neighbours: the answer's evidence."""
        terms = self.terms | self.follow_terms | (self.before_terms if before else frozenset())
        return 0.7 * len(terms) / len(tokens) + 0.3 * self.similarity if tokens else 0.0


def _merge_fragments(sentences: list[str]) -> list[str]:
    """Rejoin what the sentence split cut after a list number or an abbreviation:
    'Följer: 1.' + 'Utökad sysselsättningsgrad, 2.' + ...; 'effektivitet t.ex.' + 'AI.'"""
    out: list[str] = []
    for s in sentences:
        if out and _NOT_AN_END.search(out[-1]):
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out


def _locate(text: str, sentence: str, cursor: int) -> tuple[int, int]:
    """Where the sentence is in the text from the cursor on; rejoined fragments may differ in spacing."""
    found = text.find(sentence, cursor)
    if found >= 0:
        return found, found + len(sentence)
    match = re.compile(r"\s+".join(re.escape(w) for w in sentence.split())).search(text, cursor)
    return (match.start(), match.end()) if match else (cursor, cursor)


def units(chunk: Chunk) -> list[Unit]:
    """Sentences, bullets and table cells of a chunk in order, with page and offsets in chunk.text."""
    out: list[Unit] = []
    lines = chunk.text.split("\n")
    pages = chunk.line_pages if len(chunk.line_pages) == len(lines) else [chunk.page_start] * len(lines)
    line_start = 0
    for line, page in zip(lines, pages, strict=True):
        cursor = line_start
        pieces = _PIECE.split(line)
        bulleted = "○" in line
        for piece in pieces:
            body = _MARKER.sub("", piece.strip())
            marked = bulleted or body != piece.strip()
            parts = _merge_fragments([s.strip() for s in _SENTENCE_END.split(body) if s.strip()])
            for n, sentence in enumerate(parts):
                if len(parts) > 1:
                    kind: UnitKind = "sentence"
                elif len(pieces) == 1:
                    kind = "line"
                else:
                    kind = "bullet" if bulleted else "cell"
                start, end = _locate(chunk.text, sentence, cursor)
                out.append(Unit(sentence, page, start, end, kind, marked and n == 0))
                cursor = end
        line_start += len(line) + 1
    return out


def sentences(chunk: Chunk) -> list[tuple[str, int]]:
    """Citable sentences (or table rows) of a chunk with the page each is on."""
    return [(u.text, u.page) for u in units(chunk) if u.citable]


def found_terms(tokens: set[str], text: str) -> frozenset[str]:
    """The question stems the text names (sv.words.term_named: compounds of a stem count, the first part
    of a question's compound does not; an adjective's degrees count as one)."""
    words = text_stems(text)
    return frozenset(t for t in tokens if term_named(t, words))


def _neighbours(all_units: list[Unit], i: int) -> tuple[int | None, int | None]:
    """Nearest citable units before and after unit i on the same page."""
    before = next((j for j in range(i - 1, -1, -1) if all_units[j].citable), None)
    after = next((j for j in range(i + 1, len(all_units)) if all_units[j].citable), None)
    page = all_units[i].page
    return (
        before if before is not None and all_units[before].page == page else None,
        after if after is not None and all_units[after].page == page else None,
    )


def score_chunk(
    chunk: Chunk, tokens: set[str], similarity: float, by_heading: AbstractSet[str] = frozenset()
) -> list[Passage]:
    """Every citable sentence of the chunk, scored: 0.7 x share of question stems + 0.3 x similarity.

    Stems in `by_heading` count for every sentence under a heading that names them (an area asked
    about in everyday words, "locka folk": the plan's section "Attrahera" is about it throughout)."""
    all_units = units(chunk)
    heading = found_terms(tokens, chunk.section.split(" > ")[-1])
    similarity = max(similarity, 0.0)
    named = heading & by_heading
    terms = [found_terms(tokens, u.text) | named if u.citable else frozenset() for u in all_units]
    n = len(tokens) or 1
    out: list[Passage] = []
    for i, unit in enumerate(all_units):
        if not unit.citable:
            continue
        before, after = _neighbours(all_units, i)
        out.append(
            Passage(
                chunk,
                unit.text,
                unit.page,
                0.7 * len(terms[i]) / n + 0.3 * similarity,
                i,
                all_units[after].text if after is not None else "",
                all_units[before].text if before is not None else "",
                terms[i],
                0.7 * len(terms[i] | heading) / n + 0.3 * similarity,
                similarity,
                terms[before] if before is not None else frozenset(),
                terms[after] if after is not None else frozenset(),
            )
        )
    return out


@dataclass
class Selection:
    """Unit indices shown per chunk, and the rank at which each chunk entered the answer."""

    shown: dict[str, set[int]] = field(default_factory=dict)
    items: dict[str, set[int]] = field(default_factory=dict)
    chunks: dict[str, Chunk] = field(default_factory=dict)
    units: dict[str, list[Unit]] = field(default_factory=dict)
    rank: dict[tuple[str, int], int] = field(default_factory=dict)

    def sentence_count(self) -> int:
        """How many units the selection shows, over all chunks."""
        return sum(len(v) for v in self.shown.values())

    def is_shown(self, p: Passage) -> bool:
        """Whether the passage's unit is among those shown."""
        return p.position in self.shown.get(p.chunk.chunk_id, set())


def select(
    passages: list[Passage],
    tokens: set[str],
    *,
    budget: int,
    close: float,
    cover_floor: float,
    before: bool = True,
    extend_lists: bool = True,
) -> Selection:
    """The best passage with its neighbours, then further sentences chosen by evidence and coverage.

    `passages` must be sorted best first. A further sentence needs a support in context
    (Passage.support) of at least `cover_floor` (or the best one's score, if lower); then it
    qualifies when that support is within `close` of the best one's score, or it holds question
    stems the shown sentences do not yet cover, or it continues a shown passage (next to it in the
    chunk) and holds a question stem. Among qualified ones, the one adding most uncovered stems
    wins, then the higher support. Picks come first; what is left of the `budget` (in sentences)
    then shows their neighbours on the page, which often carry the how or why (the one before only
    if `before`).
    """
    chosen = Selection()
    if not passages:
        return chosen
    best = passages[0]
    covered: set[str] = set()

    def units_of(p: Passage) -> list[Unit]:
        if p.chunk.chunk_id not in chosen.units:
            chosen.units[p.chunk.chunk_id] = units(p.chunk)
            chosen.chunks[p.chunk.chunk_id] = p.chunk
        return chosen.units[p.chunk.chunk_id]

    def window(p: Passage) -> list[int]:
        b, a = _neighbours(units_of(p), p.position)
        return [i for i in (b if before else None, a) if i is not None]

    def show(p: Passage, indices: list[int], rank: int) -> None:
        shown = chosen.shown.setdefault(p.chunk.chunk_id, set())
        all_units = units_of(p)
        for i in indices:
            if i not in shown and chosen.sentence_count() < budget:
                shown.add(i)
                covered.update(found_terms(tokens, all_units[i].text))
        chosen.rank.setdefault((p.chunk.chunk_id, p.position), rank)

    def adjacent(p: Passage) -> bool:
        shown = chosen.shown.get(p.chunk.chunk_id, set())
        return bool(p.terms) and (p.position - 1 in shown or p.position + 1 in shown)

    # A comparison shows each plan's best even when it is weak; further sentences then need as much.
    floor = min(cover_floor, best.score)

    def qualifies(p: Passage) -> bool:
        if p.support < floor:
            return False
        return p.support >= best.score - close or bool(p.terms - covered) or adjacent(p)

    show(best, [best.position, *window(best)], 0)
    picks: list[Passage] = []
    rest = [p for p in passages[1:] if p.text != best.text]
    while rest and chosen.sentence_count() < budget:
        qualified = [
            (len(p.terms - covered), p.support, -i, p)
            for i, p in enumerate(rest)
            if not chosen.is_shown(p) and qualifies(p)
        ]
        if not qualified:
            break
        *_, pick = max(qualified, key=lambda q: q[:3])
        rest = [p for p in rest if p is not pick and p.text != pick.text]
        picks.append(pick)
        show(pick, [pick.position], len(picks))
    for pick in picks:
        show(pick, window(pick), 0)
    _extend_references(chosen)
    if extend_lists:
        _extend_lists(chosen)
    return chosen


# A sentence opening with one of these leans on the sentence before it ("Det kräver ...", "Detta
# innebär ...", "Dessutom ..."): shown alone it says less than the plan does.
_LEANS_BACK = re.compile(
    r"^(?:det|detta|dessa|denna|dessutom|därför|därmed|vidare|samtidigt|även|också|dock|men|här|där"
    r"|av\s+dessa|av\s+dem|bland\s+dessa|varav)\b",
    re.IGNORECASE,
)


def _extend_references(chosen: Selection) -> None:
    """Show the sentence a shown sentence leans on (before it), and a next sentence that leans on a
    shown one ("Det innebär att ..."), on the same page: a reference without its referent is a riddle."""
    for chunk_id, shown in chosen.shown.items():
        all_units = chosen.units[chunk_id]
        for i in sorted(shown):
            before, after = _neighbours(all_units, i)
            if before is not None and before not in shown and _LEANS_BACK.match(all_units[i].text):
                shown.add(before)
            if after is not None and after not in shown and _LEANS_BACK.match(all_units[after].text):
                shown.add(after)


def _extend_lists(chosen: Selection) -> None:
    """A shown sentence ending in ':' introduces a list: show the whole lines or bullets after it."""
    for chunk_id, shown in chosen.shown.items():
        all_units = chosen.units[chunk_id]
        items = chosen.items.setdefault(chunk_id, set())
        for i in sorted(shown):
            if not all_units[i].text.rstrip().endswith(":"):
                continue
            # Items are whole lines or bullets; if the first is numbered or bulleted, all are.
            numbered = i + 1 < len(all_units) and all_units[i + 1].marked
            j = i + 1
            while j < len(all_units) and j - i <= MAX_ITEMS:
                unit = all_units[j]
                if not unit.item or (numbered and not unit.marked):
                    break
                items.add(j)  # shown as a bullet, whether or not it was chosen as a sentence
                j += 1
