"""Each segment's term statistics for its stored French text, written with the segment.

"Articles similaires" needs the total weight and document count of an article's few
hundred words in the whole index. Whoosh looks a term up in each segment's hash table in
Python (~10 µs): after `rebuild_index` at 10,000 articles an index has 19 segments, and
those lookups were most of an article page. The segment writer already finishes every
term with its statistics: it also writes them to `<segment>.<field>.tst`, three arrays
sorted by a 64-bit hash of the term, and a reader looks up all of an article's words at
once (`np.searchsorted`). A segment without the file (an older index) is read as before.
"""

from hashlib import blake2b

import numpy as np
from whoosh.codec.whoosh3 import W3FieldWriter, pack_ushort

_ROW = np.dtype([("hash", "<i8"), ("weight", "<f8"), ("docs", "<i8")])


def term_hash(btext: bytes) -> int:
    """A term's 64-bit hash, the same in every process (unlike `hash()`)."""
    return int.from_bytes(blake2b(btext, digest_size=8).digest(), "little", signed=True)


def stats_file(segment, fieldname: str) -> str:
    return segment.make_filename(f".{fieldname}.tst")


class StatsFieldWriter(W3FieldWriter):
    """Whoosh's field writer, keeping the statistics of the terms of some fields for a `.tst` file."""

    def __init__(self, codec, storage, segment, fieldnames):
        super().__init__(codec, storage, segment)
        self._rows: dict[str, list] = {name: [] for name in fieldnames}

    def finish_term(self):
        terminfo = self._postwriter.finish_postings()  # what Whoosh's finish_term does
        self._tindex.add(pack_ushort(self._fieldid) + self._btext, terminfo.to_bytes())
        rows = self._rows.get(self._fieldname)
        if rows is not None:
            # The weight as the term table keeps it (a 32-bit float), so both read the same.
            rows.append((term_hash(self._btext), float(np.float32(terminfo.weight())), terminfo.doc_frequency()))

    def close(self):
        super().close()
        for fieldname, rows in self._rows.items():
            table = np.array(rows, dtype=_ROW)
            table.sort(order="hash")
            with self._storage.create_file(stats_file(self._segment, fieldname)) as out:
                out.write(table.tobytes())


def read_stats(storage, segment, fieldname: str) -> np.ndarray | None:
    """A segment's statistics table for a field, or None when it was written without one."""
    name = stats_file(segment, fieldname)
    if not storage.file_exists(name):
        return None
    with storage.open_file(name) as stream:
        return np.frombuffer(stream.read(), dtype=_ROW)


def lookup(table: np.ndarray, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Total weight and document count of each hashed term in one segment's table (0 if absent)."""
    at = np.minimum(np.searchsorted(table["hash"], hashes), max(len(table) - 1, 0))
    if not len(table):
        return np.zeros(len(hashes)), np.zeros(len(hashes), dtype=np.int64)
    found = table["hash"][at] == hashes
    return np.where(found, table["weight"][at], 0.0), np.where(found, table["docs"][at], 0)
