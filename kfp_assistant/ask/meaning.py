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
from dataclasses import replace

from kfp_assistant.ask.evidence import Similar
from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.retrieval import without_plan_names
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.units import units
from kfp_assistant.schema import Chunk
from kfp_assistant.sv.metrics import metric_pattern, metrics_in
from kfp_assistant.sv.why import LEAVING, asks_leaving, gives_asked, kind_stems
from kfp_assistant.sv.words import term_named, text_stems

# Distinct sentences ranked by meaning, best by words first: each is embedded once (then cached), and
# a sentence further down the word ranking hardly ever holds the answer.
CANDIDATES = 16
TIED = 4  # sentences of the kind asked measured beyond the candidates, tied with the last in words
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
    kept = on_topic(passages, tokens)
    texts = list(dict.fromkeys(p.text for p in kept))[:candidates]
    if gives is not None and texts:
        # a sentence of the kind asked, naming a question word, tied in words with the last candidate
        # is one too: among many sentences naming the topic alike, the word order is no ranking
        last = min(p.score for p in kept if p.text in texts)
        tied = [p.text for p in kept if p.score >= last and p.terms and p.text not in texts and gives(p.text)]
        texts += list(dict.fromkeys(tied))[:TIED]
    # Sentences and lines of text are measured (their vectors cached by sentence_cache.py, or embedded
    # here the first time); a table cell or a bullet keeps its word rank in both rankings.
    prose = list(dict.fromkeys(p.text for p in passages if p.text in texts and is_prose(p)))
    if len(prose) < 2:
        return list(passages), None
    similarity = dict(zip(prose, similar(prose), strict=True))
    dense = sorted(prose, key=lambda t: -similarity[t])
    dense_rank = {text: rank for rank, text in enumerate(dense)}
    # near the topic: naming it, or right after a sentence naming it ("Omsättningen har ökat igen. Den
    # viktigaste förklaringen är att ...")
    # (only the candidates are tested, the cheap tests first: naming a figure costs a millisecond each)
    causal = {
        p.text
        for p in passages
        if gives is not None
        and p.text in texts
        and gives(p.text)
        and (p.terms or p.before_terms or _names(topic, p.text, p.before))
    }
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
    ranked = sorted(ranked, key=lambda p: -fused[p.text])
    if causal and ranked[0].text not in causal:
        # the best is no sentence of the kind asked (it restates the figure): the best one that is
        # answers, told with its paragraph, and the one that was best comes next in the place of the
        # nearest in meaning ("Omsättningen ökade till 12 procent." beside "Den viktigaste förklaringen
        # är att …"); a best sentence whose paragraph tells one of the kind asked ("… är ingen hållbar
        # lösning. Verksamheten har därför …") stays first, told with it, and the other comes next
        first = next(p for p in ranked if p.text in causal)
        best = ranked[0]
        if gives is not None and any(gives(t) for t in _paragraph(best)):
            nearest = first
        else:
            nearest = best
            ranked = [first, *(p for p in ranked if p is not first)]
    return ranked + rest, nearest


def _paragraph(passage: Passage) -> list[str]:
    """The sentences of a passage's paragraph (the one it is shown with in an explanation)."""
    all_units = units(passage.chunk)
    here = all_units[passage.position].paragraph
    return [u.text for u in all_units if u.paragraph == here and u.kind == "sentence"]


def credited(passages: list[Passage], question: str, route: Route, tokens: AbstractSet[str]) -> list[Passage]:
    """An explanation's passages, best first, with the question words a sentence names in its own way:
    the word for the figure asked when it names the figure otherwise ("sjukskrivningar" asked,
    "sjukfrånvaron" written), and the words asking for a kind of explanation when it gives that kind
    ("hur har de räknat fram …" by "Beräkningen utgår från …"; sv.why.kind_stems)."""
    topic = metric_topic(route)
    figure = {t for t in tokens if topic is not None and topic(t)}
    kind = kind_stems(question) & set(tokens)
    heads = {t: head for t in tokens if (head := generic_head(t))}
    if not (figure or kind or heads) or not tokens:
        return passages

    def named(text: str) -> frozenset[str]:
        if not text:
            return frozenset()
        found = figure if figure and topic is not None and topic(text) else set()
        stems = text_stems(text) if heads else set()
        found = found | {t for t, head in heads.items() if term_named(head, stems)}
        return frozenset(found | (kind if kind and gives_asked(question, text) else set()))

    out = []
    for p in passages:
        extra = named(p.text) - p.terms
        gain = 0.7 * len(extra) / len(tokens)
        out.append(
            replace(
                p,
                terms=p.terms | extra,
                score=p.score + gain,
                support=p.support + gain,
                before_terms=p.before_terms | named(p.before),
                follow_terms=p.follow_terms | named(p.follow),
            )
        )
    return sorted(out, key=lambda p: -p.score)  # stable: ties keep the order they had


# Modifiers saying only that a compound is about staff or competence, which every plan is: a question's
# "kompetensrisker" is named by the plan's "riskerna", "personalbristen" by "bristen" (in an explanation,
# where a how or why is told in the plan's own words).
_GENERIC_MODIFIERS = ("kompetens", "personal")
_MIN_HEAD = 4
# ... but "kompetensutveckling" is a field of its own: development of anything else is not it
_OWN_FIELDS = ("utveckl",)


def generic_head(stem: str) -> str | None:
    """The head of a compound stem whose first part only says staff or competence ("kompetensrisk" ->
    "risk"), else None."""
    for modifier in _GENERIC_MODIFIERS:
        head = stem.removeprefix(modifier).removeprefix("s") if stem.startswith(modifier) else ""
        if len(head) >= _MIN_HEAD and not head.startswith(_OWN_FIELDS):
            return head
    return None


def _names(topic: Callable[[str], bool] | None, *texts: str) -> bool:
    return topic is not None and any(topic(t) for t in texts if t)


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


_LEAVING_FIGURES = {"departures", "turnover_pct"}


def metric_topic(route: Route) -> Callable[[str], bool] | None:
    """Whether a sentence names the figure asked about in other words ("sjukskrivningar" asked, the plan
    writing "sjukfrånvaron"); a follow-up ("varför har den ökat?") is about the figure asked before."""
    asked = route.metrics or (metrics_in(route.context, question=True) if route.followup else [])
    pattern = metric_pattern(asked)
    if route.intent == "explain" and set(asked) <= _LEAVING_FIGURES and asks_leaving(route.question):
        pattern = LEAVING  # "varför slutar folk?": departures, turnover, staff moving on
    return None if pattern is None else lambda text: bool(pattern.search(text))


def prose_sentences(chunks: Iterable[Chunk]) -> list[str]:
    """The distinct citable sentences and lines of text of the chunks: those by_meaning measures."""
    return list(dict.fromkeys(u.text for c in chunks for u in units(c) if u.citable and u.kind in PROSE))


PROSE = ("sentence", "line")  # the kinds of unit that are text, not table cells or bullets


def is_prose(passage: Passage) -> bool:
    """Whether a passage is a sentence or line of text (not a table cell or a bullet)."""
    return units(passage.chunk)[passage.position].kind in PROSE
