"""Index writes: waiting for another process's lock, and segments written faster."""

import heapq
import time
from collections.abc import Iterator

from haystack.constants import DJANGO_CT, ID
from haystack.exceptions import SearchBackendError, SkipDocument
from haystack.utils import get_identifier, get_model_ct
from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter, _lenfield
from whoosh.index import LockError
from whoosh.reading import SegmentReader
from whoosh.writing import CLEAR, SegmentWriter

from .merging import tiered_merges
from .schema import FrenchText, with_exact_copies
from .termstats import StatsFieldWriter
from .spelling import read_segment_words, spelling_fields, spelling_file, write_spelling_words, write_words

# A writer waits this long for another process's lock before giving up loudly
# (connection option WRITE_TIMEOUT).
WRITE_TIMEOUT = 10.0
# The postings a writer sorts in memory before it spills sorted runs to disk and merges them
# back (pickled, then read again). Whoosh's 128 MB holds about 900 bench articles: a batch of
# 5,000 spent a third of `rebuild_index` on runs (2,000 articles: 72 s, 48 s with 1,024 MB,
# peak 360 MiB then 453). Only a large batch fills it; a single edit's writer stays small.
POOL_MEGABYTES = 1024


class _SegmentWriter(SegmentWriter):
    """Whoosh's writer, minus per-posting work when it writes a segment's postings.

    Writing postings asks each document's field length, once per posting. Whoosh's reader
    looked for the missing length column on disk every time for fields that keep none (ID,
    KEYWORD, NUMERIC: 360,000 `os.path.exists` for 1,000 bench articles, about 12% of
    indexing), and decoded the length byte again for the others.
    """

    def __init__(self, ix, **kwargs):
        kwargs.setdefault("codec", _InliningCodec(stats_fields(ix.schema)))
        super().__init__(ix, **kwargs)
        self.pool = _SpellingPool(self.pool, spelling_fields(self.schema))
        self._merged: list[Iterator[tuple]] = []  # merged segments' postings, each sorted
        self._merged_readers: list[SegmentReader] = []

    def cancel(self):
        for reader in self._merged_readers:
            reader.close()
        super().cancel()

    def per_document_reader(self):
        return _LengthsReader(super().per_document_reader())

    def add_reader(self, reader):
        """Merge a segment: its dictionary's words join the new segment's, its postings stream.

        Whoosh sends a merged segment's postings through the pool, which sorts them all
        again (externally, on disk): 28 % of a rebuild. They are sorted already; the flush
        merges them with the pool's in one pass.
        """
        self._check_state()
        for field, words in self.pool.words.items():
            words.update(read_segment_words(reader, field))
        fieldnames = set(self.schema.names()) | {name for name in reader.indexed_field_names() if name in self.schema}
        basedoc = self.docnum
        docmap = self.write_per_doc(fieldnames, reader)
        # The merge policy closes its reader on return: the flush reads from its own.
        own = SegmentReader(self.storage, self.schema, reader.segment())
        self._merged_readers.append(own)
        postings = (item for item in own.iter_postings() if item[0] not in self.pool.words)
        self._merged.append(self._process_posts(postings, basedoc, docmap))
        self._added = True

    def _flush_segment(self):
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        postings = heapq.merge(self.pool.iter_postings(), *self._merged)
        self.fieldwriter.add_postings(self.schema, lengths, postings)
        self.fieldwriter.close()
        if lengths:
            lengths.close()
        for reader in self._merged_readers:
            reader.close()

    def _commit_toc(self, segments):
        """Write the new segments' spelling dictionaries before the generation that has them."""
        for segment in segments:
            if segment.segment_id() == self.newsegment.segment_id():
                for field, words in self.pool.words.items():
                    write_words(self.storage, segment, field, words)
            elif not all(self.storage.file_exists(spelling_file(segment, field)) for field in self.pool.words):
                write_spelling_words(self.storage, self.schema, segment)  # an older index's segment
        super()._commit_toc(segments)


class _InliningCodec(W3Codec):
    """Whoosh's codec, with a term of one posting kept in the term table (`_InliningPostings`),
    and the term statistics of the stored French text written with the segment (`termstats`)."""

    def __init__(self, stats_fields: tuple[str, ...] = (), **kwargs):
        super().__init__(**kwargs)
        self.stats_fields = stats_fields

    def field_writer(self, storage, segment):
        return StatsFieldWriter(self, storage, segment, getattr(self, "stats_fields", ()))

    def postings_writer(self, dbfile, byteids=False):
        return _InliningPostings(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                                 compression=self._compression, inlinelimit=self._inlinelimit)


def stats_fields(schema) -> tuple[str, ...]:
    """The fields whose term statistics a segment keeps: the stored French text ("text")."""
    return tuple(sorted(name for name, field in schema.items() if isinstance(field, FrenchText) and field.stored))


class _InliningPostings(W3PostingsWriter):
    """Postings where a term with one posting is inlined in its term info, as Whoosh meant.

    Whoosh writes each term's postings as a pickled, compressed block in the postings file
    unless there are fewer than `inlinelimit`; its default limit (1) inlines nothing, and a
    higher one fails (`set_inline` is misspelt). Half a segment's terms have one posting:
    each block cost more than the posting. Readers already read inlined postings
    (`W3Codec.postings_reader`): same documents, weights and values.
    """

    def finish_postings(self):
        if self.written() or len(self) != 1:
            return super().finish_postings()
        terminfo, self._terminfo = self._terminfo, None
        terminfo.add_block(self)
        # Bytes values, as blocks give: merges copy them into a new pool, which checks.
        terminfo.set_inlined(self._ids, self._weights, self._values or [b""])
        return terminfo


class _SpellingPool:
    """The writer's posting pool, with spelling words kept aside rather than posted.

    Whoosh posts every spelling word of every document (all at document 0) only to list
    them in the segment's terms: a quarter of the terms a segment wrote, each with a
    posting list. The segment's dictionary file is all that reads them now.
    """

    def __init__(self, pool, fields):
        self._pool = pool
        self.words: dict[str, set[str]] = {field: set() for field in fields}

    def add(self, item):
        words = self.words.get(item[0])
        if words is None:
            self._pool.add(item)
        else:  # a new document's spelling word (merged segments bring theirs in add_reader)
            words.add(item[1].decode("utf-8"))

    def __getattr__(self, name):
        return getattr(self._pool, name)


class _LengthsReader:
    """The per-document reader `add_postings` is given, with each field's lengths read once."""

    def __init__(self, reader):
        self._reader = reader
        self._lengths: dict[str, list[int] | None] = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        lengths = self._lengths.get(fieldname, False)
        if lengths is False:
            lengths = self._lengths[fieldname] = self._read_lengths(fieldname)
        return default if lengths is None else lengths[docnum]

    def _read_lengths(self, fieldname: str) -> list[int] | None:
        """Every document's length in the field; None when the field keeps no lengths."""
        reader = self._reader
        if not reader.has_column(_lenfield(fieldname)):
            return None
        # Whoosh gives None for a document without the field; `add_postings` never asks for one.
        return [reader.doc_field_length(docnum, fieldname) for docnum in range(reader.doc_count_all())]

    def close(self):
        self._reader.close()


class WritingMixin:
    """The backend's `update` / `remove` / `clear`, waiting for the lock, never dropping."""

    def _writer(self):
        """A writer on the latest index, waiting with backoff while another one holds the lock."""
        deadline = time.monotonic() + self.write_timeout
        delay = 0.01
        while True:
            self.index = self.index.refresh()
            try:
                return self.index.writer(limitmb=POOL_MEGABYTES)
            except LockError:
                if time.monotonic() + delay > deadline:
                    raise SearchBackendError(
                        f"The Whoosh index at {self.path} stayed locked by another writer "
                        f"for {self.write_timeout:g} s; nothing was written."
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    def _documents(self, index, iterable) -> Iterator[dict]:
        for obj in iterable:
            try:
                doc = index.full_prepare(obj)
            except SkipDocument:
                self.log.debug("Indexing for object `%s` skipped", obj)
                continue
            doc = {key: self._from_python(value) for key, value in doc.items()}
            doc.pop("boost", None)  # document boosts aren't supported by Whoosh
            yield with_exact_copies(self.schema, doc)

    def update(self, index, iterable, commit=True):
        if not self.setup_complete:
            self.setup()
        docs = list({doc[ID]: doc for doc in self._documents(index, iterable)}.values())
        if not docs:
            return
        writer = self._writer()
        # update_document looks every id up to delete it first; a document whose id is
        # not in the index yet (a rebuild, a new article) is simply added.
        reader = writer.searcher().reader()  # the writer's own, closed on commit
        for doc in docs:
            try:
                if (ID, doc[ID]) in reader:
                    writer.update_document(**doc)
                else:
                    writer.add_document(**doc)
            except Exception:
                if not self.silently_fail:
                    writer.cancel()  # release the lock
                    raise
                self.log.exception("Failed to index document %s", doc[ID])
        writer.commit(mergetype=tiered_merges())

    def remove(self, obj_or_string, commit=True):
        if not self.setup_complete:
            self.setup()
        writer = self._writer()
        writer.delete_by_term(ID, get_identifier(obj_or_string))
        writer.commit(mergetype=tiered_merges())

    def clear(self, models=None, commit=True):
        if not self.setup_complete:
            self.setup()
        writer = self._writer()
        if models is None:
            # Drop every segment under the lock (haystack deleted the folder, pulling it
            # from under any other process); the new TOC gets the current schema.
            writer.commit(mergetype=CLEAR)
            return
        for model in models:
            writer.delete_by_term(DJANGO_CT, get_model_ct(model))
        writer.commit(mergetype=tiered_merges())
