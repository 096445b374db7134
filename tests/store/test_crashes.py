"""Fault injection: kill -9 at every step of ingest, --rebuild and remove, then one recovery ingest.

Each run starts from a known index, runs one action in a child process that ends at an injected
crash point (KFP_CRASH_AT, os._exit(137)) or is killed with SIGKILL after a timed delay, checks
that the index it left answers (documents, search, ask), runs one plain ingest, and compares the
result with an index built from nothing: same registry, same chunk ids in Chroma and in the word
index, same records, no stray vectors, collections or builds. The counts are printed at the end.
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PLAN_A, PLAN_B
from tests.store import crashkit

pytestmark = pytest.mark.slow

PLAN_C = """# Kompetensförsörjningsplan 2025

Farsta stadsdelsförvaltning

## Utveckla

Medarbetare erbjuds kompetensutveckling inom digitalisering. Personalomsättningen var 12 %.

## Behålla

Vi arbetar med heltid som norm och friskvårdsbidrag.
"""
PLAN_A2 = PLAN_A + "\n## Attrahera\n\nVi erbjuder sommarjobb för studenter.\n"

# Steps each action passes, with how many times (every occurrence is a crash point of its own).
INGEST_STEPS = {
    "ingest.locked": 1,
    "chroma.batch": 3,
    "records.written": 3,
    "chunks.written": 3,
    "registry.write": 3,
    "registry.committed": 3,
    "sweep.chroma": 1,
    "sweep.files": 1,
    "sweep.done": 1,
    "words.written": 3,
}
UPDATE_STEPS = {
    "records.written": 1,
    "chroma.batch": 1,
    "chunks.written": 1,
    "registry.write": 1,
    "registry.committed": 1,
    "delete.chroma": 1,
    "delete.files": 1,
    "sweep.done": 1,
    "words.written": 1,
}
REBUILD_STEPS = {
    "rebuild.started": 1,
    "chroma.batch": 3,
    "records.written": 3,
    "chunks.written": 3,
    "words.written": 3,
    "rebuild.switch": 1,
    "registry.write": 1,
    "registry.committed": 1,
    "sweep.chroma": 1,
    "sweep.files": 1,
    "sweep.done": 1,
}
REMOVE_STEPS = {
    "remove.locked": 1,
    "registry.write": 1,
    "registry.committed": 1,
    "delete.chroma": 1,
    "delete.files": 1,
    "sweep.done": 0,
}
TIMED_KILLS = 12


def write_plans(folder: Path, first: str = PLAN_A) -> list[str]:
    folder.mkdir(parents=True)
    for name, text in (("a.md", first), ("b.md", PLAN_B), ("c.md", PLAN_C)):
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder)]


def crash_points(steps: dict[str, int]) -> list[str]:
    return [f"{step}:{n}" for step, times in steps.items() for n in range(1, times + 1)]


class Runner:
    """Runs actions in child processes and keeps the counts."""

    def __init__(self, tmp: Path) -> None:
        self.ctx = crashkit.context()
        self.tmp = tmp
        self.counts: dict[str, int] = {}
        self.n = 0

    def clean(self, paths: list[str]) -> dict[str, Any]:
        self.n += 1
        folder = self.tmp / f"clean{self.n}"
        code, out = crashkit.run_child(self.ctx, crashkit.clean_state, (str(folder), paths), self.ctx.Queue())
        assert code == 0 and "state" in out, out
        return out["state"]

    def start_index(self, paths: list[str]) -> Path:
        self.n += 1
        folder = self.tmp / f"start{self.n}"
        code, out = crashkit.run_child(self.ctx, crashkit.clean_state, (str(folder), paths), self.ctx.Queue())
        assert code == 0, out
        return folder

    def crash_and_recover(
        self,
        kind: str,
        start: Path | None,
        action: tuple[str, list[str]],
        crash: str | None,
        recovery: list[str],
        kill_after: float | None = None,
    ) -> dict[str, Any]:
        self.n += 1
        folder = self.tmp / f"run{self.n}"
        if start is not None:
            shutil.copytree(start, folder)
        proc = self.ctx.Process(target=crashkit.act, args=(str(folder), action[0], action[1], crash))
        proc.start()
        if kill_after is not None:
            proc.join(timeout=kill_after)
            if proc.is_alive():
                proc.kill()
        proc.join(timeout=300)
        killed = proc.exitcode in (137, -9)
        if crash is not None:
            assert proc.exitcode == 137, f"{kind} {crash}: the crash point was not reached ({proc.exitcode})"
        key = f"{kind} {'timed kill' if kill_after is not None else 'crash point'}"
        self.counts[key] = self.counts.get(key, 0) + (1 if killed else 0)
        self.counts[f"{kind} completed before the kill"] = self.counts.get(
            f"{kind} completed before the kill", 0
        ) + (0 if killed else 1)
        code, out = crashkit.run_child(self.ctx, crashkit.recover, (str(folder), recovery), self.ctx.Queue())
        assert code == 0 and "error" not in out, f"{kind} {crash or kill_after}: {out}"
        shutil.rmtree(folder, ignore_errors=True)
        return out


def timing(runner: Runner, start: Path | None, action: tuple[str, list[str]]) -> float:
    """How long an action takes here, to spread the timed kills over it."""
    folder = runner.tmp / "timing"
    shutil.rmtree(folder, ignore_errors=True)
    if start is not None:
        shutil.copytree(start, folder)
    proc = runner.ctx.Process(target=crashkit.act, args=(str(folder), action[0], action[1], None))
    began = time.monotonic()
    proc.start()
    proc.join(timeout=300)
    return time.monotonic() - began


def test_kill_at_every_step_leaves_an_index_that_one_ingest_makes_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    runner = Runner(tmp_path)
    rng = random.Random(14)

    # Ingest from nothing.
    docs = write_plans(tmp_path / "ingest")
    clean = runner.clean(docs)
    assert clean["collections"] == 1 and clean["vectors_in_all_collections"] == len(clean["chroma_ids"])
    for crash in crash_points(INGEST_STEPS):
        out = runner.crash_and_recover("ingest", None, ("ingest", docs), crash, docs)
        assert out["state"] == clean, crash

    # A changed file: the new version replaces the old in one commit.
    docs = write_plans(tmp_path / "update")
    start = runner.start_index(docs)
    (tmp_path / "update" / "a.md").write_text(PLAN_A2, encoding="utf-8")
    clean = runner.clean(docs)
    for crash in crash_points(UPDATE_STEPS):
        out = runner.crash_and_recover("update", start, ("ingest", docs), crash, docs)
        assert len(out["readable"]["documents"]) == 3, f"{crash}: never both versions, never none"
        assert out["state"] == clean, crash

    # --rebuild: the old index or the new one, both answering.
    docs = write_plans(tmp_path / "rebuild")
    start = runner.start_index(docs)
    clean = runner.clean(docs)
    for crash in crash_points(REBUILD_STEPS):
        out = runner.crash_and_recover("rebuild", start, ("rebuild", docs), crash, docs)
        assert out["readable"]["documents"] == ["a.md", "b.md", "c.md"] and out["readable"]["hits"], crash
        assert out["state"] == clean, crash

    # remove: the plan is there or gone, never half.
    folder = tmp_path / "remove"
    docs = write_plans(folder)
    start = runner.start_index(docs)
    kept = [str(folder / "a.md"), str(folder / "c.md")]
    with_b, without_b = runner.clean(docs), runner.clean(kept)
    for crash in crash_points(REMOVE_STEPS):
        out = runner.crash_and_recover("remove", start, ("remove", ["b.md"]), crash, kept)
        assert out["state"] in (with_b, without_b), crash
        assert (out["state"] == with_b) == ("b.md" in out["readable"]["documents"]), crash

    # Timed kills at random moments of a rebuild and of an ingest from nothing.
    docs = write_plans(tmp_path / "timed")
    start = runner.start_index(docs)
    clean = runner.clean(docs)
    rebuild_time = timing(runner, start, ("rebuild", docs))
    for _ in range(TIMED_KILLS // 2):
        delay = rng.uniform(0.0, rebuild_time)
        out = runner.crash_and_recover("rebuild", start, ("rebuild", docs), None, docs, kill_after=delay)
        assert out["state"] == clean, delay
    ingest_time = timing(runner, None, ("ingest", docs))
    for _ in range(TIMED_KILLS // 2):
        delay = rng.uniform(0.0, ingest_time)
        out = runner.crash_and_recover("ingest", None, ("ingest", docs), None, docs, kill_after=delay)
        assert out["state"] == clean, delay

    crashed = sum(v for k, v in runner.counts.items() if "completed" not in k)
    with capsys.disabled():
        print(f"\ncrash runs: {crashed} killed, counts {runner.counts}")
    assert crashed >= 50
