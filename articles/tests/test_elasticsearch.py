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

from articles.analysis import ELIDED_PREFIXES, FRENCH_STOP_WORDS, FrenchStemFilter, ParticipleFilter
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
                                  "french_participle", "french_agent_noun", "french_agent_kept", "french_snowball"]
    for name in analyzer["filter"]:
        assert name in analysis["filter"] or name in ("lowercase", "asciifolding")
    assert analysis["tokenizer"][analyzer["tokenizer"]]["type"] == "pattern"
    assert analysis["filter"]["french_elision"]["articles"] == list(ELIDED_PREFIXES)
    assert set(analysis["filter"]["french_stop"]["stopwords"]) == FRENCH_STOP_WORDS
    assert analysis["filter"]["french_snowball"] == {"type": "snowball", "language": "French"}
    assert "edgengram_analyzer" in analysis["analyzer"]  # haystack's own analyzers are kept


def test_the_mapping_analyses_text_in_french_and_keeps_facets_exact(sent):
    properties = sent[("PUT", f"/{INDEX}/_mapping")]["properties"]
    for field in ("text", "title", "speaker_names"):
        assert properties[field]["type"] == "text" and properties[field]["analyzer"] == profile.ANALYZER
    assert properties["title"]["boost"] == 3.0
    for facet in ("source_exact", "speakers_exact", "quote_kinds_exact"):
        assert properties[facet] == {"type": "keyword"}
    assert properties["year_exact"]["type"] == properties["year_month_exact"]["type"] == "long"
    assert properties["date"] == {"type": "date"}
    assert properties["slug"] == {"type": "keyword"}  # stored, not searched


def whoosh_filtered(filter_, word: str) -> str:
    token = Token(text=word, stopped=False)
    return next(iter(filter_([token]))).text


@pytest.mark.parametrize("word", ["declarees", "declaree", "declare", "abees", "abee", "armee", "lycees", "ees"])
def test_the_participle_rule_is_ours(word):
    assert re.sub(profile.PARTICIPLE_PATTERN, r"\1", word) == whoosh_filtered(ParticipleFilter(), word)


@pytest.mark.parametrize("word", ["observateurs", "negociatrice", "observatrices", "acteur"])
def test_agent_nouns_are_rewritten_and_kept_as_ours_are(word):
    rewritten = re.sub(profile.AGENT_NOUN_PATTERN, r"\1eur", word)
    if FrenchStemFilter.AGENT_NOUN.match(word):
        assert rewritten == whoosh_filtered(FrenchStemFilter(), word)
        assert re.match(profile.AGENT_NOUN_KEPT, rewritten)
    else:
        assert rewritten == word and not re.match(profile.AGENT_NOUN_KEPT, word)
