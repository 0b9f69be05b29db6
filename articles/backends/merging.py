"""Which segments a commit merges: tiers of similar size, and a bounded cost in web processes.

Whoosh's default policy (MERGE_SMALL) merges the i+1 smallest segments once they hold fewer
than fib(i+5) documents. Once an index has enough segments, that is all of them: a 6,000-
article index of 20 segments was merged whole (256 s) by the commit of one removal. At
100,000 articles such a commit would rewrite the whole index, in whichever process commits:
a curator's request, which gunicorn then kills, so that the next commit starts it again.

Here segments are grouped in tiers by size: their bytes on disk, counted for their live
documents only (an article weighs about ten quotes). Each tier is FANOUT times the size of
the one below. A commit merges FANOUT segments of one tier (the smallest such tier) into one
segment of the next: each document is rewritten once per tier, a search reads fewer than
FANOUT segments per tier, and the costliest merge is of one tier. A web process merges only
segments of less than `WEB_MERGE_BYTES` in all (a second or two of work); bigger merges wait
for an import's drainer or a command. A segment whose documents were all deleted is dropped
without being read.
"""

from collections import defaultdict

from whoosh.reading import SegmentReader

FANOUT = 8
TIER_BASE = 16 * 2**20  # bytes: the first tier holds every segment smaller than this
WEB_MERGE_BYTES = 4 * 2**20  # about 200 articles' worth
_process_limit: int | None = None  # set by `limit_merges` in web processes


def tier(size: float) -> int:
    level, bound = 0, TIER_BASE
    while size >= bound:
        level, bound = level + 1, bound * FANOUT
    return level


def segments_to_merge(sizes: list[float], limit: float | None = None) -> list[int]:
    """The positions in `sizes` (live bytes per segment) of the segments to merge now."""
    tiers = defaultdict(list)
    for position, size in enumerate(sizes):
        tiers[tier(size)].append(position)
    for level in sorted(tiers):
        members = sorted(tiers[level], key=lambda position: sizes[position])
        if len(members) >= FANOUT:
            chosen = members[:FANOUT]
            if limit is not None and sum(sizes[position] for position in chosen) > limit:
                return []  # a higher tier is bigger still
            return sorted(chosen)
    return []


def limit_merges(size: int = WEB_MERGE_BYTES) -> None:
    """From now on, this process's commits merge at most `size` bytes of segments at once."""
    global _process_limit
    _process_limit = size


def live_bytes(storage, segment, files: list[str]) -> float:
    """A segment's bytes on disk, in proportion to its documents not deleted."""
    prefix = segment.make_filename("")
    size = sum(storage.file_length(name) for name in files if name.startswith(prefix))
    return size * segment.doc_count() / max(segment.doc_count_all(), 1)


def tiered_merges():
    """A Whoosh merge policy for `commit(mergetype=…)`, within this process's limit (if any)."""
    limit = _process_limit

    def merge(writer, segments):
        live = [segment for segment in segments if segment.doc_count() > 0]
        files = list(writer.storage.list())
        chosen = set(segments_to_merge([live_bytes(writer.storage, segment, files) for segment in live], limit))
        for position in sorted(chosen):
            reader = SegmentReader(writer.storage, writer.schema, live[position])
            writer.add_reader(reader)
            reader.close()
        return [segment for position, segment in enumerate(live) if position not in chosen]

    return merge
