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

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from kfp_assistant.ask.paragraphs import LEANS_BACK, paragraph_window
from kfp_assistant.ask.units import Unit, units
from kfp_assistant.schema import Chunk
from kfp_assistant.sv.words import found_terms, text_stems

MAX_ITEMS = 30  # list items shown after a sentence ending in ":" (a whole list, not its first items)
# The chunk after a chunk in its plan (or None): a list introduced at a chunk's end goes on there.
Following = Callable[[Chunk], "Chunk | None"]


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


# The stem a pronoun pointing back at the answer before stands for ("vad handlade de mest om?"): a
# sentence names it when it is about what that answer quoted (Referent.named_by).
REFERENT = "<de>"
_REFERENT_SHARED = 3  # stems shared with what was quoted, for a sentence outside its section


@dataclass(frozen=True)
class Referent:
    """What a follow-up's "de" or "det" points at: the stems, sections and sentences the answer before
    quoted."""

    stems: frozenset[str]
    sections: frozenset[str]  # "doc_id|section"
    quotes: tuple[str, ...]

    def named_by(self, chunk: Chunk, text: str) -> bool:
        """Whether a sentence is about it: in a section quoted sharing a stem with the quotes, elsewhere
        sharing several; a sentence already quoted says nothing new about it."""
        if any(text in q for q in self.quotes):
            return False
        needed = 1 if f"{chunk.doc_id}|{chunk.section}" in self.sections else _REFERENT_SHARED
        return len(self.stems & text_stems(text)) >= needed


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
    chunk: Chunk,
    tokens: set[str],
    similarity: float,
    by_heading: AbstractSet[str] = frozenset(),
    referent: Referent | None = None,
) -> list[Passage]:
    """Every citable sentence of the chunk, scored: 0.7 x share of question stems + 0.3 x similarity.

    Stems in `by_heading` count for every sentence under a heading that names them (an area asked
    about in everyday words, "locka folk": the plan's section "Attrahera" is about it throughout).
    With a `referent`, a sentence about it names the stem REFERENT (in `tokens` then)."""
    all_units = units(chunk)
    heading = found_terms(tokens, chunk.section.split(" > ")[-1])
    similarity = max(similarity, 0.0)
    named = heading & by_heading
    about = frozenset([REFERENT])
    terms = [
        found_terms(tokens, u.text)
        | named
        | (about if referent and referent.named_by(chunk, u.text) else frozenset())
        if u.citable
        else frozenset()
        for u in all_units
    ]
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
    paragraph: int = 0,
    following: Following | None = None,
    nearest: Passage | None = None,
    reasons: bool = False,
) -> Selection:
    """The best passage with its neighbours, then further sentences chosen by evidence and coverage.

    `passages` must be sorted best first. A further sentence needs a support in context
    (Passage.support) of at least `cover_floor` (or the best one's score, if lower); then it
    qualifies when that support is within `close` of the best one's score, or it holds question
    stems the shown sentences do not yet cover, or it continues a shown passage (next to it in the
    chunk) and holds a question stem. Among qualified ones, the one adding most uncovered stems
    wins, then one naming a question stem itself, then the higher support. Picks come first; what is
    left of the `budget` (in sentences) then shows their neighbours on the page, which often carry
    the how or why (the one before only if `before`).

    With `paragraph` (explanations), the best sentence comes with the sentences of its paragraph
    around it, up to `paragraph` sentences and PARAGRAPH_CHARS characters: a why or how is told over
    a few sentences, which share few of the question's words; `nearest` (ask/meaning.py) comes next.
    With `reasons` (a cause asked), the paragraph goes on over the further reasons it adds ("dessutom",
    "en annan orsak"), and further picks are no table headers: "Omsättning 2025, %" beside the told
    reasons says nothing of why (a row's cell may: "Tekniker lämnar för högre löner").
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

    told = paragraph_window(units_of(best), best.position, paragraph, before, reasons) if paragraph else []
    if len(told) > 1:
        # A best sentence opening its paragraph may answer what the one before it raised.
        previous = _neighbours(units_of(best), best.position)[0]
        opening = told[0] == best.position and before
        show(best, [best.position, *told, *([previous] if opening and previous is not None else [])], 0)
    else:
        show(best, [best.position, *window(best)], 0)
    picks = [nearest] if nearest and nearest.text != best.text and not chosen.is_shown(nearest) else []
    for pick in picks:
        show(pick, [pick.position], 1)
    rest = [p for p in passages[1:] if p.text != best.text]
    if paragraph and reasons:
        rest = [p for p in rest if not heads_table(units_of(p), p.position)]
    while rest and chosen.sentence_count() < budget:
        # A sentence naming the question's words goes before one only under a heading naming them.
        qualified = [
            (len(p.terms - covered), bool(p.terms), p.support, -i, p)
            for i, p in enumerate(rest)
            if not chosen.is_shown(p) and qualifies(p)
        ]
        if not qualified:
            break
        *_, pick = max(qualified, key=lambda q: q[:4])
        rest = [p for p in rest if p is not pick and p.text != pick.text]
        picks.append(pick)
        show(pick, [pick.position], len(picks))
    for pick in picks:
        show(pick, window(pick), 0)
    _extend_references(chosen)
    if extend_lists:
        _extend_lists(chosen, following)
    return chosen


_LABEL_WORDS = 4  # a column header is a label of a few words ("Omsättning 2025, %")


def heads_table(all_units: list[Unit], i: int) -> bool:
    """Whether unit i is a cell of a table's first row of labels (its column headers): the paragraph
    before it in the chunk, if any, holds no cells, and every cell of its row is a few words (a card's
    "Åtgärd | Lönetrappa för tekniker i tre steg med tydliga kriterier" is a row of content)."""
    unit = all_units[i]
    if unit.kind != "cell":
        return False
    before = [u for u in all_units[:i] if u.paragraph == unit.paragraph - 1]
    row = [u for u in all_units if u.paragraph == unit.paragraph]
    labels = all(len(u.text.split()) <= _LABEL_WORDS for u in row)
    return labels and not any(u.kind == "cell" for u in before)


def _extend_references(chosen: Selection) -> None:
    """Show the sentence a shown sentence leans on (before it), and a next sentence that leans on a
    shown one ("Det innebär att ..."), on the same page: a reference without its referent is a riddle."""
    for chunk_id, shown in chosen.shown.items():
        all_units = chosen.units[chunk_id]
        for i in sorted(shown):
            before, after = _neighbours(all_units, i)
            if before is not None and before not in shown and LEANS_BACK.match(all_units[i].text):
                shown.add(before)
            if after is not None and after not in shown and LEANS_BACK.match(all_units[after].text):
                shown.add(after)


_ITEM_SENTENCES = 3  # a paragraph of at most this many sentences may be one item of a list


def _list_items(all_units: list[Unit], start: int, numbered: bool, limit: int) -> list[int]:
    """Indices of the list items from `start` on: whole lines or bullets, all marked if the first is;
    in an unnumbered list, short paragraphs too ("Utveckla – Alla ska ha en plan. Ansvar: chefen.")."""
    out: list[int] = []
    j = start
    while j < min(len(all_units), start + limit):
        unit = all_units[j]
        if unit.item and not (numbered and not unit.marked):
            out.append(j)
            j += 1
            continue
        paragraph = [k for k in range(j, len(all_units)) if all_units[k].paragraph == unit.paragraph]
        last = all_units[paragraph[-1]].text.rstrip()
        lines = any(all_units[k].kind != "sentence" for k in out)  # a list of lines ends at prose
        if (
            numbered
            or lines
            or unit.kind != "sentence"
            or len(paragraph) > _ITEM_SENTENCES
            or last.endswith(":")
        ):
            break
        out += paragraph
        j = paragraph[-1] + 1
    return out


def _extend_lists(chosen: Selection, following: Following | None = None) -> None:
    """A shown sentence ending in ':' introduces a list: show the whole lines or bullets after it; when
    the chunk ends with it or within its items, the list goes on in the plan's next chunk (`following`)."""
    added: dict[str, Chunk] = {}
    for chunk_id, shown in chosen.shown.items():
        all_units = chosen.units[chunk_id]
        items = chosen.items.setdefault(chunk_id, set())
        for i in sorted(shown):
            if not all_units[i].text.rstrip().endswith(":"):
                continue
            # Items are whole lines or bullets; if the first is numbered or bulleted, all are.
            numbered = i + 1 < len(all_units) and all_units[i + 1].marked
            found = _list_items(all_units, i + 1, numbered, MAX_ITEMS)
            items.update(found)  # shown as bullets, whether or not they were chosen as sentences
            if following is None or i + len(found) + 1 < len(all_units) or len(found) == MAX_ITEMS:
                continue
            nxt = following(chosen.chunks[chunk_id])
            if nxt is None or nxt.chunk_id in chosen.shown:
                continue
            next_units = units(nxt)
            numbered = all_units[found[0]].marked if found else bool(next_units) and next_units[0].marked
            rest = _list_items(next_units, 0, numbered, MAX_ITEMS - len(found))
            if rest:
                chosen.units[nxt.chunk_id], chosen.chunks[nxt.chunk_id] = next_units, nxt
                chosen.items[nxt.chunk_id] = set(rest)
                # The items come right after their lead-in's passage.
                rank = min((r for (c, _), r in chosen.rank.items() if c == chunk_id), default=10**6)
                chosen.rank[(nxt.chunk_id, rest[0])] = rank
                added[nxt.chunk_id] = nxt
    for chunk_id in added:
        chosen.shown[chunk_id] = set()
