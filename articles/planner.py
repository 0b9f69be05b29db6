"""Query-planner statistics kept fresh on SQLite, as PostgreSQL's autovacuum keeps its own.

Without statistics SQLite takes any indexed equality for a selective one. Indexing a batch of
2,000 quotes by primary key then walked every public article through the status index (all
of them have the same status) and probed the list for each: 4.2 s per batch at 6,000 articles,
growing with the archive; 0.4 s once analysed. `PRAGMA optimize` analyses only the tables this
connection used whose statistics are missing or 25 times out of date, and `analysis_limit`
bounds each analysis to a sample: a few milliseconds at any size.
"""

import logging

from django.db import DatabaseError, connection, transaction

ANALYSIS_LIMIT = 1000  # rows sampled per index
logger = logging.getLogger(__name__)


def refresh_planner_statistics() -> None:
    """Analyse what needs it; never fails its caller (the statistics only speed queries up)."""
    if connection.vendor != "sqlite":
        return
    try:
        # In a write transaction, which waits its turn behind the busy timeout: on its own,
        # ANALYZE beside an import's writes failed at once with "database is locked".
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
            cursor.execute("PRAGMA optimize")
    except DatabaseError:
        logger.warning("query planner statistics not refreshed", exc_info=True)
