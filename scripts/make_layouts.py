"""Write the layouts corpus: eight plans in layouts unlike the sample plans, for `kfp eval extract`.

Two writers made them blind (without reading the extractor code), each with one generator in
scripts/layouts/: layouts_a.py (four PDFs: unruled tables, two-column pages, numbered-list
activities, a landscape table) and layouts_b.py (two DOCX with merged cells and list activities,
two PDFs with letterheads and an unruled table). Their gold records are in eval/layouts/gold/.

Each generator runs in its own process: both register fonts and font mappings with reportlab's
process-wide registry under their own names, and a shared process would let one change the
other's output. The output is deterministic (reportlab invariant mode, fixed DOCX properties and
zip timestamps), so a rerun gives identical bytes; tests/ingest/test_layouts_corpus.py checks it.

    .venv/bin/python scripts/make_layouts.py              # writes eval/layouts/plans/
    .venv/bin/python scripts/make_layouts.py OUTDIR       # writes elsewhere (used by the tests)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GENERATORS = (HERE / "layouts" / "layouts_a.py", HERE / "layouts" / "layouts_b.py")


def make_layouts(out: Path) -> list[Path]:
    """Run every generator into `out`; returns the files written, sorted."""
    out.mkdir(parents=True, exist_ok=True)
    for generator in GENERATORS:
        subprocess.run([sys.executable, str(generator), str(out)], check=True, stdout=subprocess.DEVNULL)
    return sorted(p for p in out.iterdir() if p.suffix in (".pdf", ".docx"))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "eval" / "layouts" / "plans"
    for path in make_layouts(out):
        print(f"{path.name} {path.stat().st_size}")


if __name__ == "__main__":
    main()
