"""The same archive for Datasette: one SQLite file with FTS5 tables, built with sqlite-utils.

    var/bench-datasette/bin/python bench/datasette_db.py NEWSARCHIVE.sqlite3 OUT.db

Run by Datasette's own virtualenv (sqlite-utils is not a Newsarchive dependency). Articles
carry their year, month, source, speakers and quote kinds as columns so Datasette can facet
them (`_facet=year`, `_facet_array=speakers`); the full-text tables fold accents
(`remove_diacritics 2`), Datasette's closest match to our French analysis.
"""

import json
import sqlite3
import sys

import sqlite_utils

TOKENIZE = "unicode61 remove_diacritics 2"


def build(source_path: str, out_path: str) -> None:
    source = sqlite3.connect(source_path)
    source.row_factory = sqlite3.Row
    db = sqlite_utils.Database(out_path, recreate=True)
    speakers_of: dict[int, list[str]] = {}
    kinds_of: dict[int, list[str]] = {}
    for row in source.execute(
        "SELECT q.article_id, s.name, q.kind FROM articles_quote q "
        "JOIN articles_speaker s ON s.id = q.speaker_id ORDER BY q.id"
    ):
        names = speakers_of.setdefault(row["article_id"], [])
        if row["name"] not in names:
            names.append(row["name"])
        kinds = kinds_of.setdefault(row["article_id"], [])
        if row["kind"] not in kinds:
            kinds.append(row["kind"])
    articles = (
        {"id": row["id"], "slug": row["slug"], "title": row["title"], "body": row["body"],
         "published": row["published"], "year": row["year"], "month": row["month"], "source": row["source"],
         "speakers": json.dumps(speakers_of.get(row["id"], []), ensure_ascii=False),
         "kinds": json.dumps(kinds_of.get(row["id"], []))}
        for row in source.execute(
            "SELECT a.id, a.slug, a.title, a.body, a.published, a.year, a.month, s.name AS source "
            "FROM articles_article a LEFT JOIN articles_source s ON s.id = a.source_id"
        )
    )
    db["articles"].insert_all(articles, pk="id", batch_size=1000)
    db["speakers"].insert_all(
        (dict(row) for row in source.execute("SELECT id, name, slug, kind FROM articles_speaker")), pk="id")
    db["quotes"].insert_all(
        (dict(row) for row in source.execute(
            "SELECT q.id, q.article_id, q.speaker_id, q.text, q.kind, a.published FROM articles_quote q "
            "JOIN articles_article a ON a.id = q.article_id")),
        pk="id", foreign_keys=[("article_id", "articles"), ("speaker_id", "speakers")], batch_size=5000)
    db["articles"].enable_fts(["title", "body", "speakers"], tokenize=TOKENIZE, create_triggers=False)
    db["quotes"].enable_fts(["text"], tokenize=TOKENIZE, create_triggers=False)
    db["articles"].create_index(["published"])
    db["articles"].create_index(["year"])
    db["quotes"].create_index(["speaker_id", "published"])
    db.vacuum()


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2])
