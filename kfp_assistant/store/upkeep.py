"""Upkeep of an index folder: what is registered but not stored, and what is stored but not registered.

Every ingest runs both under the index lock: `storage_problems` finds registered plans whose vectors,
chunks, records or shard are missing (the pipeline repairs them); `sweep` deletes what no registered
plan refers to: chunks an interrupted ingest stored, a removed plan's leftovers, an abandoned or
replaced build and its Chroma collection.
"""

from __future__ import annotations

import shutil

from kfp_assistant.store import chroma
from kfp_assistant.store.index import ChunkIndex, doc_of
from kfp_assistant.store.registry import crash_point, remove_other_builds


def storage_problems(index: ChunkIndex) -> dict[str, str]:
    """Registered documents whose stored data is incomplete, with what is missing."""
    by_doc: dict[str, set[str]] = {}
    for chunk_id in index.chroma_ids():
        by_doc.setdefault(doc_of(chunk_id), set()).add(chunk_id)
    problems: dict[str, str] = {}
    for doc in index.documents():
        expected = {f"{doc.doc_id}:{i}" for i in range(doc.chunks)}
        if by_doc.get(doc.doc_id, set()) != expected:
            problems[doc.doc_id] = "vectors"
        elif not (index.data_dir / "chunks" / f"{doc.doc_id}.json").exists():
            problems[doc.doc_id] = "chunks"
        elif not (index.plans_dir / f"{doc.doc_id}.json").exists():
            problems[doc.doc_id] = "records"
        elif not index.words_file(doc.doc_id).exists():
            problems[doc.doc_id] = "words"
    return problems


def sweep(index: ChunkIndex) -> int:
    """Delete what no registered plan refers to; returns how many stray chunks left Chroma."""
    registered = {d.doc_id for d in index.documents()}
    stray = [cid for cid in index.chroma_ids() if doc_of(cid) not in registered]
    for start in range(0, len(stray), 5000):
        index.store.delete(ids=stray[start : start + 5000])
    crash_point(index.settings, "sweep.chroma")
    for folder in (index.data_dir / "chunks", index.plans_dir, index.data_dir / "words"):
        for path in folder.iterdir() if folder.exists() else []:
            if path.name.startswith(".") or path.stem not in registered:
                path.unlink(missing_ok=True)
    for legacy in ("bm25", "bm25.tmp", "bm25.old"):
        shutil.rmtree(index.data_dir / legacy, ignore_errors=True)  # the word index before shards
    build = index.generation[0]
    remove_other_builds(index.dir, build)
    crash_point(index.settings, "sweep.files")
    chroma.drop_other_collections(index.settings, index.collection, legacy=bool(build))
    crash_point(index.settings, "sweep.done")
    return len(stray)
