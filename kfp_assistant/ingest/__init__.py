"""Ingest: a file -> ParsedDocument -> PlanMeta -> chunks. files.py reads the bytes safely and within
limits; loaders.py turns PDF, DOCX, text and Markdown into pages of headings, paragraphs, list items
and tables in reading order (pdf_runs.py, pdf_grid.py and pdf_layout.py for PDF lines, tables without
ruling lines and page assembly; text_layout.py for text and Markdown; lines.py for bullets and
broken lines); metadata.py and plan_owner.py find administration, period and title from the content
(a manifest may override); chunking.py cuts the pages into section-aware chunks. Storing them is the
store stage's (store/pipeline.py runs the whole ingest)."""
