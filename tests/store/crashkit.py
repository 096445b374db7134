"""Helpers for the crash tests, run in child processes that end as kill -9 would (os._exit or SIGKILL).

Children are forked from a forkserver that has already imported the package, so a run costs the
ingest, not Python's start-up.
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
from pathlib import Path
from typing import Any

from kfp_assistant.assistant import Assistant
from kfp_assistant.settings import Settings
from kfp_assistant.store import chroma

State = dict[str, Any]


def context() -> Any:
    """A forkserver context that preloads the package and chromadb (which the package imports only
    when it first opens Chroma)."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(
        ["kfp_assistant.assistant", "chromadb", "langchain_chroma", "tests.store.crashkit"]
    )
    return ctx


def settings_for(index_dir: Path, crash_at: str | None = None) -> Settings:
    return Settings(index_dir=index_dir, embeddings="fake", lock_timeout=30, crash_at=crash_at)


def act(index_dir: str, action: str, args: list[str], crash_at: str | None) -> None:
    """One ingest, rebuild or remove, ending the process at crash_at (exit code 137)."""
    assistant = Assistant(settings_for(Path(index_dir), crash_at))
    if action == "ingest":
        assistant.ingest([Path(a) for a in args])
    elif action == "rebuild":
        assistant.ingest([Path(a) for a in args], rebuild=True)
    elif action == "remove":
        assistant.remove(args[0])


def run_child(ctx: Any, target: Any, args: tuple[Any, ...], queue: Any = None) -> Any:
    """Run target in a child; returns (exit code, what it put on the queue)."""
    proc = ctx.Process(target=target, args=(*args, queue) if queue is not None else args)
    proc.start()
    result = queue.get(timeout=300) if queue is not None else None
    proc.join(timeout=300)
    return proc.exitcode, result


def state(index_dir: Path) -> State:
    """Everything a clean index is compared on: registry, vectors, word index, records, leftovers."""
    assistant = Assistant(settings_for(index_dir))
    index = assistant.index
    docs = sorted(
        (d.doc_id, d.file, d.administration, d.period, d.pages, d.chunks, d.path) for d in index.documents()
    )
    ids = index.chroma_ids()
    ours = [n for n in chroma.collection_names(index.settings) if n.startswith(index.settings.collection)]
    vectors = sum(chroma.open_store(index.settings, n, index.embeddings)._collection.count() for n in ours)
    records = {}
    for path in sorted(index.plans_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("seconds", None)
        records[path.stem] = data
    builds = (
        sorted(p.name for p in (index_dir / "builds").iterdir()) if (index_dir / "builds").exists() else []
    )
    return {
        "documents": docs,
        "chroma_ids": sorted(ids),
        "vectors_in_all_collections": vectors,
        "collections": len(ours),
        "word_index_files": index.word_index_docs(),
        "word_index_ids": sorted(index.lexical.chunk_ids),
        "chunk_files": sorted(p.stem for p in (index.data_dir / "chunks").glob("*")),
        "records": records,
        "builds": len(builds),
        "current_build_listed": index.generation[0] in builds,
    }


def recover(index_dir: str, paths: list[str], queue: Any) -> None:
    """Open the index as a reader would (it must answer), then run one plain ingest; report both."""
    try:
        assistant = Assistant(settings_for(Path(index_dir)))
        seen = sorted(d.file for d in assistant.documents())
        hits = assistant.search("anställda personalomsättning", k=5)
        answer = assistant.ask("Hur hög är personalomsättningen?")
        readable = {"documents": seen, "hits": len(hits), "answered": bool(answer.answer)}
        assistant.ingest([Path(p) for p in paths])
        queue.put({"readable": readable, "state": state(Path(index_dir))})
    except BaseException as exc:  # reported to the test, which fails with it
        queue.put({"error": f"{type(exc).__name__}: {exc}"})


def clean_state(index_dir: str, paths: list[str], queue: Any) -> None:
    """The state of an index ingested from nothing from these paths."""
    try:
        Assistant(settings_for(Path(index_dir))).ingest([Path(p) for p in paths])
        queue.put({"state": state(Path(index_dir))})
    except BaseException as exc:
        queue.put({"error": f"{type(exc).__name__}: {exc}"})


def copy_index(source: Path, target: Path) -> None:
    shutil.copytree(source, target)
