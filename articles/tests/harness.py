"""Helpers for tests that run the real commands and server in other processes.

`write_corpus` writes raw article files in the seeds' format (a "Dernière mise à jour"
header, paragraphs with named speakers and quotes) from the bodies of fixtures/quotes_eval,
recombined and varied with a fixed seed so every file is a different article.
"""

import json
import os
import random
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MANAGE = [sys.executable, "manage.py"]
# Sentences of our own, so recombined articles differ in more than their order.
FILLERS = [
    "La réunion s'est prolongée tard dans la soirée, selon plusieurs participants.",
    "Aucune date n'a encore été fixée pour la prochaine rencontre entre les délégations.",
    "Les discussions doivent reprendre la semaine prochaine à Genève.",
    "Le texte devra encore être approuvé par les deux chambres du Parlement.",
    "Plusieurs organisations non gouvernementales ont demandé davantage de transparence.",
    "Les marchés ont accueilli l'annonce avec prudence, d'après les analystes.",
]


def quote_bodies() -> list[str]:
    return [json.loads(p.read_text())["body"] for p in sorted((ROOT / "fixtures/quotes_eval").glob("*.json"))]


def write_corpus(folder: Path, count: int, seed: int, prefix: str = "") -> list[Path]:
    """`count` raw article files, each two eval bodies' paragraphs mixed with fillers."""
    rng = random.Random(seed)
    bodies = quote_bodies()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        first, second = rng.sample(bodies, 2)
        paragraphs = [p for p in f"{first}\n{second}".split("\n") if p.strip()]
        keep = paragraphs[: rng.randint(3, max(3, len(paragraphs)))]
        keep.insert(rng.randrange(len(keep) + 1), rng.choice(FILLERS))
        keep.append(f"Dépêche numéro {seed}-{n}, rédigée par le service {rng.choice(['Monde', 'Europe', 'Économie'])}.")
        header = f"Dernière mise à jour à {rng.randint(6, 22):02d}h{rng.randint(0, 59):02d} le {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}"
        path = folder / f"{prefix}{n:04d}.txt"
        path.write_text(header + "\n" + "\n".join(keep) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def embedded_env(data_dir: Path, **extra) -> dict:
    """The environment of a process on its own data folder (this suite's database if DATABASE_URL is set)."""
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSARCHIVE_INDEX_DIR", "HAYSTACK_ENGINE")}
    env["NEWSARCHIVE_DATA_DIR"] = str(data_dir)
    env.update(extra)
    return env


def manage(env: dict, *args: str, timeout: float = 300, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([*MANAGE, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    if check and done.returncode:
        raise AssertionError(f"manage.py {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


def shell_json(env: dict, code: str) -> object:
    """Run Python in a Django shell of that environment; `code` prints one JSON value last."""
    out = manage(env, "shell", "-c", code).stdout.strip().splitlines()
    return json.loads(out[-1])


# What the database and the index hold, read without draining the queue.
STATE_CODE = """
import json
from haystack.query import SearchQuerySet
from articles.models import Article, PendingUpdate, Quote, Speaker
shown = Quote.objects.filter(status__in=Quote.SHOWN)
def ids(model):
    n = SearchQuerySet().models(model).count()
    return sorted(int(r.pk) for r in SearchQuerySet().models(model)[:n]) if n else []
stale = [s.pk for s in Speaker.objects.all()
         if (s.quote_count, s.article_count) != (shown.filter(speaker=s).count(),
                                                  shown.filter(speaker=s).values('article_id').distinct().count())]
print(json.dumps({
    "articles": sorted(Article.objects.values_list("pk", flat=True)),
    "indexed_articles": ids(Article),
    "quotes": sorted(shown.values_list("pk", flat=True)),
    "indexed_quotes": ids(Quote),
    "hashes": Article.objects.count() - Article.objects.values("content_hash").distinct().count(),
    "quotes_per_file": {a.raw_name: a.quotes.count() for a in Article.objects.all()},
    "stale_speakers": stale,
    "pending": PendingUpdate.objects.count(),
}))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(env: dict) -> tuple[subprocess.Popen, str]:
    """`runserver` (threaded, no autoreload) on a free loopback port; waits until it answers."""
    port = free_port()
    server = subprocess.Popen([*MANAGE, "runserver", f"127.0.0.1:{port}", "--noreload"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/help/", timeout=5).read()
            return server, url
        except OSError:
            if server.poll() is not None:
                raise AssertionError("the server did not start:\n" + server.stderr.read())
            time.sleep(0.3)
    server.kill()
    raise AssertionError("the server did not answer within 60 s")


def own_database(name: str):
    """A fresh database for other processes: SQLite in their data folder, or, when this suite
    runs on PostgreSQL (DATABASE_URL), a new database on that server. Yields its URL (or None)."""
    import contextlib

    import dj_database_url

    @contextlib.contextmanager
    def created():
        url = os.environ.get("DATABASE_URL", "")
        if not url.startswith(("postgres://", "postgresql://")):
            yield None
            return
        import psycopg

        conf = dj_database_url.parse(url)
        admin = dict(host=conf["HOST"] or None, port=conf["PORT"] or None, user=conf["USER"] or None,
                     password=conf["PASSWORD"] or None, dbname="postgres", autocommit=True)
        database = f"newsarchive_{name}_{os.getpid()}"
        with psycopg.connect(**admin) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{database}"')
            db.execute(f'CREATE DATABASE "{database}"')
        try:
            yield url.rsplit("/", 1)[0] + "/" + database
        finally:
            with psycopg.connect(**admin) as db:
                db.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')

    return created()
