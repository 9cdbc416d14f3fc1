"""Export PDFs from the course screen: one participant's summary, everyone's, or the course
report. The PDFs are made in a thread worker (a blocked event loop would make Textual drop
timer ticks in the middle of a class), with a progress bar and a message saying where the
files went."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Checkbox,
    Footer,
    Input,
    ProgressBar,
    RadioButton,
    RadioSet,
    Select,
    Static,
)

from osteo_tui.core.file_names import safe_file_name
from osteo_tui.core.lessons import Pack
from osteo_tui.core.records import Participant
from osteo_tui.core.store import CourseStore
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import N_, _, ngettext
from osteo_tui.reports.export import (
    FilesExist,
    PdfJob,
    course_report_job,
    participant_jobs,
    write_jobs,
)
from osteo_tui.tui.widgets.form_row import Form, FormRow

if TYPE_CHECKING:
    from osteo_tui.tui.app import OsteoApp

__all__ = ["ExportScreen", "default_export_folder"]

KINDS = ("one", "all", "report")
SHOWN = 3
"""File names listed after an export (the rest are counted), so the dialog fits 80×24."""


def default_export_folder(data_dir: Path, snapshot: CourseSnapshot) -> Path:
    """``exports/<course title>`` in the data folder, which only the trainer can read."""
    return (
        data_dir / "exports" / safe_file_name(snapshot.course.title, suffix="", fallback="course")
    )


class ExportScreen(ModalScreen[None]):
    """Writes PDFs of ``snapshot``; ``person`` is the participant chosen at first."""

    HELP_NAME = N_("Export PDFs")
    BINDINGS = [
        Binding("ctrl+s", "export", N_("Export"), priority=True),
        Binding("escape", "close", N_("Close")),
    ]

    def __init__(
        self,
        snapshot: CourseSnapshot,
        pack: Pack | None,
        folder: Path,
        today: date,
        *,
        completion_sessions: int | None = None,
        person: Participant | None = None,
    ) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.pack = pack
        self.folder = folder
        self.today = today
        self.completion_sessions = completion_sessions
        self.person = person
        self.running = False

    @classmethod
    def of(
        cls,
        app: OsteoApp,
        store: CourseStore,
        pack: Pack | None,
        today: date,
        person: Participant | None = None,
    ) -> ExportScreen:
        """The dialog for the course open in ``store``, into the app's data folder."""
        snapshot = CourseSnapshot.of(store)
        return cls(
            snapshot,
            pack,
            default_export_folder(app.data_dir, snapshot),
            today,
            completion_sessions=app.settings.completion_sessions,
            person=person,
        )

    def compose(self) -> ComposeResult:
        people = self.snapshot.participants
        chosen = self.person or (people[0] if people else None)
        count = len(people)
        with Vertical(id="export-dialog", classes="dialog form-dialog"):
            yield Static(
                _("Export PDFs: {title}").format(title=self.snapshot.course.title),
                classes="dialog-title",
                markup=False,
            )
            with Form(id="export-form"):
                kinds = RadioSet(
                    RadioButton(_("the summary of one participant"), value=bool(people)),
                    RadioButton(
                        ngettext(
                            "the summaries of all {count} participant",
                            "the summaries of all {count} participants",
                            count,
                        ).format(count=count)
                    ),
                    RadioButton(_("the course report"), value=not people),
                    id="kind",
                )
                yield FormRow(_("Export"), kinds, "kind")
                yield FormRow(
                    _("Participant"),
                    Select(
                        [(Text(person.name), person.id) for person in people],
                        value=chosen.id if chosen else Select.NULL,
                        allow_blank=not people,
                        id="participant",
                    ),
                    "participant",
                )
                yield FormRow(
                    _("Names"),
                    Checkbox(_("replace names by numbers in the report"), id="pseudonymise"),
                    "pseudonymise",
                )
                yield FormRow(_("Folder"), Input(str(self.folder), id="folder"), "folder")
                yield FormRow(
                    _("Existing files"),
                    Checkbox(_("replace PDFs that are already there"), id="force"),
                    "force",
                )
            yield ProgressBar(id="export-progress", show_eta=False)
            yield Static(id="export-status", markup=False)
            with Horizontal(classes="form-buttons"):
                yield Button(_("Close (esc)"), id="close")
                yield Button(_("Export (ctrl+s)"), id="export", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#export-progress").display = False
        self._say("")
        self._kind_changed()
        self.query_one(RadioSet).focus()

    def on_resize(self, event: events.Resize) -> None:
        self.query_one(Form).set_compact(event.size.height < 30)

    @property
    def kind(self) -> str:
        index = self.query_one(RadioSet).pressed_index
        return KINDS[index] if index >= 0 else KINDS[0]

    @on(RadioSet.Changed)
    def _kind_changed(self) -> None:
        rows = self.query_one(Form).rows()
        rows["participant"].display = self.kind == "one"
        rows["pseudonymise"].display = self.kind == "report"

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "export":
            self.action_export()
        else:
            self.action_close()

    def _say(self, message: str, error: bool = False) -> None:
        status = self.query_one("#export-status", Static)
        status.update(message)
        status.set_class(error, "-error")
        status.display = bool(message)

    def _jobs(self) -> list[PdfJob] | None:
        """The PDFs to write, or ``None`` (with the reason shown) when there are none."""
        folder_text = self.query_one("#folder", Input).value.strip()
        rows = self.query_one(Form).rows()
        if not folder_text:
            rows["folder"].say(_("Say where the PDFs go: a folder (it is made if missing)."))
            return None
        folder = Path(folder_text).expanduser()
        kind = self.kind
        if kind == "report":
            pseudonymise = self.query_one("#pseudonymise", Checkbox).value
            report = course_report_job(
                self.snapshot,
                self.pack,
                folder,
                self.today,
                completion_sessions=self.completion_sessions,
                pseudonymise=pseudonymise,
            )
            return [report]
        people = list(self.snapshot.participants)
        if kind == "one":
            chosen = self.query_one("#participant", Select).value
            people = [person for person in people if person.id == chosen]
        if not people:
            self._say(_("There is nobody to export yet: add participants first."), error=True)
            return None
        return participant_jobs(self.snapshot, self.pack, folder, self.today, people=people)

    def action_export(self) -> None:
        if self.running:
            return
        self.query_one(Form).clear_errors()
        jobs = self._jobs()
        if not jobs:
            return
        self.running = True
        self.query_one("#export", Button).disabled = True
        bar = self.query_one("#export-progress", ProgressBar)
        bar.update(total=len(jobs), progress=0)
        bar.display = True
        self._say(_("Making the PDFs…"))
        self._write(jobs, self.query_one("#force", Checkbox).value)

    @work(thread=True, exclusive=True, group="export")
    def _write(self, jobs: list[PdfJob], force: bool) -> None:
        def advance(done: int, total: int, job: PdfJob) -> None:
            self.app.call_from_thread(self._advanced, done, job)

        try:
            written = write_jobs(jobs, force, advance)
        except FilesExist as exists:
            message = _("{files}. Tick “replace PDFs that are already there” to replace them.")
            self.app.call_from_thread(self._done, [], message.format(files=exists))
        except OSError as error:
            reason = error.strerror or str(error)
            where = f"{error.filename}: " if error.filename else ""
            message = _("The PDFs could not be written: {reason}").format(reason=where + reason)
            self.app.call_from_thread(self._done, [], message)
        except Exception as error:  # a PDF that cannot be laid out must not end the class
            message = _("The PDFs could not be made: {reason}").format(reason=error)
            self.app.call_from_thread(self._done, [], message)
        else:
            self.app.call_from_thread(self._done, written, None)

    def _advanced(self, done: int, job: PdfJob) -> None:
        self.query_one("#export-progress", ProgressBar).update(progress=done)
        self._say(_("Made: {what}").format(what=job.what))

    def _done(self, written: list[Path], problem: str | None) -> None:
        self.running = False
        self.query_one("#export", Button).disabled = False
        if problem is not None:
            self.query_one("#export-progress").display = False
            self._say(problem, error=True)
            return
        folder = written[0].parent
        message = ngettext(
            "Wrote {count} PDF to {folder}", "Wrote {count} PDFs to {folder}", len(written)
        ).format(count=len(written), folder=folder)
        names = "\n".join(f"  {path.name}" for path in written[:SHOWN])
        more = len(written) - SHOWN
        if more > 0:
            names += "\n  " + _("and {count} more").format(count=more)
        self._say(f"{message}:\n{names}")
        self.notify(message, title=_("PDFs ready"), timeout=8, markup=False)

    def action_close(self) -> None:
        if self.running:
            self.notify(_("Wait a moment: the PDFs are being written."), severity="warning")
            return
        self.dismiss(None)
