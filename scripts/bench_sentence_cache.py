"""Answer latency with the sentence cache cold, being filled in the background (as the app does after
it starts), and warm; and whether the answers differ.

`python scripts/bench_sentence_cache.py --index-dir DIR --questions FILE [--modes cold,during,warm]`
works on copies of DIR (an index ingested without `--sentences`, so its sentence cache is cold; DIR is
not changed) and prints, per mode, p50/p95 of the questions' answer times as `kfp eval qa` takes them
(the first 3 asked once before, unmeasured), the questions answered while the fill ran and its time.
`--think S` waits S seconds between questions, as a reader does (default: back to back).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from kfp_assistant.assistant import Assistant
from kfp_assistant.evals.qa import ask_item
from kfp_assistant.evals.retrieval import read_jsonl
from kfp_assistant.settings import Settings


def run(index_dir: Path, items: list[dict[str, Any]], mode: str, think: float = 0.0) -> dict[str, Any]:
    """One mode's latencies and answers, on a fresh copy of the cold index."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "idx"
        shutil.copytree(index_dir, copy)
        assistant = Assistant(Settings(index_dir=copy))
        if mode == "warm":
            assistant.warmer.fill()
        for item in items[:3]:
            assistant.ask(item["question"])
        began = time.perf_counter()
        if mode == "during":
            assistant.warmer.start()
        times, answers, during = [], [], 0
        for item in items:
            started = time.perf_counter()
            answer = ask_item(assistant, item)
            times.append((time.perf_counter() - started) * 1000)
            answers.append((answer.answer, [c.quote for c in answer.citations]))
            during += assistant.warmer.filling
            time.sleep(think)
        assistant.warmer.wait()
        fill = time.perf_counter() - began
    times_sorted = sorted(times)
    return {
        "p50": statistics.median(times),
        "p95": times_sorted[int(0.95 * (len(times) - 1))],
        "answers": answers,
        "during": during,
        "fill": fill,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--questions", type=Path, required=True)
    parser.add_argument("--modes", default="cold,during,warm")
    parser.add_argument("--think", type=float, default=0.0, help="seconds between questions (a reader)")
    args = parser.parse_args()
    items = read_jsonl(args.questions)
    results = {mode: run(args.index_dir, items, mode, args.think) for mode in args.modes.split(",")}
    first_mode = next(iter(results))
    first = results[first_mode]["answers"]
    for mode, r in results.items():
        changed = sum(a != b for a, b in zip(r["answers"], first, strict=True))
        extra = f", {r['during']} questions answered while filling, done after {r['fill']:.1f} s"
        extra = extra if mode == "during" else ""
        print(
            f"{mode:6s} p50 {r['p50']:6.0f} ms  p95 {r['p95']:6.0f} ms  "
            f"answers unlike {first_mode}'s: {changed}{extra}"
        )


if __name__ == "__main__":
    main()
