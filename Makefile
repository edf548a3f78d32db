# khronika: `make demo` builds the chronicle of the bundled sample, `make test` runs the tests.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := out/demo.db

.PHONY: install demo test golden lint clean lock

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -c requirements.lock -e '.[test]'
	touch $(STAMP)

demo: install
	mkdir -p out
	$(BIN)/khronika ingest samples/seeds --db $(DEMO_DB)
	$(BIN)/khronika export --db $(DEMO_DB) -o out/demo.jsonl
	$(BIN)/khronika show --db $(DEMO_DB)
	$(BIN)/khronika formats --db $(DEMO_DB)

test: install
	bash scripts/ensure_postgres.sh
	bash scripts/ensure_chromium.sh
	$(BIN)/ruff check khronika tests bench fuzz
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check khronika tests bench fuzz

# Rebuild the export snapshots of tests/golden/ and print what changed.
golden: install
	$(BIN)/python -m tests.golden

# Re-pin every installed package (run after changing pyproject.toml's dependencies).
lock:
	$(BIN)/pip freeze --exclude-editable | grep -v '^-e' > requirements.lock

clean:
	rm -rf $(VENV) out .pytest_cache
