"""Run a program in a pseudo-terminal, as a trainer's terminal would, and read what it reports.

Textual only draws for real when it has a terminal: under a pty the app uses its normal Linux
driver and writes every frame as escape sequences, so start-up, frames and memory are measured
with the real output path (headless mode skips it). The program reports through a JSON file.

Compiled bytecode: an installed osteo-tui (``pip install .``) has its ``.pyc`` files, as
Textual has in site-packages, so a launched program may write and read them, in a cache folder
of its own outside the working tree (``PYTHONPYCACHEPREFIX``), even when the environment says
``PYTHONDONTWRITEBYTECODE``. Otherwise every start of osteo-tui from a source checkout would
compile its 60-odd modules again (about 35 ms) while the bare app's Textual comes compiled.
Each benchmark's first, untimed launch fills the cache for both programs.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["BENCH_DIR", "BYTECODE_DIR", "LAUNCHER", "Launch", "launch"]

BENCH_DIR = Path(__file__).resolve().parent
LAUNCHER = BENCH_DIR / "launcher.py"
BYTECODE_DIR = Path(tempfile.gettempdir()) / f"osteo-tui-bench-bytecode-{os.getuid()}"


@dataclass
class Launch:
    """What one launch gave: when it was started (``time.monotonic``), what it reported,
    its exit status and its peak resident memory in bytes (as the program reported it)."""

    started: float
    report: dict[str, Any]
    returncode: int
    max_rss: int
    output_bytes: int = 0
    errors: list[str] = field(default_factory=list)


def _drain(fd: int, counter: list[int]) -> None:
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            return
        if not chunk:
            return
        counter[0] += len(chunk)


def launch(
    args: list[str],
    env: dict[str, str] | None = None,
    size: tuple[int, int] = (120, 40),
    timeout: float = 60.0,
) -> Launch:
    """Run ``python bench/launcher.py ARGS...`` in a ``size`` (columns, rows) pty."""
    master, slave = pty.openpty()
    columns, rows = size
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        report_path = Path(handle.name)
    child_env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor", **(env or {})}
    child_env.pop("TEXTUAL", None)  # no devtools, no debug features
    child_env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled once, then read
    child_env.setdefault("PYTHONPYCACHEPREFIX", str(BYTECODE_DIR))
    counter = [0]
    drainer = threading.Thread(target=_drain, args=(master, counter), daemon=True)
    drainer.start()
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, str(LAUNCHER), str(report_path), *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=child_env,
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    drainer.join(timeout=2)
    os.close(master)
    try:
        text = report_path.read_text(encoding="utf-8")
        report = json.loads(text) if text.strip() else {}
    finally:
        report_path.unlink(missing_ok=True)
    errors = list(report.get("errors", []))
    if process.returncode != 0:
        errors.append(f"the launched program ended with code {process.returncode}")
    return Launch(
        started=started,
        report=report,
        returncode=process.returncode,
        max_rss=int(report.get("peak_rss") or 0),
        output_bytes=counter[0],
        errors=errors,
    )
