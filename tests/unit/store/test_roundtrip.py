"""Round trips: every record survives to_dict/from_dict and JSON, and a whole course survives
being written through the store and read back, whatever Unicode the trainer typed."""

from __future__ import annotations

import json
import random
import tempfile
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osteo_tui.core.records import (
    AttendanceMark,
    AttendanceStatus,
    Consent,
    Course,
    CourseStatus,
    Fracture,
    Goal,
    GoalReview,
    Note,
    Participant,
    RunState,
    SessionPlan,
)
from osteo_tui.core.records.participant import FRACTURE_SITES
from osteo_tui.core.records.values import new_id
from osteo_tui.core.store import CourseRepository

# Names people really have, written every way a terminal may hand them over.
NAMES = [
    "Päivi Äänismaa-Öhman",  # Finnish
    "Søren Ærø Åberg",  # Danish
    "فاطمة الزهراء",  # Arabic, right to left
    "שָׁלוֹם כֹּהֵן",  # Hebrew with points (combining marks), right to left
    "Zoe\u0308 Bronte\u0308",  # e + combining diaeresis (NFD)
    "Grandma 👵🏽 Rosa",  # emoji with a skin-tone modifier
    "👨‍👩‍👧 family",  # emoji joined by zero-width joiners
    "\u202eevil\u202c Eve",  # a right-to-left override character
    "Ǆemal Đurić",
    "李小龍",
]

text = st.text()  # any code point that can be stored as UTF-8 (no lone surrogates)
names = st.one_of(st.sampled_from(NAMES), st.text(min_size=1))
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
times = st.times().map(lambda moment: moment.replace(second=0, microsecond=0))
stamps = st.datetimes().map(lambda moment: moment.replace(microsecond=0).isoformat())
ids = st.text(min_size=1, max_size=12)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=10,
)


@st.composite
def courses(draw: st.DrawFn, course_id: st.SearchStrategy[str] = ids) -> Course:
    count = draw(st.integers(1, 12))
    return Course(
        id=draw(course_id),
        title=draw(names),
        pack_id=draw(text),
        pack_version=draw(text),
        start_date=draw(days),
        sessions=tuple(
            SessionPlan(n, draw(days), draw(st.none() | times)) for n in range(1, count + 1)
        ),
        language=draw(text),
        place=draw(text),
        trainers=tuple(draw(st.lists(names, max_size=3))),
        status=draw(st.sampled_from(CourseStatus)),
        retain_until=draw(st.none() | days),
        notes=draw(text),
    )


participants = st.builds(
    Participant,
    id=ids,
    name=names,
    born=st.none() | st.integers(1880, 2020),
    sex=st.sampled_from([None, "f", "m"]),
    fractures=st.lists(
        st.builds(Fracture, st.sampled_from(FRACTURE_SITES), st.none() | st.integers(1900, 2100)),
        max_size=3,
    ).map(tuple),
    vertebral_fracture=st.booleans(),
    contact=text,
    consent=st.none() | st.builds(Consent, days, text),
    notes=text,
    track=st.none() | text,
)
reviews = st.builds(GoalReview, days, st.integers(1, 12), st.sampled_from([-2, -1, 0, 1, 2]), text)
goals = st.builds(
    Goal,
    id=ids,
    participant_id=ids,
    text=text,
    measure=text,
    target=st.none() | days,
    created_at=stamps,
    reviews=st.lists(reviews, max_size=3).map(tuple),
    next_step=text,
)
notes = st.builds(Note, ids, ids, text, stamps, st.none() | st.integers(1, 12), st.booleans())
marks = st.builds(
    AttendanceMark, ids, st.integers(1, 12), st.sampled_from(AttendanceStatus), stamps
)
run_states = st.builds(
    RunState,
    session=st.integers(1, 12),
    segment=st.integers(0, 50),
    timer=st.dictionaries(text, json_values, max_size=4),
    spent=st.dictionaries(st.integers(0, 40).map(str), st.floats(0, 1e6), max_size=5),
    started_at=stamps,
    finished=st.booleans(),
)
RECORDS = {
    Course: courses(),
    Participant: participants,
    Goal: goals,
    Note: notes,
    AttendanceMark: marks,
    RunState: run_states,
}


@pytest.mark.parametrize("kind", RECORDS, ids=lambda kind: kind.__name__)
@settings(max_examples=150)
@given(data=st.data())
def test_every_record_round_trips_through_to_dict_and_json(kind: type, data: st.DataObject) -> None:
    record = data.draw(RECORDS[kind])
    as_dict = record.to_dict()
    assert kind.from_dict(as_dict) == record
    through_json = json.loads(json.dumps(as_dict, ensure_ascii=False).encode("utf-8"))
    assert kind.from_dict(through_json) == record
    assert through_json == as_dict


def test_session_times_keep_only_minutes() -> None:
    """Planned times are stored to the minute (what the trainer types), by design."""
    plan = SessionPlan(1, date(2025, 3, 3), time(10, 30))
    assert SessionPlan.from_dict(plan.to_dict()) == plan


def _long_note(seed: int, length: int = 50_000) -> str:
    """``length`` characters drawn from the first three planes (no lone surrogates)."""
    rng = random.Random(seed)
    pool = [chr(c) for c in range(0x0, 0x30000) if not 0xD800 <= c <= 0xDFFF]
    return "start " + "".join(rng.choice(pool) for _ in range(length - 10)) + " end"


@st.composite
def course_contents(
    draw: st.DrawFn,
) -> tuple[Course, list[Participant], list[Note], list[Goal], list[RunState]]:
    course = draw(courses(course_id=st.just(new_id())))
    sessions = st.none() | st.integers(1, len(course.sessions))
    people = draw(
        st.lists(
            participants,
            min_size=1,
            max_size=4,
            unique_by=(lambda p: p.id, lambda p: p.name.casefold()),
        )
    )
    person_ids = st.sampled_from([person.id for person in people])
    some_notes = draw(
        st.lists(
            st.builds(Note, ids, person_ids, text, stamps, sessions, st.booleans()),
            max_size=4,
        )
    )
    long = draw(st.text(min_size=1, max_size=50))
    some_notes.append(Note("long", people[0].id, (long * 50_000)[:50_000], "2025-03-03T10:00:00"))
    some_goals = draw(st.lists(goals, max_size=2))
    some_goals = [replace(goal, participant_id=draw(person_ids)) for goal in some_goals]
    runs = draw(st.lists(run_states, max_size=2, unique_by=lambda run: run.session))
    runs = [run for run in runs if run.session <= len(course.sessions)]
    return course, people, some_notes, some_goals, runs


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(contents=course_contents())
def test_a_course_round_trips_through_the_store(contents: tuple) -> None:
    course, people, some_notes, some_goals, runs = contents
    with tempfile.TemporaryDirectory() as folder:
        repo = CourseRepository(Path(folder) / "data")
        with repo.create(course) as store:
            for person in people:
                store.add_participant(person)
            for note in some_notes:
                store.add_note(note)
            for goal in some_goals:
                store.add_goal(goal)
            for run in runs:
                store.save_run_state(run)
        for read_only in (False, True):
            with repo.open(course.id, read_only=read_only) as store:
                assert store.course == course
                assert store.participants() == sorted(people, key=lambda p: p.name.casefold())
                assert sorted(store.notes(), key=repr) == sorted(some_notes, key=repr)
                assert sorted(store.goals(), key=repr) == sorted(some_goals, key=repr)
                assert [store.run_state(run.session) for run in runs] == runs
        (summary,) = repo.summaries()
        assert (summary.title, summary.participants) == (course.title, len(people))


@pytest.mark.parametrize("name", NAMES)
def test_names_and_a_50000_character_note_survive_the_store(
    repo: CourseRepository, name: str
) -> None:
    course = Course.new(name, "bone-fit", "1", 4, "2025-03-03", trainers=(name,), place=name)
    long = _long_note(seed=len(name))
    with repo.create(course) as store:
        person = store.add_participant(Participant(new_id(), name, notes=name))
        note = store.add_note(Note.new(person.id, long, session=2, shareable=True))
    assert len(note.text) == 50_000
    with repo.open(course.id) as store:
        assert store.course == course
        assert store.participant(name) == person  # found by the name, byte for byte
        assert store.notes() == [note]
    assert repo.resolve(name) == course.id
    assert name.encode("utf-8") in repo.course_file(course.id).read_bytes()  # not \u-escaped
