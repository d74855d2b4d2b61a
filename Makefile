# Every target sets up the virtual environment first, from the pinned versions in requirements.lock.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
EVAL ?= ../shared/eval

.DEFAULT_GOAL := help
.PHONY: help setup figures test lab evaluate benchmark lock clean

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed -e 's/^## /  /'

$(INSTALLED): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(PY) -m ipykernel install --sys-prefix --name python3 > /dev/null
	touch $@

## setup: create .venv with the pinned dependencies and the analysis package
setup: $(INSTALLED)

## figures: set up, run every notebook on data/ and regenerate figures/
figures: $(INSTALLED)
	$(PY) scripts/run_notebooks.py

## test: set up and run the whole test suite (notebooks included)
test: $(INSTALLED)
	$(PY) -m pytest

## lab: open JupyterLab on the project's environment
lab: $(INSTALLED)
	$(VENV)/bin/jupyter lab notebooks/

## evaluate: print the figures on the external data in $(EVAL) (PolNeAR, VADER NYT, OneStopEnglish)
evaluate: $(INSTALLED)
	$(PY) scripts/evaluate_polnear.py $(EVAL)/polnear/dev
	$(PY) scripts/evaluate_pronouns.py $(EVAL)/polnear/dev
	$(PY) scripts/evaluate_tone.py $(EVAL)/vader-nyt
	$(PY) scripts/evaluate_readability.py $(EVAL)/onestopenglish

## benchmark: articles per second and memory for extraction and attribution
benchmark: $(INSTALLED)
	$(PY) scripts/benchmark.py

## lock: re-pin requirements.lock from pyproject.toml in a fresh environment
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet '.[dev]'
	.lock-venv/bin/pip freeze --exclude analysis > requirements.lock.new && rm -rf .lock-venv
	@echo "review requirements.lock.new, then move it over requirements.lock"

## clean: remove the virtual environment and caches
clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
