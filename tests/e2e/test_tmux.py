"""The real installed ``osteo-tui``, started in tmux and driven with keys, as a trainer would."""

from __future__ import annotations

import json
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

    def type(self, text: str) -> None:
        """Type ``text`` as it is (not as key names)."""
        self._tmux("send-keys", "-t", self.name, "-l", text)
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
    home = tmux.wait_for(
        "Living well with osteoporosis after a fracture"
    )  # the footer says "Lesson packs" already
    assert "Lesson packs" in home
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


def _cli(data: Path, *args: str) -> str:
    done = subprocess.run(
        [_installed_command(), "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_short_session_in_tmux_is_stored_as_the_cli_reads_it(tmux: Tmux, tmp_path: Path) -> None:
    """At 80×24: open a course made with the CLI, run session 1 for a moment (timer,
    attendance, a note, the next segment), leave it half-way, and read it back with the CLI."""
    data = tmp_path / "data"
    _cli(
        data,
        "course",
        "new",
        "Tuesday group",
        "--pack",
        "luustokurssi-en",
        "--start",
        "2026-03-03",
        "--time",
        "10:00",
    )
    _cli(data, "participant", "add", "Tuesday group", "Aino Virtanen", "--vertebral-fracture")
    _cli(data, "participant", "add", "Tuesday group", "Liisa Korhonen")
    _cli(data, "participant", "add", "Tuesday group", "Pekka Mäkinen")

    tmux.start(f"env OSTEO_TUI_DATA={data} {_installed_command()}", 80, 24, cwd=tmp_path)
    home = tmux.wait_for("Tuesday group")
    assert "planned" in home
    tmux.keys("Enter")
    tmux.wait_for("1 Roster")
    tmux.keys("4")
    tmux.wait_for("not started")
    tmux.keys("Enter")
    runner = tmux.wait_for("Paused · space starts")
    assert "Session 1: Living with" in runner and "Welcome" in runner
    tmux.keys("Space")
    tmux.wait_for("Running · space pauses")

    tmux.keys("a")
    tmux.wait_for("Attendance, session 1")
    tmux.keys("p")  # Aino present
    tmux.wait_for("✓ present")
    tmux.keys("a")  # Liisa absent
    tmux.wait_for("✗ absent")
    tmux.keys("A")  # everyone not yet marked (Pekka) present
    tmux.wait_for("Marked present: Pekka Mäkinen")
    tmux.keys("Escape")
    assert "Present 2 of 3" in tmux.wait_for("Running · space pauses")

    tmux.keys("o")
    tmux.wait_for("Quick note: press the key of the person")
    tmux.keys("1")
    tmux.wait_for("Note about Aino Virtanen")
    tmux.type("Dizzy when standing up")
    tmux.keys("Enter")
    tmux.wait_for("Saved a private note about")  # the toast wraps at 80 columns

    tmux.keys("n")
    screen = tmux.wait_for("Segment 2/9")
    assert "▶ 15′ Introductions" in screen and "✓ 10′ Welcome" in screen
    tmux.keys("q")
    tmux.wait_for("Pause and leave")
    tmux.keys("y")
    assert "in progress: 2 of 9" in tmux.wait_for("in progress")
    tmux.keys("Escape")
    assert "running" in tmux.wait_for("Enter opens the highlighted course")
    tmux.keys("q")
    deadline = time.monotonic() + 10
    while tmux.alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not tmux.alive()

    attendance = json.loads(_cli(data, "attendance", "show", "Tuesday group", "--json"))
    marks = {p["name"]: p["marks"][0] for p in attendance["participants"]}
    assert marks == {
        "Aino Virtanen": "present",
        "Liisa Korhonen": "absent",
        "Pekka Mäkinen": "present",
    }
    course = json.loads(_cli(data, "course", "show", "Tuesday group", "--json"))
    assert course["course"]["status"] == "running"
    names = {p["id"]: p["name"] for p in course["participants"]}
    notes = [(names[n["participant_id"]], n["text"], n["session"]) for n in course["notes"]]
    assert notes == [("Aino Virtanen", "Dizzy when standing up", 1)]
    (run,) = course["runs"]
    assert (run["session"], run["segment"], run["finished"]) == (1, 1, False)
    assert run["timer"]["running"] is False  # left paused, to be resumed
    assert run["spent"]["0"] > 0  # the Welcome segment was timed
