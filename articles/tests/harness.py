"""Real commands and a real server in other processes, for the concurrency and crash tests.

`write_corpus` writes raw article files in the seeds' format (a "Dernière mise à jour"
header, paragraphs with named speakers and quotes) from the bodies of fixtures/quotes_eval,
recombined and varied with a fixed seed so every file is a different article. `Site` is an
archive (code checkout, data folder, database) driven through `manage.py`: the tests use
this checkout; bench/probe_reliability.py also points it at an older one to compare.
"""

import contextlib
import http.cookiejar
import json
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A request slower than this counts as failed: generous, as the suite runs on shared, loaded
# cores (2 cores, a load of 20 seen); a server that hangs still fails.
REQUEST_TIMEOUT = 180
# Sentences of our own, so recombined articles differ in more than their order.
FILLERS = [
    "La réunion s'est prolongée tard dans la soirée, selon plusieurs participants.",
    "Aucune date n'a encore été fixée pour la prochaine rencontre entre les délégations.",
    "Les discussions doivent reprendre la semaine prochaine à Genève.",
    "Le texte devra encore être approuvé par les deux chambres du Parlement.",
    "Plusieurs organisations non gouvernementales ont demandé davantage de transparence.",
    "Les marchés ont accueilli l'annonce avec prudence, d'après les analystes.",
]
READER_PATHS = [
    "/?q=élections", "/?q=Lavrov&tri=recent", "/?q=OTAN+sécurité", "/?q=Stoltemberg", "/?q=%22a+déclaré%22",
    "/api/search/?q=Russie", "/quotes/?q=déclaré", "/api/quotes/?q=observateurs", "/speakers/",
    "/api/speakers/", "/search/feed/?q=élections", "/archive/", "/", "/articles/1/", "/articles/2/",
    "/articles/3/",
]


def quote_bodies() -> list[str]:
    return [json.loads(p.read_text())["body"] for p in sorted((ROOT / "fixtures/quotes_eval").glob("*.json"))]


def write_corpus(folder: Path, count: int, seed: int) -> list[Path]:
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
        path = folder / f"{seed}-{n:04d}.txt"
        path.write_text(header + "\n" + "\n".join(keep) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def own_database(name: str):
    """The URL of a fresh database for other processes: None (SQLite in their data folder),
    or, when this suite runs on PostgreSQL (DATABASE_URL), a new database on that server."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield None
        return
    import dj_database_url
    import psycopg

    conf = dj_database_url.parse(url)
    server = dict(host=conf["HOST"] or None, port=conf["PORT"] or None, user=conf["USER"] or None,
                  password=conf["PASSWORD"] or None, dbname="postgres", autocommit=True)
    database = f"newsarchive_{name}_{os.getpid()}"
    with psycopg.connect(**server) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{database}"')
        db.execute(f'CREATE DATABASE "{database}"')
    try:
        yield url.rsplit("/", 1)[0] + "/" + database
    finally:
        with psycopg.connect(**server) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


# What the database and the index hold, read without draining the queue.
STATE_CODE = """
import json
from haystack.query import SearchQuerySet
from articles.models import Article, Quote, Speaker
try:
    from articles.models import PendingUpdate
    pending = PendingUpdate.objects.count()
except ImportError:  # the code before the queue
    pending = 0
shown = Quote.objects.filter(status__in=Quote.SHOWN)
def ids(model):
    n = SearchQuerySet().models(model).count()
    return sorted(int(r.pk) for r in SearchQuerySet().models(model)[:n]) if n else []
stale = [s.pk for s in Speaker.objects.all()
         if (s.quote_count, s.article_count) != (shown.filter(speaker=s).count(),
                                                  shown.filter(speaker=s).values('article_id').distinct().count())]
names = list(Speaker.objects.values_list("name", flat=True))
print(json.dumps({
    "articles": sorted(Article.objects.values_list("pk", flat=True)),
    "indexed_articles": ids(Article),
    "quotes": sorted(shown.values_list("pk", flat=True)),
    "indexed_quotes": ids(Quote),
    "quotes_per_file": {a.raw_name: a.quotes.count() for a in Article.objects.all()},
    "files": sorted(Article.objects.values_list("raw_name", flat=True)),
    "stale_speakers": stale,
    "duplicate_speakers": len(names) - len(set(names)),
    "pending": pending,
}))
"""


@dataclass
class Site:
    """An archive driven through manage.py: a code checkout, a data folder, maybe a database URL."""

    data: Path
    database_url: str | None = None
    root: Path = ROOT
    env: dict = field(init=False)
    server_log: Path | None = field(default=None, init=False)

    def __post_init__(self):
        env = {k: v for k, v in os.environ.items()
               if k not in ("NEWSARCHIVE_INDEX_DIR", "HAYSTACK_ENGINE", "DATABASE_URL")}
        env.update(NEWSARCHIVE_DATA_DIR=str(self.data), DJANGO_DEBUG="false",
                   DJANGO_SECRET_KEY="concurrency-test-key-" + "x" * 40, DJANGO_ALLOWED_HOSTS="127.0.0.1")
        if self.database_url:
            env["DATABASE_URL"] = self.database_url
        self.env = env

    @property
    def python(self) -> str:
        own = self.root / ".venv/bin/python"
        return str(own) if own.exists() else sys.executable

    def popen(self, *args: str, **kwargs) -> subprocess.Popen:
        kwargs.setdefault("stdout", subprocess.PIPE)
        kwargs.setdefault("stderr", subprocess.PIPE)
        return subprocess.Popen([self.python, "manage.py", *args], cwd=self.root, env=self.env, text=True, **kwargs)

    def manage(self, *args: str, timeout: float = 600, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run([self.python, "manage.py", *args], cwd=self.root, env=self.env,
                              capture_output=True, text=True, timeout=timeout)
        if check and done.returncode:
            raise AssertionError(f"manage.py {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        return done

    def state(self) -> dict:
        return json.loads(self.manage("shell", "-c", STATE_CODE).stdout.strip().splitlines()[-1])

    def article_count(self) -> int:
        """Articles committed so far, read straight from the database (cheap, for polling)."""
        if self.database_url:
            import psycopg

            with psycopg.connect(self.database_url.replace("postgres://", "postgresql://", 1)) as db:
                return db.execute("select count(*) from articles_article").fetchone()[0]
        with contextlib.closing(sqlite3.connect(self.data / "newsarchive.sqlite3", timeout=30)) as db:
            return db.execute("select count(*) from articles_article").fetchone()[0]

    @contextlib.contextmanager
    def server(self):
        """`runserver` (threaded, no autoreload) on a free loopback port; yields its URL."""
        port = free_port()
        # Its log goes to a file: a pipe nobody reads fills up and blocks the server mid-request.
        self.server_log = self.data.parent / f"server-{port}.log"
        with open(self.server_log, "w") as log:
            server = self.popen("runserver", f"127.0.0.1:{port}", "--noreload", stdout=log, stderr=log)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 90
            while True:
                try:
                    urllib.request.urlopen(url + "/help/", timeout=10).read()
                    break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise AssertionError("the server did not start:\n" + self.server_errors())
                    time.sleep(0.3)
            yield url
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()

    def server_errors(self, limit: int = 8000) -> str:
        """The server log without its one-line request records: tracebacks and warnings."""
        log = self.server_log
        lines = log.read_text(errors="replace").splitlines() if log and log.exists() else []
        kept = [line for line in lines if not re.match(r'^\[[^\]]+\] "[A-Z]+ ', line)]
        return "\n".join(kept)[-limit:]


class Curator:
    """An admin user's browser: logs in, renames speakers, rejects quotes (CSRF included)."""

    def __init__(self, url: str, username: str, password: str):
        self.url = url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.statuses = Counter()
        form = self._open("/admin/login/?next=/admin/")
        self._open("/admin/login/?next=/admin/", {"username": username, "password": password,
                                                  "csrfmiddlewaretoken": self._token(form), "next": "/admin/"})

    def _token(self, page: str) -> str:
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        return found.group(1) if found else ""

    def _open(self, path: str, data: dict | list | None = None) -> str:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        try:
            with self.opener.open(self.url + path, body, timeout=REQUEST_TIMEOUT) as response:
                self.statuses[response.status] += 1
                return response.read().decode()
        except urllib.error.HTTPError as error:
            self.statuses[error.code] += 1
            return error.read().decode(errors="replace")
        except OSError as error:  # a timeout, a refused connection: counted, not raised
            self.statuses[type(error).__name__] += 1
            return ""

    def rename_speaker(self, pk: int, name: str) -> None:
        form = self._open(f"/admin/articles/speaker/{pk}/change/")
        if not form:  # the page did not come (counted by _open)
            return
        slug = re.search(r'name="slug"[^>]*value="([^"]*)"', form)
        kind = re.search(r'<option value="(\w+)" selected', form)
        if slug is None or kind is None:
            self.statuses["form-missing"] += 1
            return
        self._open(f"/admin/articles/speaker/{pk}/change/", {
            "csrfmiddlewaretoken": self._token(form), "name": name, "slug": slug.group(1),
            "kind": kind.group(1), "gender": "",
        })

    def reject_quote(self, pk: int) -> None:
        page = self._open("/admin/articles/quote/")
        self._open("/admin/articles/quote/", {"csrfmiddlewaretoken": self._token(page), "action": "reject",
                                              "_selected_action": [pk]})


def read_pages(url: str, stop: threading.Event, seed: int, record: list) -> None:
    """One reader: random pages until `stop`; records (path, status or error, seconds)."""
    rng = random.Random(seed)
    while not stop.is_set():
        path = rng.choice(READER_PATHS)
        started = time.monotonic()
        try:
            with urllib.request.urlopen(url + urllib.parse.quote(path, safe="/?=&+%"), timeout=REQUEST_TIMEOUT) as response:
                response.read()
                outcome = response.status
        except urllib.error.HTTPError as error:
            outcome = error.code
        except OSError as error:
            outcome = type(error).__name__
        record.append((path, outcome, time.monotonic() - started))


def run_concurrently(site: Site, folders: list[list[Path]], seconds: float, readers: int, seed: int) -> dict:
    """Imports (one process per list of folders, one folder after the other), `extract_quotes`
    in a loop, a curator and `readers` reader threads against a real server, all for at least
    `seconds`; returns what each saw."""
    site.manage("createsuperuser", "--noinput", "--username", "curator", "--email", "c@example.org", check=False)
    site.manage("shell", "-c", "from django.contrib.auth.models import User; "
                "u = User.objects.get(username='curator'); u.set_password('pw-curator-1'); u.save()")
    speakers, quotes = json.loads(site.manage("shell", "-c", "import json; from articles.models import Speaker, Quote; "
                                              "print(json.dumps([list(Speaker.objects.order_by('pk').values_list('pk', 'name')[:5]),"
                                              " list(Quote.objects.order_by('pk').values_list('pk', flat=True)[:20])]))"
                                              ).stdout.strip().splitlines()[-1])
    commands, stop, started = [], threading.Event(), time.monotonic()

    def command_slot(make_runs):
        for args in make_runs():
            run = site.popen(*args)
            out, err = run.communicate(timeout=900)
            commands.append({"args": args, "returncode": run.returncode, "stdout": out, "stderr": err[-3000:]})

    def imports(batch):
        return lambda: (("import_articles", str(folder)) for folder in batch)

    def extractions():
        time.sleep(2)
        while time.monotonic() - started < seconds:
            yield ("extract_quotes",)

    with site.server() as url:
        record: list = []
        threads = [threading.Thread(target=read_pages, args=(url, stop, seed + n, record)) for n in range(readers)]
        curator = Curator(url, "curator", "pw-curator-1")

        def curate():
            rng = random.Random(seed)
            while not stop.is_set():
                pk, name = rng.choice(speakers)
                curator.rename_speaker(pk, rng.choice([name, f"{name} (corrigé)"]))
                if rng.random() < 0.3 and quotes:
                    curator.reject_quote(rng.choice(quotes))
                stop.wait(0.5)

        threads.append(threading.Thread(target=curate))
        slots = [threading.Thread(target=command_slot, args=(imports(batch),)) for batch in folders]
        slots.append(threading.Thread(target=command_slot, args=(extractions,)))
        for thread in threads + slots:
            thread.start()
        for slot in slots:
            slot.join()
        stop.wait(max(0.0, seconds - (time.monotonic() - started)))
        stop.set()
        for thread in threads:
            thread.join()
    elapsed = time.monotonic() - started
    outcomes = Counter(outcome for _, outcome, _ in record)
    latencies = sorted(seconds for _, _, seconds in record)
    return {
        "elapsed": elapsed,
        "requests": len(record),
        "outcomes": dict(outcomes),
        "errors": [(path, outcome) for path, outcome, _ in record if not (isinstance(outcome, int) and outcome < 500)],
        "p95": latencies[int(0.95 * (len(latencies) - 1))] if latencies else None,
        "slowest": sorted(((round(t, 1), path) for path, _, t in record), reverse=True)[:8],
        "curator": dict(curator.statuses),
        "commands": commands,
    }


def kill_import_midway(site: Site, folder: Path, seed: int, files: int) -> dict:
    """Start an import, `kill -9` it once a seeded number of articles is committed (plus a
    seeded delay, to land anywhere in a transaction or an index write); returns the state left."""
    rng = random.Random(seed)
    after, delay = rng.randint(files // 10, files // 2), rng.uniform(0, 0.8)
    run = site.popen("import_articles", str(folder), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while site.article_count() < after:
        if run.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(f"the import ended before {after} articles (rc {run.returncode})")
        time.sleep(0.05)
    time.sleep(delay)
    run.send_signal(signal.SIGKILL)
    run.wait()  # reaped, as a shell would
    return {"killed_after": after, "delay": round(delay, 3), **site.state()}


def drift(state: dict) -> dict:
    """What is wrong in a state: missing or ghost index entries, stale counts, duplicates."""
    return {
        "articles_not_indexed": len(set(state["articles"]) - set(state["indexed_articles"])),
        "ghost_articles": len(set(state["indexed_articles"]) - set(state["articles"])),
        "quotes_not_indexed": len(set(state["quotes"]) - set(state["indexed_quotes"])),
        "ghost_quotes": len(set(state["indexed_quotes"]) - set(state["quotes"])),
        "stale_speakers": len(state["stale_speakers"]),
        "duplicate_files": len(state["files"]) - len(set(state["files"])),
        "duplicate_speakers": state["duplicate_speakers"],
        "pending": state["pending"],
    }
