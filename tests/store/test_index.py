"""The chunk index on disk: commit point, removal, fingerprint, sweep, lock."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from kfp_assistant.ask.langchain_retriever import HybridRetriever
from kfp_assistant.ask.retrieval import fuse, query_scope, search
from kfp_assistant.ask.scope import select_documents
from kfp_assistant.errors import IndexLockedError, IndexMismatchError
from kfp_assistant.ingest.chunking import chunk_document
from kfp_assistant.schema import Block, Chunk, PlanMeta
from kfp_assistant.settings import Settings
from kfp_assistant.store.embeddings import make_embeddings
from kfp_assistant.store.index import ChunkIndex, RegisteredDocument, index_lock
from kfp_assistant.store.upkeep import sweep


def make_chunks(doc_id: str, admin: str, period: str, texts: list[str]) -> list[Chunk]:
    blocks = []
    for i, text in enumerate(texts):
        blocks.append(Block(kind="heading", text=f"Avsnitt {i}", level=1, page=i + 1))
        blocks.append(Block(kind="paragraph", text=text, page=i + 1))
    return chunk_document(blocks, PlanMeta(administration=admin, period=period), doc_id, f"{doc_id}.pdf")


def register(index: ChunkIndex, doc_id: str, admin: str, period: str, texts: list[str]) -> None:
    chunks = make_chunks(doc_id, admin, period, texts)
    info = RegisteredDocument(
        file=f"{doc_id}.pdf",
        doc_id=doc_id,
        administration=admin,
        period=period,
        title=None,
        pages=len(texts),
        chunks=len(chunks),
        path=f"/x/{doc_id}.pdf",
    )
    index.add_document(info, chunks)


TEXTS_A = [
    "Personalomsättningen var 7,3 procent.",
    "Avslutssamtal erbjuds alla som slutar.",
    "Vi rekryterar kompetensbaserat.",
]
TEXTS_B = ["Sjukfrånvaron var 6,2 procent.", "Introduktion för nyanställda med mentor.", "Heltid är norm."]


@pytest.fixture
def index(settings: Settings) -> ChunkIndex:
    idx = ChunkIndex(settings, make_embeddings("fake"), "test-chunking")
    register(idx, "aaaa", "Socialnämnden", "2025-2027", TEXTS_A)
    register(idx, "bbbb", "Hässelby-Vällingby stadsdelsförvaltning", "2021", TEXTS_B)
    return idx


def test_search_finds_the_right_chunk_in_both_rankers(index: ChunkIndex) -> None:
    assert index.lexical_search("avslutssamtal", 3)[0][0] == "aaaa:1"
    assert index.dense_search("avslutssamtal erbjuds", 3)[0][0] == "aaaa:1"
    hits = search(index, "Hur hög är sjukfrånvaron?", k=2)
    assert hits[0].doc_id == "bbbb" and hits[0].page == 1 and hits[0].rank == 1
    assert hits[0].text == "Sjukfrånvaron var 6,2 procent."


def test_filters_by_administration_and_period(index: ChunkIndex) -> None:
    assert select_documents(index.documents(), ["socialförvaltningen"]) == {"aaaa"}
    assert select_documents(index.documents(), ["Hässelby-Vällingby"]) == {"bbbb"}
    assert select_documents(index.documents(), None, ["2026"]) == {"aaaa"}
    hits = search(index, "procent", k=5, administrations=["Socialnämnden"])
    assert hits and {h.doc_id for h in hits} == {"aaaa"}


def test_per_plan_mode_returns_top_k_from_each_plan(index: ChunkIndex) -> None:
    docs = HybridRetriever(index=index, k=1, per_plan=True).invoke("procent")
    assert sorted(d.metadata["doc_id"] for d in docs) == ["aaaa", "bbbb"]


def test_rrf_rewards_agreement() -> None:
    fused = fuse([[("x", 9.0), ("y", 8.0)], [("y", 0.9), ("z", 0.8)]])
    assert fused[0][0] == "y"
    assert {item for item, _ in fused} == {"x", "y", "z"}


def test_remove_document_drops_it_everywhere(index: ChunkIndex, settings: Settings) -> None:
    index.remove_document("aaaa")
    assert [d.doc_id for d in index.documents()] == ["bbbb"]
    hits = index.dense_search("avslutssamtal", 10)
    assert hits and all(cid.startswith("bbbb") for cid, _ in hits)
    reopened = ChunkIndex(settings, make_embeddings("fake"), "test-chunking")
    assert [d.doc_id for d in reopened.documents()] == ["bbbb"]
    assert reopened.lexical_search("avslutssamtal", 5) == []


def test_opening_with_other_settings_is_a_clear_error(index: ChunkIndex, settings: Settings) -> None:
    with pytest.raises(IndexMismatchError, match=r"[Rr]e-ingest"):
        ChunkIndex(settings, make_embeddings("fake"), "other-chunking")


def test_unregistered_chunks_are_invisible_and_swept(index: ChunkIndex, settings: Settings) -> None:
    # Simulates an ingest killed after writing to Chroma but before registering.
    stray = make_chunks("cccc", "Trafikkontoret", "2024", ["Avslutssamtal i trafikkontoret."])
    index.store.add_texts(
        [c.indexed_text for c in stray],
        ids=[c.chunk_id for c in stray],
        metadatas=[{"doc_id": "cccc"} for _ in stray],
    )
    hits = index.dense_search("avslutssamtal trafikkontoret", 10)
    assert hits and all(not cid.startswith("cccc") for cid, _ in hits)
    assert sweep(index) == 1
    assert index.store.get(where={"doc_id": "cccc"})["ids"] == []


def test_lexical_index_lagging_the_registry_is_rebuilt_on_open(index: ChunkIndex, settings: Settings) -> None:
    register(index, "dddd", "Trafikkontoret", "2024", ["Trafikkontoret har gott arbetsklimat."])
    reopened = ChunkIndex(settings, make_embeddings("fake"), "test-chunking")
    assert reopened.lexical_search("arbetsklimat", 3)[0][0].startswith("dddd")


def test_lock_serialises_writers(tmp_path: Path) -> None:
    order: list[str] = []

    def hold() -> None:
        with index_lock(tmp_path, timeout=5):
            order.append("first-in")
            time.sleep(0.5)
            order.append("first-out")

    thread = threading.Thread(target=hold)
    thread.start()
    time.sleep(0.1)
    with index_lock(tmp_path, timeout=5):
        order.append("second-in")
    thread.join()
    assert order == ["first-in", "first-out", "second-in"]
    # flock is per open file description, so a second open in the same process contends.
    with (
        index_lock(tmp_path, timeout=5),
        pytest.raises(IndexLockedError, match="another ingest"),
        index_lock(tmp_path, timeout=0.3),
    ):
        pass


def test_a_plan_period_in_the_question_scopes_it_but_a_single_year_does_not(index: ChunkIndex) -> None:
    register(index, "cccc", "Socialnämnden", "2024-2026", ["Heltid är norm sedan länge."])
    docs = index.documents()
    assert query_scope("Pensionsavgångar i Socialnämnden 2024-2026?", docs) == {"cccc"}
    assert query_scope("Pensionsavgångar i Socialnämnden 2024?", docs) == {"aaaa", "cccc"}
    assert query_scope("Vad hände 2030-2032?", docs) is None  # no plan has that period


def test_a_plan_named_as_years_plan_scopes_it(index: ChunkIndex) -> None:
    register(index, "cccc", "Socialnämnden", "2024-2026", ["Heltid är norm sedan länge."])
    docs = index.documents()
    assert query_scope("Hur är heltid enligt Socialnämndens 2024-2026 års plan?", docs) == {"cccc"}


def test_dense_ranking_embeds_the_question_without_plan_names_once_scoped(
    index: ChunkIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    embedded: list[str] = []
    dense_search = index.dense_search

    def spy(query: str, k: int, doc_ids: set[str] | None = None) -> list[tuple[str, float]]:
        embedded.append(query)
        return dense_search(query, k, doc_ids)

    monkeypatch.setattr(index, "dense_search", spy)
    question = "Hur hög var personalomsättningen i Socialnämnden enligt planen 2025-2027?"
    search(index, question)
    search(index, "Hur hög var personalomsättningen?")
    assert embedded == ["Hur hög var personalomsättningen?", "Hur hög var personalomsättningen?"]
    # The word rankings still see the name, and the scoped search finds the plan's passage.
    assert search(index, question)[0].doc_id == "aaaa"


def test_by_plan_equals_one_search_per_plan(index: ChunkIndex) -> None:
    register(
        index, "cccc", "Trafikkontoret", "2024", ["Avslutssamtal och sjukfrånvaro på kontoret.", "Heltid."]
    )
    query = "avslutssamtal sjukfrånvaro procent"
    stems, dense, grams = index.by_plan(query, 2, {"aaaa", "cccc"})
    assert set(stems) <= {"aaaa", "cccc"} and set(dense) == {"aaaa", "cccc"}
    for doc in ("aaaa", "cccc"):
        assert stems.get(doc, []) == index.lexical_search(query, 2, {doc})
        assert grams.get(doc, []) == index.gram_search(query, 2, {doc})
        assert [c for c, _ in dense[doc]] == [c for c, _ in index.dense_search(query, 2, {doc})]
        assert [s for _, s in dense[doc]] == pytest.approx(
            [s for _, s in index.dense_search(query, 2, {doc})], abs=1e-4
        )


def test_per_plan_search_equals_a_hybrid_search_of_each_plan(index: ChunkIndex) -> None:
    from kfp_assistant.ask.retrieval import hybrid_search, per_plan_search

    register(
        index, "cccc", "Trafikkontoret", "2024", ["Avslutssamtal och sjukfrånvaro på kontoret.", "Heltid."]
    )
    for question in (
        "Hur arbetar förvaltningarna med avslutssamtal?",
        "Vad gäller för sjukfrånvaro i Socialnämnden?",
    ):
        grouped = per_plan_search(index, question, 2, {"aaaa", "bbbb", "cccc"})
        for doc in ("aaaa", "bbbb", "cccc"):
            assert [c for c, _ in grouped[doc]] == [c for c, _ in hybrid_search(index, question, 2, {doc})]


def test_removal_deletes_a_plans_vectors_by_id_and_upkeep_trusts_the_count(
    index: ChunkIndex, settings: Settings
) -> None:
    index.remove_document("aaaa")
    assert not [i for i in index.chroma_ids() if i.startswith("aaaa:")]
    assert index.vector_count() == sum(d.chunks for d in index.documents())
    # A vector the registry does not know makes the count differ: the sweep then lists every id.
    stray = make_chunks("cccc", "Trafikkontoret", "2024", ["Avslutssamtal i trafikkontoret."])
    index.store.add_texts([c.indexed_text for c in stray], ids=[c.chunk_id for c in stray])
    assert sweep(index) == 1 and index.vector_count() == sum(d.chunks for d in index.documents())


def test_chroma_dense_search_finds_what_the_exact_scan_finds(index: ChunkIndex, settings: Settings) -> None:
    """KFP_DENSE_SEARCH=chroma asks Chroma's graph (on disk here), unscoped and scoped by plan codes;
    at this size the graph is exact, so both must agree chunk for chunk and score for score."""
    via_chroma = ChunkIndex(
        settings.model_copy(update={"dense_search": "chroma"}), index.embeddings, "test-chunking"
    )
    for query in ["personalomsättning procent", "introduktion mentor", "heltid"]:
        for scope in (None, {"aaaa"}, {"bbbb"}, {"aaaa", "bbbb"}):
            exact = index.dense_search(query, 4, scope)
            graph = via_chroma.dense_search(query, 4, scope)
            # equal scores may come in either order: compare the scores, and each chunk's own score
            assert [round(s, 4) for _, s in graph] == [round(s, 4) for _, s in exact], (query, scope)
            every = dict(index.dense_search(query, 10, scope))
            assert all(round(every[c], 4) == round(s, 4) for c, s in graph)
            assert all(c.split(":")[0] in (scope or {"aaaa", "bbbb"}) for c, _ in graph)


def test_vocabulary_is_every_registered_plans_stems(index: ChunkIndex, settings: Settings) -> None:
    words = index.lexical.vocabulary()
    assert {"avslutssamtal", "sjukfrånvaron", "heltid"} <= set(words)
    index.remove_document("bbbb")
    index.refresh(force=True)
    assert "avslutssamtal" in index.lexical.vocabulary()
    assert "heltid" not in index.lexical.vocabulary()  # a removed plan's words go with it
