"""Issue 8's probes, printed: readers during imports, and an import killed with kill -9.

    .venv/bin/python bench/probe_reliability.py [--root CHECKOUT] [--seconds 60] [--seed 8]

--root runs the probes on another checkout of Newsarchive (say, a clone of an older commit)
with this one's harness, to compare before and after. Figures only, never asserted: the
tests (test_concurrency, test_crash_recovery) assert the behaviour.
"""

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from articles.tests.harness import Site, drift, kill_import_midway, run_concurrently, write_corpus  # noqa: E402


def crash(root: Path, work: Path, seed: int, files: int) -> None:
    corpus = work / "crash-corpus"
    write_corpus(corpus, files, seed=seed)
    site = Site(work / "crash", root=root)
    site.manage("migrate", "--noinput", "-v0")
    left = kill_import_midway(site, corpus, seed, files)
    print(f"kill -9 after {left['killed_after']} articles (+{left['delay']} s): {drift(left)}")
    rerun = site.manage("import_articles", str(corpus), check=False)
    print("re-run:", rerun.stdout.strip().splitlines()[0] if rerun.stdout.strip() else rerun.stderr[-300:])
    print(f"after the re-run: {drift(site.state())}")
    check = site.manage("check_index", check=False)
    print(f"check_index (no --fix): rc {check.returncode}: {(check.stdout + check.stderr).strip()[-300:]}")


def concurrency(root: Path, work: Path, seconds: float, readers: int) -> None:
    folders = [[work / f"import{slot}-{n}" for n in range(3)] for slot in range(2)]
    for slot, batch in enumerate(folders):
        for n, folder in enumerate(batch):
            write_corpus(folder, 30, seed=100 * slot + n)
    site = Site(work / "concurrency", root=root)
    site.manage("migrate", "--noinput", "-v0")
    site.manage("import_articles", "fixtures/raw")
    seen = run_concurrently(site, folders, seconds=seconds, readers=readers, seed=3)
    errors = len(seen["errors"])
    print(f"{readers} readers, {seen['elapsed']:.0f} s: {seen['requests']} requests, {errors} errors "
          f"({100 * errors / max(seen['requests'], 1):.1f} %), p95 {seen['p95']:.2f} s, outcomes {seen['outcomes']}")
    print(f"curator: {seen['curator']}")
    for command in seen["commands"]:
        tail = (command["stderr"].strip().splitlines() or [""])[-1][:160]
        summary = re.sub(r"\s+", " ", command["stdout"].strip().splitlines()[0] if command["stdout"].strip() else "")
        print(f"  {' '.join(command['args'][:1])}: rc {command['returncode']} {summary[:100]} {tail if command['returncode'] else ''}")
    check = site.manage("check_index", check=False)
    print(f"check_index (no --fix): rc {check.returncode}: {(check.stdout + check.stderr).strip()[-200:]}")
    print(f"state: {drift(site.state())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--readers", type=int, default=10)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--files", type=int, default=120)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="probe-") as work:
        print(f"== {args.root}")
        crash(args.root, Path(work), args.seed, args.files)
        concurrency(args.root, Path(work), args.seconds, args.readers)


if __name__ == "__main__":
    main()
