"""Lesson packs: the course content as human-editable files, loaded and validated."""

from osteo_tui.core.lessons.catalog import PackCatalog, PackEntry, PackOrigin
from osteo_tui.core.lessons.loader import PackInvalid, check_pack, load_pack
from osteo_tui.core.lessons.model import (
    CATEGORIES,
    SEGMENT_KINDS,
    Dosage,
    Exercise,
    ExerciseUse,
    Pack,
    Segment,
    Session,
    Source,
    Track,
)
from osteo_tui.core.lessons.track_plan import (
    TrackGroup,
    exercises_for,
    session_for,
    track_for,
    track_groups,
    uses_for,
)

__all__ = [
    "CATEGORIES",
    "SEGMENT_KINDS",
    "Dosage",
    "Exercise",
    "ExerciseUse",
    "Pack",
    "PackCatalog",
    "PackEntry",
    "PackInvalid",
    "PackOrigin",
    "Segment",
    "Session",
    "Source",
    "Track",
    "TrackGroup",
    "check_pack",
    "exercises_for",
    "load_pack",
    "session_for",
    "track_for",
    "track_groups",
    "uses_for",
]
