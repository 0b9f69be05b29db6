"""Newsarchive settings, read from the environment with safe local defaults.

Every variable is listed in .env.example. The database and the search connection are
only configured here, so PostgreSQL or another haystack backend can be swapped in
without touching code.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {value!r}")


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not (value.isascii() and value.isdigit()):
        raise ImproperlyConfigured(f"{name} must be a whole number of 0 or more, got {value!r}")
    return int(value)


def local_secret_key(folder: Path) -> str:
    """The key kept in folder/secret_key, created on first use so `make run` needs no setup.

    Written beside the database it signs for; two workers starting at once agree on one
    key because the file is linked into place atomically (the loser reads the winner's).
    """
    path = folder / "secret_key"
    if not path.exists():
        draft = folder / f".secret_key.{os.getpid()}"
        draft.write_text(get_random_secret_key())
        draft.chmod(0o600)
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text().strip()


DATA_DIR = Path(os.environ.get("NEWSARCHIVE_DATA_DIR") or BASE_DIR / "var").resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

# Off unless asked for (`make dev` asks): a server started by hand never shows tracebacks.
DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or local_secret_key(DATA_DIR)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")

# HTTPS, for a deployment behind TLS (README, "Production"): every one from the environment.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SESSION_COOKIE_SECURE", False)
CSRF_COOKIE_SECURE = env_bool("DJANGO_CSRF_COOKIE_SECURE", False)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")
# Only behind a proxy that sets this header itself (else a client could claim HTTPS).
if env_bool("DJANGO_BEHIND_HTTPS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "articles.views.errors.csrf_failure"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "haystack",
    "axes",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files straight from the WSGI process, compressed and cached (no nginx needed).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "articles.middleware.RequestGuardMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

# No inline script or style anywhere (templates load static files): the policy says so.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],  # data: for the empty favicon every page declares
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# Admin logins: after DJANGO_LOGIN_FAILURE_LIMIT wrong passwords for one user from one
# address, that pair is locked out for DJANGO_LOGIN_COOLOFF_MINUTES (French 429 page).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("DJANGO_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "articles.views.errors.locked_out"
AXES_VERBOSE = False

ROOT_URLCONF = "newsarchive.urls"
WSGI_APPLICATION = "newsarchive.wsgi.application"

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
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'newsarchive.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Readers, curators and imports at once: WAL lets readers read while one writes; a
    # write transaction takes the write lock when it begins (IMMEDIATE), so two writers
    # queue behind the busy timeout instead of one failing with "database is locked" when
    # it upgrades a read; synchronous=NORMAL is durable in WAL mode but for the last commits
    # before a power cut. PostgreSQL needs none of it.
    DATABASES["default"].setdefault("OPTIONS", {}).update({
        "timeout": float(os.environ.get("SQLITE_BUSY_TIMEOUT", "30")),
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    })
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Search: the French Whoosh engine by default; HAYSTACK_ENGINE and HAYSTACK_URL point at
# another haystack backend (Elasticsearch, Solr) without code changes.
HAYSTACK_CONNECTIONS = {
    "default": {
        "ENGINE": os.environ.get("HAYSTACK_ENGINE", "articles.backends.FrenchWhooshEngine"),
        "PATH": os.environ.get("NEWSARCHIVE_INDEX_DIR") or str(DATA_DIR / "whoosh_index"),
        "URL": os.environ.get("HAYSTACK_URL", ""),
        "INDEX_NAME": os.environ.get("HAYSTACK_INDEX_NAME", "newsarchive"),
        "INCLUDE_SPELLING": True,
        # Records per commit in update_index/rebuild_index (haystack's default is 1,000): each
        # commit writes a segment and merges small ones, and at 1,000 merges took 28 % of
        # a rebuild. 5,000: a 2k-article rebuild in 50 s of CPU instead of 87.
        "BATCH_SIZE": 5000,
        # haystack reads this per connection (the global setting is ignored): errors surface.
        "SILENTLY_FAIL": env_bool("HAYSTACK_SILENTLY_FAIL", False),
    },
}

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"  # `collectstatic` (run by `make run`) fills it
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise warns on every start without it
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed copies made by `collectstatic`: whitenoise serves them with
    # far-future cache headers (with DEBUG on, the plain files from static/).
    "staticfiles": {"BACKEND": "articles.storage.ArchiveStaticStorage"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# Articles are indexed on save and delete; imports batch their index writes.
HAYSTACK_SIGNAL_PROCESSOR = "articles.indexing.ArticleSignalProcessor"


def env_positive_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise ImproperlyConfigured(f"{name} must be a whole number above 0, got {value!r}")
    return int(value)


# Imports: a file larger than this (bytes) is refused with its reason; clean + extract run
# on this many worker processes (1: in the importing process itself).
IMPORT_MAX_BYTES = env_positive_int("NEWSARCHIVE_IMPORT_MAX_BYTES", 5_000_000)
IMPORT_WORKERS = env_positive_int("NEWSARCHIVE_IMPORT_WORKERS", 2)
