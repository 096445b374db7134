# Set-up is part of every target: a fresh clone needs only Python 3.11 with pip.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint typecheck corpus ingest eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev,st]"
	touch $(STAMP)

install: $(STAMP)

ingest: install
	$(BIN)/kfp ingest corpus

run: ingest
	$(BIN)/kfp docs

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check kfp_assistant tests scripts

typecheck: install
	$(BIN)/mypy kfp_assistant

test: install lint typecheck
	HF_HUB_OFFLINE=1 ANONYMIZED_TELEMETRY=False $(BIN)/python -m pytest -q -ra

corpus: install
	$(BIN)/python scripts/make_corpus.py

eval: ingest
	$(BIN)/kfp eval retrieval

bench: ingest
	$(BIN)/kfp bench

clean:
	rm -rf $(VENV) indexes/*
