"""The yearly results PDF is in the trainer's language (the active one), numbers included."""

from __future__ import annotations

import io

from pypdf import PdfReader

from osteo_tui.core.results import course_results, summarise
from osteo_tui.core.translation import speaking
from osteo_tui.reports.results_report import results_pdf
from tests.unit.reports.conftest import pdf_text
from tests.unit.reports.course_data import MADE_ON, Sample


def test_the_results_in_finnish(sample_fi: Sample) -> None:
    summary = summarise([course_results(sample_fi.snapshot, sample_fi.pack.measures)])
    with speaking("fi"):
        pdf = results_pdf(summary, "Tulokset 2026", MADE_ON)
    text = pdf_text(pdf)
    assert "Tulokset 2026 Tehty 2.4.2026" in text
    assert "Kursseja 1 Osallistujia 3 Asetti tavoitteen 2/3 (67 %)" in text
    assert "GAS T-luku 2 henkilöä: keskiarvo 55, mediaani 55; vähintään 50: 100 %" in text
    assert "Alusta loppuun" in text and "keskiarvo 13 → 11" in text
    assert "Sivu 1/1" in text and "Made on" not in text and "Page" not in text
    assert PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == "fi"


def test_the_results_in_english_keep_their_words(sample: Sample) -> None:
    summary = summarise([course_results(sample.snapshot, sample.pack.measures)])
    text = pdf_text(results_pdf(summary, "Results 2026", MADE_ON))
    assert "Results 2026 Made on 2 April 2026" in text
    assert "Courses 1 Participants 3 Set a goal 2 of 3 (67 %)" in text
    assert "GAS T-score 2 people: mean 55, median 55; 50 or more: 100 %" in text
    assert "Timed Up and Go (s) mean 13 → 11 2 -2 -2 100 %" in text
