"""A small progress bar for long management commands (shown only on a terminal)."""

import time
from typing import TextIO

MIN_ITEMS = 20  # short runs finish before a bar would help
WIDTH = 30


class ProgressBar:
    """`[#####.....] 120/500  24 %  3.1 s` redrawn in place on stderr."""

    def __init__(self, total: int, stream: TextIO, label: str = ""):
        self.total, self.stream, self.label = total, stream, label
        self.done = 0
        self.started = time.monotonic()
        self.enabled = total >= MIN_ITEMS and getattr(stream, "isatty", lambda: False)()
        self._last_draw = 0.0

    def advance(self, step: int = 1) -> None:
        self.done += step
        now = time.monotonic()
        if self.enabled and (now - self._last_draw > 0.1 or self.done == self.total):
            self._last_draw = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        filled = WIDTH * self.done // max(self.total, 1)
        percent = 100 * self.done // max(self.total, 1)
        self.stream.write(
            f"\r{self.label} [{'#' * filled}{'.' * (WIDTH - filled)}] "
            f"{self.done}/{self.total}  {percent} %  {now - self.started:.1f} s"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
