"""Hostile probes of the web channels; prints figures, asserts nothing.

Imports the demo seeds plus one article full of payloads into a throw-away data folder,
then, through Django's test client: fuzzed requests on every route (5xx by cause), the
Atom feed read as a feed reader would, both CSV exports, the links on the article page,
the settings' defaults, `check --deploy` with the documented production environment, and
40 wrong admin passwords followed by the right one.

    .venv/bin/python bench/probe_web.py [--requests 5000] [--seed 8]
"""

import argparse
import html
import os
import secrets
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["NEWSARCHIVE_DATA_DIR"] = tempfile.mkdtemp(prefix="probe-web-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "probe-only-secret-key-" + "x" * 40)

import django  # noqa: E402

django.setup()

from django.test.utils import setup_test_environment  # noqa: E402

setup_test_environment()  # "testserver" allowed, mail kept in memory

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from articles.tests.hostile import (  # noqa: E402
    FORMULA_STARTS, create_hostile_article, fuzz_requests, rendered_markup,
)

BOM = "\ufeff".encode()
PRODUCTION_ENV = {
    "DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": secrets.token_urlsafe(50), "DJANGO_ALLOWED_HOSTS": "archive.example.org",
    "DJANGO_SECURE_SSL_REDIRECT": "true", "DJANGO_SECURE_HSTS_SECONDS": "31536000",
    "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS": "true", "DJANGO_SECURE_HSTS_PRELOAD": "true",
    "DJANGO_SESSION_COOKIE_SECURE": "true", "DJANGO_CSRF_COOKIE_SECURE": "true",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://archive.example.org",
}


def probe_fuzz(client: Client, count: int, seed: int) -> None:
    causes, statuses, started = Counter(), Counter(), time.perf_counter()
    for path, query in fuzz_requests(seed, count):
        try:
            response = client.get(f"{path}?{query}")
            statuses[response.status_code // 100 * 100] += 1
            if response.status_code >= 500:
                causes[f"{response.status_code} {path.split('/')[1] or '/'}"] += 1
        except Exception as error:  # noqa: BLE001 - the figure is what breaks
            statuses[500] += 1
            causes[f"{type(error).__name__}: {str(error)[:60]}"] += 1
    took = time.perf_counter() - started
    print(f"fuzz: {count} requests in {took:.0f} s, by status {dict(sorted(statuses.items()))}, "
          f"5xx = {statuses[500]}")
    for cause, n in causes.most_common(8):
        print(f"  {n:5d} × {cause}")


def probe_feed(client: Client) -> None:
    response = client.get("/search/feed/", {"q": "alert"})
    hits = 0
    if response.status_code == 200:
        root = ElementTree.fromstring(response.content)
        for summary in root.iter("{http://www.w3.org/2005/Atom}summary"):
            text = summary.text or ""
            # A reader renders type="html" as HTML, after the one XML unescaping.
            markup = text if summary.get("type") == "html" else html.escape(text)
            hits += rendered_markup(markup)
        self_links = [l.get("href") for l in root.iter("{http://www.w3.org/2005/Atom}link") if l.get("rel") == "self"]
        print(f"feed: status 200, dangerous elements a reader renders = {hits}, rel=self = {self_links}")
    else:
        print(f"feed: status {response.status_code}")


def probe_csv(client: Client) -> None:
    for path in ("/", "/quotes/"):
        response = client.get(path, {"q": "alert", "format": "csv"})
        if response.status_code != 200 or not response["Content-Type"].startswith("text/csv"):
            print(f"csv {path}: status {response.status_code}, {response['Content-Type']}: no CSV")
            continue
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8-sig")
        delimiter = ";" if text.split("\r\n", 1)[0].count(";") else ","
        import csv
        rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
        formulas = sum(cell[:1] in FORMULA_STARTS for row in rows[1:] for cell in row if cell)
        print(f"csv {path}: {len(rows) - 1} rows, delimiter {delimiter!r}, BOM {body.startswith(BOM)}, "
              f"cells starting with a formula character = {formulas}, header {rows[0] if rows else []}")


def probe_links(client: Client, article) -> None:
    page = client.get(article.get_absolute_url()).content.decode()
    # Every page declares an empty favicon as href="data:,": that one links nothing.
    bad = sum(page.count(f'href="{scheme}') for scheme in ("javascript:", "data:", "vbscript:")) - page.count('href="data:,"')
    print(f"article page: links with a javascript:/data: URL = {bad}, rendered markup = {rendered_markup(page)}")


def probe_settings() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env["DJANGO_SECRET_KEY"] = "s" * 60
    debug = subprocess.run(
        [sys.executable, "-c", "import django,os;os.environ.setdefault('DJANGO_SETTINGS_MODULE','newsarchive.settings');"
         "django.setup();from django.conf import settings;print(settings.DEBUG)"],
        cwd=ROOT, env=env, capture_output=True, text=True)
    print(f"settings: DEBUG when DJANGO_DEBUG is unset = {debug.stdout.strip() or debug.stderr.strip()[-120:]}")
    check = subprocess.run([sys.executable, "manage.py", "check", "--deploy"], cwd=ROOT,
                           env={**env, **PRODUCTION_ENV}, capture_output=True, text=True)
    warnings = [line for line in (check.stdout + check.stderr).splitlines() if "security.W" in line or "?:" in line]
    print(f"check --deploy (documented production env): exit {check.returncode}, {len(warnings)} warnings")
    for line in warnings:
        print(f"  {line[:110]}")
    response = Client().get("/")
    print(f"Content-Security-Policy header: {response.get('Content-Security-Policy', '(none)')}")


def probe_admin_login() -> None:
    from django.contrib.auth.models import User
    User.objects.create_superuser("probe", "probe@example.org", "right-password-123")
    client = Client()
    refused_as_wrong = blocked = 0
    started = time.perf_counter()
    for attempt in range(40):
        response = client.post("/admin/login/?next=/admin/", {"username": "probe", "password": f"wrong{attempt}"})
        if response.status_code == 200 and b"password" in response.content.lower():
            refused_as_wrong += 1
        else:
            blocked += 1
    took = time.perf_counter() - started
    response = client.post("/admin/login/?next=/admin/", {"username": "probe", "password": "right-password-123"})
    print(f"admin login: 40 wrong passwords in {took:.1f} s: {refused_as_wrong} answered as wrong (attempt counted), "
          f"{blocked} blocked; right password then → {response.status_code} "
          f"{'logged in' if response.status_code == 302 else 'refused'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)  # as `make run` does
    call_command("import_articles", str(ROOT / "fixtures/raw"), stdout=open(os.devnull, "w"))
    article = create_hostile_article()
    call_command("rebuild_index", "--noinput", verbosity=0)
    client = Client(raise_request_exception=False)
    probe_fuzz(Client(raise_request_exception=True), args.requests, args.seed)
    probe_feed(client)
    probe_csv(client)
    probe_links(client, article)
    probe_settings()
    probe_admin_login()


if __name__ == "__main__":
    main()
