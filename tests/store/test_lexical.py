"""Word-level retrieval: stems, character 4-grams for compounds, wildcards, the thesaurus, fusion weights."""

from __future__ import annotations

import random

import bm25s
import pytest

from kfp_assistant.ask.retrieval import expand_for_lexical, fuse, hybrid_search
from kfp_assistant.settings import Settings
from kfp_assistant.store.embeddings import make_embeddings
from kfp_assistant.store.index import ChunkIndex
from kfp_assistant.store.lexical import LexicalIndex, char_grams
from kfp_assistant.sv.thesaurus import RINGS, related_terms
from kfp_assistant.sv.words import tokenize
from tests.store.test_index import register

TEXTS = [
    "De skärpta reglerna kring dygnsvila påverkar schemaläggningen.",
    "Socialnämnden har 1016 tillsvidareanställda medarbetare.",
    "Förvaltningens administrativa lokaler ska moderniseras.",
    "Introduktionen följs upp efter sex månader.",
]


def build() -> LexicalIndex:
    return LexicalIndex.from_texts({"d": TEXTS})


def test_char_grams_mark_word_edges_and_skip_stopwords() -> None:
    assert char_grams("och vila") == ["#vil", "vila", "ila#"]
    assert char_grams("AI") == ["#ai#"]


def test_compound_found_by_its_part_only_through_4_grams() -> None:
    lexical = build()
    # Snowball leaves "dygnsvila" whole, so the stem ranking cannot see "vila" in it.
    assert lexical.search("vila", 4) == []
    assert lexical.gram_search("vila mellan passen", 4)[0][0] == "d:0"


def test_wildcard_synonym_matches_every_stem_it_begins() -> None:
    lexical = build()
    assert "d:1" not in {cid for cid, _ in lexical.search("fast anställda", 4)}  # stems alone miss it
    expanded = expand_for_lexical("Hur många fast anställda finns det?")
    assert "tillsvidareanställ*" in expanded
    assert lexical.search(expanded, 4)[0][0] == "d:1"


def test_thesaurus_words_lift_a_passage_in_plan_language_at_a_lower_weight() -> None:
    lexical = build()
    related = " ".join(related_terms("Vad planerar de med sina kontor?"))
    assert "lokal*" in related
    assert lexical.search("kontor", 4) == []
    assert lexical.search("kontor", 4, related=related, related_weight=0.5)[0][0] == "d:2"
    own = lexical.search("lokaler", 4)
    lifted = lexical.search("lokaler", 4, related="lokal*", related_weight=0.5)
    # Related words add to, never replace, the question's own score: same chunk, and more of it.
    assert lifted[0][0] == own[0][0] == "d:2"
    assert lifted[0][1] > own[0][1]


def test_thesaurus_matches_whole_words_only() -> None:
    assert related_terms("Vilka mail skickas?") == []  # "ai" is a ring member; "mail" must not match it
    assert "digital*" in related_terms("Hur används AI?")
    assert all(len(ring) >= 2 for ring in RINGS)


def test_weighted_fusion_lets_the_heavier_ranking_decide_a_tie() -> None:
    a = [("x", 1.0), ("y", 0.5)]
    b = [("y", 1.0), ("x", 0.5)]
    assert fuse([a, b])[0][0] == "x"  # equal weights: the first ranking's order
    assert fuse([a, b], weights=[1.0, 2.0])[0][0] == "y"


def test_a_plan_without_a_stored_shard_is_built_in_memory(settings: Settings) -> None:
    index = ChunkIndex(settings, make_embeddings("fake"), "test-chunking")
    register(index, "aaaa", "Socialnämnden", "2025-2027", TEXTS)
    (index.data_dir / "words" / "aaaa.npz").unlink()  # as an index written before shards existed
    reopened = ChunkIndex(settings, make_embeddings("fake"), "test-chunking")
    assert reopened.gram_search("vila", 3)[0][0] == "aaaa:0"
    assert hybrid_search(reopened, "Hur påverkar reglerna om vila?", 2)[0][0] == "aaaa:0"
    assert reopened.word_index_docs() == []


WORDS = [
    "personal",
    "omsättning",
    "sjukfrånvaro",
    "heltid",
    "chef",
    "rekrytering",
    "lön",
    "arbetsmiljö",
    "kompetens",
    "introduktion",
]


def random_plans(seed: int, plans: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    return {
        f"p{n:02d}": [" ".join(rng.choices(WORDS, k=rng.randint(3, 30))) for _ in range(rng.randint(1, 6))]
        for n in range(plans)
    }


def test_scores_equal_one_bm25s_index_over_every_chunk() -> None:
    plans = random_plans(1, 40)  # more plans than one merge group holds
    index = LexicalIndex.from_texts(plans)
    ids = [f"{d}:{i}" for d in sorted(plans) for i in range(len(plans[d]))]
    texts = [t for d in sorted(plans) for t in plans[d]]
    reference = bm25s.BM25(k1=1.2, b=0.75)
    reference.index([tokenize(t) for t in texts], show_progress=False)
    expected = dict(zip(ids, reference.get_scores(tokenize("sjukfrånvaro heltid chef")), strict=True))
    got = dict(zip(index.chunk_ids, index.scores("sjukfrånvaro heltid chef"), strict=True))
    assert got.keys() == expected.keys()
    assert all(abs(got[c] - expected[c]) < 1e-4 for c in ids)


def test_adding_and_removing_plans_gives_the_scores_of_an_index_built_anew() -> None:
    plans = random_plans(2, 70)
    index = LexicalIndex.from_texts({d: t for d, t in plans.items() if d < "p50"})
    loader = LexicalIndex.from_texts(plans)._load
    index._load = loader
    kept = [d for d in plans if d not in {"p03", "p40", "p41"}]
    index.sync(kept)
    fresh = LexicalIndex.from_texts({d: plans[d] for d in kept})
    for query in ("lön chef", "kompetens introduktion"):
        assert dict(zip(index.chunk_ids, index.gram_scores(query), strict=True)) == pytest.approx(
            dict(zip(fresh.chunk_ids, fresh.gram_scores(query), strict=True))
        )
        got, expected = index.search(query, 5), fresh.search(query, 5)
        assert [c for c, _ in got] == [c for c, _ in expected]
        assert [s for _, s in got] == pytest.approx([s for _, s in expected])
    assert index.search("lön", 50, {"p07"}) and {
        c.split(":")[0] for c, _ in index.search("lön", 50, {"p07"})
    } == {"p07"}
