"""Figures asked against their target: "Klarade de sjukfrånvaromålet 2023?", "Nådde nämnden målet för
personalomsättningen?". The figure alone does not say whether the target was met; the plan's sentence
stating the target, shown beside it, does.

In: the question, the passages retrieved, the figures shown and the answer text so far. Out: the
sentences stating a target for a shown figure's metric, in the shown figures' plans.
"""

from __future__ import annotations

from kfp_assistant.ask.extractive import Passage
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.metrics import metric_pattern
from kfp_assistant.sv.targets import names_target

_MAX_TARGETS = 2  # one target sentence per plan is usual; two plans' at most


def target_sentences(passages: list[Passage], figures: list[KeyFigure], shown_text: str) -> list[Passage]:
    """Retrieved sentences of the shown figures' plans that state a target for their metric ("Målet för
    sjukfrånvaron har under 2023 varit 6,5 %"), best first, those already shown left out."""
    pattern = metric_pattern(sorted({f.metric for f in figures}))
    plans = {f.doc_id for f in figures}
    found: list[Passage] = []
    for p in sorted(passages, key=lambda p: p.score, reverse=True):
        if p.chunk.doc_id not in plans or p.text in shown_text or not names_target(p.text):
            continue
        if pattern is not None and not pattern.search(p.text):
            continue  # the target of another figure
        if all(p.text != q.text for q in found):
            found.append(p)
    return found[:_MAX_TARGETS]
