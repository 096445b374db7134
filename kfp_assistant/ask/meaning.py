"""Which sentence explains: the retrieved sentences ranked by meaning as well as by their words.

In: the scored passages of an explanation or open question (passages.retrieve, best first by word
support) and the question's dense similarity to sentences (a Similar, as evidence.SentenceSimilarity
gives it). Out: the same passages, the best CANDIDATES distinct sentences reordered by a reciprocal
rank fusion of their word rank and their dense rank, the rest after them as they were.

Words alone pick the sentence repeating the question's words; a why or a how is often told in other
words ("varför vill de ha färre timanställda?" is answered by "... skapa förutsägbarhet ..."). The
e5 similarity of a sentence alone is no better a ranking than its words (on explanation questions
written for this in other words than the plans': the right sentence first for 12 of 29 by
similarity to the question as asked, 17 with the plan names taken out, 17 by words), but the two
are right on different questions, so their ranks are fused (first 19-20 of 29, in the first two 24).
Ranks, not scores: e5's similarities of one question's sentences lie within a few hundredths, a
scale the word support does not share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet

from kfp_assistant.ask.evidence import Similar
from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.retrieval import without_plan_names
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.units import units
from kfp_assistant.schema import Chunk
from kfp_assistant.sv.metrics import metrics_in

# Distinct sentences ranked by meaning, best by words first: each is embedded once (then cached), and
# a sentence further down the word ranking hardly ever holds the answer.
CANDIDATES = 16
# Reciprocal rank fusion: 1 / (RANK_K + word rank) + DENSE_WEIGHT / (RANK_K + dense rank). A small k
# lets either ranking's first place count; measured over k 1-10 and weights 0.5-1.5.
RANK_K = 3
DENSE_WEIGHT = 1.0
# A why-question is answered by the sentence that gives a cause or a purpose (a what-if question by a
# consequence, a how-was-it-counted question by a method, a which-first question by a priority), when
# one near the topic is among the candidates: it counts as ranked second in a third ranking.
CAUSE_WEIGHT = 1.0


def by_meaning(
    passages: list[Passage],
    similar: Similar,
    candidates: int = CANDIDATES,
    gives: Callable[[str], bool] | None = None,
    tokens: AbstractSet[str] = frozenset(),
    topic: Callable[[str], bool] | None = None,
) -> tuple[list[Passage], Passage | None]:
    """The passages with the best `candidates` distinct sentences reordered by fused word and dense
    rank (ties keep the word order), the others after them in their order; and the passage nearest
    the question in meaning (None with fewer than two sentences or lines of text: nothing measured).
    With `gives` (sv.why.gives_asked: a why, a consequence, a method or a priority asked), a sentence
    giving what is asked ranks higher when it is near the topic: it names a question word, or (`topic`)
    what the question is about in other words (its metric: "sjukskrivningar" ~ "sjukfrånvaron");
    with the question's `tokens`, sentences off the topic are left out (on_topic)."""
    texts = list(dict.fromkeys(p.text for p in on_topic(passages, tokens)))[:candidates]
    # Sentences and lines of text are measured (their vectors cached by sentence_cache.py, or embedded
    # here the first time); a table cell or a bullet keeps its word rank in both rankings.
    prose = list(dict.fromkeys(p.text for p in passages if is_prose(p) and p.text in texts))
    if len(prose) < 2:
        return list(passages), None
    similarity = dict(zip(prose, similar(prose), strict=True))
    dense = sorted(prose, key=lambda t: -similarity[t])
    dense_rank = {text: rank for rank, text in enumerate(dense)}
    near = [p for p in passages if p.terms or (topic is not None and topic(p.text))]
    causal = {p.text for p in near if gives is not None and gives(p.text)}
    fused = {
        text: 1.0 / (RANK_K + rank)
        + DENSE_WEIGHT / (RANK_K + dense_rank.get(text, rank))
        + (CAUSE_WEIGHT / (RANK_K + 1) if text in causal else 0.0)
        for rank, text in enumerate(texts)
    }
    ranked = [p for p in passages if p.text in fused]
    rest = [p for p in passages if p.text not in fused]
    nearest = next(p for p in ranked if p.text == dense[0])
    # sorted() is stable: passages of one sentence (the same text in two chunks) keep their order.
    return sorted(ranked, key=lambda p: -fused[p.text]) + rest, nearest


def on_topic(passages: list[Passage], tokens: AbstractSet[str]) -> list[Passage]:
    """The passages meaning may choose among. When a sentence names every question word (`tokens`),
    the topic is found: a sentence naming none of them counts only beside such a sentence, in its
    chunk (a why told in other words stands next to the topic); one elsewhere is near in tone only
    ("hur följs planen upp?" is not answered by the plan's purpose). Otherwise all of them."""
    whole = {p.chunk.chunk_id for p in passages if tokens and p.terms >= tokens}
    if not whole:
        return passages
    return [p for p in passages if p.terms or p.chunk.chunk_id in whole]


def meaning_query(question: str, route: Route) -> str:
    """What sentences are compared with: the question (a follow-up with the one it follows) without the
    plans it names, which chose where to look and would pull towards sentences naming the
    administration (17 right first against 12 with them, above)."""
    return without_plan_names(f"{route.context} {question}" if route.context else question)


def metric_topic(route: Route) -> Callable[[str], bool] | None:
    """Whether a sentence names the figure asked about in other words ("sjukskrivningar" asked, the plan
    writing "sjukfrånvaron"); a follow-up ("varför har den ökat?") is about the figure asked before."""
    asked = set(route.metrics or (metrics_in(route.context, question=True) if route.followup else []))
    if not asked:
        return None
    return lambda text: bool(asked & set(metrics_in(text, question=True)))


def prose_sentences(chunks: Iterable[Chunk]) -> list[str]:
    """The distinct citable sentences and lines of text of the chunks: those by_meaning measures."""
    return list(dict.fromkeys(u.text for c in chunks for u in units(c) if u.citable and u.kind in PROSE))


PROSE = ("sentence", "line")  # the kinds of unit that are text, not table cells or bullets


def is_prose(passage: Passage) -> bool:
    """Whether a passage is a sentence or line of text (not a table cell or a bullet)."""
    return units(passage.chunk)[passage.position].kind in PROSE
