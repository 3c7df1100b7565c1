# trekmail-client developer commands. `make demo` runs the main job, `make test` runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PRISM := tests/contract/node_modules/.bin/prism
REDOCLY := tests/contract/node_modules/.bin/redocly
# openapi.json (TrekMail's document) with overrides/openapi.overlay.yaml applied: what the SDK is
# built from, linted and tested against (overrides/build/contract.py).
CONTRACT := .build/openapi.json
# make update-spec fetches $(TREKMAIL_BASE_URL)/api/openapi.json, or takes SPEC_FILE=path.
TREKMAIL_BASE_URL ?= https://trekmail.net
SPEC_FILE ?=
BASE ?= HEAD
# make turns every failing recipe into its own exit status 2, so update-spec and api-diff can also
# write their outcome as JSON (STATUS_FILE=path: status applied/unchanged/ok/refused/error,
# exit_code 0/1/2, bump, breaking) and the report alone (REPORT_FILE=path); CI reads those
# (docs/update-spec.md, "Exit status").
STATUS_FILE ?=
REPORT_FILE ?=
STATUS_ARGS = $(if $(STATUS_FILE),--status-file $(STATUS_FILE)) $(if $(REPORT_FILE),--report-file $(REPORT_FILE))

.PHONY: venv install npm redis-server build-contract generate surface update-spec api-diff coverage-doc reference-doc check-drift lint lint-spec typecheck spec unit contract behaviour test demo bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[sandbox,cli,redis,aiohttp,dev]'
	touch $@

venv install: $(VENV)/.installed

$(PRISM): tests/contract/package.json tests/contract/package-lock.json
	cd tests/contract && npm ci --no-audit --no-fund --loglevel=error
	touch $@

npm: $(PRISM)

# The tests of the shared rate limit start a real redis-server on 127.0.0.1 (OS package).
redis-server:
	@command -v redis-server >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; }

generate: install npm
	PATH="$(CURDIR)/$(BIN):$$PATH" $(PY) overrides/build/generate.py

check-drift: install npm
	PATH="$(CURDIR)/$(BIN):$$PATH" $(PY) overrides/build/generate.py --check

surface: install npm
	$(PY) overrides/build/surface.py

update-spec: install npm
	PATH="$(CURDIR)/$(BIN):$$PATH" $(PY) overrides/build/spec_update.py $(if $(SPEC_FILE),--file $(SPEC_FILE),--base-url $(TREKMAIL_BASE_URL)) $(STATUS_ARGS)

api-diff: install npm
	$(PY) overrides/build/api_diff.py --base $(BASE) $(STATUS_ARGS)

coverage-doc: install npm
	$(PY) overrides/build/coverage.py

reference-doc: install npm
	$(PY) overrides/build/reference.py

build-contract: install npm
	$(PY) overrides/build/contract.py

lint-spec: build-contract
	$(REDOCLY) lint $(CONTRACT) --config tests/spec/redocly.yaml --format=stylish

lint: install
	$(BIN)/ruff check --no-cache .
	$(BIN)/ruff format --no-cache --check .

typecheck: install
	$(BIN)/mypy --strict overrides/build $(shell $(PY) overrides/build/generate.py --list-hand-modules) examples bench

spec: install npm
	$(BIN)/pytest -q tests/spec

unit: install npm
	$(BIN)/pytest -q tests/unit

contract: install npm
	$(BIN)/pytest -q tests/contract

# The behaviour suite runs once per HTTP backend (TrekMail's default is read from
# TREKMAIL_HTTP_BACKEND); the unit suite mocks httpx's own transport (respx) and runs once.
# The aiohttp pass leaves out the Schemathesis fuzz, which talks to the sandbox with its own client.
AIOHTTP_PASS := TREKMAIL_HTTP_BACKEND=aiohttp $(BIN)/pytest -q tests/behaviour --ignore=tests/behaviour/test_sandbox_fuzz.py

behaviour: install npm redis-server
	TREKMAIL_HTTP_BACKEND=httpx $(BIN)/pytest -q tests/behaviour
	$(AIOHTTP_PASS)

test: install npm redis-server
	PATH="$(CURDIR)/$(BIN):$$PATH" $(PY) overrides/build/generate.py --check
	$(PY) overrides/build/contract.py
	$(REDOCLY) lint $(CONTRACT) --config tests/spec/redocly.yaml --format=stylish
	$(BIN)/ruff check --no-cache .
	$(BIN)/ruff format --no-cache --check .
	$(BIN)/mypy --strict overrides/build $(shell $(PY) overrides/build/generate.py --list-hand-modules) examples bench
	TREKMAIL_HTTP_BACKEND=httpx $(BIN)/pytest tests
	$(AIOHTTP_PASS)

demo: install
	$(PY) examples/demo.py --csv examples/mailboxes.csv --rate-limit 3000

bench: install
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) tests/contract/node_modules .generate-scratch .build .demo
