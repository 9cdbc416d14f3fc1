"""A new course: its title, lesson pack, first session day and time, place and trainers."""

from __future__ import annotations

from datetime import date, timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Select, Static

from osteo_tui.core.lessons import Pack, PackCatalog
from osteo_tui.core.locale_format import format_date
from osteo_tui.core.records import Course
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.store import CourseRepository, CourseStore
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.screens.record_form import RecordForm
from osteo_tui.tui.widgets.field_error import FieldError
from osteo_tui.tui.widgets.form_row import Form, FormRow

__all__ = ["NewCourseScreen", "next_monday", "usable_packs"]


def next_monday(today: date) -> date:
    """The first Monday after ``today`` (a week on, when today is a Monday)."""
    return today + timedelta(days=(7 - today.weekday()) % 7 or 7)


def usable_packs(catalog: PackCatalog, language: str) -> list[Pack]:
    """Packs without problems: those in ``language`` first, then English, then the others."""
    packs = [entry.pack for entry in catalog if entry.pack is not None]
    return sorted(packs, key=lambda p: (p.language != language, p.language != "en", p.title))


class NewCourseScreen(RecordForm, Screen[CourseStore | None]):
    """Dismisses with the new course, open for writing, or ``None`` when cancelled."""

    HELP_NAME = N_("New course")  # the help screen's title

    COMPACT_BELOW = 32
    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), priority=True),
        Binding("escape", "cancel", N_("Cancel")),
    ]

    def __init__(
        self, catalog: PackCatalog, repository: CourseRepository, today: date, language: str
    ) -> None:
        super().__init__()
        self.repository = repository
        self.packs = usable_packs(catalog, language)
        self.first_day = next_monday(today)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(_("New course"), classes="section-title")
        if not self.packs:
            yield Static(
                _(
                    "There is no usable lesson pack, so no course can be planned. Press p on "
                    "the home screen to see what is wrong with the packs."
                ),
                classes="empty",
            )
        yield FieldError(id="form-error")
        options = [(f"{p.title} ({p.language})", p.id) for p in self.packs]
        with Form(id="course-form"):
            yield FormRow(
                _("Title"),
                Input(placeholder=_("e.g. Spring 2026, Tuesday group"), id="title"),
                "title",
            )
            yield FormRow(
                _("Lesson pack"),
                Select(
                    options,
                    allow_blank=not options,
                    value=options[0][1] if options else Select.NULL,
                    id="pack",
                ),
                "pack",
            )
            yield FormRow(
                _("First session"),
                Input(format_date(self.first_day), placeholder=_("YYYY-MM-DD"), id="start"),
                "start",
                _("One session a week from this day (YYYY-MM-DD)."),
            )
            yield FormRow(_("Time"), Input(placeholder=_("HH:MM (optional)"), id="time"), "time")
            yield FormRow(
                _("Place"),
                Input(placeholder=_("e.g. Community hall, room 2"), id="place"),
                "place",
            )
            yield FormRow(
                _("Trainers"),
                Input(placeholder=_("names, separated by commas"), id="trainers"),
                "trainers",
            )
            with Horizontal(classes="form-buttons"):
                yield Button(_("Cancel (esc)"), id="cancel")
                yield Button(_("Save (ctrl+s)"), id="save", variant="primary", disabled=not options)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = _("New course")
        self.start_form("#title")

    def save_record(self) -> CourseStore:
        pack_id = self.query_one("#pack", Select).value
        pack = next((p for p in self.packs if p.id == pack_id), None)
        if pack is None:
            raise InvalidRecord("pack", _("Choose the lesson pack of the course"))
        course = Course.new(
            self._value("title"),
            pack.id,
            pack.version,
            len(pack.sessions),
            self._value("start"),
            language=pack.language,
            place=self._value("place"),
            trainers=tuple(self._value("trainers").split(",")),
            start_time=self._value("time") or None,
        )
        store = self.repository.create(course)
        self.notify(_("Created the course '{title}'.").format(title=course.title), markup=False)
        return store

    def not_saved(self, error: Exception) -> str:
        return _("The course could not be saved: {error}").format(error=error)

    def leave_question(self) -> tuple[str, str]:
        return _("Leave without saving this course? What you typed is lost."), _("Leave")
