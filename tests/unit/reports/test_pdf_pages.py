"""The first page of each kind of PDF, rendered by poppler: there is something on it, and it is
a page of text rather than a black box (a font that lacks a letter draws one)."""

from __future__ import annotations

from pathlib import Path

from osteo_tui.reports import course_report_pdf, participant_summary_pdf
from tests.unit.reports.conftest import first_page_png, ink
from tests.unit.reports.course_data import CECH, MADE_ON, Sample


def _documents(sample: Sample) -> dict[str, bytes]:
    snapshot, pack = sample.snapshot, sample.pack
    return {
        "summary": participant_summary_pdf(snapshot, pack, sample.person(CECH), MADE_ON),
        "report": course_report_pdf(snapshot, pack, MADE_ON),
        "pseudonymised": course_report_pdf(snapshot, pack, MADE_ON, pseudonymise=True),
    }


def test_first_pages_are_not_blank(sample: Sample, sample_fi: Sample, tmp_path: Path) -> None:
    documents = _documents(sample) | {f"{k}-fi": v for k, v in _documents(sample_fi).items()}
    for name, data in documents.items():
        share = ink(first_page_png(data, tmp_path, name))
        assert 0.03 < share < 0.5, (name, share)
