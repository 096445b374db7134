"""Store: files in (pipeline.py: load, metadata, chunks, records, one status per file), a committed
index out, and searches over it. index.py is the chunk index: Chroma dense vectors (chroma.py, the
embedding models of embeddings.py), the BM25 word index (lexical.py over per-plan shards.py) and the
record folder, all committed by one registry write (registry.py; upkeep.py repairs and sweeps what
no registered plan refers to). plans.py runs the extractors at ingest and keeps each plan's records
(PlanRecords) as one JSON file. Out: chunks, ranked word and vector hits, and records per plan."""
