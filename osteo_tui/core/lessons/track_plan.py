"""Who does what: a participant's track, and the session as that participant does it.

The runner, the roster and the printed home programme all ask these questions; the answers
come from here so that they always agree. In a pack without tracks everyone does everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Generic, Protocol, TypeVar

from osteo_tui.core.lessons.model import ExerciseUse, Pack, Segment, Session, Track

__all__ = [
    "TrackGroup",
    "TrackHolder",
    "exercises_for",
    "session_for",
    "track_for",
    "track_groups",
    "uses_for",
]


class TrackHolder(Protocol):
    """A participant, as far as tracks are concerned (``records.Participant`` is one)."""

    @property
    def track(self) -> str | None: ...

    @property
    def vertebral_fracture(self) -> bool: ...


Person = TypeVar("Person", bound=TrackHolder)


def track_for(pack: Pack, person: TrackHolder) -> Track | None:
    """The participant's track: the one chosen for them when the pack has it, otherwise the
    pack's default for their vertebral-fracture flag; ``None`` when the pack has no tracks."""
    if not pack.tracks:
        return None
    if person.track:
        chosen = next((t for t in pack.tracks if t.id == person.track), None)
        if chosen is not None:
            return chosen
    return pack.default_track(person.vertebral_fracture)


def uses_for(segment: Segment, track: Track | str | None) -> tuple[ExerciseUse, ...]:
    """The segment's exercises that people in ``track`` do (all of them when ``None``)."""
    if track is None:
        return segment.exercises
    track_id = track if isinstance(track, str) else track.id
    return tuple(use for use in segment.exercises if use.is_for(track_id))


def session_for(pack: Pack, number: int, person: TrackHolder) -> Session:
    """Session ``number`` as ``person`` does it: every segment (the talks are for everyone),
    each exercise segment with only the exercises of the person's track."""
    session = pack.session(number)
    track = track_for(pack, person)
    if track is None:
        return session
    segments = tuple(
        replace(segment, exercises=uses_for(segment, track)) for segment in session.segments
    )
    return replace(session, segments=segments)


def exercises_for(
    pack: Pack, person: TrackHolder, sessions: Sequence[int] | None = None
) -> tuple[ExerciseUse, ...]:
    """Every exercise ``person`` does in the given sessions (default: all), in course order.
    An exercise done in several sessions appears each time, with that session's dosage."""
    numbers = [s.number for s in pack.sessions] if sessions is None else list(sessions)
    return tuple(
        use
        for number in numbers
        for segment in session_for(pack, number, person).segments
        for use in segment.exercises
    )


@dataclass(frozen=True)
class TrackGroup(Generic[Person]):
    """One track on a split exercise segment: its exercises and the people in it."""

    track: Track
    uses: tuple[ExerciseUse, ...]
    people: tuple[Person, ...]


def track_groups(
    pack: Pack, segment: Segment, people: Sequence[Person]
) -> list[TrackGroup[Person]]:
    """For a segment split by track, each track with its exercises and who of ``people`` is
    in it (in the pack's track order); an empty list for a segment everyone does together."""
    if not segment.split_by_track or not pack.tracks:
        return []
    track_of = [(person, track_for(pack, person)) for person in people]
    return [
        TrackGroup(
            track,
            uses_for(segment, track),
            tuple(person for person, mine in track_of if mine == track),
        )
        for track in pack.tracks
    ]
