"""Evals: the eval sets (eval/*.jsonl, eval/gold/) and an Assistant in, scored reports out (figures,
not pass/fail tests). retrieval.py (recall@k and MRR of hybrid against a naive baseline), qa.py
(answers right with the right citation, unanswerable questions declined), extraction.py (records
against the gold), evidence_fit.py (fits the evidence model of ask/evidence.py) and bench.py (a
synthetic corpus ingested and searched: time and memory)."""
