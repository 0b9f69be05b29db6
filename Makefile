# Newsarchive: `make run` serves the demo, `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8000

AUDIT_VENV := .venv-audit

.PHONY: run dev static install install-dev browser npm-deps migrate demo index test test-pg audit bench bench-import load wordlist eval-quotes eval-dating fixtures clean

# What a deployment runs: gunicorn (2 workers), static files through whitenoise, DEBUG
# off. The secret key is made once under the data folder when DJANGO_SECRET_KEY is unset.
run: demo static
	@echo "Newsarchive sur http://127.0.0.1:$(PORT)/"
	$(VENV)/bin/gunicorn newsarchive.wsgi --bind 127.0.0.1:$(PORT) --workers 2 \
		--access-logfile - --limit-request-line 8190

# For developers: Django's runserver with autoreload and DEBUG on.
dev: demo
	@echo "Newsarchive (développement, DEBUG) sur http://127.0.0.1:$(PORT)/"
	DJANGO_DEBUG=true $(PY) manage.py runserver 127.0.0.1:$(PORT)

static: install
	$(PY) manage.py collectstatic --noinput --verbosity 0

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements-elasticsearch.txt $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput

# Import is idempotent: a second run reports every file as unchanged.
demo: migrate
	$(PY) manage.py import_articles fixtures/raw
	$(PY) manage.py check_index --fix

index: install
	$(PY) manage.py rebuild_index --noinput

# PYTEST_ARGS narrows or extends a run: PYTEST_ARGS="-x articles/tests/test_indexing.py".
PYTEST_ARGS ?=

test: install-dev browser npm-deps
	$(PY) -m pytest $(PYTEST_ARGS)

# The whole suite on a throw-away PostgreSQL 15 cluster (installed with apt-get if absent).
test-pg: install-dev browser npm-deps
	.ci/with-postgres $(PY) -m pytest $(PYTEST_ARGS)
# Known vulnerabilities in every pin, from PyPI's advisory data (needs to reach it: an
# unreachable source fails the target rather than passing with nothing checked).
audit: $(AUDIT_VENV)/.installed
	$(AUDIT_VENV)/bin/pip-audit --strict --no-deps --disable-pip \
		-r requirements.txt -r requirements-dev.txt -r requirements-audit.txt \
	|| { echo "make audit: pip-audit could not check every pin (see above)."; exit 1; }

$(AUDIT_VENV)/.installed: requirements-audit.txt
	$(PYTHON) -m venv $(AUDIT_VENV)
	$(AUDIT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-audit.txt
	touch $@

# Browser tests drive Debian's Chromium (Playwright never downloads a browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for the browser tests…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# axe-core (pinned in package-lock.json) is injected into pages by the browser tests.
npm-deps: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
		echo "Installing Debian's npm for the accessibility checks…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Speed figures (printed, never asserted): extraction rate, then a synthetic archive of
# BENCH_ARTICLES (10000) through the real import, served by gunicorn beside Datasette.
# The corpus draws its words from Debian's wfrench list.
bench: install wordlist
	-$(PY) bench/bench_extract.py  # its own verdict; the archive bench runs whatever it says
	$(PY) bench/run_bench.py

# 20 readers (locust) for 2 minutes on gunicorn with 2 workers while an import writes:
# requests/s, p50/p95 per kind and errors.
load: install-dev wordlist
	$(PY) bench/load.py

wordlist:
	@test -f /usr/share/dict/french || { \
		echo "Installing Debian's wfrench word list for the benchmark corpus…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wfrench >/dev/null; }

# Import throughput per worker count, and the time and memory of one 2 MB and one 20 MB file.
bench-import: install
	$(PY) bench/bench_import.py --files $${BENCH_IMPORT_FILES:-600}

# Speaker attribution on fixtures/quotes_eval, then on the real set of ../shared/eval-real per half
# when its texts are restored in var/eval-real/texts/ (git-ignored; skipped with a message if absent).
eval-quotes: install
	$(PY) bench/eval_quotes.py

# How often the suggested year of a year-less article is right (fixtures/raw, fixtures/dating_eval).
eval-dating: install
	$(PY) bench/eval_dating.py

# fixtures/demo.json is generated from fixtures/raw, never edited by hand.
fixtures: install
	rm -rf var/fixtures-build
	NEWSARCHIVE_DATA_DIR=var/fixtures-build $(PY) manage.py migrate --noinput --verbosity 0
	NEWSARCHIVE_DATA_DIR=var/fixtures-build $(PY) manage.py import_articles fixtures/raw
	NEWSARCHIVE_DATA_DIR=var/fixtures-build $(PY) manage.py dumpdata articles --exclude articles.pendingupdate --exclude articles.writerlease --indent 1 --output fixtures/demo.json
	rm -rf var/fixtures-build

clean:
	rm -rf var $(AUDIT_VENV) node_modules
