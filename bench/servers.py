"""Start, time and measure the two HTTP servers of the benchmark on loopback ports."""

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

STARTUP_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, timeout: float = 60.0) -> tuple[int, bytes, float]:
    """GET url → (status, body, milliseconds); an HTTP error status is returned, not raised."""
    began = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body, status = response.read(), response.status
    except urllib.error.HTTPError as error:
        body, status = error.read(), error.code
    return status, body, (time.perf_counter() - began) * 1000


@dataclass
class Server:
    """One server process; `base` is its http://127.0.0.1:PORT."""

    name: str
    command: list[str]
    env: dict
    probe: str  # a cheap path that answers once the application is loaded
    log: Path  # the server's own output
    cwd: Path | None = None
    process: subprocess.Popen | None = None
    port: int = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> float:
        """Start and wait until `probe` answers; returns the seconds it took."""
        self.port = free_port()
        command = [part.replace("{port}", str(self.port)) for part in self.command]
        began = time.perf_counter()
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(command, env=self.env, cwd=self.cwd, stdout=log, stderr=log,
                                            start_new_session=True)
        while time.perf_counter() - began < STARTUP_TIMEOUT:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited: {self.log.read_text()[-2000:]}")
            try:
                fetch(self.base + self.probe, timeout=5)
                return time.perf_counter() - began
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer within {STARTUP_TIMEOUT:.0f} s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None

    def restart(self) -> float:
        self.stop()
        return self.start()

    def worker_pids(self) -> list[int]:
        """The process serving requests: gunicorn's workers, or the process itself."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        pids = [int(pid) for pid in children.read_text().split()] if children.exists() else []
        return pids or [self.process.pid]


def memory(pid: int, index_dir: Path | None = None) -> dict[str, float]:
    """MiB resident: total, heap (anonymous), index files mapped, other files (code, libraries)."""
    totals = {"rss": 0, "heap": 0, "index": 0, "files": 0}
    path, index_prefix = "", str(index_dir) if index_dir else None
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        fields = line.split()
        if not fields[0].endswith(":"):
            path = fields[5] if len(fields) > 5 else ""
        elif fields[0] == "Rss:":
            kib = int(fields[1])
            totals["rss"] += kib
            if not path.startswith("/") or path.startswith("/dev/") or path.startswith("[stack"):
                totals["heap"] += kib
            elif index_prefix and path.startswith(index_prefix):
                totals["index"] += kib
            else:
                totals["files"] += kib
    return {key: value / 1024 for key, value in totals.items()}
