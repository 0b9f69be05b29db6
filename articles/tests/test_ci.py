"""CI's PostgreSQL run leaves out only test files that cannot reach a database."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "client", "admin_client", "admin_user",
                     "live_server", "seeds", "search_index"}
# A database mark, a command, or a child process or server running the project.
REACHES_A_DATABASE = re.compile(r"django_db|call_command|manage\.py|harness|DATABASE_URL|runserver|gunicorn")


def test_the_postgresql_run_skips_only_database_independent_files():
    listed = re.search(r"DATABASE_INDEPENDENT=\(([^)]*)\)", (ROOT / ".ci/run").read_text()).group(1).split()
    assert len(listed) > 5
    for name in listed:
        text = (ROOT / "articles/tests" / f"test_{name}.py").read_text()
        found = REACHES_A_DATABASE.search(text)
        assert found is None, f"test_{name}.py: {found.group(0)!r} (it reaches a database: run it on PostgreSQL too)"
        parameters = {p.split(":")[0].split("=")[0].strip()
                      for signature in re.findall(r"def \w+\(([^)]*)\)", text) for p in signature.split(",")}
        assert not parameters & DATABASE_FIXTURES, f"test_{name}.py uses {parameters & DATABASE_FIXTURES}"
