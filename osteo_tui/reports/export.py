"""Exporting PDFs to a folder: which files, under which safe names, written how.

The CLI and the app both plan a list of ``PdfJob`` and hand it to ``write_jobs``, which
refuses to replace existing files unless forced (before writing anything), and reports each
file as it is written so that both can show progress. The files hold health data, so they
are written like the course files: atomically, readable only by the user (0600), in a folder
created 0700.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from osteo_tui.core.file_names import distinct_file_names, existing_files, safe_file_name
from osteo_tui.core.lessons.model import Pack
from osteo_tui.core.records import Participant
from osteo_tui.core.store.atomic_write import write_atomically
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import _, ngettext, pgettext
from osteo_tui.reports.course_report import course_report_pdf
from osteo_tui.reports.labels import in_course_language
from osteo_tui.reports.participant_summary import participant_summary_pdf

__all__ = [
    "FilesExist",
    "PdfJob",
    "course_report_job",
    "participant_jobs",
    "write_jobs",
]

Progress = Callable[[int, int, "PdfJob"], None]
"""``(files written, files in all, the job just written)``."""


class FilesExist(Exception):
    """Files that would be replaced; nothing has been written."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.paths = list(paths)
        count = len(self.paths)
        names = ", ".join(path.name for path in self.paths[:3])
        if count > 3:
            names = _("{names} and {count} more").format(names=names, count=count - 3)
        folder = self.paths[0].parent if self.paths else ""
        message = ngettext(
            "{count} file is already in {folder}: {names}",
            "{count} files are already in {folder}: {names}",
            count,
        )
        super().__init__(message.format(count=count, folder=folder, names=names))


@dataclass(frozen=True)
class PdfJob:
    path: Path
    what: str
    """Whose or which document, for progress messages."""
    build: Callable[[], bytes]


def participant_jobs(
    snapshot: CourseSnapshot,
    pack: Pack | None,
    folder: Path,
    made_on: date,
    people: Sequence[Participant] | None = None,
) -> list[PdfJob]:
    """One summary per participant (all of them unless ``people`` is given). Each person's
    file name is the same whether they are exported alone or with everyone, and in the
    course's language, like the PDF."""
    everyone = list(snapshot.participants)
    with in_course_language(snapshot.course.language):
        # TRANSLATORS: a participant's PDF file name, "Anna V. course summary.pdf"
        stems = [
            pgettext("pdf file", "{name} course summary").format(name=person.name)
            for person in everyone
        ]
    names = distinct_file_names(stems, fallback="participant")
    wanted = {person.id for person in (people if people is not None else everyone)}

    def job(person: Participant, name: str) -> PdfJob:
        return PdfJob(
            folder / name,
            person.name,
            lambda: participant_summary_pdf(snapshot, pack, person, made_on),
        )

    return [job(p, name) for p, name in zip(everyone, names, strict=True) if p.id in wanted]


def course_report_job(
    snapshot: CourseSnapshot,
    pack: Pack | None,
    folder: Path,
    made_on: date,
    *,
    completion_sessions: int | None = None,
    pseudonymise: bool = False,
) -> PdfJob:
    title = snapshot.course.title
    with in_course_language(snapshot.course.language):
        # TRANSLATORS: the course report's file name, "Spring 2026 course report.pdf"
        stem = (
            pgettext("pdf file", "{title} course report pseudonymised").format(title=title)
            if pseudonymise
            else pgettext("pdf file", "{title} course report").format(title=title)
        )
    return PdfJob(
        folder / safe_file_name(stem, fallback="course-report"),
        pgettext("pdf", "Course report"),  # for the progress messages: the trainer's language
        lambda: course_report_pdf(
            snapshot,
            pack,
            made_on,
            completion_sessions=completion_sessions,
            pseudonymise=pseudonymise,
        ),
    )


def write_jobs(
    jobs: Sequence[PdfJob], force: bool = False, progress: Progress | None = None
) -> list[Path]:
    """Build and write every job; the paths written. Raises ``FilesExist`` (before writing
    anything) when a file is there already and ``force`` is false."""
    if not force and (found := existing_files(job.path for job in jobs)):
        raise FilesExist(found)
    written: list[Path] = []
    for job in jobs:
        job.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomically(job.path, job.build())
        written.append(job.path)
        if progress is not None:
            progress(len(written), len(jobs), job)
    return written
