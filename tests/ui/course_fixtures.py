"""Courses written straight into a data folder, and ways to reach them in a Pilot test."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.records import Course, Fracture, Participant
from osteo_tui.core.records.participant import consent_from
from osteo_tui.core.store import CourseRepository, CourseStore
from osteo_tui.tui.app import OsteoApp
from osteo_tui.tui.widgets.course_table import CourseTable

TODAY = date(2026, 3, 2)  # a Monday
PEOPLE = [
    Participant.new(
        "Aino Virtanen",
        born=1948,
        sex="f",
        vertebral_fracture=True,
        fractures=(Fracture("wrist", 2023),),
        consent=consent_from("2026-02-23", None),
        today=TODAY,
    ),
    Participant.new("Pekka Mäkinen", born=1951, sex="m", today=TODAY),
    Participant.new("Liisa Korhonen", born=1955, sex="f", fractures=(Fracture("hip", 2022),)),
]


def make_course(
    data_dir: Path,
    catalog: PackCatalog,
    title: str = "Spring course",
    people: Iterable[Participant] = PEOPLE,
    start: date = TODAY - timedelta(days=7),
    pack_id: str = "luustokurssi-en",
) -> str:
    pack = catalog.get(pack_id).load()  # type: ignore[union-attr]
    course = Course.new(
        title,
        pack.id,
        pack.version,
        len(pack.sessions),
        start,
        start_time="10:00",
        language=pack.language,
        place="Community hall",
        trainers=("Maija",),
    )
    with CourseRepository(data_dir).create(course) as store:
        for person in people:
            store.add_participant(person)
    return course.id


def reopen(data_dir: Path, course_id: str) -> CourseStore:
    """The course as a second process would read it: a fresh repository, read-only."""
    return CourseRepository(data_dir).open(course_id, read_only=True)


async def open_from_home(pilot: Pilot[None], app: OsteoApp, course_id: str) -> None:
    """Move the home screen's cursor onto the course and press Enter."""
    await pilot.pause()
    table = app.screen.query_one(CourseTable)
    keys = [str(key.value) for key in table.rows]
    table.focus()
    table.move_cursor(row=keys.index(course_id))
    await pilot.press("enter")
    await pilot.pause()


def notifications(app: OsteoApp) -> list[str]:
    """Every message the app shows from now on (as "title: message")."""
    said: list[str] = []
    show = app.notify

    def notify(message: str, *, title: str = "", **kwargs: Any) -> None:
        said.append(f"{title}: {message}")
        show(message, title=title, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return said


async def type_into(pilot: Pilot[None], app: OsteoApp, field: str, text: str) -> None:
    """Replace what a form field holds with ``text``, typed key by key."""
    widget = app.screen.query_one(f"#{field}", Input)
    widget.focus()
    widget.value = ""
    await pilot.press(*text)
