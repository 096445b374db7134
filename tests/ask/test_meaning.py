"""Sentences of an explanation chosen by meaning as well as by words (ask/meaning.py), on made-up plan
text, with a stand-in for the question's dense similarity."""

from __future__ import annotations

import sqlite3

from kfp_assistant.ask.compose import compose_extractive
from kfp_assistant.ask.evidence import SentenceSimilarity
from kfp_assistant.ask.extractive import score_chunk, select
from kfp_assistant.ask.meaning import CANDIDATES, by_meaning, is_prose, meaning_query, prose_sentences
from kfp_assistant.ask.router import route
from kfp_assistant.sv.words import tokenize
from tests.ask.chunks import plan_chunk

# Paragraphs (one a line) where the reason is told in other words than a question about it would use.
_PLAN = (
    "Andelen timavlönade medarbetare är hög inom förvaltningen. Timavlönade medarbetare erbjuds"
    " introduktion på arbetsplatsen.\n"
    "Lokalerna renoveras under våren och flera enheter flyttar tillfälligt.\n"
    "Schemaläggningen blir svår att planera och verksamheten får sämre förutsägbarhet. Det ger"
    " cheferna mycket merarbete varje vecka.\n"
    "Förvaltningen deltar i stadens nätverk för arbetsgivarfrågor."
)
_REASON = "Schemaläggningen blir svår att planera och verksamheten får sämre förutsägbarhet."


def _similar(best: str, scores: dict[str, float] | None = None):  # type: ignore[no-untyped-def]
    """A stand-in Similar: `best` closest, others as given or far; it records what it was asked."""
    asked: list[list[str]] = []

    def similar(texts: list[str]) -> list[float]:
        asked.append(list(texts))
        return [0.9 if t == best else (scores or {}).get(t, 0.8) for t in texts]

    return similar, asked


def _passages(question_words: str):  # type: ignore[no-untyped-def]
    passages = score_chunk(plan_chunk(_PLAN), set(tokenize(question_words)), 0.85)
    return sorted(passages, key=lambda p: -p.score)


# The sentences repeating the question's words, far from it in meaning.
_FAR = {
    "Andelen timavlönade medarbetare är hög inom förvaltningen.": 0.7,
    "Timavlönade medarbetare erbjuds introduktion på arbetsplatsen.": 0.7,
}


def test_the_sentence_nearest_in_meaning_is_chosen_when_words_point_elsewhere() -> None:
    passages = _passages("timavlönade medarbetare")
    assert passages[0].text != _REASON  # by words, a sentence repeating the question's words leads
    similar, _ = _similar(_REASON, _FAR)
    ranked, nearest = by_meaning(passages, similar)
    assert ranked[0].text == _REASON and nearest is not None and nearest.text == _REASON


def test_word_rank_still_counts_when_meaning_barely_differs() -> None:
    passages = _passages("timavlönade medarbetare")
    last = passages[-1].text  # by words the weakest
    # nearest in meaning, but the word ranking's first is second in meaning: it stays first
    similar, _ = _similar(last, {passages[0].text: 0.89})
    ranked, nearest = by_meaning(passages, similar)
    assert ranked[0].text == passages[0].text and nearest is not None and nearest.text == last


def test_only_the_best_candidates_are_measured_and_the_rest_keep_their_order() -> None:
    passages = _passages("timavlönade medarbetare")
    similar, asked = _similar(_REASON)
    ranked, _ = by_meaning(passages, similar, candidates=2)
    assert asked == [[p.text for p in passages[:2]]]
    assert [p.text for p in ranked[2:]] == [p.text for p in passages[2:]]
    assert len(ranked) == len(passages) and CANDIDATES >= 2


def test_one_sentence_is_not_measured() -> None:
    passages = _passages("lokalerna")[:1]
    similar, asked = _similar(_REASON)
    assert by_meaning(passages, similar) == (passages, None) and not asked


def test_the_meaning_query_leaves_out_the_plan_named() -> None:
    question = "Varför vill Rinkeby-Kista ha färre timanställda?"
    known = [{"doc_id": "d", "administration": "Rinkeby-Kista stadsdelsförvaltning", "period": "2025-2027"}]
    query = meaning_query(question, route(question, known))
    assert "Rinkeby" not in query and "timanställda" in query


def test_an_explanation_shows_the_sentence_chosen_by_meaning() -> None:
    question = "Varför vill de ha färre timavlönade medarbetare?"
    route_ = route(question, [])
    assert route_.intent == "explain"
    passages = _passages("timavlönade medarbetare")
    similar, _ = _similar(_REASON, _FAR)
    composed = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=frozenset(),
        decide=False, meaning=lambda _query: similar,
    )  # fmt: skip
    assert _REASON in composed.text and "merarbete" in composed.text  # with its paragraph
    without = compose_extractive(
        question, passages, [], route_, fused_top=1.0, english=False, vocabulary=frozenset(), decide=False
    )
    assert _REASON not in without.text


def test_a_table_cell_keeps_its_word_rank() -> None:
    chunk = plan_chunk(
        "Mål | Aktivitet\nFärre timavlönade medarbetare | Erbjuda timavlönade medarbetare fasta tjänster\n"
        + _PLAN.split("\n", 1)[1]
    )
    passages = sorted(
        score_chunk(chunk, set(tokenize("timavlönade medarbetare")), 0.85), key=lambda p: -p.score
    )
    cells = [p.text for p in passages if not is_prose(p)]
    assert cells and passages[0].text in cells
    similar, asked = _similar(_REASON)
    ranked, nearest = by_meaning(passages, similar)
    assert not set(cells) & {t for texts in asked for t in texts}  # cells are not measured
    assert ranked[0].text == passages[0].text and nearest is not None and nearest.text == _REASON


def test_the_nearest_sentence_is_shown_beside_the_best_paragraph_whatever_its_words() -> None:
    passages = _passages("timavlönade medarbetare")
    kwargs = {"budget": 6, "close": 0.1, "cover_floor": 0.52, "paragraph": 5}
    plain = select(passages, set(tokenize("timavlönade medarbetare")), **kwargs)  # type: ignore[arg-type]
    nearest = next(p for p in passages if p.text == _REASON)
    chosen = select(passages, set(tokenize("timavlönade medarbetare")), nearest=nearest, **kwargs)  # type: ignore[arg-type]
    assert not plain.is_shown(nearest) and chosen.is_shown(nearest)
    assert chosen.is_shown(passages[0])  # the best by words keeps its place
    assert chosen.rank[(nearest.chunk.chunk_id, nearest.position)] == 1  # right after it


def test_ingest_puts_the_sentences_in_the_embedding_cache(assistant, docs_dir) -> None:  # type: ignore[no-untyped-def]
    report = assistant.ingest([docs_dir], sentences=True)
    index = assistant.index
    texts = [t for d in index.documents() for t in prose_sentences(index.chunks_of(d.doc_id))]
    assert report.sentences == len(set(texts)) > 0
    assert "Alla medarbetare erbjuds avslutssamtal med närmaste chef när de slutar." in texts
    embedded = index.passages.embedded
    SentenceSimilarity(index)("fråga", texts)
    assert index.passages.embedded == embedded, "read from the cache, not embedded again"
    again = assistant.ingest([docs_dir], sentences=True)  # unchanged plans: known done
    assert again.sentences == 0 and index.passages.embedded == embedded


def test_an_unwritable_cache_falls_back_to_embedding_in_memory(assistant, docs_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assistant.ingest([docs_dir])
    index = assistant.index

    def refuse(texts: list[str]) -> list[list[float]]:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(index.passages, "embed_documents", refuse)
    similarity = SentenceSimilarity(index)
    same, other = similarity("mentor för nya lärare", ["mentor för nya lärare", "Lokalerna renoveras."])
    assert same > other and not similarity._on_disk
