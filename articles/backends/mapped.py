"""A segment's files read from its memory map, never copied into the heap.

Whoosh maps each compound segment file, then wraps every part it opens (term table,
postings, columns) in `BufferFile`, whose `BytesIO(memoryview)` copies the part into the
process's heap. Each worker thus held a private copy of most of the index: 284 MiB of
heap for 10,000 articles, growing with the archive, again for every reopened reader.
`ViewFile` reads the mapped bytes in place: the page cache holds them once for every
process, and a read copies only what it reads.
"""

import io

from whoosh.filedb import compound
from whoosh.filedb.structfile import BufferFile


class _ViewReader(io.RawIOBase):
    """A read-only, seekable file over a memoryview."""

    def __init__(self, view: memoryview):
        super().__init__()
        self._view = view
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        start, length = self._pos, len(self._view)
        end = length if size is None or size < 0 else min(start + size, length)
        self._pos = max(start, end)
        return self._view[start:end].tobytes()

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        line = bytearray()
        while size is None or size < 0 or len(line) < size:
            char = self.read(1)
            if not char:
                break
            line += char
            if char == b"\n":
                break
        return bytes(line)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos


class ViewFile(BufferFile):
    """Whoosh's `BufferFile`, reading its buffer in place."""

    def __init__(self, buf, name=None, onclose=None):
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = buf
        self.file = _ViewReader(memoryview(buf))

    def subset(self, position, length, name=None):
        return ViewFile(memoryview(self._buf)[position:position + length], name=name or self._name)


# Compound segments open their parts through this name.
compound.BufferFile = ViewFile
