# Flagged: `make play` to play, `make test` to test. Both set up .venv on first use.
# `make dist` builds the standalone bundle for this OS into dist/flagged/ (and a zip), by game.freeze.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DIST_STAMP := $(VENV)/.installed-dist

.PHONY: play test lint clean venv dist

play: $(STAMP)
	$(BIN)/python main.py

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

venv: $(STAMP)

dist: $(DIST_STAMP)
	$(BIN)/python -m game.freeze

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when pyproject.toml changed since the last install.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e '.[test]'
	touch $(STAMP)

# The dist extra (PyInstaller) on top of the test one, again only when pyproject.toml changed.
$(DIST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e '.[test,dist]'
	touch $(STAMP) $(DIST_STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
