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
    "check_pack",
    "load_pack",
]
