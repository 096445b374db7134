"""Four invented Stockholm plans, written blind in session 27 (writer n), into OUTDIR.

    python layouts_n.py OUTDIR                 # plan files only (eval/layouts/unseen11/plans)
    python layouts_n.py OUTDIR --gold GOLDDIR  # also write gold/*.jsonl

Plans (content lives in layouts_n_*.py next to this script, the writer's plan_*.py and engine.py):
  fastighetskontoret-kfp-2025.pdf, fastighetskontoret-kfp-2026.pdf  (layouts_n_fk.py)
  stockholm-vatten-och-avfall-kfp-2026-2028.pdf                     (layouts_n_svoa.py)
  utbildningsforvaltningen-kfp-2026-2028.docx                       (layouts_n_uf.py)
layouts_n_engine.py is the writer's small canvas layout engine (pages collected as drawing ops, rendered
once the page total is known) and gold helpers: each gold record is emitted by the code that places its
text, so the gold helpers stay in. The gold in eval/layouts/unseen11/gold is what --gold writes, with
"writer": "n" added to every record.
Deterministic: no randomness, invariant PDFs, fixed DOCX core properties and zip timestamps.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # the content modules sit next to this script

import layouts_n_fk as plan_fk
import layouts_n_svoa as plan_svoa
import layouts_n_uf as plan_uf
from layouts_n_engine import Gold


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    out = args[0]
    golddir = None
    if "--gold" in args:
        golddir = args[args.index("--gold") + 1]
    os.makedirs(out, exist_ok=True)
    g = Gold()
    plan_fk.build(2025, out, g)
    plan_fk.build(2026, out, g)
    plan_svoa.build(out, g)
    plan_uf.build(out, g)
    if golddir:
        g.write(golddir)
    for p in g.plans:
        print(p["file"], p["period"])


if __name__ == "__main__":
    main()
