"""The real installed ``osteo-tui``, started in tmux and driven with keys, as a trainer would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def _installed_command() -> str:
    """The console script next to the running interpreter (the one pip installed)."""
    script = Path(sys.executable).with_name("osteo-tui")
    assert script.exists(), f"osteo-tui is not installed next to {sys.executable}"
    return str(script)


class Tmux:
    def __init__(self, name: str, env: dict[str, str]) -> None:
        assert shutil.which("tmux"), "tmux is needed for the end-to-end test (.ci/run installs it)"
        self.name = name
        self.env = env

    def start(self, command: str, width: int, height: int, cwd: Path) -> None:
        self._tmux(
            "new-session",
            "-d",
            "-s",
            self.name,
            "-x",
            str(width),
            "-y",
            str(height),
            "-c",
            str(cwd),
            command,
        )

    def keys(self, *keys: str) -> None:
        for key in keys:
            self._tmux("send-keys", "-t", self.name, key)
            time.sleep(0.15)

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", self.name).stdout

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def alive(self) -> bool:
        return self._tmux("has-session", "-t", self.name, check=False).returncode == 0

    def kill(self) -> None:
        self._tmux("kill-session", "-t", self.name, check=False)

    def _tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", *args], env=self.env, capture_output=True, text=True, check=check
        )


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TMUX")}
    env["TERM"] = "xterm-256color"
    env["TMUX_TMPDIR"] = str(tmp_path)  # a private tmux server
    session = Tmux(f"osteo-{os.getpid()}", env)
    yield session
    session.kill()


def test_fresh_start_on_builtin_packs_with_an_empty_data_folder(tmux: Tmux, tmp_path: Path) -> None:
    data = tmp_path / "fresh-data"  # does not exist yet: a brand-new machine
    command = f"env OSTEO_TUI_DATA={data} {_installed_command()}"
    tmux.start(command, 100, 30, cwd=tmp_path)
    tmux.wait_for("No courses yet. Press n to create your first course.")
    tmux.keys("p")
    home = tmux.wait_for("Lesson packs")
    assert "Living well with osteoporosis after a fracture" in home
    assert "Hyvää elämää osteoporoosin kanssa" in home
    tmux.keys("Enter")
    tmux.wait_for("Sessions")
    tmux.keys("Down", "Right", "Down")
    screen = tmux.wait_for("Key messages")
    assert "Welcome" in screen
    tmux.keys("l")
    tmux.wait_for("Exercise library")
    tmux.keys("Escape")
    tmux.wait_for("Lesson packs")
    tmux.keys("Escape")
    tmux.wait_for("No courses yet")
    tmux.keys("q")
    deadline = time.monotonic() + 10
    while tmux.alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not tmux.alive(), "q on the home screen should quit the app"
