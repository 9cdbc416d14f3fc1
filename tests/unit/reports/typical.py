"""A typical participant of a five-session course, for the length of the take-home summary:
came to four sessions, one goal reviewed twice with a next step, one shareable note, and
every measure the pack schedules taken at the start and the end (and the self-ratings again
at the follow-up when ``follow_up``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.lessons.model import Pack
from osteo_tui.core.measures.record import MeasurementRecord
from osteo_tui.core.records import Course, Goal, Note, Participant
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.store.snapshot import CourseSnapshot

MADE_ON = date(2026, 4, 2)
NAME = "Aino Virtanen"

START: dict[str, dict[str, float | str]] = {
    "self-ratings": {"knowledge": 4, "courage": 3, "function": 5, "resources": 6, "confidence": 4},
    "short-fes-i": {
        "dressing": 2,
        "bathing": 3,
        "chair": 2,
        "stairs": 3,
        "reaching": 3,
        "slope": 3,
        "social": 2,
    },
    "chair-stand": {"chair-stand": 8},
    "tug": {"tug": 13.4},
    "balance": {"feet-together": 10, "semi-tandem": 10, "tandem": 6, "one-leg": 2},
}
END: dict[str, dict[str, float | str]] = {
    "self-ratings": {"knowledge": 8, "courage": 7, "function": 6, "resources": 7, "confidence": 7},
    "short-fes-i": {
        "dressing": 1,
        "bathing": 2,
        "chair": 1,
        "stairs": 2,
        "reaching": 2,
        "slope": 2,
        "social": 1,
    },
    "chair-stand": {"chair-stand": 11},
    "tug": {"tug": 11.2},
    "balance": {"feet-together": 10, "semi-tandem": 10, "tandem": 10, "one-leg": 4},
}
FOLLOW_UP: dict[str, dict[str, float | str]] = {
    "self-ratings": {"knowledge": 8, "courage": 8, "function": 7, "resources": 7, "confidence": 8},
}


@dataclass(frozen=True)
class Typical:
    snapshot: CourseSnapshot
    pack: Pack
    person: Participant


def typical_participant(
    data_dir: Path,
    catalog: PackCatalog,
    pack_id: str = "luustokurssi-en",
    *,
    vertebral_fracture: bool = False,
    follow_up: bool = False,
) -> Typical:
    pack = catalog.get(pack_id).load()  # type: ignore[union-attr]
    course = Course.new(
        "Autumn 2026 group",
        pack.id,
        pack.version,
        len(pack.sessions),
        "2026-09-01",
        language=pack.language,
        place="Community hall, Tampere",
        trainers=("Maija Physio",),
    )
    last = len(pack.sessions)
    with CourseRepository(data_dir).create(course) as store:
        person = store.add_participant(
            Participant.new(NAME, born=1950, sex="f", vertebral_fracture=vertebral_fracture)
        )
        for number in range(1, last + 1):
            status = "excused" if number == 3 else "present"
            store.mark_attendance(number, person.id, status)
        goal = store.add_goal(
            Goal.new(person.id, "Walk to the shop and back", "minutes walking", "2026-11-01")
        )
        store.review_goal(goal.id, 2, -1, "Walked 10 minutes", day=date(2026, 9, 8))
        store.review_goal(goal.id, last, 1, "Walked to the shop twice", day=date(2026, 9, 29))
        store.set_goal_next_step(goal.id, "Keep walking three times a week with my neighbour")
        store.add_note(Note.new(person.id, "Great effort with the balance exercises", 2, True))
        times = [("start", START, 1), ("end", END, last)]
        if follow_up:
            times.append(("follow-up", FOLLOW_UP, None))
        for when, values, session in times:
            for measure_id, answers in values.items():
                if measure_id in pack.measures.ids():
                    store.save_measurement(
                        MeasurementRecord.new(person.id, measure_id, when, answers, session)
                    )
        snapshot = CourseSnapshot.of(store)
    return Typical(snapshot, pack, snapshot.participants[0])
