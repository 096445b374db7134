"""Fuzz test of the ingest: generated plan-like text, Markdown and Word files (tests/ingest/fuzz_inputs.py).

Most inputs go through loader, metadata, plan check and chunking in process, every fifth through
the extractors too; a few hundred go through the whole ingest (`Assistant.ingest`, fake embedder,
real Chroma) in batches that end with a good plan. Every input must be read or refused with one
clear line; no exception may end a batch. KFP_FUZZ_INPUTS sets the in-process count (default
10,000) and KFP_FUZZ_BATCH_INPUTS the whole-ingest count (default 200); the figures are printed
(`pytest tests/ingest/test_fuzz.py -s`).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kfp_assistant.assistant import Assistant
from kfp_assistant.settings import Settings
from tests.conftest import PLAN_A
from tests.ingest.fuzz_inputs import FuzzResult, check_in_process, make_input

IN_PROCESS = int(os.environ.get("KFP_FUZZ_INPUTS", "10000"))
WHOLE_INGEST = int(os.environ.get("KFP_FUZZ_BATCH_INPUTS", "200"))
EXTRACT_EVERY = 5  # the extractors cost four times the rest; every fifth input still meets them
BATCH = 50
pytestmark = pytest.mark.slow


def test_generated_inputs_are_read_or_refused_with_one_line() -> None:
    started = time.perf_counter()
    result = FuzzResult()
    for seed in range(IN_PROCESS):
        check_in_process(make_input(seed, docx_share=0.1), result, extract=seed % EXTRACT_EVERY == 0)
    seconds = time.perf_counter() - started
    print(
        f"\nfuzz in process: {result.inputs} inputs in {seconds:.0f} s: {result.loaded} read, "
        f"{result.refused} refused with one line, {len(result.unexpected)} unexpected errors"
    )
    assert result.inputs == IN_PROCESS
    assert not result.unexpected, "\n".join(result.unexpected[:20])
    assert not result.broken_invariants, "\n".join(result.broken_invariants[:20])
    assert result.loaded > IN_PROCESS // 2, "the generator should make mostly readable files"


def test_whole_ingest_never_aborts_a_batch(tmp_path: Path) -> None:
    settings = Settings(index_dir=tmp_path / "index", embeddings="fake", lock_timeout=5, chunk_max_chars=300)
    assistant = Assistant(settings)
    started = time.perf_counter()
    statuses: dict[str, int] = {}
    # Seeds after the in-process ones, and a third of them Word files.
    seeds = list(range(1_000_000, 1_000_000 + WHOLE_INGEST))
    for start in range(0, len(seeds), BATCH):
        folder = tmp_path / f"batch{start}"
        folder.mkdir()
        files = []
        for seed in seeds[start : start + BATCH]:
            inp = make_input(seed, docx_share=0.3)
            (folder / inp.name).write_bytes(inp.data)
            files.append(folder / inp.name)
        good = folder / "zz-good-plan.md"
        good.write_text(PLAN_A.replace("1 200", f"1 2{start:02d}"), encoding="utf-8")
        report = assistant.ingest([*files, good])  # an exception here is a batch abort: the test fails
        assert [Path(f.file).name for f in report.files] == [p.name for p in [*files, good]]
        assert report.files[-1].status == "ok", report.files[-1]
        for status in report.files:
            statuses[status.status] = statuses.get(status.status, 0) + 1
            if status.status == "failed":
                assert status.message and "\n" not in status.message, status
                assert status.error is not None and status.error.code != "internal_error", status.message
    chunks = assistant.index.store.get(include=[])["ids"]
    assert len(chunks) == len(set(chunks)) == sum(d.chunks for d in assistant.documents())
    print(
        f"\nfuzz whole ingest: {WHOLE_INGEST} inputs in {len(seeds) // BATCH} batches, "
        f"{time.perf_counter() - started:.0f} s, statuses {statuses}, 0 batch aborts"
    )
