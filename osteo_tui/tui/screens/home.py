"""The first screen: the trainer's courses, a new course, and the lesson packs."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.store.errors import CourseDamaged, CourseLocked, StoreError
from osteo_tui.core.translation import N_, _, active_language
from osteo_tui.tui.widgets.course_table import CourseTable

# The screens reached from here are imported when first opened, not at start-up: they bring
# the forms, the course tabs and the Markdown reader (docs/performance.md, start-up).

if TYPE_CHECKING:
    from osteo_tui.core.store import CourseStore
    from osteo_tui.tui.app import OsteoApp

__all__ = ["HomeScreen"]

FIRST_RUN = N_("No courses yet. Press n to create your first course.")


class HomeScreen(Screen[None]):
    HELP_NAME = N_("Home")
    BINDINGS = [
        Binding("n", "new_course", N_("New course")),
        Binding("enter", "open_course", N_("Open course")),
        Binding("p", "packs", N_("Lesson packs")),
        Binding("q", "app.quit", N_("Quit")),
    ]

    def __init__(self, catalog: PackCatalog, repository: CourseRepository) -> None:
        super().__init__()
        self.catalog = catalog
        self.repository = repository

    @property
    def osteo(self) -> OsteoApp:
        return cast("OsteoApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Static(_("Courses"), classes="section-title")
            yield CourseTable(id="courses")
            yield Static(_(FIRST_RUN), id="first-run", classes="first-run")
            yield Static(id="damaged", markup=False)
            yield Static(id="home-hint", classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(CourseTable).focus()

    def on_screen_resume(self) -> None:
        """Also sent when the screen is first shown (after mount): the one place that reads
        the data folder, so start-up reads every course file once, not twice."""
        self.reload()

    def reload(self) -> None:
        try:
            summaries = self.repository.summaries()
        except OSError as error:
            self.notify(
                _("The data folder cannot be read: {error}").format(error=error),
                severity="error",
                markup=False,
            )
            summaries = []
        table = self.query_one(CourseTable)
        table.show(summaries, self.osteo.today())
        table.display = bool(summaries)
        # Its height is "auto", and a DataTable measures new rows only when it next refreshes:
        # rows filled in after the first layout need one more layout to be seen at all.
        self.call_after_refresh(table.refresh, layout=True)
        self.query_one("#first-run").display = not summaries
        self.query_one("#home-hint", Static).update(
            _("Enter opens the highlighted course · n new course · p lesson packs")
            if summaries
            else _("p reads the lesson packs: their sessions, scripts and exercises.")
        )
        if summaries and self.focused is None:
            table.focus()
        self.refresh_bindings()
        damaged = [s for s in summaries if s.damaged]
        notice = self.query_one("#damaged", Static)
        notice.display = bool(damaged)
        notice.update(
            _("Damaged course files (Enter on one tells how to restore it):")
            + "\n"
            + "\n".join(f"⚠ {s.path.name}: {s.damaged}" for s in damaged)
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_course":
            tables = self.query(CourseTable)
            return bool(tables) and tables.first().row_count > 0
        return True

    # -- actions ---------------------------------------------------------------------------

    def action_packs(self) -> None:
        from osteo_tui.tui.screens.packs import PacksScreen

        self.app.push_screen(PacksScreen(self.catalog))

    def action_new_course(self) -> None:
        from osteo_tui.tui.screens.new_course import NewCourseScreen

        screen = NewCourseScreen(
            self.catalog, self.repository, self.osteo.today(), active_language()
        )
        self.app.push_screen(screen, self._created)

    def _created(self, store: CourseStore | None) -> None:
        if store is not None:
            self.show_course(store)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_course()

    def action_open_course(self) -> None:
        course_id = self.query_one(CourseTable).current_key
        if course_id is not None:
            self.open_course(course_id)

    @work(exclusive=True, group="open-course")
    async def open_course(self, course_id: str) -> None:
        """Open for writing; a locked course may be opened read-only; a damaged one is
        explained and left exactly as it is."""
        from osteo_tui.tui.screens.confirm import ConfirmScreen
        from osteo_tui.tui.screens.course_problem import CourseProblemScreen, damaged_text

        try:
            try:
                store = self.repository.open(course_id)
            except CourseLocked as locked:
                question = _(
                    "{problem}\n\nOpen it read-only? You can look at everything but change nothing."
                ).format(problem=locked)
                if not await self.app.push_screen_wait(
                    ConfirmScreen(question, yes=_("Open read-only"), no=_("Cancel"))
                ):
                    return
                store = self.repository.open(course_id, read_only=True)
        except CourseDamaged as damaged:
            await self.app.push_screen_wait(
                CourseProblemScreen(_("This course file is damaged"), damaged_text(damaged))
            )
            return
        except (StoreError, OSError) as error:
            self.notify(
                _("The course could not be opened: {error}").format(error=error),
                severity="error",
                markup=False,
            )
            self.reload()
            return
        if store.took_over_from:
            self.notify(
                _(
                    "This course was still marked as open by an osteo-tui that has ended "
                    "(a crash or a power cut). Nothing was lost; it is yours now."
                ),
                timeout=8,
            )
        self.show_course(store)

    def show_course(self, store: CourseStore) -> None:
        """Open the course screen (it closes the store when it is closed), or say why not."""
        from osteo_tui.tui.screens.course import CourseScreen
        from osteo_tui.tui.screens.course_problem import CourseProblemScreen, pack_problem_text

        course = store.course
        entry = self.catalog.get(course.pack_id)
        if entry is None or entry.pack is None:
            store.close()
            self.app.push_screen(
                CourseProblemScreen(
                    _("The lesson pack of this course is missing")
                    if entry is None
                    else _("The lesson pack of this course has problems"),
                    pack_problem_text(course.title, course.pack_id, entry),
                )
            )
            self.reload()
            return
        if entry.pack.version != course.pack_version:
            self.notify(
                _(
                    "This course was planned with version {planned} of its lesson pack; "
                    "version {installed} is installed and will be used."
                ).format(planned=course.pack_version, installed=entry.pack.version),
                severity="warning",
                timeout=8,
            )
        self.app.push_screen(
            CourseScreen(store, entry.pack, clock=self.osteo.clock, today=self.osteo.today)
        )
