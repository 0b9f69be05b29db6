"""The demo data: `make run`'s import, and fixtures/demo.json giving the same search."""

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.models import Article, Quote, Source, Speaker

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
QUERIES = ["élection", "elections", "Serguei Lavrov", "l'OTAN", "observateur", '"New START"', "WeChat", "speaker:zakharova"]


def _embedded_env(data_dir) -> dict:
    """The environment of a new user: the default SQLite + Whoosh in a data folder."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "NEWSARCHIVE_INDEX_DIR")}
    return {**env, "NEWSARCHIVE_DATA_DIR": str(data_dir)}


def search_results(client) -> dict:
    return {q: [(r["title"], r["date"]) for r in client.get("/api/search/", {"q": q}).json()["results"]] for q in QUERIES}


def test_demo_fixture_gives_the_same_search_as_the_import(client, search_index):
    call_command("import_articles", "fixtures/raw", stdout=io.StringIO())
    imported = search_results(client)
    speakers = sorted(Speaker.objects.values_list("name", flat=True))
    Quote.objects.all().delete()
    Speaker.objects.all().delete()
    Article.objects.all().delete()
    Source.objects.all().delete()
    call_command("rebuild_index", "--noinput", verbosity=0)
    assert search_results(client)["élection"] == []

    call_command("loaddata", "fixtures/demo.json", verbosity=0)
    call_command("rebuild_index", "--noinput", verbosity=0)
    assert search_results(client) == imported
    assert sorted(Speaker.objects.values_list("name", flat=True)) == speakers


# The index queue and its lease are the machinery's state, not data (as in `make fixtures`).
DUMP_EXCLUDES = ["--exclude", "articles.pendingupdate", "--exclude", "articles.writerlease"]


def test_demo_fixture_is_up_to_date_with_the_raw_files(tmp_path):
    """fixtures/demo.json must be regenerated (make fixtures) whenever the raw files or the pipeline change."""
    env = _embedded_env(tmp_path)
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "import_articles", "fixtures/raw"], cwd=ROOT, env=env, check=True, capture_output=True)
    dumped = subprocess.run([*manage, "dumpdata", "articles", *DUMP_EXCLUDES, "--indent", "1"], cwd=ROOT, env=env,
                            check=True, capture_output=True, text=True).stdout
    fields_to_ignore = ("created", "updated")
    assert _strip(dumped, fields_to_ignore) == _strip((ROOT / "fixtures/demo.json").read_text(), fields_to_ignore)


def _strip(dump: str, names) -> list:
    records = json.loads(dump)
    for record in records:
        for name in names:
            record["fields"].pop(name, None)
    return records


def test_make_demo_imports_the_seeds_and_is_safe_to_run_twice(tmp_path):
    env = {**_embedded_env(tmp_path), "PYTHON": sys.executable}
    first = subprocess.run(["make", "-s", "demo"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert "5 importé(s), 0 mis à jour, 0 inchangé(s), 0 rejeté(s)" in first.stdout
    second = subprocess.run(["make", "-s", "demo"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert "0 importé(s), 0 mis à jour, 5 inchangé(s), 0 rejeté(s)" in second.stdout
    with sqlite3.connect(tmp_path / "newsarchive.sqlite3") as db:
        years = sorted(db.execute("select year from articles_article"))
    assert years == [(2016,), (2017,), (2018,), (2020,), (2021,)]
    assert (tmp_path / "whoosh_index").is_dir()
