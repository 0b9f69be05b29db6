"""Secure defaults and the production server: DEBUG, check --deploy, CSP, `make run`."""

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from newsarchive.settings import local_secret_key

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"


def clean_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "NEWSARCHIVE_"))}
    return {**env, **extra}


def settings_value(name: str, env: dict) -> str:
    code = f"import django; django.setup(); from django.conf import settings; print(settings.{name})"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**env, "DJANGO_SETTINGS_MODULE": "newsarchive.settings"}, check=True)
    return done.stdout.strip()


def test_debug_is_off_unless_asked_for(tmp_path):
    assert settings_value("DEBUG", clean_env(NEWSARCHIVE_DATA_DIR=str(tmp_path))) == "False"
    assert settings_value("DEBUG", clean_env(NEWSARCHIVE_DATA_DIR=str(tmp_path), DJANGO_DEBUG="true")) == "True"


def test_a_secret_key_is_made_once_and_kept_private(tmp_path):
    key = local_secret_key(tmp_path)
    assert len(key) == 50 and local_secret_key(tmp_path) == key
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600
    assert settings_value("SECRET_KEY", clean_env(NEWSARCHIVE_DATA_DIR=str(tmp_path))) == key


def documented_production_env() -> dict:
    """The variables README's "Production" section tells a deployer to set."""
    readme = (ROOT / "README.md").read_text()
    block = readme.split("## Production", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    env = dict(re.findall(r"^(DJANGO_\w+)=(\S+)", block, re.MULTILINE))
    assert {"DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DJANGO_SECURE_HSTS_SECONDS"} <= env.keys()
    env["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)
    return env


def test_check_deploy_is_clean_with_the_documented_production_settings(tmp_path):
    env = clean_env(NEWSARCHIVE_DATA_DIR=str(tmp_path), **documented_production_env())
    done = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_check_deploy_warns_without_them(tmp_path):
    done = subprocess.run([sys.executable, "manage.py", "check", "--deploy"], cwd=ROOT,
                          env=clean_env(NEWSARCHIVE_DATA_DIR=str(tmp_path)), capture_output=True, text=True)
    assert "security.W004" in done.stderr + done.stdout  # HSTS: the environment can now fix each one


@pytest.mark.django_db
def test_every_page_sends_a_policy_without_inline_script(client):
    policy = client.get("/help/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert "unsafe" not in policy


def test_templates_have_no_inline_script_style_or_handler():
    offenders = []
    for path in TEMPLATES.rglob("*.html"):
        html = path.read_text()
        for pattern in (r"<script(?![^>]*\bsrc=)[^>]*>", r"<style\b", r"\sstyle=", r"\son[a-z]+=", r"javascript:"):
            offenders += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in re.finditer(pattern, html, re.I)]
    assert not offenders


def test_static_names_are_hashed_once_collectstatic_has_run(tmp_path, settings):
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.core.management import call_command

    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": "articles.storage.ArchiveStaticStorage"}}
    assert staticfiles_storage.url("css/site.css") == "/static/css/site.css"  # before: no 500
    call_command("collectstatic", "--noinput", verbosity=0)
    settings.STORAGES = {**settings.STORAGES}  # a new storage instance reads the manifest
    hashed = staticfiles_storage.url("css/site.css")
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", hashed)
    assert (tmp_path / hashed.removeprefix("/static/")).with_suffix(".css.gz").exists()  # compressed copy


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, dict, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture
def make_run(tmp_path):
    """`make run` on a fresh data folder and a free port; stopped (its whole group) afterwards."""
    port = free_port()
    log = (tmp_path / "make-run.log").open("w")
    server = subprocess.Popen(["make", "run", f"PORT={port}"], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                              env=clean_env(NEWSARCHIVE_DATA_DIR=str(tmp_path / "data")), start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and server.poll() is None:
            try:
                urllib.request.urlopen(base + "/help/", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        assert server.poll() is None, (tmp_path / "make-run.log").read_text()[-2000:]
        yield base, tmp_path / "make-run.log"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()


def test_make_run_serves_the_demo_with_gunicorn_whitenoise_and_french_errors(make_run):
    base, log = make_run
    status, _, html = fetch(base + "/?q=%C3%A9lection")
    assert status == 200 and "2 résultats" in html
    [stylesheet] = re.findall(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html)  # hashed by collectstatic
    status, headers, _ = fetch(base + stylesheet)
    assert status == 200 and "immutable" in headers["Cache-Control"]
    status, _, html = fetch(base + "/nulle-part/")
    assert status == 404 and "Page introuvable" in html and "urlpatterns" not in html.lower()
    status, _, html = fetch(base + "/?annee=%C2%B2")
    assert status == 400 and "Traceback" not in html
    assert log.read_text().count("Booting worker") == 2
