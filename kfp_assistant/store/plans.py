"""The structured store: activities, key figures, gaps and table cells per plan, beside the chunk index.

Records are extracted at ingest (see `extract_records`), written to
<index_dir>/plans/<doc_id>.json before the plan is registered in the chunk
index, and removed with it. Every record carries file, page and a quote; a
record whose quote is not on its page is dropped and counted, never stored.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from langchain_core.embeddings import Embeddings

from kfp_assistant.extract.activities import NO_TABLE_WARNING, extract_activities
from kfp_assistant.extract.cells import extract_cells
from kfp_assistant.extract.figures import extract_figures
from kfp_assistant.extract.gaps import extract_gaps
from kfp_assistant.extract.prose import fill_activities
from kfp_assistant.ingest.loaders import normalize_for_match
from kfp_assistant.schema import (
    Activity,
    Gap,
    KeyFigure,
    ParsedDocument,
    PlanMeta,
    PlanRecords,
    TableCell,
    UbaraArea,
)
from kfp_assistant.sv.areas import areas_in

if TYPE_CHECKING:  # importing it pulls in LangSmith's tracing, about a second of every start
    from langchain_core.language_models import BaseChatModel


def quote_on_page(quote: str, page_text: str, normalized: bool = False) -> bool:
    """Whether the quote occurs on the page, up to whitespace (PDF text wraps where a quote may not).

    `normalized`: page_text has been through normalize_for_match already (done once per page when
    many records are checked against the same pages)."""
    q = normalize_for_match(quote)
    return bool(q) and q in (page_text if normalized else normalize_for_match(page_text))


def extract_records(
    doc: ParsedDocument,
    meta: PlanMeta,
    llm: BaseChatModel | None = None,
    embeddings: Embeddings | None = None,
) -> PlanRecords:
    """Run every extractor on one parsed plan and keep only records whose quote is on their page.

    ``embeddings`` reads activity-table headers that no role word names (extract.roles)."""
    started = time.perf_counter()
    activities, warnings = extract_activities(doc, meta, embeddings)
    if llm is not None:
        added, prose_warnings = fill_activities(llm, doc, meta, activities)
        if added:
            order = {p.number: i for i, p in enumerate(doc.pages)}
            activities = sorted(activities + added, key=lambda a: order.get(a.page, 0))
        warnings = [w for w in warnings if NO_TABLE_WARNING not in w or not added] + prose_warnings
    figures = extract_figures(doc, meta)
    gaps = extract_gaps(doc, meta)
    cells = extract_cells(doc, meta)
    pages = {p.number: normalize_for_match(p.text) for p in doc.pages}
    kept: dict[str, list[Any]] = {}
    dropped = 0
    kinds: tuple[tuple[str, list[Any]], ...] = (
        ("activities", activities),
        ("figures", figures),
        ("gaps", gaps),
        ("cells", cells),
    )
    for name, records in kinds:
        ok = [r for r in records if quote_on_page(r.quote, pages.get(r.page, ""), normalized=True)]
        dropped += len(records) - len(ok)
        kept[name] = ok
    if dropped:
        warnings.append(
            f"{doc.file}: {dropped} extracted records dropped because their quote was not on their page"
        )
    return PlanRecords(
        doc_id=doc.doc_id,
        file=doc.file,
        administration=meta.administration,
        period=meta.period,
        activities=kept["activities"],
        figures=kept["figures"],
        gaps=kept["gaps"],
        cells=kept["cells"],
        warnings=warnings,
        dropped_unquoted=dropped,
        seconds=round(time.perf_counter() - started, 3),
    )


class PlanStore:
    """One JSON file per plan in the index's record folder; reads are cached per process.

    `folder` is a path or a function returning the folder of the index's current build (which
    changes when the index is rebuilt)."""

    def __init__(self, folder: Path | Callable[[], Path]) -> None:
        self._folder = folder
        self._cache: dict[tuple[Path, str], PlanRecords] = {}

    @property
    def dir(self) -> Path:
        """Where the records of the current build are."""
        return self._folder() if callable(self._folder) else self._folder

    def put(self, records: PlanRecords) -> None:
        """Write one plan's records atomically (temporary file, then rename) and cache them."""
        self.dir.mkdir(parents=True, exist_ok=True)
        target = self.dir / f"{records.doc_id}.json"
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_text(records.model_dump_json(), encoding="utf-8")
        os.replace(tmp, target)
        self._cache[(self.dir, records.doc_id)] = records

    def remove(self, doc_id: str) -> None:
        """Delete one plan's records."""
        (self.dir / f"{doc_id}.json").unlink(missing_ok=True)
        self._cache.pop((self.dir, doc_id), None)

    def sweep(self, registered: set[str]) -> None:
        """Drop records of plans that never got registered (an interrupted ingest)."""
        if self.dir.exists():
            for path in self.dir.glob("*.json"):
                if path.stem not in registered:
                    self.remove(path.stem)

    def get(self, doc_id: str) -> PlanRecords | None:
        """One plan's records, or None when none are stored."""
        key = (self.dir, doc_id)
        if key not in self._cache:
            try:
                data = json.loads((key[0] / f"{doc_id}.json").read_text(encoding="utf-8"))
            except FileNotFoundError:
                return None
            self._cache[key] = _with_areas(PlanRecords(**data))
        return self._cache[key]

    def all(self, doc_ids: list[str]) -> list[PlanRecords]:
        """Records of the given plans, in the given order (missing ones skipped)."""
        return [r for r in (self.get(d) for d in doc_ids) if r is not None]


def _with_areas(records: PlanRecords) -> PlanRecords:
    """Records whose activities have their areas read from the area cell where an older extraction
    left them out (area cells in a legend's letters, "U/B"), so stored plans need no new ingest; with no
    area cell, from a field under a header no role names whose value is wholly areas ("Steg | Behålla",
    "Fas | Utveckla och introducera")."""
    for activity in records.activities:
        if not activity.area:
            activity.area = next((v for v in activity.extra.values() if _only_areas(v)), None)
        if not activity.areas and activity.area:
            activity.areas = cast(list[UbaraArea], areas_in(activity.area))
    return records


_AREA_CELL_PARTS = re.compile(r"\s*(?:[/,&+]|\boch\b)\s*", re.IGNORECASE)
_AREA_CELL_WORDS = 2  # of one part: "Attrahera", "Attrahera och rekrytera", not a sentence


def _only_areas(value: str) -> bool:
    """Whether a cell names areas and nothing else ("Behålla", "Utveckla/Behålla", "Utveckla och
    introducera"), not a sentence holding an area's word ("Behålla erfarna medarbetare")."""
    parts = [p for p in _AREA_CELL_PARTS.split(value.strip()) if p]
    return bool(parts) and all(len(p.split()) <= 1 and areas_in(p) for p in parts)


def activities_of(records: list[PlanRecords]) -> list[Activity]:
    """Every activity of the given plans, plan by plan in document order."""
    return [a for r in records for a in r.activities]


def figures_of(records: list[PlanRecords]) -> list[KeyFigure]:
    """Every key figure of the given plans, plan by plan in document order."""
    return [f for r in records for f in r.figures]


def gaps_of(records: list[PlanRecords]) -> list[Gap]:
    """Every gap of the given plans, plan by plan in document order."""
    return [g for r in records for g in r.gaps]


def cells_of(records: list[PlanRecords]) -> list[TableCell]:
    """Every table cell of the given plans, plan by plan in document order."""
    return [c for r in records for c in r.cells]
