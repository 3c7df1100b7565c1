# trekmail-client developer commands. `make demo` runs the main job, `make test` runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PRISM := tests/contract/node_modules/.bin/prism
REDOCLY := tests/contract/node_modules/.bin/redocly

.PHONY: venv install npm redis-server generate coverage-doc reference-doc check-drift lint lint-spec typecheck spec unit contract behaviour test demo bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[sandbox,cli,redis,dev]'
	touch $@

venv install: $(VENV)/.installed

$(PRISM): tests/contract/package.json tests/contract/package-lock.json
	cd tests/contract && npm ci --no-audit --no-fund --loglevel=error
	touch $@

npm: $(PRISM)

# The tests of the shared rate limit start a real redis-server on 127.0.0.1 (OS package).
redis-server:
	@command -v redis-server >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; }

generate: install
	PATH="$(CURDIR)/$(BIN):$$PATH" $(PY) overrides/build/generate.py

check-drift: install
	PATH="$(CURDIR)/$(BIN):$$PATH" $(PY) overrides/build/generate.py --check

coverage-doc: install
	$(PY) overrides/build/coverage.py

reference-doc: install
	$(PY) overrides/build/reference.py

lint-spec: npm
	$(REDOCLY) lint openapi.json --config tests/spec/redocly.yaml --format=stylish

lint: install
	$(BIN)/ruff check --no-cache .
	$(BIN)/ruff format --no-cache --check .

typecheck: install
	$(BIN)/mypy --strict overrides/build $(shell $(PY) overrides/build/generate.py --list-hand-modules) examples bench

spec: install
	$(BIN)/pytest -q tests/spec

unit: install
	$(BIN)/pytest -q tests/unit

contract: install npm
	$(BIN)/pytest -q tests/contract

behaviour: install redis-server
	$(BIN)/pytest -q tests/behaviour

test: install npm redis-server
	PATH="$(CURDIR)/$(BIN):$$PATH" $(PY) overrides/build/generate.py --check
	$(REDOCLY) lint openapi.json --config tests/spec/redocly.yaml --format=stylish
	$(BIN)/ruff check --no-cache .
	$(BIN)/ruff format --no-cache --check .
	$(BIN)/mypy --strict overrides/build $(shell $(PY) overrides/build/generate.py --list-hand-modules) examples bench
	$(BIN)/pytest tests

demo: install
	$(PY) examples/demo.py --csv examples/mailboxes.csv --rate-limit 3000

bench: install
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) tests/contract/node_modules .generate-scratch .demo
