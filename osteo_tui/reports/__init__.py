"""PDF documents built with reportlab from core objects: a participant's take-home summary
and the course report. No Textual here; the CLI and the app both call ``export``."""

from osteo_tui.reports.course_report import course_report_pdf
from osteo_tui.reports.export import (
    FilesExist,
    PdfJob,
    course_report_job,
    participant_jobs,
    write_jobs,
)
from osteo_tui.reports.participant_summary import participant_summary_pdf

__all__ = [
    "FilesExist",
    "PdfJob",
    "course_report_job",
    "course_report_pdf",
    "participant_jobs",
    "participant_summary_pdf",
    "write_jobs",
]
