"""The layouts corpus (eval/layouts/plans) is what scripts/make_layouts.py writes, byte for byte."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "eval" / "layouts" / "plans"
GOLD = ROOT / "eval" / "layouts" / "gold"
UNSEEN = ROOT / "eval" / "layouts" / "unseen"


def test_regenerating_the_layouts_corpus_gives_identical_bytes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_layouts", ROOT / "scripts" / "make_layouts.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_layouts"] = module
    spec.loader.exec_module(module)
    written = module.make_layouts(tmp_path / "out")
    kept = sorted(p for p in PLANS.iterdir() if p.suffix in (".pdf", ".docx"))
    assert [p.name for p in written] == [p.name for p in kept] and len(kept) == 8
    for new, old in zip(written, kept, strict=True):
        assert new.read_bytes() == old.read_bytes(), f"{old.name} differs: run scripts/make_layouts.py"


def test_every_gold_record_names_a_plan_of_the_corpus() -> None:
    files = {p.name for p in PLANS.iterdir()}
    plans = [json.loads(line) for line in (GOLD / "plans.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {p["file"] for p in plans} == files
    for kind in ("activities", "figures", "gaps"):
        records = [json.loads(x) for x in (GOLD / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert records and all(r["file"] in files for r in records)
        assert len({(r["writer"], r["id"]) for r in records}) == len(records)  # ids unique per writer


@pytest.mark.parametrize(
    ("scripts", "folder", "count"),
    [
        (("layouts_c.py",), "unseen", 2),
        (("layouts_d.py",), "unseen2", 1),
        (("layouts_e.py", "layouts_f.py"), "unseen3", 4),
        (("layouts_g.py",), "unseen4", 2),
        (("layouts_h.py",), "unseen5", 2),
        (("layouts_i.py",), "unseen6", 2),
        (("layouts_j.py",), "unseen7", 3),
        (("layouts_k.py",), "unseen8", 3),
        (("layouts_l.py",), "unseen9", 3),
        (("layouts_m.py",), "unseen10", 4),
        (("layouts_n.py",), "unseen11", 4),
        (("layouts_o.py", "layouts_p.py"), "unseen12", 6),
    ],
)
def test_the_unseen_plans_regenerate_to_identical_bytes_and_their_gold_names_them(
    tmp_path: Path, scripts: tuple[str, ...], folder: str, count: int
) -> None:
    for script in scripts:  # each in its own process: reportlab's font registry is process-wide
        generator = ROOT / "scripts" / "layouts" / script
        subprocess.run([sys.executable, str(generator), str(tmp_path)], check=True, stdout=subprocess.DEVNULL)
    kept = sorted(p for p in (UNSEEN.parent / folder / "plans").iterdir())
    assert [p.name for p in sorted(tmp_path.iterdir())] == [p.name for p in kept] and len(kept) == count
    for old in kept:
        assert (tmp_path / old.name).read_bytes() == old.read_bytes(), f"{old.name} differs"
    for kind in ("plans", "activities", "figures", "gaps"):
        lines = (UNSEEN.parent / folder / "gold" / f"{kind}.jsonl").read_text("utf-8").splitlines()
        records = [json.loads(x) for x in lines]
        assert records and {r["file"] for r in records} <= {p.name for p in kept}
