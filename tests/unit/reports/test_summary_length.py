"""The take-home summary is short enough to be used: a typical participant of a five-session
course gets at most eight pages, and the first page alone holds the whole home programme."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.lessons.programme import home_programme
from osteo_tui.core.translation import pgettext
from osteo_tui.reports import labels, participant_summary_pdf
from osteo_tui.reports.labels import in_course_language
from osteo_tui.reports.participant_summary import programme_vertebral
from tests.unit.reports.conftest import first_page_png, ink
from tests.unit.reports.typical import MADE_ON, NAME, typical_participant

PACKS = ["luustokurssi-en", "luustokurssi-fi", "osteoporoseskole-da"]


def _pages(data: bytes) -> list[str]:
    return [
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages
    ]


@pytest.mark.parametrize("vertebral_fracture", [False, True], ids=["no-fracture", "fracture"])
@pytest.mark.parametrize("pack_id", PACKS)
def test_a_typical_participant_gets_at_most_eight_pages(
    private_data_dir: Path, builtin_catalog: PackCatalog, pack_id: str, vertebral_fracture: bool
) -> None:
    typical = typical_participant(
        private_data_dir, builtin_catalog, pack_id, vertebral_fracture=vertebral_fracture
    )
    data = participant_summary_pdf(typical.snapshot, typical.pack, typical.person, MADE_ON)
    pages = _pages(data)
    assert len(pages) <= 8, len(pages)
    text = " ".join(pages)
    with in_course_language(typical.pack.language):
        results, start = pgettext("pdf", "Your results"), labels.time_point_title("start")
    if typical.pack.measures:  # the results are in it, with their charts
        assert results in text and start in text
    # everything is still there: every exercise's card and each session's messages
    programme = home_programme(typical.pack, typical.person)
    for item in programme.items:
        assert text.count(item.exercise.name) >= 2
    for session in typical.pack.sessions:
        assert session.title in text


@pytest.mark.parametrize("vertebral_fracture", [False, True], ids=["no-fracture", "fracture"])
@pytest.mark.parametrize("pack_id", PACKS)
def test_the_first_page_is_useful_on_its_own(
    private_data_dir: Path, builtin_catalog: PackCatalog, pack_id: str, vertebral_fracture: bool
) -> None:
    """Who, which course, and the whole programme: what to do, how much and how often."""
    typical = typical_participant(
        private_data_dir, builtin_catalog, pack_id, vertebral_fracture=vertebral_fracture
    )
    data = participant_summary_pdf(typical.snapshot, typical.pack, typical.person, MADE_ON)
    first = _pages(data)[0]
    assert NAME in first and typical.snapshot.course.title in first
    programme = home_programme(typical.pack, typical.person)
    with in_course_language(typical.pack.language):
        assert pgettext("pdf", "Your home exercise programme") in first
        for category, items in programme.by_category():
            assert labels.advice(programme.advice(category)) in first
            for item in items:
                assert f"{item.exercise.name} {labels.dosage(item.dosage)}" in first
        if vertebral_fracture:
            assert programme_vertebral() in first


def test_the_first_page_and_the_results_page_are_drawn(
    private_data_dir: Path, builtin_catalog: PackCatalog, tmp_path: Path
) -> None:
    """Rendered by poppler: a page of text and bars, not blank and not a black box. (Look
    at them too: ``pdftoppm -png -r 60`` on the PDF this test writes.)"""
    typical = typical_participant(private_data_dir, builtin_catalog, follow_up=True)
    data = participant_summary_pdf(typical.snapshot, typical.pack, typical.person, MADE_ON)
    pages = _pages(data)
    results = next(n for n, page in enumerate(pages) if "Your results" in page)
    assert results > 0 and "Follow-up 8" in pages[results]
    first = ink(first_page_png(data, tmp_path, "summary"))
    assert 0.03 < first < 0.5, first
    only_results = io.BytesIO()
    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(data)).pages[results])
    writer.write(only_results)
    share = ink(first_page_png(only_results.getvalue(), tmp_path, "results"))
    assert 0.03 < share < 0.5, share
