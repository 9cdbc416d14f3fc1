"""The course report, read back with pypdf: figures, attendance, goals, notes, pseudonyms."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from osteo_tui.reports import course_report_pdf
from tests.unit.reports.conftest import DEJAVU, fonts, pdf_text
from tests.unit.reports.course_data import (
    ASA,
    CECH,
    GOAL,
    MADE_ON,
    PEKKA,
    PRIVATE,
    RECORD_NOTE,
    SHAREABLE,
    Sample,
)

NAME_PARTS = {part for name in (CECH, ASA, PEKKA) for part in re.findall(r"\w+", name)}


def test_figures_attendance_goals_and_course_notes(sample: Sample) -> None:
    pdf = course_report_pdf(sample.snapshot, sample.pack, MADE_ON)
    text = pdf_text(pdf)
    assert "Course report" in text and "Living well with osteoporosis" in text
    assert "Participants 3" in text
    assert "Completed the course (came to at least 4 of 5 sessions) 2 of 3 (67%)" in text
    assert "Set at least one goal 2 of 3 (67%)" in text
    assert "GAS T-score: mean (median) 55.0 (55.0)" in text
    assert "Goals met as expected or better (GAS T-score 50 or more) 2 of 2 (100%)" in text
    # the chart's labels, then the matrix: Åsa ✓ ✓ ✗ and 2 in all; Čech excused at 4
    assert "100% 100% 67% 33% 67%" in text
    assert "Session 1 Session 2 Session 3 Session 4 Session 5" in text
    assert f"{ASA} ✓ ✓ ✗ 2" in text
    assert f"{CECH} ✓ ✓ ✓ E ✓ 4" in text
    assert f"{PEKKA} ✓ ✓ ✓ ✓ ✓ 5" in text
    assert f"{GOAL} a little more than expected (+1) 60.0" in text
    assert "Carry the shopping upstairs as expected (0) 50.0" in text
    assert f"A friendly group. {CECH} needed help in session 2" in text
    assert "The room was cold in March." in text
    for private in (PRIVATE, RECORD_NOTE, SHAREABLE):  # no participant note of any kind
        assert private not in text
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Course report: Spring 2026 group"
    assert fonts(pdf) <= DEJAVU, fonts(pdf)


def test_outcome_measures_of_the_course(sample: Sample) -> None:
    text = pdf_text(course_report_pdf(sample.snapshot, sample.pack, MADE_ON))
    assert "Outcome measures" in text
    assert "30-second chair stand start → end 2 9.0 → 12.0 +3.0 (+3.0) 100%" in text
    assert "Timed Up and Go (s) start → end 2 13.0 → 11.0 −2.0 (−2.0) 100%" in text
    # the chart under the table: a bar per measure with the share improved
    chart = text[text.index("Share who improved, of those measured twice") :]
    assert "30-second chair stand 100%" in chart and "Timed Up and Go 100%" in chart


def test_pseudonymised_report_has_no_names(sample: Sample) -> None:
    pdf = course_report_pdf(sample.snapshot, sample.pack, MADE_ON, pseudonymise=True)
    text = pdf_text(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    for part in NAME_PARTS:
        pattern = rf"(?<!\w){re.escape(part)}(?!\w)"
        assert not re.search(pattern, text, re.IGNORECASE), part
        assert not re.search(pattern, metadata, re.IGNORECASE), part
    assert "Participants' names are replaced by numbers in this report." in text
    for number in (1, 2, 3):
        assert f"Participant {number} " in text
    assert "needed help in session 2; Participant" in text  # the notes, names replaced
    assert "The room was cold in March." in text
    assert GOAL in text


def test_completion_from_the_settings(sample: Sample) -> None:
    text = pdf_text(course_report_pdf(sample.snapshot, sample.pack, MADE_ON, completion_sessions=5))
    assert "Completed the course (came to at least 5 of 5 sessions) 1 of 3 (33%)" in text


def test_finnish_report(sample_fi: Sample) -> None:
    text = pdf_text(course_report_pdf(sample_fi.snapshot, sample_fi.pack, MADE_ON))
    assert "Kurssiraportti" in text and "Tunnusluvut" in text
    assert "Suoritti kurssin (paikalla vähintään 4/5 kertaa) 2/3 (67 %)" in text
    assert "GAS T-luku: keskiarvo (mediaani) 55,0 (55,0)" in text
    assert "1. kerta" in text and f"{CECH} ✓ ✓ ✓ E ✓ 4" in text and "E estynyt" in text
    assert "Ohjaajan muistiinpanot kurssista" in text


def test_a_course_with_nobody_yet(sample: Sample) -> None:
    from dataclasses import replace

    empty = replace(sample.snapshot, participants=(), attendance=(), goals=(), notes=())
    text = pdf_text(course_report_pdf(empty, None, MADE_ON))
    assert "Participants 0" in text and "0 of 0 (–)" in text
    assert "No goal has been reviewed yet, so there is no GAS T-score." in text
    assert "No goals were recorded in this course." in text
