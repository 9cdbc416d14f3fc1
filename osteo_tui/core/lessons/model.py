"""What a lesson pack holds, as immutable values. Built only by ``loader``; never invalid."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from osteo_tui.core.measures.definitions import MeasureSet
from osteo_tui.core.translation import _

__all__ = [
    "CATEGORIES",
    "SEGMENT_KINDS",
    "VERTEBRAL_ADVICE",
    "LIBRARY_DOSAGE",
    "Dosage",
    "Exercise",
    "ExerciseUse",
    "HomeList",
    "Pack",
    "Segment",
    "Session",
    "Source",
    "TRACK_DEFAULTS",
    "Track",
]

CATEGORIES = ("strength", "balance", "posture", "impact", "mobility", "functional")
SEGMENT_KINDS = (
    "talk",
    "discussion",
    "exercise",
    "practical",
    "goal-setting",
    "goal-review",
    "measurement",
    "break",
)
VERTEBRAL_ADVICE = ("ok", "modify", "avoid")
TRACK_DEFAULTS = ("with-vertebral-fracture", "without-vertebral-fracture", "everyone")
"""Whom a track is the default for: participants with, or without, a vertebral fracture."""

SECONDS_PER_REP = 4
REST_BETWEEN_SETS = 30


@dataclass(frozen=True)
class Dosage:
    """How much of an exercise: any sensible combination of the fields (see the format doc)."""

    sets: int | None = None
    reps: int | None = None
    hold: int | None = None
    work: int | None = None
    rest: int | None = None
    rounds: int | None = None
    sides: bool = False
    minutes: int | None = None
    note: str | None = None

    def describe(self) -> str:
        """A short human text such as ``2 × 10``, ``3 × hold 10 s, each side`` or ``10 min``."""
        parts: list[str] = []
        if self.work is not None:
            rounds = self.rounds or 1
            rest = _(" / {seconds} s rest").format(seconds=self.rest) if self.rest else ""
            work = _("{rounds} × {seconds} s work").format(rounds=rounds, seconds=self.work)
            parts.append(f"{work}{rest}")
        elif self.reps is not None:
            reps = f"{self.sets} × {self.reps}" if self.sets else f"{self.reps}"
            hold = _(", hold {seconds} s").format(seconds=self.hold) if self.hold else ""
            parts.append(f"{reps}{hold}")
        elif self.hold is not None:
            times = f"{self.sets} × " if self.sets else ""
            parts.append(times + _("hold {seconds} s").format(seconds=self.hold))
        if self.minutes is not None:
            parts.append(_("{minutes} min").format(minutes=self.minutes))
        if self.sides:
            parts.append(_("each side"))
        if self.note:
            parts.append(self.note)
        return ", ".join(parts)

    def planned_seconds(self) -> int:
        """Time the runner plans for this dosage, both sides included."""
        if self.minutes is not None and self.work is None and self.reps is None:
            return self.minutes * 60
        if self.work is not None:
            rounds = self.rounds or 1
            one_side = rounds * self.work + (rounds - 1) * (self.rest or 0)
        else:
            sets = self.sets or 1
            per_set = (self.reps or 1) * (SECONDS_PER_REP + (self.hold or 0))
            if self.reps is None:
                per_set = self.hold or 0
            rest = self.rest if self.rest is not None else REST_BETWEEN_SETS
            one_side = sets * per_set + (sets - 1) * rest
        return one_side * (2 if self.sides else 1)


LIBRARY_DOSAGE = Dosage()
"""Marks an exercise use without its own dosage; the loader puts the library's default there."""


@dataclass(frozen=True)
class Source:
    id: str
    citation: str
    url: str | None = None


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    category: str
    start: str
    steps: tuple[str, ...]
    dosage: Dosage
    cues: tuple[str, ...]
    easier: str
    harder: str
    precautions: tuple[str, ...]
    vertebral_fracture: str
    vertebral_fracture_note: str | None = None
    equipment: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def needs_vertebral_change(self) -> bool:
        """True when people with a vertebral fracture must modify or avoid this exercise."""
        return self.vertebral_fracture != "ok"


@dataclass(frozen=True)
class ExerciseUse:
    """An exercise as a session uses it: the library entry's id and this session's dosage.
    ``tracks`` are the tracks that do it; empty means everyone."""

    exercise_id: str
    dosage: Dosage
    line: int = 0
    tracks: tuple[str, ...] = ()

    def is_for(self, track: str | None) -> bool:
        """Whether people in ``track`` (``None``: no track) do this exercise."""
        return not self.tracks or track in self.tracks


@dataclass(frozen=True)
class Segment:
    title: str
    kind: str
    minutes: int
    script: str
    key_messages: tuple[str, ...] = ()
    exercises: tuple[ExerciseUse, ...] = ()
    sources: tuple[str, ...] = ()
    taught_by: str = ""
    measures: tuple[str, ...] = ()
    """The measures a measurement segment takes (ids in the pack's ``measures``)."""
    when: str | None = None
    """When those measures count: ``start``, ``end`` or ``follow-up``."""

    @property
    def split_by_track(self) -> bool:
        """True when some of the segment's exercises are only for some tracks."""
        return any(use.tracks for use in self.exercises)


@dataclass(frozen=True)
class Session:
    number: int
    title: str
    minutes: int
    aims: tuple[str, ...]
    segments: tuple[Segment, ...]
    preparation: str = ""
    path: Path | None = None

    @property
    def key_messages(self) -> tuple[str, ...]:
        return tuple(message for segment in self.segments for message in segment.key_messages)


@dataclass(frozen=True)
class Track:
    """A group within the course that does its own exercises (e.g. after a vertebral
    fracture). ``default_for`` is one of ``TRACK_DEFAULTS`` or ``None``."""

    id: str
    title: str
    description: str = ""
    default_for: str | None = None

    def is_default_for(self, vertebral_fracture: bool) -> bool:
        wanted = "with-vertebral-fracture" if vertebral_fracture else "without-vertebral-fracture"
        return self.default_for in (wanted, "everyone")


@dataclass(frozen=True)
class HomeList:
    """The exercises a pack gives participants to do at home (``home_programme`` in
    ``pack.yaml``), in the pack's order: for everyone (``track`` is ``None``) or one track."""

    track: str | None
    exercise_ids: tuple[str, ...]


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    language: str
    audience: str
    version: str
    session_count: int
    sources: tuple[Source, ...]
    exercises: tuple[Exercise, ...]
    sessions: tuple[Session, ...]
    description: str = ""
    path: Path | None = None
    tracks: tuple[Track, ...] = ()
    measures: MeasureSet = field(default_factory=MeasureSet)
    home_lists: tuple[HomeList, ...] = ()
    """The declared home programme; empty: the home programme is what the course practised."""
    _exercise_index: dict[str, Exercise] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._exercise_index.update({exercise.id: exercise for exercise in self.exercises})

    def exercise(self, exercise_id: str) -> Exercise:
        return self._exercise_index[exercise_id]

    def session(self, number: int) -> Session:
        for session in self.sessions:
            if session.number == number:
                return session
        raise KeyError(number)

    def track(self, track_id: str) -> Track:
        for track in self.tracks:
            if track.id == track_id:
                return track
        raise KeyError(track_id)

    def home_list(self, track_id: str | None) -> tuple[str, ...] | None:
        """The home programme's exercise ids for people in ``track_id`` (``None``: no track):
        their track's list, else the list for everyone; ``None`` when the pack has neither."""
        lists = {home.track: home.exercise_ids for home in self.home_lists}
        found = lists.get(track_id) if track_id is not None else None
        return found if found is not None else lists.get(None)

    def default_track(self, vertebral_fracture: bool) -> Track | None:
        """The track a participant gets unless one is chosen; ``None`` without tracks."""
        return next((t for t in self.tracks if t.is_default_for(vertebral_fracture)), None)
