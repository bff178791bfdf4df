# Two commands do everything: `make run` (the app with demo data on SQLite) and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup bench worker scheduler

$(VENV)/installed: requirements.txt requirements-dev.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

setup: $(VENV)/installed

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py demo_load
	$(PY) manage.py runserver $(HOST):$(PORT)

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

# The task queue (README "Ingest at scale"): both need CELERY_BROKER_URL, e.g. redis://127.0.0.1:6379/0.
worker: setup
	$(PY) -m celery -A project worker --loglevel=INFO

scheduler: setup
	$(PY) -m celery -A project beat --loglevel=INFO
