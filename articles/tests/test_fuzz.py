"""20,000 seeded hostile requests over every route and parameter: no 5xx, no traceback.

The generator (`hostile.fuzz_requests`) mixes valid values with superscript and other
non-ASCII digits, numbers of 309 and 4,301 digits, NUL and control characters, invalid
UTF-8, 70,000-character values, query syntax, payloads and repeated parameters, on the
five seeds plus an article carrying every payload. Every 4xx page must be French.
"""

import logging
import time

import pytest
from django.test import Client

from .hostile import create_hostile_article, fuzz_requests

pytestmark = pytest.mark.django_db

REQUESTS = int(__import__("os").environ.get("FUZZ_REQUESTS", 20_000))
SEED = 8
ENGLISH = ("Not Found", "Bad Request", "Forbidden", "Server Error", "Traceback")


def _problem(response) -> str | None:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode("utf-8", "replace")
    if response.status_code >= 500:
        return f"{response.status_code}"
    if "Traceback" in text:
        return "traceback in the body"
    if response.status_code >= 400 and response["Content-Type"].startswith("text/html"):
        if 'lang="fr"' not in text or any(word in text for word in ENGLISH):
            return f"{response.status_code} page not in French"
    return None


def test_fuzzed_requests_never_give_a_5xx_or_a_traceback(seeds, caplog):
    create_hostile_article()
    client = Client(raise_request_exception=False)
    failures, statuses, started = [], {}, time.perf_counter()
    with caplog.at_level(logging.WARNING):
        for path, query in fuzz_requests(SEED, REQUESTS):
            response = client.get(f"{path}?{query}")
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            problem = _problem(response)
            if problem:
                failures.append(f"{problem}: {path}?{query[:200]}")
    took = time.perf_counter() - started
    print(f"{REQUESTS} fuzzed requests in {took:.0f} s: {dict(sorted(statuses.items()))}")
    logged = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not failures, f"{len(failures)} bad answers, first: {failures[:5]}"
    assert not logged, f"{len(logged)} errors or tracebacks logged, first: {logged[0].getMessage()[:300]}"
    assert statuses.get(200, 0) > REQUESTS // 5 and statuses.get(400, 0) > REQUESTS // 5  # both paths exercised
