# Newsarchive: `make run` serves the demo, `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8000

.PHONY: run install install-dev browser migrate demo index test bench eval-quotes eval-dating fixtures clean

run: demo
	@echo "Newsarchive sur http://127.0.0.1:$(PORT)/"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput

# Import is idempotent: a second run reports every file as unchanged.
demo: migrate
	$(PY) manage.py import_articles fixtures/raw
	$(PY) manage.py update_index --remove --verbosity 0

index: install
	$(PY) manage.py rebuild_index --noinput

test: install-dev browser
	$(PY) -m pytest

# Browser tests drive Debian's Chromium (Playwright never downloads a browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for the browser tests…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Speed figures (printed, never asserted): extraction rate and page latency at scale.
bench: install
	$(PY) bench/bench_extract.py
	$(PY) bench/bench_search.py --articles $${BENCH_ARTICLES:-5000}

# Precision and recall of speaker attribution on fixtures/quotes_eval.
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
	rm -rf var
