"""gunicorn's settings for `make serve`. Each can be changed from the environment."""

import multiprocessing
import os

bind = os.getenv("BIND", "127.0.0.1:8000")
# Processes, each with threads: a thread waiting for the database (SQLite's write lock, a slow
# query) leaves the others serving. Two processes per core, plus one, by default.
workers = int(os.getenv("WEB_CONCURRENCY", str(multiprocessing.cpu_count() * 2 + 1)))
worker_class = "gthread"
# The app (Django, nltk's model) is loaded once, before the processes fork, and shared by them.
preload_app = True
threads = int(os.getenv("GUNICORN_THREADS", "4"))
# An ingest of the largest article (ARTICLE_MAX_BYTES) extracts for a few seconds.
timeout = int(os.getenv("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Restart each process after this many requests, so a slow leak never grows for long.
max_requests = 5000
max_requests_jitter = 500
accesslog = "-" if os.getenv("ACCESS_LOG", "0").lower() in ("1", "true", "yes", "on") else None
errorlog = "-"
loglevel = os.getenv("GUNICORN_LOG_LEVEL", "info")
# gunicorn's runtime control socket sits at one path per user: several servers on one machine
# (tests, benchmarks, a second site) would take it from each other. Processes are managed by signals.
control_socket_disable = True

