"""Segment files are read in place from their memory map, not copied into the heap."""

import io
import pickle
import random
import tracemalloc

from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.qparser import QueryParser

from articles.backends.mapped import ViewFile, _ViewReader


def test_a_part_reads_as_bytesio_reads_it():
    data = pickle.dumps({"terms": ["élection", "scrutin"], "n": 42}) + b"first line\nsecond\n" + bytes(range(256))
    ours, theirs = _ViewReader(memoryview(data)), io.BytesIO(data)
    for step in [lambda f: f.read(7), lambda f: f.seek(3), lambda f: f.tell(), lambda f: f.read(0),
                 lambda f: f.seek(-5, io.SEEK_END), lambda f: f.read(), lambda f: f.read(10),
                 lambda f: f.seek(len(data) - 256 - 18), lambda f: f.readline(), lambda f: f.readline(3),
                 lambda f: f.seek(2, io.SEEK_CUR), lambda f: f.read(-1), lambda f: f.seek(0)]:
        assert step(ours) == step(theirs)
    assert pickle.load(ours) == pickle.load(theirs)
    part = ViewFile(memoryview(data)).subset(3, 10)
    assert part.read(100) == data[3:13] and part.get(2, 3) == data[5:8]


def test_searching_a_segment_copies_none_of_it_into_the_heap(tmp_path):
    rng = random.Random(4)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8)) for _ in range(20_000)]
    index = FileStorage(str(tmp_path)).create_index(Schema(id=ID(stored=True), body=TEXT))
    writer = index.writer()
    for n in range(600):
        writer.add_document(id=str(n), body=" ".join(rng.choice(words) for _ in range(300)))
    writer.commit()
    [segment_file] = [path for path in tmp_path.iterdir() if path.suffix == ".seg"]  # one compound file
    size = segment_file.stat().st_size

    tracemalloc.start()
    try:
        with index.searcher() as searcher:
            hits = searcher.search(QueryParser("body", index.schema).parse(words[0]), limit=None)
            found = len(hits)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found > 0
    # Whoosh's own BufferFile copied the term table and the postings: most of the file.
    assert peak < size / 4, (peak, size)
