"""Readers, a curator, two imports and a re-extraction at once on a real server lose nothing."""

import re

from articles.tests.harness import Site, drift, own_database, run_concurrently, write_corpus

SECONDS = 60
READERS = 10
BATCHES, FILES = 3, 30  # per import process: 180 new articles in all


def test_readers_curator_imports_and_extraction_at_once(tmp_path):
    folders = [[tmp_path / f"import{slot}-{n}" for n in range(BATCHES)] for slot in range(2)]
    for slot, batch in enumerate(folders):
        for n, folder in enumerate(batch):
            write_corpus(folder, FILES, seed=100 * slot + n)
    with own_database("concurrency") as url:
        site = Site(tmp_path / "data", url)
        site.manage("migrate", "--noinput", "-v0")
        site.manage("import_articles", "fixtures/raw")
        seen = run_concurrently(site, folders, seconds=SECONDS, readers=READERS, seed=3)
        check = site.manage("check_index", check=False)
        state = site.state()
    print(f"\n{seen['requests']} requests in {seen['elapsed']:.0f} s, p95 {seen['p95']:.2f} s: {seen['outcomes']}; "
          f"curator {seen['curator']}; slowest {seen['slowest']}; state {drift(state)}")
    assert seen["elapsed"] >= SECONDS and seen["requests"] > 100
    assert seen["errors"] == [], site.server_errors()
    assert not [status for status in seen["curator"] if not isinstance(status, int) or status >= 500]
    failed = [(c["args"], c["returncode"], c["stderr"]) for c in seen["commands"] if c["returncode"]]
    assert failed == []
    assert sum(c["args"][0] == "import_articles" for c in seen["commands"]) == 2 * BATCHES
    assert any(c["args"][0] == "extract_quotes" for c in seen["commands"])
    imported = sum(int(re.search(r"(\d+) importé", c["stdout"]).group(1))
                   for c in seen["commands"] if c["args"][0] == "import_articles")
    assert len(state["files"]) == 5 + imported
    assert check.returncode == 0 and "en accord" in check.stdout, check.stdout + check.stderr
    assert drift(state) == {key: 0 for key in drift(state)}
