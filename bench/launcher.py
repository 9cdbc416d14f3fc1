"""The program ``bench/terminal.py`` starts in a pseudo-terminal: the real app (or a bare Textual
app), with a hook that notes when the first frame is written to the terminal.

    python bench/launcher.py REPORT.json app              # osteo-tui as the CLI starts it
    python bench/launcher.py REPORT.json bare             # a bare App painting one Static
    python bench/launcher.py REPORT.json bare-home        # bare Textual, the home screen's widgets
    python bench/launcher.py REPORT.json app --tour S     # then open a course and run a session
    python bench/launcher.py REPORT.json runner COURSE S  # the runner ticking for S seconds
    python bench/launcher.py REPORT.json bare-clock S     # a bare App ticking one Digits
    python bench/launcher.py REPORT.json segments COURSE N S  # n pressed N times, S s apart

The data folder comes from ``OSTEO_TUI_DATA``. "First paint" is the moment ``App._display``
has written and flushed a frame of the first real screen (the home screen; the bare app's one
screen): what the trainer sees, not just "the DOM is ready". Timestamps are ``time.monotonic``,
which is one system-wide clock on Linux, so they compare with the parent's.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import App
from textual.screen import Screen

REPORT: dict[str, Any] = {"launched": time.monotonic(), "errors": []}


def peak_rss() -> int:
    """This process's peak resident memory in bytes (``VmHWM``). The parent's ``ru_maxrss``
    of a child is no good here: on Linux it also counts the parent's own memory at the fork."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def write_report(path: Path) -> None:
    path.write_text(json.dumps(REPORT), encoding="utf-8")


def on_first_paint(screen_class: str, then: Callable[[App[Any]], None]) -> None:
    """Call ``then(app)`` right after the first frame of ``screen_class`` reaches the terminal."""
    original = App._display
    fired = False

    def _display(self: App[Any], screen: Screen[Any], renderable: Any) -> None:
        nonlocal fired
        will_draw = renderable is not None and not self._batch_count
        original(self, screen, renderable)
        if will_draw and not fired and type(screen).__name__ == screen_class:
            fired = True
            REPORT["painted"] = time.monotonic()
            REPORT["painted_cpu"] = time.process_time()  # steadier than wall time under load
            REPORT["screen"] = screen_class
            then(self)

    App._display = _display  # type: ignore[method-assign]


def exit_soon(app: App[Any]) -> None:
    app.call_later(app.exit)


# -- start-up ----------------------------------------------------------------------------------


def run_osteo_cli() -> None:
    """Exactly what the ``osteo-tui`` console script does, with no arguments."""
    REPORT["phases"] = phases = {"launcher": time.process_time()}
    from osteo_tui.cli import main

    phases["cli imported"] = time.process_time()
    REPORT["package"] = str(Path(sys.modules["osteo_tui"].__file__ or "").parent)
    run = App.run

    def timed_run(self: App[Any], *args: Any, **kwargs: Any) -> Any:
        phases["app.run called"] = time.process_time()
        return run(self, *args, **kwargs)

    App.run = timed_run  # type: ignore[method-assign]
    sys.argv = ["osteo-tui"]
    try:
        main()
    except SystemExit as done:
        if done.code not in (0, None):
            raise


class BareApp(App[None]):
    """The baseline: Textual itself, painting one Static."""

    def compose(self) -> Any:
        from textual.widgets import Static

        yield Static("Hello from a bare Textual app")


class BareHome(App[None]):
    """A reference, not the baseline: bare Textual with the widgets of osteo-tui's home screen
    (a header, a title, a 50-row table of six columns, a hint, a footer with four keys), no
    data folder, no stylesheet of its own. What Textual itself costs for that first frame."""

    BINDINGS = [("n", "bell", "New course"), ("enter", "bell", "Open course"),
                ("p", "bell", "Lesson packs"), ("q", "quit", "Quit")]  # fmt: skip

    def compose(self) -> Any:
        from textual.widgets import DataTable, Footer, Header, Static

        yield Header()
        yield Static("Courses")
        table: DataTable[str] = DataTable(cursor_type="row")
        table.add_columns("Course", "Pack", "Starts", "Next session", "People", "Attendance")
        for number in range(50):
            table.add_row(
                f"Spring course {number + 1}", "luustokurssi-en", "Tue 4 Mar 2025",
                "Session 2, Tue 11 Mar 13:00", "30", "95 %",
            )  # fmt: skip
        yield table
        yield Static("Enter opens the highlighted course · n new course · p lesson packs")
        yield Footer()


def count_courses(app: App[Any]) -> None:
    from textual.widgets import DataTable

    tables = app.screen.query(DataTable)
    REPORT["rows"] = tables.first().row_count if tables else 0
    REPORT["table_height"] = tables.first().region.height if tables else 0  # rows on view


def count_and_exit(app: App[Any]) -> None:
    count_courses(app)
    exit_soon(app)


# -- memory tour -------------------------------------------------------------------------------


async def wait_for_screen(app: App[Any], name: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while type(app.screen).__name__ != name:
        if time.monotonic() > deadline:
            raise RuntimeError(f"{name} did not open (on {type(app.screen).__name__})")
        await asyncio.sleep(0.05)


async def tour(app: App[Any], seconds: float) -> None:
    """Open the highlighted course, run session 1 with its clock ticking, mark attendance."""
    from textual.pilot import Pilot

    pilot = Pilot(app)
    visited = []
    try:
        await pilot.press("enter")
        await wait_for_screen(app, "CourseScreen")
        visited.append("course")
        await pilot.press("2")
        await pilot.press("4", "r")
        await wait_for_screen(app, "SessionRunnerScreen")
        await pilot.press("space")
        visited.append("runner")
        await asyncio.sleep(seconds / 2)
        await pilot.press("a")
        await wait_for_screen(app, "AttendanceScreen")
        await pilot.press("p", "p", "a", "p", "escape")
        visited.append("attendance")
        await asyncio.sleep(seconds / 2)
    except Exception as error:  # reported, and the parent shows it
        REPORT["errors"].append(f"tour: {error}")
    REPORT["visited"] = visited
    app.exit()


def start_tour(seconds: float) -> Callable[[App[Any]], None]:
    def begin(app: App[Any]) -> None:
        count_courses(app)
        app.call_later(lambda: app.run_worker(tour(app, seconds), exclusive=True))

    return begin


# -- frame times -------------------------------------------------------------------------------


Span = tuple[float, float]  # (wall seconds, CPU seconds of the event-loop thread)


class FrameLog:
    """Durations of each tick (the screen's own update code) and of each screen refresh that
    follows it (layout, compositing, rendering the changed lines, writing them out), as wall
    time and as the event-loop thread's CPU time (which other processes cannot inflate)."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.ticks: list[Span] = []
        self.refreshes: list[Span] = []
        self.frames: list[Span] = []
        self._pending: Span | None = None

    def tick(self, span: Span) -> None:
        if self._pending is not None:  # a tick whose changes needed no refresh
            self.frames.append(self._pending)
        self.ticks.append(span)
        self._pending = span

    def refresh(self, span: Span) -> None:
        self.refreshes.append(span)
        wall, cpu = self._pending or (0.0, 0.0)
        self.frames.append((wall + span[0], cpu + span[1]))
        self._pending = None

    def report(self) -> dict[str, list[float]]:
        found: dict[str, list[float]] = {}
        for name in ("ticks", "refreshes", "frames"):
            spans = getattr(self, name)
            found[name] = [wall for wall, _ in spans]
            found[f"{name}_cpu"] = [cpu for _, cpu in spans]
        return found


def span_of(call: Callable[[], Any]) -> tuple[Any, Span]:
    wall, cpu = time.perf_counter(), time.thread_time()
    result = call()
    return result, (time.perf_counter() - wall, time.thread_time() - cpu)


def timed(log: Callable[[Span], None], method: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result, span = span_of(lambda: method(*args, **kwargs))
        log(span)
        return result

    return wrapper


def log_frames(frames: FrameLog, screen_class: type[Screen[Any]]) -> None:
    original = Screen._on_timer_update

    def _on_timer_update(self: Screen[Any]) -> None:
        if not isinstance(self, screen_class):
            original(self)
            return
        _, span = span_of(lambda: original(self))
        frames.refresh(span)

    Screen._on_timer_update = _on_timer_update  # type: ignore[method-assign]


async def collect(app: App[Any], frames: FrameLog, seconds: float) -> None:
    cpu, wall = time.process_time(), time.perf_counter()
    frames.clear()
    await asyncio.sleep(seconds)
    REPORT["cpu_per_second"] = (time.process_time() - cpu) / (time.perf_counter() - wall)
    REPORT.update(frames.report())
    app.exit()


def runner(course_id: str, seconds: float) -> None:
    """The session runner on the first exercise segment of session 1, its clocks running."""
    from osteo_tui.cli.context import CliContext
    from osteo_tui.tui.app import create_app
    from osteo_tui.tui.screens import session_runner
    from osteo_tui.tui.screens.session_runner import SessionRunnerScreen

    frames = FrameLog()
    session_runner.SessionRunnerScreen.tick = timed(  # type: ignore[method-assign]
        frames.tick, SessionRunnerScreen.tick
    )
    log_frames(frames, SessionRunnerScreen)
    context = CliContext()
    app = create_app(context.catalog(), context.data_dir)

    def open_runner(app: App[Any]) -> None:
        store = app.repository.open(course_id)  # type: ignore[attr-defined]
        pack = app.catalog.get(store.course.pack_id).load()  # type: ignore[attr-defined]
        screen = SessionRunnerScreen(store, pack, 1, app.clock, None)  # type: ignore[attr-defined]

        async def start() -> None:
            await app.push_screen(screen)
            await asyncio.sleep(0.5)
            exercise = next(i for i, s in enumerate(screen.session.segments) if s.exercises)
            frames.clear()
            screen.goto_segment(exercise)  # as pressing n would, then space
            screen.action_toggle()
            REPORT["segment"] = screen.run.segment.title
            REPORT["present"] = len(screen.present())
            await asyncio.sleep(2.0)  # the new segment's script is laid out and painted
            REPORT["segment_change"] = frames.report()
            await collect(app, frames, seconds)

        app.call_later(lambda: app.run_worker(start(), exclusive=True))

    on_first_paint("HomeScreen", open_runner)
    app.run()


# -- segment changes ---------------------------------------------------------------------------


def segment_changes(course_id: str, changes: int, rest: float) -> None:
    """The runner on session 1 of the course, its clock running; ``n`` pressed ``changes``
    times, ``rest`` seconds apart (the trainer talking). For each press: the time until the
    first frame that shows the new segment's whole script, and the longest the event loop
    was blocked from the press until the next one (whatever the app did in between counts:
    building the script, or preparing the next one)."""
    from textual.pilot import Pilot
    from textual.widgets import Markdown

    from osteo_tui.cli.context import CliContext
    from osteo_tui.tui.app import create_app
    from osteo_tui.tui.runner_markdown import runner_segment_markdown
    from osteo_tui.tui.screens.session_runner import SessionRunnerScreen

    painted: list[tuple[float, float]] = []  # (wall, event-loop CPU) of frames with the script
    expected = {"text": ""}
    beats: list[tuple[float, float]] = []  # (when, how late) of a 5 ms heartbeat
    original = App._display

    def _display(self: App[Any], screen: Screen[Any], renderable: Any) -> None:
        original(self, screen, renderable)
        if renderable is None or self._batch_count or not isinstance(screen, SessionRunnerScreen):
            return
        document = screen.query_one("#runner-script Markdown", Markdown)  # the one on view
        if (
            document.display
            and document.source == expected["text"]
            and document.children
            and not document.lock.is_locked
        ):
            painted.append((time.perf_counter(), time.thread_time()))

    App._display = _display  # type: ignore[method-assign]

    async def heartbeat() -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            beats.append((now, max(0.0, now - last - 0.005)))
            last = now

    context = CliContext()
    app = create_app(context.catalog(), context.data_dir)

    def open_runner(app: App[Any]) -> None:
        try:
            store = app.repository.open(course_id)  # type: ignore[attr-defined]
            pack = app.catalog.get(store.course.pack_id).load()  # type: ignore[attr-defined]
        except Exception as error:
            REPORT["errors"].append(f"segments: {type(error).__name__}: {error}")
            app.exit()
            return
        screen = SessionRunnerScreen(store, pack, 1, app.clock, None)  # type: ignore[attr-defined]

        async def start() -> None:
            try:
                await press_through()
            except Exception as error:  # reported, and the parent shows it
                REPORT["errors"].append(f"segments: {type(error).__name__}: {error}")
            app.exit()

        async def press_through() -> None:
            pilot = Pilot(app)
            await app.push_screen(screen)
            screen.action_toggle()  # the clock runs, as in class
            beating = asyncio.ensure_future(heartbeat())
            await asyncio.sleep(rest)
            found: list[dict[str, Any]] = []
            last = len(screen.session.segments) - 1
            for _ in range(min(changes, last)):
                following = screen.session.segments[screen.run.index + 1]
                expected["text"] = runner_segment_markdown(pack, following)
                painted.clear()
                pressed, cpu = time.perf_counter(), time.thread_time()
                await pilot.press("n")
                deadline = pressed + 10
                while not painted and time.perf_counter() < deadline:
                    await asyncio.sleep(0.002)
                if not painted:
                    raise RuntimeError(f"the script of {following.title!r} was never shown")
                wall_at, cpu_at = painted[0]
                await asyncio.sleep(rest)
                stalls = [late for when, late in beats if when >= pressed]
                found.append(
                    {
                        "segment": following.title,
                        "characters": len(expected["text"]),
                        "latency": wall_at - pressed,
                        "latency_cpu": cpu_at - cpu,
                        "stall": max(stalls, default=0.0),
                    }
                )
            beating.cancel()
            REPORT["changes"] = found

        app.call_later(lambda: app.run_worker(start(), exclusive=True))

    on_first_paint("HomeScreen", open_runner)
    app.run()


class BareClock(App[None]):
    """The baseline for frames: Textual updating one big Digits four times a second."""

    def compose(self) -> Any:
        from textual.widgets import Digits

        yield Digits("0:00")

    def on_mount(self) -> None:
        self.started = time.monotonic()
        self.set_interval(0.25, self.tick)

    def tick(self) -> None:
        from textual.widgets import Digits

        left = 3600 - (time.monotonic() - self.started)
        self.query_one(Digits).update(f"{int(left // 60)}:{int(left % 60):02d}")


def bare_clock(seconds: float) -> None:
    frames = FrameLog()
    BareClock.tick = timed(frames.tick, BareClock.tick)  # type: ignore[method-assign]
    log_frames(frames, Screen)
    app = BareClock()
    on_first_paint(
        "Screen",
        lambda app: app.call_later(
            lambda: app.run_worker(collect(app, frames, seconds), exclusive=True)
        ),
    )
    app.run()


# ----------------------------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    report_path, mode, *rest = argv
    try:
        if mode == "app":
            tour_seconds = float(rest[1]) if rest[:1] == ["--tour"] else None
            on_first_paint(
                "HomeScreen", start_tour(tour_seconds) if tour_seconds else count_and_exit
            )
            run_osteo_cli()
        elif mode == "bare":
            on_first_paint("Screen", exit_soon)
            BareApp().run()
        elif mode == "bare-home":
            on_first_paint("Screen", exit_soon)
            BareHome().run()
        elif mode == "runner":
            runner(rest[0], float(rest[1]))
        elif mode == "bare-clock":
            bare_clock(float(rest[0]))
        elif mode == "segments":
            segment_changes(rest[0], int(rest[1]), float(rest[2]))
        else:
            raise SystemExit(f"unknown mode {mode}")
    except Exception as error:
        REPORT["errors"].append(f"{type(error).__name__}: {error}")
        raise
    finally:
        REPORT["ended"] = time.monotonic()
        REPORT["peak_rss"] = peak_rss()
        write_report(Path(report_path))


if __name__ == "__main__":
    profile_to = os.environ.get("BENCH_PROFILE")  # bench/profiling.py sets it
    if profile_to:
        import cProfile

        cProfile.run("main(sys.argv[1:])", profile_to)
    else:
        main(sys.argv[1:])
