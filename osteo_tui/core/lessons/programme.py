"""A participant's home exercise programme: the pack's chosen exercises, fitted to the person.

Rules (each has a unit test):

* A pack that declares ``home_programme`` in ``pack.yaml`` gives each participant the list of
  their track (or the list for everyone), in the pack's order within each category. A pack
  without it gives every exercise the course's exercise segments used, once, in the order the
  course first used it. Either way the exercises are grouped by category in the order of
  ``CATEGORIES``.
* The dosage is the most the course built up to: the session dosage with the longest planned
  time, never less than the library's default (which is the pack author's home dosage).
  Of two equal dosages the later session's wins. An exercise the course never practised has
  the library's dosage.
* An exercise practised only in sessions the participant missed is marked ``missed``, and one
  the course never practised has no ``sessions``: the sheet asks them to have it shown to them
  before doing it alone (``ask_first``).
* With a vertebral fracture: an exercise marked ``modify`` carries the pack's modification; one
  marked ``avoid`` is not to be done, and the pack's note says what to do instead. Without the
  flag the vertebral-fracture notes are left out (they are not about this person).

* In a pack with tracks, only the exercises of the participant's track count (``track_plan``:
  the track chosen for them, or else the pack's default for their vertebral-fracture flag).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from osteo_tui.core.lessons.model import CATEGORIES, Dosage, Exercise, Pack
from osteo_tui.core.lessons.track_plan import session_for, track_for
from osteo_tui.core.records.participant import Participant

__all__ = [
    "HomeProgramme",
    "ProgrammeItem",
    "home_programme",
    "how_often",
]


@dataclass(frozen=True)
class ProgrammeItem:
    exercise: Exercise
    dosage: Dosage
    sessions: tuple[int, ...]
    """The sessions that practised it."""
    missed: bool = False
    """Practised only in sessions this participant missed."""
    vertebral_note: str | None = None
    """The pack's vertebral-fracture change, when it applies to this participant."""
    avoid: bool = False
    """Not for this participant: ``vertebral_note`` says what to do instead."""

    @property
    def precautions(self) -> tuple[str, ...]:
        return self.exercise.precautions

    @property
    def practised(self) -> bool:
        """Whether the course practised it at all (in the participant's track)."""
        return bool(self.sessions)

    @property
    def ask_first(self) -> bool:
        """Not shown to this participant in the course: a trainer should show it first."""
        return self.missed or not self.practised


@dataclass(frozen=True)
class HomeProgramme:
    items: tuple[ProgrammeItem, ...]
    vertebral_fracture: bool

    def by_category(self) -> list[tuple[str, list[ProgrammeItem]]]:
        """The items grouped by category, categories in ``CATEGORIES`` order."""
        groups = [
            (category, [item for item in self.items if item.exercise.category == category])
            for category in CATEGORIES
        ]
        return [(category, items) for category, items in groups if items]

    def advice(self, category: str) -> str:
        """The key of how often to do the exercises of ``category`` (see ``how_often``)."""
        return how_often(category, self.vertebral_fracture)


def how_often(category: str, vertebral_fracture: bool) -> str:
    """The key of the frequency advice for a category (the reports hold the words).

    Strength 2-3 days a week (ROS 2019; Too Fit To Fracture), balance and back-extensor
    (posture) work daily (Too Fit To Fracture), impact on most days where safe, and after a
    vertebral fracture no harder than brisk walking (ROS 2019)."""
    if category == "impact" and vertebral_fracture:
        return "impact-vertebral"
    return category


def _stronger(first: Dosage, second: Dosage) -> Dosage:
    """``second`` unless ``first`` plans more time (so ties go to the later one)."""
    return first if first.planned_seconds() > second.planned_seconds() else second


def home_programme(
    pack: Pack, person: Participant, attended: Collection[int] | None = None
) -> HomeProgramme:
    """The home programme for ``person``; ``attended`` holds the session numbers they were
    present at (``None``: unknown, nothing is marked missed)."""
    found = _practised(pack, person)
    track = track_for(pack, person)
    chosen = pack.home_list(track.id if track is not None else None)
    if chosen is None:
        chosen = tuple(found)
    items: list[ProgrammeItem] = []
    for exercise_id in chosen:
        exercise = pack.exercise(exercise_id)
        dosage, sessions = found.get(exercise_id, (exercise.dosage, []))
        flagged = person.vertebral_fracture and exercise.needs_vertebral_change
        items.append(
            ProgrammeItem(
                exercise=exercise,
                dosage=_stronger(exercise.dosage, dosage),
                sessions=tuple(sessions),
                missed=attended is not None
                and bool(sessions)
                and not set(sessions) & set(attended),
                vertebral_note=exercise.vertebral_fracture_note if flagged else None,
                avoid=flagged and exercise.vertebral_fracture == "avoid",
            )
        )
    order = {category: index for index, category in enumerate(CATEGORIES)}
    items.sort(key=lambda item: order.get(item.exercise.category, len(order)))  # stable
    return HomeProgramme(tuple(items), person.vertebral_fracture)


def _practised(pack: Pack, person: Participant) -> dict[str, tuple[Dosage, list[int]]]:
    """Each exercise ``person``'s track practised, in course order: the most the course built
    up to, and the sessions that practised it."""
    found: dict[str, tuple[Dosage, list[int]]] = {}
    for number in sorted(session.number for session in pack.sessions):
        for segment in session_for(pack, number, person).segments:
            for use in segment.exercises:
                dosage, sessions = found.get(use.exercise_id, (None, []))
                best = use.dosage if dosage is None else _stronger(dosage, use.dosage)
                if number not in sessions:
                    sessions = [*sessions, number]
                found[use.exercise_id] = (best, sessions)
    return found
