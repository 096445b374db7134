"""`kfp bench`'s add, remove and search phases on an index that exists already (no re-ingest).

`python scripts/bench_phases.py --index-dir DIR --plan FILE [--profile PREFIX] [--phases add,remove,search]`

Run it on a copy of a `kfp bench --plans N --workdir W` index (cp -r W/index DIR), with FILE one
of W/plans (its manifest.csv beside it names its administration and period), e.g. the last one,
which bench adds and removes again. Each phase runs in a child process of its own, as in
`kfp bench`, so its peak memory is that phase's; `--profile P` writes P.<phase>.prof (cProfile,
open with `python -m pstats`). The embedder is the configured one (KFP_EMBEDDINGS=fake for
bench indexes built with it). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import multiprocessing
import time
from pathlib import Path
from typing import Any

from kfp_assistant.evals.bench import _phase_ingest, _phase_remove, _phase_search
from kfp_assistant.evals.retrieval import read_jsonl
from kfp_assistant.settings import Settings


def _profiled(prefix: str, phase: str, target: Any, *args: Any) -> None:
    if not prefix:
        target(*args)
        return
    profile = cProfile.Profile()
    profile.runcall(target, *args)
    profile.dump_stats(f"{prefix}.{phase}.prof")


def _child(prefix: str, phase: str, target: Any, *args: Any) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_profiled, args=(prefix, phase, target, *args, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return dict(result)


def main() -> None:
    """Run the chosen phases and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--plan", type=Path, required=True)
    parser.add_argument("--questions", type=Path, default=Path("eval/retrieval_dev.jsonl"))
    parser.add_argument("--phases", default="add,remove,search")
    parser.add_argument("--profile", default="", help="write cProfile stats to PREFIX.<phase>.prof")
    args = parser.parse_args()
    settings = Settings().model_copy(update={"index_dir": args.index_dir})
    questions = [str(item["question"]) for item in read_jsonl(args.questions)]
    report: dict[str, Any] = {"index_dir": str(args.index_dir), "plan": args.plan.name}
    for phase in args.phases.split(","):
        if phase == "add":
            report["add_one_plan"] = _child(args.profile, phase, _phase_ingest, settings, [str(args.plan)])
        elif phase == "remove":
            report["remove_one_plan"] = _child(args.profile, phase, _phase_remove, settings, args.plan.name)
        elif phase == "search":
            report["search"] = _child(args.profile, phase, _phase_search, settings, questions, time.time())
        else:
            parser.error(f"unknown phase {phase}")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
