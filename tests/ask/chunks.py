"""A made-up plan chunk for the answer tests (no index: the text is what the test says)."""

from __future__ import annotations

from kfp_assistant.schema import Chunk


def plan_chunk(
    text: str, chunk_id: str = "d:0", section: str = "Avsnitt", pages: list[int] | None = None
) -> Chunk:
    """A chunk of plan `d` (the id's first part) at the id's position, on `pages` (default page 1)."""
    return Chunk(
        chunk_id=chunk_id,
        doc_id=chunk_id.split(":")[0],
        file="plan.pdf",
        position=int(chunk_id.split(":")[1]),
        page_start=1,
        page_end=max(pages or [1]),
        line_pages=pages or [],
        section=section,
        text=text,
        prefix="",
    )
