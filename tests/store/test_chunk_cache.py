"""The chunk cache: bounded by chunks held, least recently used plan first out."""

from __future__ import annotations

import json
from pathlib import Path

from kfp_assistant.store.shards import ChunkCache
from tests.store.test_index import make_chunks


def _write(folder: Path, doc_id: str, texts: list[str]) -> None:
    chunks = make_chunks(doc_id, "Socialnämnden", "2025-2027", texts)
    (folder / f"{doc_id}.json").write_text(json.dumps([c.model_dump() for c in chunks]), encoding="utf-8")


def test_bounded_by_chunks_least_recently_used_first(tmp_path: Path) -> None:
    for doc_id in ("a", "b", "c"):
        _write(tmp_path, doc_id, [f"Text {doc_id} ett.", f"Text {doc_id} två."])
    cache = ChunkCache(chunks=4)
    first = cache.plan(tmp_path, "a")
    assert list(first) == ["a:0", "a:1"] and cache.held == 2
    cache.plan(tmp_path, "b")
    assert cache.plan(tmp_path, "a") is first  # a hit, and now the most recently used
    cache.plan(tmp_path, "c")  # over 4 chunks: b, the least recently used, leaves
    assert cache.held == 4
    assert cache.plan(tmp_path, "a") is first
    assert cache.plan(tmp_path, "b") is not None and cache.held == 4  # read again; c leaves now
    cache.drop("a")
    assert cache.held == 2
    cache.clear()
    assert cache.held == 0 and cache.plan(tmp_path, "missing") == {}


def test_a_plan_larger_than_the_bound_is_still_returned(tmp_path: Path) -> None:
    _write(tmp_path, "big", ["Ett.", "Två.", "Tre."])
    cache = ChunkCache(chunks=2)
    assert len(cache.plan(tmp_path, "big")) == 3
