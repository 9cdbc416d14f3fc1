"""The participant's take-home PDF, read back with pypdf."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from osteo_tui.core.lessons.programme import home_programme
from osteo_tui.core.measures.comparison import participant_changes
from osteo_tui.reports import participant_summary_pdf
from tests.unit.reports.conftest import DEJAVU, fonts, pdf_text
from tests.unit.reports.course_data import (
    ASA,
    CECH,
    GOAL,
    MADE_ON,
    NEXT_STEP,
    PEKKA,
    PRIVATE,
    RECORD_NOTE,
    SHAREABLE,
    Sample,
)


@pytest.fixture
def cech_pdf(sample: Sample) -> bytes:
    return participant_summary_pdf(sample.snapshot, sample.pack, sample.person(CECH), MADE_ON)


def test_sessions_attended_and_missed(cech_pdf: bytes, sample: Sample) -> None:
    text = pdf_text(cech_pdf)
    assert "You came to 4 of the 5 sessions." in text
    assert text.count("Attended ✓") == 4 and text.count("Missed (excused)") == 1
    for session in sample.pack.sessions:
        assert session.title in text
    assert "4 March 2026 – 1 April 2026" in text  # the course's dates


def test_goal_with_its_reviews_and_next_step(cech_pdf: bytes) -> None:
    text = pdf_text(cech_pdf)
    assert f"1. {GOAL}" in text
    assert "How it is measured: minutes walking" in text
    assert "Target date: 1 May 2026" in text
    assert (
        "Session 3, 18 March 2026: a little less than expected (−1). Walked 10 minutes, "
        "knee sore" in text
    )
    assert "Session 5, 1 April 2026: a little more than expected (+1)" in text
    assert f"What next: {NEXT_STEP}" in text


def test_shareable_notes_only(cech_pdf: bytes) -> None:
    text = pdf_text(cech_pdf)
    assert SHAREABLE in text
    assert "PRIVATE-NOTE" not in text and PRIVATE not in text
    assert "RECORD-NOTE" not in text and RECORD_NOTE not in text


def test_outcome_measures_in_plain_words(sample: Sample) -> None:
    pekka = sample.person(PEKKA)
    text = pdf_text(participant_summary_pdf(sample.snapshot, sample.pack, pekka, MADE_ON))
    changes = participant_changes(sample.pack.measures, pekka, sample.snapshot.measurements)
    assert len(changes) == 2
    assert "Your results From the start to the end of the course" in text
    for change in changes:
        assert change.sentence in text
    assert "went from 10 to 13" in text and "in the typical range for your age" in text
    asa = pdf_text(
        participant_summary_pdf(sample.snapshot, sample.pack, sample.person(ASA), MADE_ON)
    )
    assert "Your results" not in asa  # nothing measured: no section


def test_home_programme_with_the_vertebral_fracture_changes(
    cech_pdf: bytes, sample: Sample
) -> None:
    text = pdf_text(cech_pdf)
    programme = home_programme(sample.pack, sample.person(CECH))
    for item in programme.items:
        assert item.exercise.name in text
    assert "Your programme at a glance" in text
    assert "How much: 3 sets of 10" in text  # sit to stand, as built up to
    jumps = sample.pack.exercise("small-jumps")
    assert f"{jumps.name} Not for you. Do this instead: {jumps.vertebral_fracture_note}" in text
    heel_drop = sample.pack.exercise("heel-drop")
    assert f"After a vertebral fracture: {heel_drop.vertebral_fracture_note}" in text
    assert "Take care: • Keep the chair against a wall so it cannot slide away." in text
    assert "Keep impact gentle: nothing harder than brisk walking" in text
    # Čech was excused from session 4: getting up from the floor was only practised there
    assert "You missed the session where we practised this." in text


def test_without_the_flag_no_vertebral_notes(sample: Sample) -> None:
    text = pdf_text(
        participant_summary_pdf(sample.snapshot, sample.pack, sample.person(ASA), MADE_ON)
    )
    assert ASA in text
    assert "After a vertebral fracture" not in text and "Not for you" not in text
    assert "Small jumps" in text and "On most days of the week." in text
    assert "No goal was recorded for you in this course." in text
    assert "Notes from your trainer" not in text
    assert "You came to 2 of the 5 sessions." in text and text.count("Missed") == 1


def test_key_messages_of_every_session(cech_pdf: bytes, sample: Sample) -> None:
    text = pdf_text(cech_pdf)
    assert "What to remember from the course" in text
    for session in sample.pack.sessions:
        assert f"Session {session.number}: {session.title}" in text
        assert " ".join(session.key_messages[0].split()) in text
        assert " ".join(session.key_messages[-1].split()) in text


def test_letters_of_every_language_and_the_page_frame(cech_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(cech_pdf))
    text = pdf_text(cech_pdf)
    assert CECH in text and "Jens Ærø" in text
    pages = len(reader.pages)
    assert "Spring 2026 group Made on 2 April 2026" in text
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert reader.metadata is not None
    assert reader.metadata.title == f"Course summary for {CECH}"
    assert reader.metadata.author == "Maija Physio, Jens Ærø"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert fonts(cech_pdf) <= DEJAVU, fonts(cech_pdf)  # Helvetica would box č, ł, ő


def test_finnish_course_in_finnish(sample_fi: Sample) -> None:
    pdf = participant_summary_pdf(
        sample_fi.snapshot, sample_fi.pack, sample_fi.person(CECH), MADE_ON
    )
    text = pdf_text(pdf)
    assert "Kurssiyhteenvetosi" in text and "Kotiharjoitusohjelmasi" in text
    assert "Olit paikalla 4/5 kurssikerralla." in text
    assert "Paikalla ✓" in text and "Poissa (ilmoitettu)" in text
    assert "4.3.2026 – 1.4.2026" in text
    assert "Nikamamurtuman jälkeen" in text
    assert sample_fi.pack.exercise("sit-to-stand").name in text
    assert "3 sarjaa, 10 toistoa" in text
    assert PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == "fi"
    assert "Sivu 1/" in text


def test_without_the_lesson_pack_the_records_still_print(sample: Sample) -> None:
    text = pdf_text(participant_summary_pdf(sample.snapshot, None, sample.person(CECH), MADE_ON))
    assert GOAL in text and SHAREABLE in text
    assert "Your home exercise programme" not in text


def test_a_pack_with_very_long_texts_still_lays_out(sample: Sample) -> None:
    long_note = "Keep your back straight and move slowly. " * 40
    exercise = replace(
        sample.pack.exercise("sit-to-stand"),
        steps=tuple(f"Step {n}: {long_note}" for n in range(12)),
        precautions=tuple(f"Precaution {n}: {long_note}" for n in range(12)),
        start=long_note * 3,
    )
    exercises = tuple(exercise if e.id == exercise.id else e for e in sample.pack.exercises)
    pack = replace(sample.pack, exercises=exercises, _exercise_index={})
    text = pdf_text(participant_summary_pdf(sample.snapshot, pack, sample.person(CECH), MADE_ON))
    assert "Precaution 11: Keep your back straight" in text and "Step 11:" in text
