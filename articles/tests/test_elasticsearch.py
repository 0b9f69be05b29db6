"""The Elasticsearch profile: the index settings and mapping haystack sends, over real HTTP.

No Elasticsearch runs here: a loopback HTTP server answers like one (version, 404 for a
missing mapping, acknowledged writes) and records what haystack's backend sent it.
"""

import copy
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from haystack import connections
from whoosh.analysis import Token

from articles.analysis import ELIDED_PREFIXES, FRENCH_STOP_WORDS
from articles.stemming import light_stem
from articles.backends import elasticsearch as profile

INDEX = "newsarchive-test"


class Recorder(BaseHTTPRequestHandler):
    sent: list = []

    def _answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        self.sent.append((self.command, self.path.split("?")[0], body))
        if self.path == "/":
            self._answer(200, {"version": {"number": "7.17.0", "build_flavor": "default"},
                               "tagline": "You Know, for Search"})
        elif self.command == "GET" and "_mapping" in self.path:
            self._answer(404, {"error": {"type": "index_not_found_exception"}, "status": 404})
        else:
            self._answer(200, {"acknowledged": True})

    do_GET = do_PUT = do_POST = do_HEAD = _handle

    def log_message(self, *args):
        pass


@pytest.fixture
def sent(settings):
    """haystack's default connection on the French Elasticsearch engine, at a recording server."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    Recorder.sent = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    conf = copy.deepcopy(settings.HAYSTACK_CONNECTIONS)
    conf["default"] = {"ENGINE": "articles.backends.elasticsearch.FrenchElasticsearchEngine",
                       "URL": f"http://127.0.0.1:{server.server_port}/", "INDEX_NAME": INDEX}
    settings.HAYSTACK_CONNECTIONS = conf
    saved = connections.connections_info
    connections.connections_info = conf
    connections.reload("default").get_backend().setup()
    yield {(method, path): body for method, path, body in Recorder.sent}
    connections.connections_info = saved
    connections.reload("default")
    server.shutdown()


def test_the_index_is_created_with_the_french_analysis(sent):
    analysis = sent[("PUT", f"/{INDEX}")]["settings"]["analysis"]
    analyzer = analysis["analyzer"][profile.ANALYZER]
    assert analyzer["filter"] == ["french_elision", "lowercase", "asciifolding", "french_stop",
                                  "french_agent_noun", "french_kept", "french_light"]
    assert analysis["analyzer"][profile.EXACT_ANALYZER]["filter"] == analyzer["filter"][:4]
    for name in analyzer["filter"]:
        assert name in analysis["filter"] or name in ("lowercase", "asciifolding")
    assert analysis["tokenizer"][analyzer["tokenizer"]]["type"] == "pattern"
    assert analysis["filter"]["french_elision"]["articles"] == list(ELIDED_PREFIXES)
    assert set(analysis["filter"]["french_stop"]["stopwords"]) == FRENCH_STOP_WORDS
    assert analysis["filter"]["french_light"] == {"type": "stemmer", "language": "light_french"}
    assert "edgengram_analyzer" in analysis["analyzer"]  # haystack's own analyzers are kept


def test_the_mapping_analyses_text_in_french_and_keeps_facets_exact(sent):
    properties = sent[("PUT", f"/{INDEX}/_mapping")]["properties"]
    for field in ("text", "title", "speaker_names"):
        assert properties[field]["type"] == "text" and properties[field]["analyzer"] == profile.ANALYZER
        assert properties[field]["fields"]["exact"] == {"type": "text", "analyzer": profile.EXACT_ANALYZER}
    assert properties["title"]["boost"] == 3.0
    for facet in ("source_exact", "speakers_exact", "quote_kinds_exact"):
        assert properties[facet] == {"type": "keyword"}
    assert properties["year_exact"]["type"] == properties["year_month_exact"]["type"] == "long"
    assert properties["date"] == {"type": "date"}
    assert properties["slug"] == {"type": "keyword"}  # stored, not searched


@pytest.mark.parametrize("word, kept", [
    ("observatrices", "observateur"), ("negociatrice", "negociateur"), ("chanteuses", "chanteur"),
    ("directeurs", "directeur"), ("acteur", "acteur"),
])
def test_agent_nouns_are_rewritten_and_kept_from_the_stemmer_as_ours_are(word, kept):
    rewritten = re.sub(profile.AGENT_NOUN_PATTERN, r"\1eur", word)
    assert rewritten == kept and re.match(profile.KEPT_FROM_STEMMER, rewritten)
    assert light_stem(word) == light_stem(kept)  # ours conflates them too


@pytest.mark.parametrize("word", ["elections", "journaux", "reformes", "presidente", "policiers", "parties"])
def test_plain_inflections_go_to_savoys_stemmer(word):
    assert not re.match(profile.KEPT_FROM_STEMMER, word)


def test_exact_input_and_prefixes_search_the_exact_subfield(sent):
    from haystack.inputs import Clean, Exact
    from haystack.query import SQ, SearchQuerySet

    query = SearchQuerySet().filter(SQ(content=Exact("Russie")) | SQ(title__startswith=Clean("negoci"))
                                    | SQ(content=Clean("russie"))).query.build_query()
    assert "text.exact:" in query and "title.exact:" in query and "(russie)" in query
