"""An import killed with `kill -9` at a random (seeded) point heals when it is run again."""

import os
import re

from articles.tests.harness import Site, drift, kill_import_midway, own_database, write_corpus

FILES = 80
SEED = int(os.environ.get("CRASH_SEED", "8"))
CLEAN = {key: 0 for key in ("articles_not_indexed", "ghost_articles", "quotes_not_indexed", "ghost_quotes",
                            "stale_speakers", "duplicate_files", "duplicate_speakers", "pending")}


def test_an_import_killed_midway_and_run_again_leaves_everything_right(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, FILES, seed=SEED)
    with own_database("reference") as url:
        reference = Site(tmp_path / "reference", url)
        reference.manage("migrate", "--noinput", "-v0")
        reference.manage("import_articles", str(corpus))
        expected = reference.state()
    with own_database("crash") as url:
        site = Site(tmp_path / "data", url)
        site.manage("migrate", "--noinput", "-v0")
        left = kill_import_midway(site, corpus, SEED, FILES)
        print(f"\nkilled after {left['killed_after']} articles (+{left['delay']} s), left: {drift(left)}")
        rerun = site.manage("import_articles", str(corpus)).stdout
        check = site.manage("check_index")  # no --fix: nothing must need fixing
        after = site.state()
    imported, unchanged = map(int, re.search(r"(\d+) importé\(s\), 0 mis à jour, (\d+) inchangé", rerun).groups())
    assert imported + unchanged == len(expected["files"]) and unchanged >= left["killed_after"]
    assert "en accord" in check.stdout, check.stdout
    assert drift(after) == CLEAN
    assert after["files"] == expected["files"]  # every article once
    assert after["quotes_per_file"] == expected["quotes_per_file"]
    assert len(after["quotes"]) == len(expected["quotes"])
