"""Readers of the archive for `make load`: searches, articles, speakers and quotes.

The pages to ask come from the JSON file named by LOAD_TARGETS (written by bench/load.py):
{"words": [...], "articles": [slug, ...], "speakers": [slug, ...]}.
"""

import json
import os
import random

from locust import HttpUser, between, task

TARGETS = json.loads(open(os.environ["LOAD_TARGETS"], encoding="utf-8").read())


class Reader(HttpUser):
    wait_time = between(0.5, 2.0)

    @task(4)
    def search(self):
        words = random.sample(TARGETS["words"], random.choice((1, 1, 2)))
        self.client.get("/", params={"q": " ".join(words)}, name="search")

    @task(3)
    def article(self):
        self.client.get(f"/articles/{random.choice(TARGETS['articles'])}/", name="article")

    @task(2)
    def speaker(self):
        self.client.get(f"/speakers/{random.choice(TARGETS['speakers'])}/", name="speaker")

    @task(2)
    def quotes(self):
        self.client.get("/quotes/", params={"q": random.choice(TARGETS["words"])}, name="quotes")
