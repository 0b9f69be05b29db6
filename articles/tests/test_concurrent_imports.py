"""Two imports at once into the same archive: no lock crash, no duplicate speaker, no drift."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _write_batch(folder: Path, prefix: str, bodies: list[str]) -> None:
    folder.mkdir()
    for n, body in enumerate(bodies):
        text = body.replace("\n\n", "\n")
        (folder / f"{prefix}{n:02d}.txt").write_text(f"Dernière mise à jour à 10h{n:02d} le 0{1 + n % 9}/03\n{text}\n")


def test_two_concurrent_imports_share_speakers_and_leave_the_index_in_step(tmp_path):
    bodies = [json.loads(p.read_text())["body"] for p in sorted((ROOT / "fixtures/quotes_eval").glob("*.json"))]
    # The same articles' speakers in both batches (bodies shifted), so both imports meet them.
    _write_batch(tmp_path / "a", "a", [f"{x}\n\n{y}" for x, y in zip(bodies[:30], bodies[1:31])])
    _write_batch(tmp_path / "b", "b", [f"{y}\n\n{x}" for x, y in zip(bodies[:30], bodies[1:31])])
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "NEWSARCHIVE_INDEX_DIR")}
    env["NEWSARCHIVE_DATA_DIR"] = str(tmp_path / "data")
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    runs = [
        subprocess.Popen([*manage, "import_articles", str(tmp_path / name)], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("a", "b")
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outputs):
        assert run.returncode == 0, err
        assert "30 importé(s), 0 mis à jour, 0 inchangé(s), 0 rejeté(s)" in out
    check = subprocess.run([*manage, "check_index"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    with sqlite3.connect(tmp_path / "data" / "newsarchive.sqlite3") as db:
        names = [name for (name,) in db.execute("select name from articles_speaker")]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
