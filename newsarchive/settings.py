"""Newsarchive settings, read from the environment with safe local defaults.

Every variable is listed in .env.example. The database and the search connection are
only configured here, so PostgreSQL or another haystack backend can be swapped in
without touching code.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

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


DATA_DIR = Path(os.environ.get("NEWSARCHIVE_DATA_DIR") or BASE_DIR / "var").resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off")
    SECRET_KEY = "insecure-local-development-key"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "haystack",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

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
STATIC_ROOT = DATA_DIR / "static"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# Articles are indexed on save and delete; imports batch their index writes.
HAYSTACK_SIGNAL_PROCESSOR = "articles.indexing.ArticleSignalProcessor"
