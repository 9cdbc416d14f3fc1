"""Courses with measurements, goals and evaluation answers, written through the core API."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from osteo_tui.core.lessons import PackCatalog, PackOrigin
from osteo_tui.core.measures import MeasureSet
from osteo_tui.core.paths import builtin_lessons_dir
from osteo_tui.core.records import Course, Goal, Participant
from osteo_tui.core.store import CourseRepository


def builtin_measures(pack_id: str = "luustokurssi-en") -> MeasureSet:
    catalog = PackCatalog.discover([(builtin_lessons_dir(), PackOrigin.BUILTIN)])
    return catalog.get(pack_id).load().measures  # type: ignore[union-attr]


@dataclass
class Person:
    name: str
    born: int | None = 1950
    sex: str | None = "f"
    contact: str = ""
    results: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    """(measure id, when) -> the values as typed."""
    goal_levels: list[list[int]] = field(default_factory=list)
    """Per goal, its review levels at sessions 2, 3, …"""


def make_course(
    data_dir: Path, title: str, start: str, people: list[Person], pack: str = "luustokurssi-en"
) -> Course:
    repo = CourseRepository(data_dir)
    measures = builtin_measures(pack)
    course = Course.new(title, pack, "1.0.0", 5, start)
    with repo.create(course) as store:
        for person in people:
            stored = store.add_participant(
                Participant.new(person.name, born=person.born, sex=person.sex, contact=person.contact)
            )
            for (measure_id, when), texts in person.results.items():
                store.record_measurement(measures, stored.id, measure_id, when, texts)
            for levels in person.goal_levels:
                goal = store.add_goal(Goal.new(stored.id, f"Goal of {person.name}"))
                for session, level in enumerate(levels, start=2):
                    store.review_goal(goal.id, session, level)
    return course
