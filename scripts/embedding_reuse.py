"""How much of a new version of a plan the embedding cache reuses, and how much any exact-text cache could.

`python scripts/embedding_reuse.py OLD NEW [--embeddings fake]` ingests OLD, then NEW, into a temporary
index and prints: NEW's chunks, how many were embedded and how many came from the cache, and two upper
bounds on reuse by exact text, whatever the chunking: the share of NEW's lines and of its sentences
(by characters) that occur word for word in OLD. A chunk can only be reused when all of its text is
unchanged, so when few sentences are, no chunking (however stable its boundaries) reuses much.
It also prints how close each new chunk comes to its nearest old chunk (word-sequence similarity,
difflib's ratio): the bound on reuse even for a cache that accepted near-copies (a vector for "almost
the same text"), which would trade exactness for reuse.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import statistics
import tempfile
from pathlib import Path

from kfp_assistant.assistant import Assistant
from kfp_assistant.settings import Settings

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_SPACE = re.compile(r"\s+")


def sentences(text: str) -> list[str]:
    """The text's sentences, whitespace collapsed."""
    return [s.strip() for s in _SENTENCE.split(_SPACE.sub(" ", text)) if s.strip()]


def share_seen(pieces: list[str], seen: set[str]) -> float:
    """Share of the pieces' characters in pieces that occur in seen."""
    total = sum(len(p) for p in pieces) or 1
    return round(sum(len(p) for p in pieces if p in seen) / total, 3)


def nearest_similarity(new: list[str], old: list[str]) -> list[float]:
    """For each new text, the word-sequence similarity (0..1) of the most similar old text."""
    old_words = [o.split() for o in old]
    best = []
    for text in new:
        words = text.split()
        ratios = (difflib.SequenceMatcher(None, words, o, autojunk=False).ratio() for o in old_words)
        best.append(max(ratios, default=0.0))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--embeddings", default="fake", help="KFP_EMBEDDINGS (same counts)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kfp-reuse-") as tmp:
        assistant = Assistant(Settings(index_dir=Path(tmp), embeddings=args.embeddings))
        assistant.ingest([args.old])
        report = assistant.ingest([args.new])
        docs = {d.path: d.doc_id for d in assistant.index.documents()}
        old = assistant.index.chunks_of(docs[str(args.old)])
        new = assistant.index.chunks_of(docs[str(args.new)])
    old_text = "\n".join(c.text for c in old)
    new_text = "\n".join(c.text for c in new)
    new_lines = [line.strip() for line in new_text.splitlines() if line.strip()]
    result = {
        "new_chunks": len(new),
        "embedded": report.embedded,
        "reused": report.embeddings_reused,
        "reused_share": round(report.embeddings_reused / max(len(new), 1), 3),
        "chunk_texts_unchanged": len({c.text for c in new} & {c.text for c in old}),
        "lines_unchanged_share": share_seen(new_lines, {line.strip() for line in old_text.splitlines()}),
        "sentences_unchanged_share": share_seen(sentences(new_text), set(sentences(old_text))),
    }
    nearest = nearest_similarity([c.text for c in new], [c.text for c in old])
    result["nearest_old_chunk_similarity_median"] = round(statistics.median(nearest), 2) if nearest else 0.0
    result["chunks_at_least_90_percent_similar"] = sum(s >= 0.9 for s in nearest)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
