"""Upkeep of an index folder: what is registered but not stored, what is stored but not registered,
and the stored groups of the word index.

Every ingest runs these under the index lock: `storage_problems` finds registered plans whose vectors,
chunks, records or shard are missing (the pipeline repairs them); `pack` stores the word index group
(groups.py) of each group of plans that changed; `sweep` deletes what no registered plan refers to:
chunks an interrupted ingest stored, a removed plan's leftovers, an abandoned or replaced build and
its Chroma collection. Each costs in proportion to what changed, not to the index: Chroma's count is
compared with the registry's before any listing of every vector id (175 ms and more at 31,000
chunks), and only groups whose plans changed are written.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from kfp_assistant.store import chroma
from kfp_assistant.store.groups import GROUP, Group, group_file, group_number
from kfp_assistant.store.index import ChunkIndex, doc_of
from kfp_assistant.store.registry import crash_point, remove_other_builds


def _stems(folder: Path, suffix: str) -> set[str]:
    try:
        return {
            e.name.removesuffix(suffix)
            for e in os.scandir(folder)
            if e.name.endswith(suffix) and e.name[0] != "."
        }
    except FileNotFoundError:
        return set()


def _vectors_complete(index: ChunkIndex) -> bool:
    """Whether Chroma holds exactly as many vectors as the registered plans have chunks: then none
    is missing and none is stray (unless as many are missing as are stray, which takes two faults)."""
    return index.vector_count() == sum(d.chunks for d in index.documents())


def storage_problems(index: ChunkIndex) -> dict[str, str]:
    """Registered documents whose stored data is incomplete, with what is missing."""
    by_doc: dict[str, set[str]] | None = None
    if not _vectors_complete(index):
        by_doc = {}
        for chunk_id in index.chroma_ids():
            by_doc.setdefault(doc_of(chunk_id), set()).add(chunk_id)
    chunks = _stems(index.data_dir / "chunks", ".json")
    records = _stems(index.plans_dir, ".json")
    words = _stems(index.data_dir / "words", ".npz")
    problems: dict[str, str] = {}
    for doc in index.documents():
        expected = {f"{doc.doc_id}:{i}" for i in range(doc.chunks)} if by_doc is not None else set()
        if by_doc is not None and by_doc.get(doc.doc_id, set()) != expected:
            problems[doc.doc_id] = "vectors"
        elif doc.doc_id not in chunks:
            problems[doc.doc_id] = "chunks"
        elif doc.doc_id not in records:
            problems[doc.doc_id] = "records"
        elif doc.doc_id not in words:
            problems[doc.doc_id] = "words"
    return problems


def pack(index: ChunkIndex) -> int:
    """Store the group of every group of registered plans whose stored file is missing, from its
    previous file (plans masked out, new shards appended) or its plans' shards; drop files no group
    uses. Returns how many groups were written."""
    folder = index.groups_dir
    members: dict[int, list[str]] = {}
    for doc in sorted(index.documents(), key=lambda d: d.code):
        if doc.chunks and doc.code >= 0:
            members.setdefault(doc.code // GROUP, []).append(doc.doc_id)
    stored: dict[int, list[Path]] = {}
    for path in folder.iterdir() if folder.exists() else []:
        number = group_number(path)
        if number is not None:
            stored.setdefault(number, []).append(path)
    written = 0
    for number, docs in members.items():
        target = group_file(folder, number, docs)
        if target.exists():
            continue
        base = next((g for g in map(Group.load, stored.get(number, [])) if g is not None), None)
        kept = base.without(set(base.docs) - set(docs)) if base is not None else None
        held = set(kept.docs) if kept is not None else set()
        new = [Group.of_shard(index.shard(d)) for d in docs if d not in held]
        Group.merge(([kept] if kept is not None else []) + new).save(target)
        written += 1
    wanted = {group_file(folder, n, docs).name for n, docs in members.items()}
    for paths in stored.values():
        for path in paths:
            if path.name not in wanted:
                path.unlink(missing_ok=True)
    return written


def sweep(index: ChunkIndex) -> int:
    """Delete what no registered plan refers to; returns how many stray chunks left Chroma."""
    registered = {d.doc_id for d in index.documents()}
    stray = (
        []
        if _vectors_complete(index)
        else [cid for cid in index.chroma_ids() if doc_of(cid) not in registered]
    )
    for start in range(0, len(stray), 5000):
        index.store.delete(ids=stray[start : start + 5000])
    crash_point(index.settings, "sweep.chroma")
    for folder in (index.data_dir / "chunks", index.plans_dir, index.data_dir / "words"):
        for path in folder.iterdir() if folder.exists() else []:
            if path.name.startswith(".") or path.stem not in registered:
                path.unlink(missing_ok=True)
    groups = index.groups_dir
    for path in groups.iterdir() if groups.exists() else []:
        if path.name.startswith("."):  # a group write that was killed
            path.unlink(missing_ok=True)
    for legacy in ("bm25", "bm25.tmp", "bm25.old"):
        shutil.rmtree(index.data_dir / legacy, ignore_errors=True)  # the word index before shards
    build = index.generation[0]
    remove_other_builds(index.dir, build)
    crash_point(index.settings, "sweep.files")
    chroma.drop_other_collections(index.settings, index.collection, legacy=bool(build))
    crash_point(index.settings, "sweep.done")
    return len(stray)


def finish(index: ChunkIndex) -> None:
    """What every ingest ends with: the changed groups stored (pack), then the sweep."""
    pack(index)
    sweep(index)
