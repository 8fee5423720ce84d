# Digitale JobGroup. The two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Every package of `.[dev]` at an exact version with its hashes: two installs a month apart
# are the same. `make lock` writes it from pyproject.toml.
LOCK := requirements.lock
PIP_VERSION := 26.3
PIP_TOOLS := pip-tools==7.6.2
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install lock run test test-fast lint format check browser messages bench bench-quick bench-media clean

$(STAMP): pyproject.toml $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "pip==$(PIP_VERSION)"
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

## Write requirements.lock again after a change to the dependencies in pyproject.toml. Versions
## already locked stay; `make lock UPGRADE=1` moves every package to the newest that
## pyproject.toml allows (then run the whole suite before committing the new lock).
## pip-compile runs from a throwaway venv, so .venv keeps exactly what the lock says.
lock:
	@tools=$$(mktemp -d) && trap 'rm -rf "$$tools"' EXIT && \
	$(PYTHON) -m venv "$$tools" && \
	"$$tools/bin/python" -m pip install --quiet "pip==$(PIP_VERSION)" "$(PIP_TOOLS)" && \
	CUSTOM_COMPILE_COMMAND="make lock" "$$tools/bin/pip-compile" --quiet --extra dev \
		--generate-hashes --strip-extras --no-emit-index-url --no-emit-find-links \
		$(if $(UPGRADE),--upgrade) --output-file $(LOCK) pyproject.toml

## Serve the platform with demo data on http://127.0.0.1:8000 (SQLite, in-memory channel layer):
## the web process, the task worker (queued e-mail goes out, printed in this terminal unless
## EMAIL_HOST is set), the scheduler (daily jobs), and the Janus media server for voice when Janus
## is installed (or can be: apt-get). `make run PORT=8080`; SITE_URL follows. Ctrl-C stops all.
run: export DJANGO_SETTINGS_MODULE = jobgroup_platform.settings.dev
run: install
	@scripts/ensure-janus.sh
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	@scripts/run-dev.sh $(BIN) $(HOST) $(PORT)

## The whole suite, browser tests included.
test: install browser
	$(BIN)/python -m pytest

## Everything but the browser tests.
test-fast: install
	$(BIN)/python -m pytest -m "not browser"

## Chromium for the browser tests (Debian's package; Playwright's own download is not used).
browser:
	@scripts/ensure-chromium.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## Django's own checks: system checks, migrations in sync, deploy checks of production settings.
check: install
	DJANGO_SETTINGS_MODULE=jobgroup_platform.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=jobgroup_platform.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

## Regenerate and compile the translation files (needs gettext).
messages: install
	DJANGO_SETTINGS_MODULE=jobgroup_platform.settings.dev $(BIN)/python manage.py makemessages -l en --no-obsolete --ignore ".venv/*" --ignore "tests/*" --ignore "bench/*" --ignore "test-artifacts/*" --ignore "scripts/*" --ignore "deploy/*"
	DJANGO_SETTINGS_MODULE=jobgroup_platform.settings.dev $(BIN)/python manage.py compilemessages --ignore ".venv/*"

## Benchmarks (loopback only, bounded in time): every figure of docs/performance.md, about
## 75 minutes on 2 cores (the soak alone is 30). Needs wrk (apt); PostgreSQL and Redis runs use
## BENCH_DATABASE_URL / BENCH_REDIS_URL. `make bench-quick` is the first block only (~10 min).
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/jobgroup
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/0
bench-quick: install
	@command -v wrk >/dev/null || apt-get install -y -qq wrk
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	$(BIN)/python bench/pages.py --seconds 8 --connections 1,10,50
	$(BIN)/python bench/live_fanout.py --meetings 10 --seconds 20
	$(BIN)/python bench/live_fanout.py --meetings 10 --seconds 20 --rate stress
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/live_fanout.py --meetings 10 --seconds 20 --redis --redis-url $(BENCH_REDIS_URL)
	$(BIN)/python bench/targets.py

bench: bench-quick
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/pages.py --seconds 8 --connections 1,10,50 --db-pool
	$(BIN)/python bench/pages.py --seconds 8 --connections 1,10,50 --server gunicorn
	$(BIN)/python bench/growth.py --meetings 10,50,100,250,500 --seconds 20
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/live_fanout.py --meetings 100 --seconds 20 --redis --redis-url $(BENCH_REDIS_URL)
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/reconnect_storm.py --meetings 100
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/soak.py --minutes 30 --meetings 100
	$(MAKE) bench-media
	$(BIN)/python bench/targets.py

## Janus' CPU, memory and bandwidth per participant (2, 6, 13 people; audio-only and video), in a
## network namespace the bench makes (root, janus, Chromium); ~6 minutes. docs/performance.md.
bench-media: install browser
	@scripts/ensure-janus.sh
	$(BIN)/python bench/media.py
	$(BIN)/python bench/media.py --modes audio --sizes 13 --talking 1

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles .test-db.sqlite3 .test-media .media
