"""Free comparison questions ("Hur arbetar förvaltningarna med avslutssamtal?"): the best passages of
each compared plan, and which plans have nothing on the topic.

In: a Route whose `plans` are the plans compared (scope.py chose them). Out: one part per plan, the
best matching first. Only the best `Settings.compare_top` plans that mention the topic are `shown`
with their passages; an answer names the others in one line, so that a question over a whole city's
plans stays readable (and an LLM prompt stays small).

Each shown plan's passages are retrieved as the single-plan question would retrieve them: the
question without its comparison frame ("jämför", "respektive", "skiljer sig") and without the plans'
names, searched in that plan alone, so a comparison is as good as its sides asked one by one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kfp_assistant.ask.retrieval import expand_for_lexical, hybrid_ranked, ranked_per_plan, without_plan_names
from kfp_assistant.ask.route import Route
from kfp_assistant.schema import Chunk
from kfp_assistant.store.index import ChunkIndex
from kfp_assistant.sv.administrations import short_names
from kfp_assistant.sv.comparatives import DIFFICULTY_WORDS, hardest_asked
from kfp_assistant.sv.words import question_stems, root_of, term_in, tokenize

# How a question asks for a comparison, not what about: left out of each side's search. Words of
# change ("ökat", "minskat") stay: a sentence saying that something rose answers a version comparison.
_FRAME = re.compile(
    r"\bjämför\w*(?:\s+med\b)?|\bi\s+(?:jämförelse|förhållande)\s+(?:med|till)\b|\bskillnad\w*(?:\s+mellan\b)?"
    r"|\bskiljer\s+(?:sig\s+)?(?:åt\s+)?|\brespektive\b|\b(?:båda|bägge|alla)\s+(?:\w+\s+)?(?:planer\w*|"
    r"förvaltning\w*|nämnder\w*)|\bvarandra\b|\bstår\s+(?:de[tn]?\s+|dom\s+)?sig\s+mot\b|\bversus\b|\bvs\.?(?=\s)"
    r"|\b(?:har|haft)\s+(?:de\s+|dom\s+|båda\s+)?gemensamt\b|\bgemensamt\s+för\b|\bi\s+likhet\s+med\b"
    r"|\b(?:är\s+)?gemensam(?:t|ma)?\s*(?=[?.!]|$)",
    re.IGNORECASE,
)
_NAME_PART = 4  # shortest part of a compound name read as naming the administration ("fritid")
# Side searches run per plan; beyond this many times compare_top, plans are judged by the joint search.
_SIDE_SEARCHES = 2


# "Erbjuder både A och B sommarjobb?", "Arbetar A och B med friskvård?": the verb opening a yes/no
# question asks whether; the plan's own "erbjuda examensarbeten" is not about the thing asked.
_ASKING_VERB = re.compile(
    r"^\s*(?:erbjuder|erbjöd|har|hade|tar|jobbar|arbetar|använder|satsar|ger|gav|finns|fanns|driver|ordnar"
    r"|anordnar|genomför|do|does|did|have|has|offer|offers|use|uses)\b(?=.*\b(?:både|båda|bägge|och|and|both)\b)",
    re.IGNORECASE,
)


def without_frame(question: str) -> str:
    """The question without the words that only frame a comparison ("Jämför hur X och Y arbetar med
    avslutssamtal" -> "hur X och Y arbetar med avslutssamtal", "Erbjuder både X och Y sommarjobb?" ->
    "både X och Y sommarjobb?")."""
    return " ".join(_FRAME.sub(" ", _ASKING_VERB.sub(" ", question)).split())


def side_query(question: str) -> str:
    """What each compared plan is searched for: the question without its comparison frame and the
    plans it names (they chose the plans; inside one plan they tell no passage apart)."""
    return without_plan_names(without_frame(question))


def question_terms(
    question: str, administrations: Sequence[str], expand: bool = True, named: Sequence[str] = ()
) -> set[str]:
    """Stems that say what a question is about (not how it asks, not whose plan). `named`: the
    administrations the question names, which it may name by the parts of their compounds ("kultur och
    fritid" for the Kultur- och fritidsförvaltningen)."""
    names = {stem for name in administrations for stem in tokenize(name.replace("-", " "))}
    names |= {short for name in administrations for short in short_names(name)}  # "HV", "soc"
    compounds = {stem for name in named for stem in tokenize(name.replace("-", " "))}
    # Metric words get their synonyms ("könsfördelning" -> "andel kvinnor"), as in retrieval.
    words = tokenize(expand_for_lexical(question) if expand else question)
    skip = question_stems()
    return {
        t
        for t in words
        if t not in skip
        and t not in names
        and not (t.endswith("s") and t[:-1] in names)  # a name in the genitive the stemmer keeps ("umeås")
        and not t.isdigit()
        and not any(len(t) >= _NAME_PART and c.startswith(t) for c in compounds)
    }


def _passage(chunk: Chunk, score: float, similarity: float | None) -> dict[str, Any]:
    return {
        "chunk_id": chunk.chunk_id,
        "text": chunk.text,
        "page": chunk.page_start,
        "section": chunk.section,
        "score": round(score, 6),
        "similarity": None if similarity is None else round(similarity, 6),
    }


def compare_question(
    index: ChunkIndex, route: Route, k: int = 3, top: int | None = None, query: str | None = None
) -> list[dict[str, Any]]:
    """Top k passages of each compared plan (route.plans), one part per plan, best matching plan first;
    the best `top` (default: the index settings' compare_top) relevant parts are marked `shown`.
    `query`: what to search for (default the question; a follow-up's with the question it follows).

    The plans are ranked by one joint search (retrieval.ranked_per_plan). Going down that ranking, a
    plan is searched on its own (side_query, as its single-plan question would be) until `top` plans
    are shown; its passages then carry their dense similarity to the question.

    Per-plan retrieval always returns something, even from a plan that never mentions the topic,
    and its fused (RRF) score is rank-based within the plan, so it cannot tell. A part is therefore
    `relevant` only when its passages contain a word of the question's topic (Snowball stems,
    compound prefixes allowed); calibrated on the "compare" questions of eval/qa_dev.jsonl.
    """
    side = side_query(query or route.question)
    documents = {d.doc_id: d for d in index.documents()}
    # Whether a plan has the thing at all: "praktikanter" is met by "praktikplatser" (words.root_of).
    names = [d.administration or "" for d in documents.values()]
    asked = question_terms(side, names, named=route.administrations)
    terms = {r for t in asked for r in root_of(t)}
    # Each side is searched for the roots too: "faddrar" finds the plan that writes "fadder".
    side = " ".join([side, *sorted(terms - asked)])
    if hardest_asked(route.question):  # who has it hardest: each side's sentences on shortage and difficulty
        side = f"{side} {DIFFICULTY_WORDS}"
    found, order = ranked_per_plan(index, side, k, set(route.plans))
    rank = {doc_id: i for i, doc_id in enumerate(order)}
    limit = max(index.settings.compare_top if top is None else top, 1)
    parts: list[dict[str, Any]] = []
    shown = searched = 0
    for doc_id in sorted(route.plans, key=lambda d: rank.get(d, len(rank))):
        doc = documents.get(doc_id)
        if doc is None:
            continue
        similarity: dict[str, float] | None = None
        hits = found.get(doc_id, [])
        if shown < limit and searched < _SIDE_SEARCHES * limit:
            hits, similarity = hybrid_ranked(index, side, k, {doc_id})
            searched += 1
        chunks = [(index.chunk(chunk_id), score) for chunk_id, score in hits]
        passages = [
            _passage(chunk, score, None if similarity is None else similarity.get(chunk.chunk_id, 0.0))
            for chunk, score in chunks
            if chunk is not None
        ]
        words = {w for p in passages for w in tokenize(str(p["text"]))}
        matched = sorted(t for t in terms if term_in(t, words))
        relevant = bool(passages) and (bool(matched) or not terms)
        show = relevant and similarity is not None and shown < limit
        shown += show
        plan = {
            "administration": doc.administration,
            "period": doc.period,
            "doc_id": doc_id,
            "file": doc.file,
        }
        parts.append(
            {**plan, "passages": passages, "relevant": relevant, "matched_terms": matched, "shown": show}
        )
    return parts


def also_mentioned(parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parts that mention the topic but are not shown (past compare_top), best first."""
    return [p for p in parts if p["relevant"] and not p.get("shown", True)]
