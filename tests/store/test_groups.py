"""The word index's groups: changed incrementally, stored, read back, always equal to a fresh merge."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from kfp_assistant.settings import Settings
from kfp_assistant.store.embeddings import make_embeddings
from kfp_assistant.store.groups import GROUP, Group
from kfp_assistant.store.index import ChunkIndex
from kfp_assistant.store.lexical import LexicalIndex
from kfp_assistant.store.shards import Shard
from kfp_assistant.store.upkeep import pack, sweep
from tests.store.test_index import register

WORDS = [
    "lön",
    "chef",
    "kompetens",
    "heltid",
    "sjukfrånvaro",
    "introduktion",
    "mentor",
    "rekrytering",
    "dygnsvila",
    "schema",
]
QUERIES = ("lön chef", "kompetens introduktion", "tillsvidareanställda mentorskap", "heltid*")


def random_plans(seed: int, plans: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    plans_words = {f"p{n:02d}": [*WORDS, f"ord{n}x"] for n in range(plans)}  # one word of its own each
    return {
        d: [" ".join(rng.choices(words, k=rng.randint(3, 25))) for _ in range(rng.randint(1, 5))]
        for d, words in plans_words.items()
    }


def vectors_for(texts: list[str], seed: int) -> list[list[float]]:
    rng = np.random.default_rng(seed)
    return rng.normal(size=(len(texts), 8)).tolist()


def shards(plans: dict[str, list[str]]) -> dict[str, Shard]:
    return {d: Shard.build(d, t, vectors_for(t, i)) for i, (d, t) in enumerate(sorted(plans.items()))}


def fresh(stored: dict[str, Shard], docs: list[str], codes: dict[str, int]) -> LexicalIndex:
    index = LexicalIndex(stored.__getitem__)
    index.sync(docs, codes)
    return index


def assert_same(got: LexicalIndex, expected: LexicalIndex) -> None:
    assert sorted(got.chunk_ids) == sorted(expected.chunk_ids)
    assert set(got.vocabulary()) == set(expected.vocabulary())
    for query in QUERIES:
        for kind in ("scores", "gram_scores"):
            a = dict(zip(got.chunk_ids, getattr(got, kind)(query), strict=True))
            b = dict(zip(expected.chunk_ids, getattr(expected, kind)(query), strict=True))
            assert a == b, (query, kind)
        assert got.search(query, 7) == expected.search(query, 7)
    vector = [0.3, -0.1, 0.2, 0.5, -0.4, 0.1, 0.0, 0.7]
    a = dict(zip(got.chunk_ids, got.dense_scores(vector), strict=True))
    b = dict(zip(expected.chunk_ids, expected.dense_scores(vector), strict=True))
    assert a == pytest.approx(b, abs=1e-6)
    assert [c for c, _ in got.dense_search(vector, 9)] == [c for c, _ in expected.dense_search(vector, 9)]


def test_adding_and_removing_plans_incrementally_equals_a_fresh_merge() -> None:
    plans = random_plans(3, 30)
    stored = shards(plans)
    codes = {d: i * 5 for i, d in enumerate(sorted(plans))}  # about 6 plans per group, several groups
    docs = sorted(plans)
    index = fresh(stored, docs[:20], codes)
    index.sync(docs, codes)  # new plans join the last groups and new ones
    assert_same(index, fresh(stored, docs, codes))
    kept = [d for d in docs if d not in {"p02", "p11", "p12", "p29"}]
    index.sync(kept, codes)  # masked out of their groups
    assert_same(index, fresh(stored, kept, codes))
    assert "ord2x" not in index.vocabulary() and not [c for c in index.chunk_ids if c.startswith("p02:")]
    assert index.search("ord2x", 5) == [] and index.gram_search("ord2x", 50)[0][0].split(":")[0] != "p02"


def test_a_group_without_plans_equals_the_merge_of_the_others() -> None:
    stored = shards(random_plans(4, 6))
    parts = [Group.of_shard(stored[d]) for d in sorted(stored)]
    masked = Group.merge(parts).without({"p01", "p04"})
    expected = Group.merge([p for p in parts if p.docs[0] not in {"p01", "p04"}])
    assert masked is not None and masked.docs == expected.docs
    for name in ("sizes", "vectors", "words", "word_ptr", "word_ids"):
        assert np.array_equal(getattr(masked, name), getattr(expected, name)), name
    for kind in ("stems", "grams"):
        for name in ("terms", "ptr", "chunks", "tf", "lengths"):
            assert np.array_equal(
                getattr(getattr(masked, kind), name), getattr(getattr(expected, kind), name)
            )
    assert Group.merge(parts).without(set(stored)) is None


def spread(index: ChunkIndex, code: int) -> None:
    """Give the next registered plan this code (so that a few plans fill several groups)."""
    index._registry = index._registry.model_copy(update={"next_code": code})


@pytest.fixture
def grouped(settings: Settings) -> ChunkIndex:
    index = ChunkIndex(settings, make_embeddings("fake"), "test-chunking")
    for n in range(5):
        spread(index, n * (GROUP // 2))  # two plans per group
        register(index, f"doc{n}", f"Förvaltning {n}", "2025", [f"Text {n} om lön och ord{n}x.", "Heltid."])
    return index


def reopened(settings: Settings) -> ChunkIndex:
    return ChunkIndex(settings, make_embeddings("fake"), "test-chunking")


def shard_reader(index: ChunkIndex) -> LexicalIndex:
    docs = index.documents()
    lexical = LexicalIndex(index.shard)
    lexical.sync([d.doc_id for d in docs], {d.doc_id: d.code for d in docs})
    return lexical


def test_a_cold_reader_opens_stored_groups_and_sees_a_fresh_merge(
    grouped: ChunkIndex, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert pack(grouped) == 3 and len(list(grouped.groups_dir.iterdir())) == 3
    assert pack(grouped) == 0  # nothing changed
    reader = reopened(settings)
    monkeypatch.setattr(reader, "shard", lambda doc_id: pytest.fail(f"read the shard of {doc_id}"))
    assert_same(reader.lexical, shard_reader(grouped))


def test_removing_a_plan_leaves_no_trace_in_the_stored_groups(
    grouped: ChunkIndex, settings: Settings
) -> None:
    pack(grouped)
    grouped.remove_document("doc3")
    assert pack(grouped) == 1
    files = list(grouped.groups_dir.iterdir())
    assert len(files) == 3
    stored = [Group.load(f) for f in files]
    assert all(g is not None and "doc3" not in g.docs and "ord3x" not in g.words.tolist() for g in stored)
    reader = reopened(settings)
    assert "ord3x" not in reader.lexical.vocabulary() and reader.lexical_search("ord3x", 5) == []
    assert_same(reader.lexical, shard_reader(reader))


def test_an_index_committed_before_its_groups_were_stored_reads_right(
    grouped: ChunkIndex, settings: Settings
) -> None:
    # As after a crash between the commit and pack: the last group's file names other plans.
    pack(grouped)
    spread(grouped, 2 * GROUP + 1)
    register(grouped, "doc9", "Förvaltning 9", "2025", ["Nytt om ord9x."])
    grouped.remove_document("doc0")
    reader = reopened(settings)
    assert reader.lexical_search("ord9x", 5)[0][0].startswith("doc9")
    assert_same(reader.lexical, shard_reader(reader))
    # A group write killed half way leaves only a temporary file, which sweep deletes.
    (grouped.groups_dir / ".g00002-0.123.tmp.npz").write_bytes(b"half")
    assert pack(grouped) == 2
    sweep(grouped)
    assert not [p for p in grouped.groups_dir.iterdir() if p.name.startswith(".")]
    assert_same(reopened(settings).lexical, shard_reader(reader))


def test_a_reader_follows_another_process_commits_group_by_group(
    grouped: ChunkIndex, settings: Settings
) -> None:
    pack(grouped)
    reader = reopened(settings)
    before = reader.lexical.groups()
    spread(grouped, 2 * GROUP + 3)
    register(grouped, "doc7", "Förvaltning 7", "2025", ["Om ord7x."])
    pack(grouped)
    reader.refresh()
    after = reader.lexical.groups()
    assert after[0] == before[0] and after[1] == before[1] and "doc7" in after[2]
    assert_same(reader.lexical, shard_reader(reader))


def test_group_files_are_only_in_the_groups_folder(grouped: ChunkIndex) -> None:
    pack(grouped)
    assert sorted(p.name for p in (grouped.data_dir / "words").iterdir()) == sorted(
        f"doc{n}.npz" for n in range(5)
    )
    assert all(isinstance(p, Path) and p.suffix == ".npz" for p in grouped.groups_dir.iterdir())
