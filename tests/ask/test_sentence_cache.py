"""The sentence cache is filled off the critical path of ingest (ask/sentence_cache.py): plans are
answerable as soon as they are committed, the cache is filled now or in the background, a question
meanwhile answers, and an interrupted fill loses nothing indexed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings
from typer.testing import CliRunner

from kfp_assistant.app.cli import app
from kfp_assistant.ask.meaning import prose_sentences
from kfp_assistant.ask.sentence_cache import SentenceWarmer
from kfp_assistant.assistant import Assistant
from kfp_assistant.store.embeddings import CachedEmbeddings, FakeEmbeddings
from kfp_assistant.store.index import ChunkIndex


def _sentences(index: ChunkIndex) -> list[str]:
    return list(
        dict.fromkeys(t for d in index.documents() for t in prose_sentences(index.chunks_of(d.doc_id)))
    )


class _Interrupted(Embeddings):
    """The fake model, interrupted (as by Ctrl+C) at its call number `fail_at`."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.inner = FakeEmbeddings()
        self.model_id = self.inner.model_id
        self.calls = 0
        self.fail_at = fail_at

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """The fake vectors, until the call that is interrupted."""
        self.calls += 1
        if self.calls == self.fail_at:
            raise KeyboardInterrupt
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        """The fake query vector."""
        return self.inner.embed_query(text)


def test_ingest_leaves_the_sentences_to_later_by_default(assistant: Assistant, docs_dir: Path) -> None:
    report = assistant.ingest([docs_dir])
    index = assistant.index
    assert report.sentences == 0 and report.sentence_seconds == 0
    assert report.answerable_seconds == report.seconds > 0
    assert index.passages.missing(_sentences(index)) == _sentences(index)
    # A question embeds the few it needs itself, and still answers.
    answer = assistant.ask("Vad erbjuds medarbetare som slutar?")
    assert "avslutssamtal" in answer.answer


def test_sentences_at_ingest_fills_the_cache_and_marks_each_plan(
    assistant: Assistant, docs_dir: Path
) -> None:
    report = assistant.ingest([docs_dir], sentences=True)
    index = assistant.index
    texts = _sentences(index)
    assert report.sentences == len(texts) > 0 and not index.passages.missing(texts)
    assert report.seconds >= report.answerable_seconds
    embedded = index.passages.embedded
    again = assistant.ingest([docs_dir], sentences=True)  # unchanged plans, marked: nothing embedded
    assert again.sentences == 0 and index.passages.embedded == embedded


def test_a_cache_from_an_older_version_is_completed_not_redone(assistant: Assistant, docs_dir: Path) -> None:
    assistant.ingest([docs_dir])
    index = assistant.index
    texts = _sentences(index)
    index.passages.embed_documents(texts[:2])  # an older ingest embedded some, and marked nothing
    assert SentenceWarmer(index).fill() == len(texts) - 2
    assert not index.passages.missing(texts)


def test_background_fill_waits_for_a_question_and_then_fills(assistant: Assistant, docs_dir: Path) -> None:
    assistant.ingest([docs_dir])
    index = assistant.index
    warmer = SentenceWarmer(index, batch=1, quiet=0.01, stale=600)
    assistant.__dict__["warmer"] = warmer
    with warmer.asking():  # a question is being answered when the fill starts: it waits
        warmer.start()
        answer = assistant.ask("Vad erbjuds medarbetare som slutar?")
        assert "avslutssamtal" in answer.answer
        assert warmer.embedded == 0
    warmer.wait()
    assert warmer.failed is None and not index.passages.missing(_sentences(index))


def test_a_question_never_ended_does_not_stop_the_fill(assistant: Assistant, docs_dir: Path) -> None:
    assistant.ingest([docs_dir])
    warmer = SentenceWarmer(assistant.index, batch=1, stale=0)  # as if its client went away long ago
    with warmer.asking():
        warmer.start()
        warmer.wait()
    assert warmer.embedded > 0 and not assistant.index.passages.missing(_sentences(assistant.index))


def test_the_app_fills_in_the_background_what_an_upload_adds(assistant: Assistant, docs_dir: Path) -> None:
    assistant.background_sentences = True
    report = assistant.ingest([docs_dir])
    assert report.sentences == 0
    assistant.warmer.wait()
    assert not assistant.index.passages.missing(_sentences(assistant.index))


def test_an_interrupted_fill_loses_nothing_indexed(settings, docs_dir: Path) -> None:  # type: ignore[no-untyped-def]
    model = _Interrupted()
    assistant = Assistant(settings)
    assistant.__dict__["embeddings"] = model
    assistant.ingest([docs_dir])
    model.calls, model.fail_at = 0, 2  # the second batch of sentences is interrupted
    with pytest.raises(KeyboardInterrupt):
        SentenceWarmer(assistant.index, batch=1).fill()
    reopened = Assistant(settings)
    reopened.__dict__["embeddings"] = _Interrupted()
    texts = _sentences(reopened.index)
    assert len(reopened.documents()) == 2
    assert len(reopened.index.passages.missing(texts)) == len(texts) - 1  # the first batch is kept
    assert "avslutssamtal" in reopened.ask("Vad erbjuds medarbetare som slutar?").answer
    reopened.warmer.fill()
    assert not reopened.index.passages.missing(texts)


def test_marks_and_missing_on_a_cache_without_marks(tmp_path: Path) -> None:
    cache = CachedEmbeddings(FakeEmbeddings(), tmp_path / "embeddings.sqlite")
    assert cache.missing(["a", "b", "a"]) == ["a", "b"]
    cache.embed_documents(["b"])
    assert cache.missing(["a", "b"]) == ["a"] and not cache.marked("plan")
    cache.mark("plan")
    assert cache.marked("plan") and not cache.marked("other")


def test_cli_ingest_reports_when_plans_are_answerable_and_when_sentences_are_cached(
    tmp_path: Path, docs_dir: Path
) -> None:
    env = {"KFP_EMBEDDINGS": "fake", "KFP_INDEX_DIR": str(tmp_path / "idx"), "COLUMNS": "200"}
    later = CliRunner().invoke(app, ["ingest", str(docs_dir)], env=env)
    assert later.exit_code == 0, later.output
    assert "Plans answerable after" in later.output and "in the background" in later.output
    now = CliRunner().invoke(app, ["ingest", str(docs_dir), "--sentences", "--json"], env=env)
    report = json.loads(now.stdout)
    assert report["sentences"] > 0 and report["seconds"] >= report["answerable_seconds"]
    again = CliRunner().invoke(app, ["ingest", str(docs_dir), "--sentences"], env=env)
    assert "sentence cache for explanations filled" in again.output
