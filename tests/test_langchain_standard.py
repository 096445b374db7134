"""LangChain's own standard test suites for our Embeddings and BaseRetriever."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from langchain_tests.integration_tests import EmbeddingsIntegrationTests, RetrieversIntegrationTests
from langchain_tests.unit_tests import EmbeddingsUnitTests

from kfp_assistant.ask.langchain_retriever import HybridRetriever
from kfp_assistant.settings import Settings
from kfp_assistant.store.embeddings import E5Embeddings, FakeEmbeddings, make_embeddings
from kfp_assistant.store.index import ChunkIndex
from tests.store.test_index import TEXTS_A, TEXTS_B, register


class TestFakeEmbeddingsUnit(EmbeddingsUnitTests):
    @property
    def embeddings_class(self) -> type[FakeEmbeddings]:
        return FakeEmbeddings

    @property
    def embedding_model_params(self) -> dict[str, Any]:
        return {}


class TestFakeEmbeddingsIntegration(EmbeddingsIntegrationTests):
    @property
    def embeddings_class(self) -> type[FakeEmbeddings]:
        return FakeEmbeddings

    @property
    def embedding_model_params(self) -> dict[str, Any]:
        return {}


@pytest.mark.model
class TestE5EmbeddingsIntegration(EmbeddingsIntegrationTests):
    @property
    def embeddings_class(self) -> type[E5Embeddings]:
        return E5Embeddings

    @property
    def embedding_model_params(self) -> dict[str, Any]:
        return {}


_INDEX_DIR: dict[str, Path] = {}


def _built_index(tmp_root: Path) -> ChunkIndex:
    settings = Settings(index_dir=tmp_root / "lc-std-index", embeddings="fake")
    index = ChunkIndex(settings, make_embeddings("fake"), "test-chunking")
    if not index.documents():
        register(index, "aaaa", "Socialnämnden", "2025-2027", TEXTS_A)
        register(index, "bbbb", "Trafikkontoret", "2024", TEXTS_B)
    return index


class TestHybridRetriever(RetrieversIntegrationTests):
    @pytest.fixture(autouse=True)
    def _index_dir(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        _INDEX_DIR.setdefault("root", tmp_path_factory.mktemp("lc-std"))

    @property
    def retriever_constructor(self) -> type[HybridRetriever]:
        return HybridRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return {"index": _built_index(_INDEX_DIR["root"]), "k": 3}

    @property
    def retriever_query_example(self) -> str:
        return "Hur hög är sjukfrånvaron och personalomsättningen i procent?"
