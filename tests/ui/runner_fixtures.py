"""A course with three participants, and a way to open the runner on it in a Pilot test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from osteo_tui.core.lessons import Pack, PackCatalog
from osteo_tui.core.records import Course, Participant
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.timing import FakeClock
from osteo_tui.tui.app import OsteoApp, create_app
from osteo_tui.tui.screens.session_runner import SessionRunnerScreen

TODAY = date(2026, 3, 2)
PEOPLE = [("Aino Virtanen", True), ("Pekka Mäkinen", False), ("Liisa Korhonen", False)]


def make_course(data_dir: Path, pack: Pack) -> str:
    repository = CourseRepository(data_dir)
    course = Course.new("Spring course", pack.id, pack.version, len(pack.sessions), TODAY)
    with repository.create(course) as store:
        for name, vertebral in PEOPLE:
            store.add_participant(Participant.new(name, vertebral_fracture=vertebral, born=1950))
    return course.id


def runner_app(catalog: PackCatalog, data_dir: Path) -> tuple[OsteoApp, FakeClock]:
    clock = FakeClock()
    return create_app(catalog, data_dir, clock=clock, today=lambda: TODAY), clock


def open_runner(app: OsteoApp, course_id: str, session: int) -> SessionRunnerScreen:
    store = app.repository.open(course_id)
    pack = app.catalog.get(store.course.pack_id).load()  # type: ignore[union-attr]
    screen = SessionRunnerScreen(store, pack, session, app.clock, store.run_state(session))
    app.push_screen(screen)
    return screen
