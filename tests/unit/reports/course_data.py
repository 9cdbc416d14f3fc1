"""A small course with everything the PDFs show, written through the real store."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.lessons.model import Pack
from osteo_tui.core.measures.record import MeasurementRecord
from osteo_tui.core.records import Course, Goal, Note, Participant
from osteo_tui.core.store import CourseRepository
from osteo_tui.core.store.snapshot import CourseSnapshot

MADE_ON = date(2026, 4, 2)
CECH = "Čech Łukasz Ővári"
ASA = 'Åsa / Øberg: "test"'
PEKKA = "Pekka Mäkinen"
GOAL = "Walk to the shop and back without stopping"
NEXT_STEP = "Keep walking three times a week with my neighbour"
SHAREABLE = "Great effort with the balance exercises, keep it up"
PRIVATE = "PRIVATE-NOTE worried about her husband"
RECORD_NOTE = "RECORD-NOTE takes warfarin"
COURSE_NOTES = (
    f"A friendly group. {CECH} needed help in session 2; Łukasz said the floor work was hard.\n\n"
    "The room was cold in March."
)


@dataclass(frozen=True)
class Sample:
    snapshot: CourseSnapshot
    pack: Pack

    def person(self, name: str) -> Participant:
        return next(p for p in self.snapshot.participants if p.name == name)


def sample_course(data_dir: Path, catalog: PackCatalog, pack_id: str = "luustokurssi-en") -> Sample:
    """Three participants: Čech (vertebral fracture; sessions 1, 2, 3 and 5, excused from 4;
    a goal reviewed twice; a shareable and a private note), Åsa (sessions 1 and 2, no goal)
    and Pekka (every session; a goal met as expected). Čech and Pekka did the chair stand
    (8 → 11 and 10 → 13) and Timed Up and Go (13.5 → 11.5 s and 12.5 → 10.5 s)."""
    pack = catalog.get(pack_id).load()  # type: ignore[union-attr]
    course = Course.new(
        "Kevään 2026 ryhmä" if pack.language == "fi" else "Spring 2026 group",
        pack.id,
        pack.version,
        len(pack.sessions),
        "2026-03-04",
        language=pack.language,
        place="Community hall, Tampere",
        trainers=("Maija Physio", "Jens Ærø"),
        start_time="13:00",
    )
    repo = CourseRepository(data_dir)
    with repo.create(course) as store:
        cech = store.add_participant(
            replace(Participant.new(CECH, born=1948, vertebral_fracture=True), notes=RECORD_NOTE)
        )
        asa = store.add_participant(Participant.new(ASA, born=1950))
        pekka = store.add_participant(Participant.new(PEKKA, born=1951, sex="m"))
        for number in (1, 2, 3, 5):
            store.mark_attendance(number, cech.id, "present")
        store.mark_attendance(4, cech.id, "excused")
        for number in (1, 2):
            store.mark_attendance(number, asa.id, "present")
        store.mark_attendance(3, asa.id, "absent")
        for number in range(1, 6):
            store.mark_attendance(number, pekka.id, "present")
        goal = store.add_goal(Goal.new(cech.id, GOAL, "minutes walking", "2026-05-01"))
        store.review_goal(goal.id, 3, -1, "Walked 10 minutes, knee sore", day=date(2026, 3, 18))
        store.review_goal(goal.id, 5, 1, "Walked to the shop twice", day=date(2026, 4, 1))
        store.set_goal_next_step(goal.id, NEXT_STEP)
        other = store.add_goal(Goal.new(pekka.id, "Carry the shopping upstairs"))
        store.review_goal(other.id, 5, 0, day=date(2026, 4, 1))
        for person, values in ((cech, (8, 11, 13.5, 11.5)), (pekka, (10, 13, 12.5, 10.5))):
            for when, stands, seconds, session in (
                ("start", values[0], values[2], 1),
                ("end", values[1], values[3], 5),
            ):
                store.save_measurement(
                    MeasurementRecord.new(
                        person.id, "chair-stand", when, {"chair-stand": stands}, session
                    )
                )
                store.save_measurement(
                    MeasurementRecord.new(person.id, "tug", when, {"tug": seconds}, session)
                )
        store.add_note(Note.new(cech.id, PRIVATE, 2))
        store.add_note(Note.new(cech.id, SHAREABLE, 3, shareable=True))
        store.save_course(replace(store.course, notes=COURSE_NOTES))
        return Sample(CourseSnapshot.of(store), pack)
