"""Ingest: a file -> ParsedDocument (pages of headings, paragraphs, list items and tables in reading
order; loaders.py, with pdf_runs/pdf_grid/pdf_layout for PDFs) -> PlanMeta (metadata.py) -> chunks
(chunking.py)."""
