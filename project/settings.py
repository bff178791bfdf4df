"""Settings for the attribution tracker.

Every value can be set from the environment; the defaults are for development
on SQLite. Production sets DEBUG=0, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name, default):
    value = os.getenv(name, default)
    return value.lower() in ("1", "true", "yes", "on")


def envint(name, default):
    return int(os.getenv(name, default))


def envlist(name, default):
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


DEVELOPMENT_SECRET_KEY = "development-only-secret-key-do-not-use-in-production"

DEBUG = envbool("DEBUG", "1")
# An empty SECRET_KEY in the environment counts as unset.
SECRET_KEY = os.getenv("SECRET_KEY", "").strip() or DEVELOPMENT_SECRET_KEY
if not DEBUG and SECRET_KEY == DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured("DEBUG=0 needs a real SECRET_KEY in the environment.")

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "axes",
    "attribution",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "attribution.middleware.ReaderPagesContentSecurityPolicyMiddleware",
    "attribution.middleware.ReaderPagesThrottleMiddleware",
    "attribution.middleware.ReaderPagesCacheMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Admin logins lock out after AXES_FAILURE_LIMIT wrong passwords for one username from one client
# address (identified as the throttles do, see NUM_PROXIES), for AXES_COOLOFF_HOURS; a right
# password then fails too. `manage.py axes_reset_username NAME` unlocks at once (README).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", "5")
AXES_COOLOFF_TIME = float(os.getenv("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "attribution.throttles.client_address"
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_VERBOSE = False

ROOT_URLCONF = "project.urls"
WSGI_APPLICATION = "project.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "attribution.context_processors.reading",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=envint("DB_CONN_MAX_AGE", "0")
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A writer takes SQLite's lock when its transaction begins and waits up to SQLITE_BUSY_TIMEOUT
    # seconds for it, rather than failing with "database is locked" halfway through. Writers queue
    # for that one lock: 16 ingests at once under read load queued up to 80 s on a busy 2-core
    # machine (bench/server.py), hence 120 s before the API gives up with 503. In WAL mode readers
    # never block the writer nor wait for it, so pages keep answering during ingests.
    # PostgreSQL needs none of this.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": envint("SQLITE_BUSY_TIMEOUT", "120"),
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        }
    )
    # Tests run on a file, not in memory, so threads and processes in them each open their own
    # connection and really run at the same time (the race tests need that).
    DATABASES["default"]["TEST"] = {"NAME": os.getenv("SQLITE_TEST_NAME", str(BASE_DIR / ".test-db.sqlite3"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []

LOGIN_URL = "/admin/login/"

# Where the app answers, for the links commands print (ingest, demo_load). `make run` sets it
# from HOST and PORT.
SITE_URL = os.getenv("SITE_URL", "").strip().rstrip("/") or "http://127.0.0.1:8000"

# Readers (not signed in as editors) also see attributions no editor has reviewed yet, each
# marked unreviewed, on the pages, in downloads and in the read API. Off unless set; `make run`
# turns it on so the demo shows everything the extractor found.
READERS_SEE_UNREVIEWED = envbool("READERS_SEE_UNREVIEWED", "0")

# Security headers; the page views add a Content-Security-Policy of their own.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Cookies only over HTTPS in production. SECURE_COOKIES=0 lets `make serve` be tried over plain
# HTTP on loopback (an admin login needs its cookies back).
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = envbool("SECURE_COOKIES", "0" if DEBUG else "1")
# Behind a proxy that ends TLS: the origins admin forms are posted from, e.g. https://news.example.
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")

# The largest article the ingest service accepts, in bytes of UTF-8.
# History pages show who changed what; writes go through the services (version checks, claim
# flags), so the history's own "revert" button, which bypasses them, is turned off.
SIMPLE_HISTORY_REVERT_DISABLED = True

ARTICLE_MAX_BYTES = envint("ARTICLE_MAX_BYTES", str(2 * 1024 * 1024))
# The largest request body Django reads (an article plus its JSON envelope).
DATA_UPLOAD_MAX_MEMORY_SIZE = ARTICLE_MAX_BYTES + 64 * 1024

# Claim matching (attribution.matching). The six thresholds were chosen with
# `python bench/matching_thresholds.py`: a grid search over the 128 labelled pairs in
# tests/matching/pairs.jsonl, keeping the best F0.5 (precision first: a wrong merge misleads
# readers, a missed one an editor can merge) at precision >= 0.95, then the middle of that
# plateau; there: precision 1.0, recall 0.94. After changing them run `manage.py rematch`.
CLAIM_MATCHING = {
    "PARAPHRASE": 0.7,  # Jaccard of content words joining a paraphrase, compatible speakers (plateau 0.7)
    "CONTAINMENT": 0.8,  # share of a partial or truncated quote's words inside the longer quote (0.6-1.0)
    "CONTAINMENT_MIN_WORDS": 2,  # shorter direct quotes need kind=partial to match by containment (1-4)
    "CONTAINMENT_MAX_RATIO": 0.8,  # a direct quote is contained only when at most this share of the other's length (0.7-1.0)
    "NEAR_IDENTICAL": 0.85,  # same words in order, both ways, joining different speakers: attribution drift (0.85-0.9)
    "NEAR_IDENTICAL_MIN_WORDS": 4,  # shorter stock phrases never join different speakers (4)
    "SHORT_QUOTE_WORDS": 4,  # a partial quote or one this short joins a compatible speaker only within one story
    "STORY_DAYS": 60,  # one story: reports at most this many days apart (slogans repeat over months)
    # These bound the work per ingest, whatever the number of stored claims.
    "LOOKUP_KEYS": 24,  # index keys looked up per attribution
    "CLAIMS_PER_KEY": 100,  # newest claims read per key
    "CANDIDATE_CLAIMS": 10,  # claims compared in full: those sharing the most keys
    "MEMBERS_PER_CLAIM": 30,  # distinct wordings (and speakers) of each candidate claim compared, longest first
}

# Task queue (Celery, Redis as broker): ingest, URL fetches and feed polls run as tasks on
# `celery -A project worker`. Without CELERY_BROKER_URL every task runs inline in the process
# that asks for it, so development needs no broker.
CELERY_BROKER_URL = os.getenv("CELERY_BROKER_URL", "").strip()
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
if CELERY_TASK_ALWAYS_EAGER:
    CELERY_BROKER_URL = "memory://localhost/"  # never used: named so Celery does not look for a local broker
CELERY_TASK_EAGER_PROPAGATES = True
# Ingest jobs keep their own status and error (IngestJob), so no result backend is needed.
CELERY_TASK_IGNORE_RESULT = True
# A worker takes one task at a time and acknowledges it when done: a worker that dies mid-task
# leaves it to another, and a long ingest does not hold others back in its prefetch.
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = os.getenv("CELERY_TASK_DEFAULT_QUEUE", "attribution")
# `celery -A project beat` asks every FEED_POLL_CHECK_SECONDS for the feeds that are due.
FEED_POLL_CHECK_SECONDS = envint("FEED_POLL_CHECK_SECONDS", "60")
CELERY_BEAT_SCHEDULE = {
    "poll-due-feeds": {"task": "attribution.tasks.feeds_poll_due", "schedule": FEED_POLL_CHECK_SECONDS},
}

# Fetching pages and feeds (attribution.fetching). Private, loopback and link-local addresses
# are refused (server-side request forgery) unless INGEST_ALLOW_PRIVATE_URLS=1.
INGEST_ALLOW_PRIVATE_URLS = envbool("INGEST_ALLOW_PRIVATE_URLS", "0")
INGEST_FETCH_TIMEOUT = float(os.getenv("INGEST_FETCH_TIMEOUT", "10"))  # seconds, per connection and whole answer
INGEST_MAX_PAGE_BYTES = envint("INGEST_MAX_PAGE_BYTES", str(5 * 1024 * 1024))
INGEST_MAX_REDIRECTS = envint("INGEST_MAX_REDIRECTS", "5")
# A fetch that failed for a reason that may pass (timeout, unreachable, 5xx) is tried again
# this many times by the worker, waiting INGEST_RETRY_BACKOFF, then twice that, ... seconds.
INGEST_FETCH_RETRIES = envint("INGEST_FETCH_RETRIES", "3")
INGEST_RETRY_BACKOFF = envint("INGEST_RETRY_BACKOFF", "30")
INGEST_USER_AGENT = os.getenv("INGEST_USER_AGENT", "attribution-tracker/1.0")
FEED_DEFAULT_INTERVAL_MINUTES = envint("FEED_DEFAULT_INTERVAL_MINUTES", "30")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        # An empty rate turns that limit off (benchmarks).
        "anon": os.getenv("API_ANON_RATE", "100/min") or None,
        "user": os.getenv("API_USER_RATE", "1000/min") or None,
    },
    # How many reverse proxies in front of the app append the caller's address to X-Forwarded-For.
    # 0: the header is ignored and the connecting address identifies the client, since anyone
    # can send the header; behind N proxies, the Nth address from its end (the one the outermost
    # proxy saw). Throttles and the admin lockout identify clients this way.
    "NUM_PROXIES": envint("NUM_PROXIES", "0"),
}
# Reader pages (HTML) per anonymous client address; signed-in users are not limited there.
PAGES_ANON_RATE = os.getenv("PAGES_ANON_RATE", "120/min") or None
# Anonymous readers' pages are kept in the cache until the data changes, for at most this long
# (attribution.middleware.ReaderPagesCacheMiddleware); 0 renders every page afresh.
PAGES_CACHE_SECONDS = envint("PAGES_CACHE_SECONDS", "300")

# Rate-limit counts live in the default cache. The in-memory default is per process: with several
# server processes (`make serve`) set CACHE_URL to redis://host:6379/0 (best) or file:///a/folder
# so they all count in one place. Rendered reader pages live in a cache of each process's own.
CACHE_URL = os.getenv("CACHE_URL", "").strip()
if CACHE_URL.startswith(("redis://", "rediss://")):
    SHARED_CACHE = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
elif CACHE_URL.startswith("file://"):
    SHARED_CACHE = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": CACHE_URL.removeprefix("file://"),
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
elif CACHE_URL in ("", "locmem://"):
    SHARED_CACHE = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shared"}
else:
    raise ImproperlyConfigured(
        f"CACHE_URL must be empty, locmem://, redis://host:port/db or file:///a/folder, not {CACHE_URL!r}."
    )
CACHES = {
    "default": SHARED_CACHE,
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 1000},
    },
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Attribution tracker API",
    "DESCRIPTION": "Quoted claims, who said them and which outlets reported them.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "attribution.api.schema.add_standard_errors",
    ],
    "ENUM_NAME_OVERRIDES": {
        "AttributionKindEnum": "attribution.models.Attribution.Kind",
        "SourceKindEnum": "attribution.models.Source.Kind",
        "StatusEnum": "attribution.models.Attribution.Status",
        "IngestJobKindEnum": "attribution.models.IngestJob.Kind",
        "IngestJobStatusEnum": "attribution.models.IngestJob.Status",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "WARNING")},
    # DEBUG: each ingest logs how long it waited for other ingests' locks (bench/ingest_queue.py sums them).
    "loggers": {"attribution.services.locks": {"level": os.getenv("LOCK_LOG_LEVEL", "WARNING")}},
}
