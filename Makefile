# Two commands do everything: `make run` (the app with demo data on SQLite) and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
# What the virtualenv is made from: Debian's CPython 3.11 where it is installed with its venv module (measured here, it
# runs the extractor about 4 % faster than a source build such as pyenv's), else python3 (3.11 or later).
BASE_PYTHON ?= $(shell /usr/bin/python3.11 -c 'import ensurepip, venv' 2>/dev/null && echo /usr/bin/python3.11 || echo python3)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve test setup bench bench-server worker scheduler

$(VENV)/installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(BASE_PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

setup: $(VENV)/installed

# Where the printed links point: this machine answers at 127.0.0.1 when listening everywhere.
SITE_URL ?= http://$(if $(filter 0.0.0.0 ::,$(HOST)),127.0.0.1,$(HOST)):$(PORT)

# The demo shows readers everything the extractor found, marked unreviewed (README: Settings).
run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	SITE_URL=$(SITE_URL) $(PY) manage.py demo_load
	READERS_SEE_UNREVIEWED=1 $(PY) manage.py runserver $(HOST):$(PORT)

# The production server: gunicorn (project/gunicorn.conf.py) with DEBUG=0 and every setting from the
# environment (SECRET_KEY is required; see README, "Production server").
serve: setup
	@test -n "$$SECRET_KEY" || { echo "make serve needs SECRET_KEY in the environment (README: Production server)." >&2; exit 1; }
	DEBUG=0 $(PY) manage.py migrate --noinput
	DEBUG=0 $(PY) manage.py collectstatic --noinput --verbosity 0
	DEBUG=0 BIND=$${BIND:-$(HOST):$(PORT)} CACHE_URL=$${CACHE_URL:-file://$(CURDIR)/.serve-cache} \
		$(VENV)/bin/gunicorn -c project/gunicorn.conf.py project.wsgi

# The whole suite on SQLite; then again on PostgreSQL when POSTGRES_URL names a server
# (.ci/run installs and starts one and sets it).
test: setup
	$(PY) -m pytest
	@if [ -n "$$POSTGRES_URL" ]; then \
		echo "== the suite again on PostgreSQL =="; \
		DATABASE_URL="$$POSTGRES_URL" $(PY) -m pytest; \
	else \
		echo "POSTGRES_URL is not set: skipped the PostgreSQL pass (.ci/run sets it)."; \
	fi

bench: setup
	$(PY) bench/extraction.py
	$(PY) bench/pages.py
	$(PY) bench/api.py

# The production server under load over loopback: 50 connections for 30 s on the list API and a claim
# page, with the demo data and with 100k attributions, then 16 ingests at once under read load.
bench-server: setup
	$(PY) bench/server.py

# The task queue (README "Ingest at scale"): both need CELERY_BROKER_URL, e.g. redis://127.0.0.1:6379/0.
worker: setup
	$(PY) -m celery -A project worker --loglevel=INFO

scheduler: setup
	$(PY) -m celery -A project beat --loglevel=INFO
