# Set-up is part of every target: a fresh clone needs only Python 3.11 with pip.
PYTHON ?= python3
# Browser tests drive Debian's Chromium; Playwright's own browser download does not work offline.
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install browser run test lint typecheck corpus ingest eval bench docs-screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev,st]"
	touch $(STAMP)

install: $(STAMP)

browser:
	@[ -x $(CHROMIUM) ] || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium)

ingest: install
	$(BIN)/kfp ingest corpus

run: ingest
	$(BIN)/kfp serve

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check kfp_assistant tests scripts

typecheck: install
	$(BIN)/mypy kfp_assistant

test: install browser lint typecheck
	HF_HUB_OFFLINE=1 ANONYMIZED_TELEMETRY=False $(BIN)/python -m pytest -q -ra

# Refreshes docs/screenshots/*.png and docs/ui_timings.json from the browser tests (which otherwise
# write them to a temporary folder, so that `make test` changes no tracked file).
docs-screenshots: install browser
	KFP_DOCS_OUT=docs HF_HUB_OFFLINE=1 ANONYMIZED_TELEMETRY=False $(BIN)/python -m pytest -q -m browser tests/app/test_ui_browser.py

corpus: install
	$(BIN)/python scripts/make_corpus.py

# Answer latency is measured with the sentence cache filled (the app fills it in the background).
eval: ingest
	$(BIN)/kfp ingest corpus --sentences
	$(BIN)/kfp eval retrieval
	$(BIN)/kfp eval extract
	$(BIN)/kfp eval qa

bench: ingest
	$(BIN)/kfp bench

clean:
	rm -rf $(VENV) indexes/*
