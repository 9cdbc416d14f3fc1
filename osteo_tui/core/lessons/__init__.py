"""Lesson packs: the course content as human-editable files, loaded and validated.

The names below are imported on first use (PEP 562): the app's home screen needs only
``PackCatalog``, and the loader (YAML, outcome measures, pack files) costs a sixth of the
start-up time (docs/performance.md, start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from osteo_tui.core.lazy_names import first_use

if TYPE_CHECKING:
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

_MODULES = {
    "PackCatalog": "catalog",
    "PackEntry": "catalog",
    "PackOrigin": "catalog",
    "PackInvalid": "loader",
    "check_pack": "loader",
    "load_pack": "loader",
    "TrackGroup": "track_plan",
    "exercises_for": "track_plan",
    "session_for": "track_plan",
    "track_for": "track_plan",
    "track_groups": "track_plan",
    "uses_for": "track_plan",
}


__getattr__ = first_use(__name__, {name: _MODULES.get(name, "model") for name in __all__})
