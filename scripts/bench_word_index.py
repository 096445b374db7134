"""The word index side by side: per-plan BM25 shards (store/shards.py, store/lexical.py) against SQLite
FTS5 (stdlib sqlite3) fed with the same Swedish stems and character 4-grams.

`python scripts/bench_word_index.py --index-dir DIR [--scale-dir DIR2]`

- Recall: the whole hybrid retriever (stems, 4-grams, dense, fused) over the index in DIR (the sample
  plans, ingested with the configured embedder), once with the shards' BM25 and once with FTS5's
  bm25() ranking the stems and the 4-grams; also each word ranking on its own. Questions:
  eval/retrieval_dev.jsonl (and --questions for others).
- Cost: over the chunks of the index in DIR2 (e.g. a `kfp bench --plans 1000 --workdir W` run's
  W/index): building from nothing, adding one plan, removing one plan, and top-10 query latency
  (p50/p95, nothing cached) of each.

Both get the same terms: a token is a term's 64-bit id (shards.stem_id / gram_id) written in hex, so
FTS5's own tokenizer never splits or folds a Swedish word. FTS5 scores with its BM25 (k1=1.2,
b=0.75, idf log((N-n+0.5)/(n+0.5)) kept above zero); the shards with Lucene's (idf log1p(...)).
"""

from __future__ import annotations

import argparse
import gc
import json
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from kfp_assistant.ask.retrieval import hybrid_search, query_scope
from kfp_assistant.assistant import Assistant
from kfp_assistant.evals.retrieval import _rank_of, _scores, read_jsonl
from kfp_assistant.settings import Settings
from kfp_assistant.store.lexical import _WILDCARD, LexicalIndex
from kfp_assistant.store.shards import Shard, char_grams, gram_id, stem_id
from kfp_assistant.sv.words import tokenize

_MASK = (1 << 64) - 1
_PLAN = 100_000  # rowids per plan


def token(term: int) -> str:
    """A term id as one FTS5 token."""
    return f"t{term & _MASK:x}"


class Fts:
    """Two FTS5 tables (stems, 4-grams) of chunk term ids, one row per chunk."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.codes: dict[str, int] = {}  # plan -> number; a chunk's rowid is number * _PLAN + position
        for table in ("stems", "grams"):
            # detail=full (the default): bm25() needs each term's count in a chunk.
            self.db.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} "
                "USING fts5(chunk UNINDEXED, body, tokenize='ascii')"
            )

    def add_plan(self, doc_id: str, texts: list[str]) -> None:
        """Insert one plan's chunks (and commit): what an ingest would do."""
        code = self.codes.setdefault(doc_id, len(self.codes))
        ids = [f"{doc_id}:{i}" for i in range(len(texts))]
        rows = [code * _PLAN + i for i in range(len(texts))]
        stems = [" ".join(token(stem_id(s)) for s in tokenize(t)) for t in texts]
        grams = [" ".join(token(gram_id(g)) for g in char_grams(t)) for t in texts]
        with self.db:
            for table, bodies in (("stems", stems), ("grams", grams)):
                self.db.executemany(
                    f"INSERT INTO {table}(rowid, chunk, body) VALUES (?, ?, ?)",
                    list(zip(rows, ids, bodies, strict=True)),
                )

    def remove_plan(self, doc_id: str) -> None:
        """Delete one plan's rows (and commit)."""
        code = self.codes.pop(doc_id)
        with self.db:
            for table in ("stems", "grams"):
                self.db.execute(
                    f"DELETE FROM {table} WHERE rowid BETWEEN ? AND ?",
                    (code * _PLAN, code * _PLAN + _PLAN - 1),
                )

    def ranked(self, table: str, terms: list[int], k: int | None = None) -> list[tuple[str, float]]:
        """(chunk id, bm25) of the chunks holding any term, best first (top k when given)."""
        if not terms:
            return []
        match = " OR ".join(token(t) for t in terms)
        limit = f" LIMIT {int(k)}" if k else ""
        rows = self.db.execute(
            f"SELECT chunk, -bm25({table}) FROM {table} WHERE {table} MATCH ? ORDER BY bm25({table}){limit}",
            (match,),
        )
        return [(str(c), float(s)) for c, s in rows]


class FtsLexical(LexicalIndex):
    """The shards' index (for chunk order, wildcard vocabulary and vectors) with BM25 from FTS5."""

    def __init__(self, load: Callable[[str], Shard], fts: Fts) -> None:
        super().__init__(load)
        self.fts = fts

    def _from_fts(self, table: str, terms: list[int]) -> np.ndarray:
        position = {c: i for i, c in enumerate(self.chunk_ids)}
        scores = np.zeros(len(self.chunk_ids), dtype=np.float32)
        for chunk, score in self.fts.ranked(table, terms):
            if chunk in position:
                scores[position[chunk]] = score
        return scores

    def scores(self, query: str) -> np.ndarray:
        """BM25 (FTS5) of the stems, every chunk."""
        return self._from_fts("stems", [stem_id(s) for s in self._query_stems(query)])

    def gram_scores(self, query: str) -> np.ndarray:
        """BM25 (FTS5) of the 4-grams, every chunk."""
        return self._from_fts("grams", [gram_id(g) for g in char_grams(_WILDCARD.sub(r"\1", query))])


def recall(index_dir: Path, questions: Path) -> dict[str, dict[str, float]]:
    """Recall of the hybrid retriever and of each word ranking alone, shards vs FTS5."""
    assistant = Assistant(Settings(index_dir=index_dir))
    index = assistant.index
    items = read_jsonl(questions)
    shards = index.lexical
    with tempfile.TemporaryDirectory() as tmp:
        fts = Fts(Path(tmp) / "fts.sqlite")
        for doc in index.documents():
            fts.add_plan(doc.doc_id, [c.indexed_text for c in index.chunks_of(doc.doc_id)])
        fts_index = FtsLexical(index._shard, fts)
        fts_index.sync(shards._sizes)
        out: dict[str, dict[str, float]] = {}
        for name, lexical in (("shards", shards), ("fts5", fts_index)):
            index._lexical = lexical
            ranks: dict[str, list[int | None]] = {"hybrid": [], "stems": [], "grams": []}
            for item in items:
                scope = query_scope(item["question"], index.documents())
                runs = {
                    "hybrid": hybrid_search(index, item["question"], 10, scope),
                    "stems": lexical.search(item["question"], 10, scope),
                    "grams": lexical.gram_search(item["question"], 10, scope),
                }
                for kind, found in runs.items():
                    hits = [(c.file, c.text) for c in (index.chunk(i) for i, _ in found) if c is not None]
                    ranks[kind].append(_rank_of(hits, item["file"], item["passage"]))
            for kind, values in ranks.items():
                out[f"{name} {kind}"] = _scores(values)
        index._lexical = shards
    return out


def _plans(scale_dir: Path) -> dict[str, list[str]]:
    folder = max((scale_dir / "builds").glob("*/chunks"), key=lambda p: len(list(p.iterdir())))
    plans = {}
    for path in sorted(folder.glob("*.json")):
        chunks = json.loads(path.read_text(encoding="utf-8"))
        plans[path.stem] = [f"{c['prefix']}\n{c['text']}" for c in chunks]
    return plans


def _p(times: list[float]) -> str:
    times = sorted(times)
    return f"{statistics.median(times):.1f} / {times[int(0.95 * (len(times) - 1))]:.1f} ms"


def cost(scale_dir: Path, questions: list[str]) -> dict[str, dict[str, str]]:
    """Build, add one, remove one and query times of both, over the chunks stored in scale_dir."""
    plans = _plans(scale_dir)
    last = list(plans)[-1]
    rest = {d: t for d, t in plans.items() if d != last}
    out: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        began = time.perf_counter()
        for doc_id, texts in rest.items():
            Shard.build(doc_id, texts).save(folder / f"{doc_id}.npz")
        lexical = LexicalIndex(lambda d: Shard.load(d, folder / f"{d}.npz") or Shard.build(d, plans[d]))
        lexical.sync(rest)
        build = time.perf_counter() - began
        began = time.perf_counter()
        Shard.build(last, plans[last]).save(folder / f"{last}.npz")
        lexical.sync([*rest, last])
        add = time.perf_counter() - began
        began = time.perf_counter()
        (folder / f"{last}.npz").unlink()
        lexical.sync(rest)
        remove = time.perf_counter() - began
        times = []
        for q in questions:
            began = time.perf_counter()
            lexical._top(lexical.scores(q), 10, None)
            lexical._top(lexical.gram_scores(q), 10, None)
            times.append((time.perf_counter() - began) * 1000)
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        out["shards"] = {
            "build": f"{build:.1f} s",
            "add one plan": f"{add:.2f} s",
            "remove one plan": f"{remove:.2f} s",
            "top 10 stems + 4-grams p50 / p95": _p(times),
            "on disk": f"{size:.0f} MB",
        }
        del lexical
        gc.collect()
        fts = Fts(folder / "fts.sqlite")
        began = time.perf_counter()
        for doc_id, texts in rest.items():
            fts.add_plan(doc_id, texts)
        build = time.perf_counter() - began
        began = time.perf_counter()
        fts.add_plan(last, plans[last])
        add = time.perf_counter() - began
        began = time.perf_counter()
        fts.remove_plan(last)
        remove = time.perf_counter() - began
        times = []
        for q in questions:
            began = time.perf_counter()
            fts.ranked("stems", [stem_id(s) for s in tokenize(q)], 10)
            fts.ranked("grams", [gram_id(g) for g in char_grams(q)], 10)
            times.append((time.perf_counter() - began) * 1000)
        fts.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        out["fts5"] = {
            "build": f"{build:.1f} s",
            "add one plan": f"{add:.2f} s",
            "remove one plan": f"{remove:.2f} s",
            "top 10 stems + 4-grams p50 / p95": _p(times),
            "on disk": f"{(folder / 'fts.sqlite').stat().st_size / 1e6:.0f} MB",
        }
    out["chunks"] = {"count": str(sum(len(t) for t in plans.values())), "plans": str(len(plans))}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, help="index of the sample plans (recall)")
    parser.add_argument("--scale-dir", type=Path, help="index folder of a large (bench) corpus (cost)")
    parser.add_argument("--questions", type=Path, default=Path("eval/retrieval_dev.jsonl"))
    args = parser.parse_args()
    report: dict[str, object] = {}
    if args.index_dir:
        report["recall"] = recall(args.index_dir, args.questions)
    if args.scale_dir:
        report["cost"] = cost(args.scale_dir, [str(i["question"]) for i in read_jsonl(args.questions)])
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
