# Centrum voor Lokaal Bestuur: one Makefile for running, testing and checking the site.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install run migrate demo test engine lint check bench bench-sqlite bench-postgres loadtest loadtest-mixed lexicon clean

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml constraints.txt package.json package-lock.json
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required (found %d.%d)" % sys.version_info[:2])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet -c constraints.txt ".[dev]"
	@# axe-core for the browser tests' accessibility checks; without npm they skip.
	if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the browser tests' accessibility checks will skip"; fi
	touch $(INSTALLED)

install: $(INSTALLED) ## Create .venv and install the pinned dependencies

migrate: install ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

demo: migrate ## Load the demo content (pages, reference data, events, motions, accounts)
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py reconcile_index

run: demo ## Install, migrate, load the demo content and serve on http://127.0.0.1:8000
	$(BIN)/python manage.py runserver 127.0.0.1:8000

TEST_WORKERS ?= 2

test: install ## Run the whole test suite (PostgreSQL when DATABASE_URL is set)
	$(BIN)/python -m pytest -m "not browser" -n $(TEST_WORKERS)
	$(BIN)/python -m pytest -m browser tests/browser

engine: install ## The search over the wire against osmem-server, OpenSearch 3 and 2 (as CI)
	bash .ci/engine

lint: install ## Ruff, and the import contracts of the layers (lint-imports)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

check: install ## Django checks, including migrations and the production deploy check
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
	SECRET_KEY=check-deploy-dummy-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz \
	ALLOWED_HOSTS=clb.example.org DATABASE_URL=postgres://clb@db.example.invalid:5432/clb \
	WAGTAILADMIN_BASE_URL=https://clb.example.org \
	CACHE_URL=redis://127.0.0.1:6379/1 PAGE_CACHE_URL=redis://127.0.0.1:6379/2 \
	$(BIN)/python manage.py check --deploy --fail-level WARNING --settings=clbsite.settings.production

BENCH_MOTIONS ?= 100000
BENCH_SQLITE := sqlite:///$(CURDIR)/.bench/bench-$(BENCH_MOTIONS).sqlite3
BENCH_POSTGRES ?= postgres://postgres@127.0.0.1:5432/clb_bench_$(BENCH_MOTIONS)
BENCH_ARGS ?=

bench: bench-sqlite bench-postgres ## Search benchmark (BENCH_MOTIONS=100000) on SQLite and PostgreSQL; writes docs/benchmarks.md

bench-sqlite: install
	mkdir -p .bench
	DATABASE_URL=$(BENCH_SQLITE) $(BIN)/python manage.py migrate --noinput -v0
	DATABASE_URL=$(BENCH_SQLITE) $(BIN)/python manage.py benchmark_search --motions $(BENCH_MOTIONS) --reuse $(BENCH_ARGS)

bench-postgres: install
	$(BIN)/python -c "import psycopg, sys; u = sys.argv[1]; base, name = u.rsplit('/', 1); c = psycopg.connect(base + '/postgres', autocommit=True); c.execute('SELECT 1 FROM pg_database WHERE datname = %s', [name]).fetchone() or c.execute('CREATE DATABASE ' + name)" $(BENCH_POSTGRES)
	DATABASE_URL=$(BENCH_POSTGRES) $(BIN)/python manage.py migrate --noinput -v0
	DATABASE_URL=$(BENCH_POSTGRES) $(BIN)/python manage.py benchmark_search --motions $(BENCH_MOTIONS) --reuse $(BENCH_ARGS)

.PHONY: relevance
RELEVANCE_SQLITE := sqlite:///$(CURDIR)/.relevance/relevance.sqlite3
RELEVANCE_POSTGRES ?= postgres://postgres@127.0.0.1:5432/clb_relevance

relevance: install ## Dutch search relevance (tests/relevance): recall@20, nDCG@10, misses on SQLite and PostgreSQL
	mkdir -p .relevance
	DATABASE_URL=$(RELEVANCE_SQLITE) $(BIN)/python manage.py migrate --noinput -v0
	DATABASE_URL=$(RELEVANCE_SQLITE) $(BIN)/python tools/relevance/run.py measure --out .relevance/sqlite.json
	$(BIN)/python -c "import psycopg, sys; u = sys.argv[1]; base, name = u.rsplit('/', 1); c = psycopg.connect(base + '/postgres', autocommit=True); c.execute('SELECT 1 FROM pg_database WHERE datname = %s', [name]).fetchone() or c.execute('CREATE DATABASE ' + name)" $(RELEVANCE_POSTGRES)
	DATABASE_URL=$(RELEVANCE_POSTGRES) $(BIN)/python manage.py migrate --noinput -v0
	DATABASE_URL=$(RELEVANCE_POSTGRES) $(BIN)/python tools/relevance/run.py measure --out .relevance/postgres.json
	$(BIN)/python tools/relevance/run.py report .relevance/sqlite.json .relevance/postgres.json

loadtest: install ## Pages under load: gunicorn + Locust, per page, vs a bare view; writes docs/benchmarks.md
	$(BIN)/python -m tools.loadtest.run

loadtest-mixed: install ## 50 clients for 2 minutes: visitors, members searching and uploading
	$(BIN)/python -m tools.loadtest.run --mixed

lexicon: install ## Regenerate search/analysis/data/lexicon-nl.tsv from wordfreq's Dutch list
	$(BIN)/python -m tools.lexicon

clean: ## Remove the virtualenv, the SQLite database and test artefacts
	rm -rf $(VENV) db.sqlite3 .test-media test-artifacts .bench .loadtest
