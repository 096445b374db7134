"""Question -> the scored sentences of the best chunks: what the extractive answer is chosen from.

In: the question, its Route and the plans to search. Out: every citable sentence of the top chunks,
scored against the question's stems and the chunk's dense similarity (extractive.score_chunk); the
plans a comparison found nothing on; and the best chunk's fused score, an input of the evidence model.
"""

from __future__ import annotations

import re
from typing import Any

from kfp_assistant.ask.comparison import (
    also_mentioned,
    compare_question,
    question_terms,
    side_query,
    without_frame,
)
from kfp_assistant.ask.extractive import REFERENT, Passage, Referent, score_chunk
from kfp_assistant.ask.meaning import credited
from kfp_assistant.ask.records_cap import Showing
from kfp_assistant.ask.retrieval import FUSION_WEIGHTS, RRF_K, hybrid_search, ranked_per_plan
from kfp_assistant.ask.route import Route
from kfp_assistant.schema import PlanRecords
from kfp_assistant.store.index import ChunkIndex
from kfp_assistant.sv.administrations import administration_key
from kfp_assistant.sv.areas import area_phrases
from kfp_assistant.sv.english import without_function_words
from kfp_assistant.sv.periods import relative_plan
from kfp_assistant.sv.table_terms import age_bands, bare_age_bands
from kfp_assistant.sv.why import LEAVING_WORDS, asks_leaving
from kfp_assistant.sv.words import (
    degree_base,
    general_stems,
    join_particle_verbs,
    question_stems,
    root_of,
    tokenize,
)

_QUESTION_NUMBER = re.compile(r"(?<![\d,.])\d{2,}(?![\d,.]\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Chunks retrieved per plan for a comparison: as many as a single-plan question retrieves, so each side
# is answered as that question would be (qa_dev compare right 0.84 with 3, 0.89 with 4 to 6).
CHUNKS_PER_PLAN = 5


def content_tokens(question: str, route: Route) -> set[str]:
    """The question's content stems (numbers it states included; years only pick plans and figures)."""
    if route.intent == "compare":
        # "Har det ändrats sedan förra planen?" compares what the question before it asked about; how
        # a comparison is asked for ("respektive", "har gemensamt") is no topic.
        question = without_frame(f"{route.context} {question}" if route.context else question)
    if route.english:
        # "what did the plan say about ...": English words saying how it asks are no topic either.
        question = without_function_words(question)
    # Unexpanded: synonyms would dilute the share of the question's own words a sentence holds.
    question = join_particle_verbs(question)  # "följs upp" asks of what a plan calls "uppföljning"
    ages = age_bands(question)
    question = bare_age_bands(question)  # "har fyllt 62" is answered by "62 år eller äldre"
    whose = route.administrations + route.unknown_administrations
    terms = question_terms(question, whose, expand=False, named=route.administrations)
    if route.topic:  # "varför har det ökat?": what "det" is, the subject of the questions before
        # an area named before ("och inom introduktion?") is the route's area, no topic word: it would
        # narrow the area's list to the rows that happen to use the word
        named_area = set(tokenize(" ".join([*area_phrases(route.topic), *route.areas])))
        terms |= question_terms(route.topic, whose, expand=False, named=route.administrations) - named_area
    relative = relative_plan(question)
    if relative and relative[0] in ("previous_year", "next_year"):  # "året innan" picks a year, no topic
        terms -= set(tokenize(relative[1]))
    # "De största grupperna" asks of what a plan calls "stora grupper": degrees meet at one stem.
    terms = {degree_base(t) for t in terms}
    if route.intent == "compare" and not route.metrics:
        terms = {r for t in terms for r in root_of(t)}  # what each side has: "praktikant" ~ "praktikplats"
        # "personalens svenskkunskaper": staff in general tell no side's sentence on the topic apart
        terms = terms - general_stems() if terms - general_stems() else terms
    if route.intent == "explain" and asks_leaving(question) and terms - general_stems():
        terms -= general_stems()  # "varför slutar folk?": who leaves is the staff, which every plan is about
    if route.intent == "figure" and ages:
        # "hur många av medarbetarna har fyllt 62?": the staff are the whole counted, the age (a number,
        # added below) what tells the answer apart
        terms -= general_stems()
    if route.open_question and route.areas:
        # "Vad gör de för att locka folk?" names Attrahera in everyday words; the plan writes about it
        # under the area's heading and in its own words: the area's name stands for the phrase.
        named = set(tokenize(" ".join(area_phrases(question)))) | general_stems()
        terms = (terms - named) | area_stems(route)
    return terms | {n for n in _QUESTION_NUMBER.findall(question) if not _YEAR.fullmatch(n)}


def answer_tokens(question: str, route: Route) -> set[str]:
    """The stems sentences are chosen by: the content stems, and for a follow-up pointing back at the
    answer before ("vad handlade de mest om?") the stem REFERENT that its "de" stands for."""
    tokens = content_tokens(question, route)
    return tokens | {REFERENT} if route.referent else tokens


def referent_of(route: Route) -> Referent | None:
    """What a follow-up's pronoun points at (Route.referent), as sentences are matched against it."""
    if not route.referent:
        return None
    quoted = [q.split("|", 2) for q in route.referent if q.count("|") >= 2]
    names = set(tokenize(" ".join(route.administrations).replace("-", " ")))
    skip = question_stems() | general_stems() | names
    stems = {
        s for _, _, q in quoted for s in tokenize(q) if len(s) >= 4 and not s.isdigit() and s not in skip
    }
    return Referent(
        frozenset(stems), frozenset(f"{d}|{s}" for d, s, _ in quoted), tuple(q for *_, q in quoted)
    )


def area_stems(route: Route) -> set[str]:
    """The stems of the areas an open question asks about: sentences under a heading naming one are
    about it (extractive.score_chunk)."""
    return set(tokenize(" ".join(route.areas))) if route.open_question else set()


def search_text(question: str, route: Route) -> str:
    """What retrieval looks for: a follow-up ("vilka yrken är vanligast bland dem?") with the question
    it follows, whose words it leaves out; an open question with the areas it names in everyday words
    ("locka folk" -> Attrahera), which plans use as section headings."""
    text = f"{route.context} {question}".strip() if route.context else question
    if route.intent == "explain" and asks_leaving(question):
        # "varför tappar de folk?": plans write about leaving as turnover and departures
        text = f"{text} {LEAVING_WORDS}"
    return f"{text} {' '.join(route.areas)}" if route.open_question and route.areas else text


def plan_label(administration: str | None, period: str | None) -> str:
    """ "Socialnämnden 2025-2027"; an unknown administration is named as such."""
    return f"{administration or 'Okänd förvaltning'}" + (f" {period}" if period else "")


def comparison_notes(parts: list[dict[str, Any]], top: int) -> list[str]:
    """Lines for the compared plans an answer does not quote: those mentioning the topic past the best
    `top` in one "Nämns också i" line; those saying nothing clear on it one line each, or in one line
    when there are more than `top` (a question over a whole city's plans must stay readable)."""
    also = [plan_label(p["administration"], p["period"]) for p in also_mentioned(parts)]
    silent = [plan_label(p["administration"], p["period"]) for p in parts if not p["relevant"]]
    lines = [f"**Nämns också i:** {', '.join(also)}."] if also else []
    if len(silent) > max(top, 1):
        names = ", ".join(silent[:top])
        lines.append(f"**Inget tydligt om detta i {len(silent)} andra planer:** {names} med flera.")
    else:
        lines += [f"**{label}:** Planen säger inget tydligt om detta." for label in silent]
    return lines


def retrieve(
    index: ChunkIndex, question: str, route_: Route, scope: set[str]
) -> tuple[list[Passage], list[str], float]:
    """Scored sentences of the top chunks, (for comparisons) the lines naming the plans not quoted, and
    the best chunk's fused score scaled to [0, 1].

    A comparison retrieves per plan (comparison.compare_question), so every compared plan is
    represented: the best matching ones (compare_top) are quoted, the other plans that mention the
    topic named in one line, and a plan whose passages never touch the topic is named as silent.
    """
    tokens = answer_tokens(question, route_)
    referent = referent_of(route_)
    silent: list[str] = []
    if route_.intent == "compare":
        parts = compare_question(index, route_, k=CHUNKS_PER_PLAN, query=search_text(question, route_))
        shown = [p for part in parts if part["shown"] for p in part["passages"]]
        fused = [(p["chunk_id"], p["score"]) for p in shown]
        # Each side's similarity is its own search's: a top 10 over all compared plans left the
        # passages of the plans it did not reach at similarity 0, so one side's best never showed.
        dense = {p["chunk_id"]: p["similarity"] or 0.0 for p in shown}
        silent = comparison_notes(parts, index.settings.compare_top)
    else:
        fused = hybrid_search(index, search_text(question, route_), 5, scope)
        # Evidence uses the similarity to the question as asked, plan name included: MIN_EVIDENCE was
        # calibrated on it, and with the search's stripped query (retrieval.without_plan_names) the
        # same threshold answered 0.90 instead of 0.93 of the dev set, with no threshold matching both
        # answer and refusal rates. It costs a second query embedding (answer p50 32 -> 42 ms).
        docs = {c.split(":")[0] for c, _ in fused}
        dense = dict(index.dense_search(question, 10, docs))
    passages: list[Passage] = []
    for chunk_id, _score in fused:
        chunk = index.chunk(chunk_id)
        if chunk is not None:
            passages += score_chunk(chunk, tokens, dense.get(chunk_id, 0.0), area_stems(route_), referent)
    passages.sort(key=lambda p: -p.score)
    if route_.intent in ("explain", "other"):
        passages = credited(passages, question, route_, tokens)  # a why told in the plan's own words
    # The fused score of the best chunk, scaled to [0, 1] (the most a chunk ranked first by all three
    # rankings can get): how much the rankings agree on it, an input of the evidence model.
    top = max((score for _, score in fused), default=0.0)
    return passages, silent, min(1.0, top * (RRF_K + 1) / sum(FUSION_WEIGHTS))


def plans_shown(index: ChunkIndex, route_: Route, plans: list[PlanRecords]) -> Showing | None:
    """Over more administrations than compare_top, the plans ranked as a comparison ranks them (the same
    query: records and passages show the same plans); None when every one is shown."""
    top = index.settings.compare_top
    if len({administration_key(p.administration or p.file) for p in plans}) <= max(top, 1):
        return None

    def ranking() -> dict[str, int]:
        query = side_query(search_text(route_.question, route_))  # as compare_question ranks
        order = ranked_per_plan(index, query, 1, {p.doc_id for p in plans})[1]
        return {doc_id: place for place, doc_id in enumerate(order)}

    return Showing(ranking, top)
