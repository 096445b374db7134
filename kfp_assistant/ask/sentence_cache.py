"""The sentence cache: vectors of the sentences explanations rank by meaning (meaning.py), filled off
the critical path of ingest.

In: the index (its registered plans' chunks and its embedding cache). Out: each plan's prose sentences
(meaning.prose_sentences) stored in the embedding cache, and the plan marked done there, so a later
fill skips it without reading its chunks.

Embedding them costs about as much as embedding the chunks (the 781 sentences of the five sample
plans about 30 s on 2 cores, the 187 chunks about 40 s), so ingest commits the plans (answerable)
without them: the app fills the cache in a background thread after it starts and after an upload
(`start`), a batch at a time when no question was asked for a moment (`asking`); `kfp ingest --sentences`
fills it before it returns. A question that comes first embeds the few sentences it needs itself
(evidence.SentenceSimilarity, over the same cache): the same vectors, so the same answers, only
slower the first time. It is a cache: a fill that is interrupted loses only its unwritten vectors.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from kfp_assistant.ask.meaning import prose_sentences
from kfp_assistant.store.index import ChunkIndex

log = logging.getLogger(__name__)

# Sentences per call of the model. The model is shared behind a lock, so a question asked during a
# background batch waits for it. Questions 1.5 s apart during a fill (scripts/bench_sentence_cache.py
# --think 1.5, set D dev, load 4-7): p50 486 ms with batches of 4, 248 ms with 2 (cold cache: 191 ms).
BATCH = 2
# A background batch starts only after this many seconds without a question: questions asked one
# after another are answered as with no fill at all (measured: with a batch as soon as each question
# ended, back-to-back questions took p50 1.0 s instead of 0.2 s), and a reader's pause fills the cache.
QUIET = 1.0
# A question still running after this many seconds is taken as a stream a client abandoned (answers
# have a 30 s budget), so that it does not stop the fill for good.
STALE = 60.0

PlanDone = Callable[[int, int, str], None]  # (plans done, plans to do, doc id)


class SentenceWarmer:
    """Fills the index's embedding cache with its plans' prose sentences: now (`fill`) or in a
    background thread (`start`) that gives way to questions."""

    def __init__(
        self, index: ChunkIndex, batch: int = BATCH, quiet: float = QUIET, stale: float = STALE
    ) -> None:
        self.index = index
        self.batch = batch
        self.quiet = quiet
        self.stale = stale
        self.embedded = 0  # sentences embedded by this warmer (not found in the cache)
        self.failed: str | None = None  # why the last background fill stopped, if it failed
        self._asking: list[float] = []  # when each question being answered started
        self._last_asked = float("-inf")  # when the last question started or ended
        self._quiet = threading.Condition()
        self._queue: queue.Queue[list[str] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    @contextmanager
    def asking(self) -> Iterator[None]:
        """Marks a question being answered: a background fill waits until `quiet` seconds after it."""
        with self._quiet:
            started = self._last_asked = time.monotonic()
            self._asking.append(started)
        try:
            yield
        finally:
            with self._quiet:
                self._asking.remove(started)
                self._last_asked = time.monotonic()
                self._quiet.notify_all()

    def _wait_quiet(self) -> None:
        with self._quiet:
            while True:
                if self._asking:
                    left = min(self._asking) + self.stale - time.monotonic()
                else:
                    left = self._last_asked + self.quiet - time.monotonic()
                if left <= 0:
                    return
                self._quiet.wait(left)

    def fill(
        self, doc_ids: Iterable[str] | None = None, on_plan: PlanDone | None = None, pause: bool = False
    ) -> int:
        """How many sentences were embedded to put every prose sentence of the plans (default: every
        registered plan) in the embedding cache; with pause, each batch waits for a quiet moment."""
        if doc_ids is None:
            self.index.refresh()
            doc_ids = [d.doc_id for d in self.index.documents()]
        wanted = list(dict.fromkeys(doc_ids))
        embedded = 0
        for number, doc_id in enumerate(wanted, start=1):
            embedded += self._fill_plan(doc_id, pause)
            if on_plan:
                on_plan(number, len(wanted), doc_id)
        return embedded

    def _fill_plan(self, doc_id: str, pause: bool) -> int:
        cache = self.index.passages
        # The chunking is part of the mark: another chunking cuts other sentences.
        label = f"sentences/{self.index.fingerprint.chunking}/{doc_id}"
        if cache.marked(label):
            return 0
        chunks = self.index.chunks_of(doc_id)
        texts = cache.missing(prose_sentences(chunks))
        for start in range(0, len(texts), self.batch):
            if pause:
                self._wait_quiet()
            cache.embed_documents(texts[start : start + self.batch])
            self.embedded += len(texts[start : start + self.batch])
        if chunks:  # a plan removed meanwhile has none, and nothing is known done
            cache.mark(label)
        return len(texts)

    def start(self, doc_ids: Iterable[str] | None = None) -> None:
        """Fill the cache for these plans (default: every registered plan) in a background thread,
        one fill after another; returns at once."""
        self._queue.put(None if doc_ids is None else list(doc_ids))
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="kfp-sentence-cache", daemon=True)
                self._thread.start()

    @property
    def filling(self) -> bool:
        """Whether a background fill is queued or running."""
        return self._queue.unfinished_tasks > 0

    def wait(self) -> None:
        """Block until every fill started so far has ended."""
        self._queue.join()

    def _run(self) -> None:
        while True:
            doc_ids = self._queue.get()
            try:
                self.fill(doc_ids, pause=True)
                self.failed = None
            except (sqlite3.Error, OSError) as exc:  # e.g. an index folder this process may not write
                self.failed = str(exc)
                log.warning("sentence cache not filled (%s); questions embed the sentences they need", exc)
            except Exception as exc:  # a background thread must not die silently; questions still work
                self.failed = str(exc)
                log.exception("sentence cache fill failed")
            finally:
                self._queue.task_done()
