"""The participant's take-home PDF, read back with pypdf."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from osteo_tui.core.lessons.model import HomeList
from osteo_tui.core.lessons.programme import home_programme
from osteo_tui.core.lessons.take_home import take_home_messages
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
    assert "Sessions You came to 4 of the 5 sessions." in text  # in the course's facts
    for session in sample.pack.sessions:
        assert session.title in text
    # each session's heading has its date; the one Čech could not come to says so, kindly
    assert "Session 4, 25 March 2026: Preventing falls You could not come to this session." in text
    assert text.count("You could not come to this session.") == 1
    assert "4 March 2026 – 1 April 2026" in text  # the course's dates


def test_without_attendance_no_count_of_sessions(sample: Sample) -> None:
    course = replace(sample.snapshot, attendance=())
    text = pdf_text(participant_summary_pdf(course, sample.pack, sample.person(CECH), MADE_ON))
    assert "You came to" not in text and "You could not come" not in text
    assert "Ask your trainer to show you first" not in text  # nothing known to be missed


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
    # each sentence has its chart beside it: the bars' labels and values read back
    assert "for your age. Start 10 End 13" in text
    assert "no sign of increased fall risk. Start 12.5 s End 10.5 s A lower number is better." in (
        text
    )
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
        assert text.count(item.exercise.name) >= 2  # at a glance, and its card
    assert "Getting up from the floor" not in text  # never a home exercise to do alone
    assert "Your home exercise programme" in text
    assert "Sit to stand 3 sets of 10" in text  # at a glance, as built up to
    assert "How much: 3 sets of 10" in text  # its card
    assert "Heel drop 2 sets of 10. Changed for you: see the last pages" in text
    heel_drop = sample.pack.exercise("heel-drop")
    assert f"After a vertebral fracture: {heel_drop.vertebral_fracture_note}" in text
    assert "Take care: • Keep the chair against a wall so it cannot slide away." in text
    assert "Keep impact gentle: nothing harder than brisk walking" in text
    assert "Ask your trainer" not in text  # Čech came to a session that practised each one


def test_an_exercise_to_avoid_says_what_to_do_instead(sample: Sample) -> None:
    lists = (HomeList(None, ("sit-to-stand", "small-jumps")),)
    pack = replace(sample.pack, home_lists=lists)
    text = pdf_text(participant_summary_pdf(sample.snapshot, pack, sample.person(CECH), MADE_ON))
    jumps = pack.exercise("small-jumps")
    assert f"{jumps.name} Not for you: see the last pages" in text
    assert f"{jumps.name} Not for you. Do this instead: {jumps.vertebral_fracture_note}" in text


def test_exercises_shown_on_a_missed_day_say_ask_your_trainer(sample: Sample) -> None:
    text = pdf_text(
        participant_summary_pdf(sample.snapshot, sample.pack, sample.person(ASA), MADE_ON)
    )
    # Åsa came to sessions 1 and 2; heel drops were practised in sessions 3 and 5
    assert "Heel drop 2 sets of 10. Ask your trainer to show you first" in text
    assert "Sit to stand 3 sets of 10 Band row" in text  # practised while she was there
    assert "We practised this on a day you could not come. Please ask your trainer" in text


def test_an_exercise_the_course_never_practised_is_to_be_shown_first(sample: Sample) -> None:
    sessions = tuple(
        replace(
            session,
            segments=tuple(
                replace(s, exercises=tuple(u for u in s.exercises if u.exercise_id != "toe-raise"))
                for s in session.segments
            ),
        )
        for session in sample.pack.sessions
    )
    lists = (HomeList(None, ("sit-to-stand", "toe-raise")),)
    pack = replace(sample.pack, sessions=sessions, home_lists=lists)
    text = pdf_text(participant_summary_pdf(sample.snapshot, pack, sample.person(PEKKA), MADE_ON))
    assert "Toe raise 2 sets of 10. Ask your trainer to show you first" in text
    assert "We did not get to practise this one in the course. Please ask your trainer" in text
    assert text.count("Ask your trainer to show you first") == 1  # Pekka came to every session


def test_without_the_flag_no_vertebral_notes(sample: Sample) -> None:
    text = pdf_text(
        participant_summary_pdf(sample.snapshot, sample.pack, sample.person(ASA), MADE_ON)
    )
    assert ASA in text
    assert "After a vertebral fracture" not in text and "Not for you" not in text
    assert "Changed for you" not in text
    assert "Heel drop" in text and "On most days of the week." in text
    assert "No goal was recorded for you in this course." in text
    assert "Notes from your trainer" not in text
    assert "You came to 2 of the 5 sessions." in text
    assert text.count("You could not come to this session.") == 1  # 3; 4 and 5 not recorded


def test_a_short_list_of_key_messages_for_every_session(cech_pdf: bytes, sample: Sample) -> None:
    text = pdf_text(cech_pdf)
    assert "What to remember from the course" in text
    chosen = dict(take_home_messages(sample.pack.sessions))
    assert len(chosen) == len(sample.pack.sessions)
    for session, messages in chosen.items():
        assert f"Session {session.number}, " in text and session.title in text
        assert 3 <= len(messages) <= 6
        for message in messages:
            assert " ".join(message.split()) in text
    # what is said in class stays there: not every key message goes home
    assert "What is said in the group stays in the group." not in text
    assert "Bring a resistance band to the next session." not in text


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
    assert "4. kerta 25.3.2026: " in text and "Et päässyt tälle kerralle." in text
    assert "Kotiharjoitusohjelmasi" in text and "Näin teet liikkeet" in text
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
