"""The home programme a pack declares in ``pack.yaml``: reading it and checking it.

``home_programme`` is either one list of exercise ids (for everyone) or, in a pack with
tracks, one list per track::

    home_programme: [sit-to-stand, heel-raise, band-row]

    home_programme:
      general: [sit-to-stand, heel-drop, small-jumps]
      vertebral: [sit-to-stand, seated-back-extension, chin-tuck]

The ids are checked against the library once it is read (``check_home_ids``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from osteo_tui.core.lessons.fields import ID_PATTERN, FieldReader, describe, suggest
from osteo_tui.core.lessons.model import Exercise, HomeList, Track
from osteo_tui.core.translation import _
from osteo_tui.core.yaml_source import LineDict, LineList

__all__ = ["HomeDraft", "check_home_ids", "read_home_programme"]

KEY = "home_programme"


@dataclass(frozen=True)
class HomeDraft:
    """What ``pack.yaml`` says, with the line of every id, before the library is known."""

    lists: tuple[tuple[str | None, tuple[tuple[str, int], ...]], ...] = ()

    @property
    def home_lists(self) -> tuple[HomeList, ...]:
        return tuple(
            HomeList(track, tuple(exercise_id for exercise_id, _line in ids))
            for track, ids in self.lists
        )


def _ids(reader: FieldReader, raw: object, line: int, key: str) -> tuple[tuple[str, int], ...]:
    """The exercise ids of one list; ``key`` names it in messages."""
    where = f"'{key}'"
    if isinstance(raw, LineList) and not raw:
        reader.problem(line, _("'{key}' is an empty list").format(key=key))
        return ()
    if not isinstance(raw, LineList):
        reader.problem(
            line,
            _("{where} must be a list of exercise ids, not {value}").format(
                where=where, value=describe(raw)
            ),
        )
        return ()
    found: list[tuple[str, int]] = []
    first: dict[str, int] = {}
    for index, item in enumerate(raw):
        item_line = raw.line_of(index)
        if not isinstance(item, str) or not ID_PATTERN.match(item.strip()):
            reader.problem(
                item_line,
                _("each item of {where} must be an exercise id, not {value}").format(
                    where=where, value=describe(item)
                ),
            )
            continue
        exercise_id = item.strip()
        if exercise_id in first:
            reader.problem(
                item_line,
                _("exercise '{id}' is in {where} twice (first at line {line})").format(
                    id=exercise_id, where=where, line=first[exercise_id]
                ),
            )
            continue
        first[exercise_id] = item_line
        found.append((exercise_id, item_line))
    return tuple(found)


def read_home_programme(
    reader: FieldReader, meta: LineDict, tracks: Mapping[str, Track], tracks_ok: bool
) -> HomeDraft:
    """The home programme declared in ``meta`` (empty when there is none)."""
    if KEY not in meta:
        return HomeDraft()
    raw, line = meta[KEY], meta.line_of(KEY)
    if isinstance(raw, LineList):
        return HomeDraft(((None, _ids(reader, raw, line, KEY)),))
    if not isinstance(raw, LineDict) or not raw:
        reader.problem(
            line,
            _(
                "'{key}' must be a list of exercise ids, or one such list for each track, "
                "not {value}"
            ).format(key=KEY, value=describe(raw)),
        )
        return HomeDraft()
    if not tracks and tracks_ok:
        reader.problem(
            line,
            _("'{key}' has a list for each track, but pack.yaml declares no 'tracks'").format(
                key=KEY
            ),
        )
        return HomeDraft()
    lists: list[tuple[str | None, tuple[tuple[str, int], ...]]] = []
    for track_id, value in raw.items():
        key_line = raw.line_of(track_id)
        if tracks_ok and track_id not in tracks:
            close = suggest(str(track_id), tracks)
            hint = _(" (did you mean '{close}'?)").format(close=close) if close else ""
            reader.problem(
                key_line,
                _("track '{id}' in '{key}' is not in pack.yaml's tracks{hint}").format(
                    id=track_id, key=KEY, hint=hint
                ),
            )
            continue
        lists.append((str(track_id), _ids(reader, value, key_line, f"{KEY}: {track_id}")))
    if tracks_ok:
        for track_id in tracks:
            if track_id not in raw:
                reader.problem(
                    line,
                    _(
                        "'{key}' has no list for the track '{id}': give every track its own "
                        "list, or one list for everyone"
                    ).format(key=KEY, id=track_id),
                )
    return HomeDraft(tuple(lists))


def check_home_ids(
    reader: FieldReader,
    draft: HomeDraft,
    library: Mapping[str, Exercise],
    tracks: Mapping[str, Track],
) -> None:
    """Every id is in the library, and no track that is the default for people with a
    vertebral fracture takes home an exercise they must avoid."""
    for track_id, ids in draft.lists:
        track = tracks.get(track_id) if track_id is not None else None
        for exercise_id, line in ids:
            exercise = library.get(exercise_id)
            if exercise is None:
                close = suggest(exercise_id, library)
                hint = _(" (did you mean '{close}'?)").format(close=close) if close else ""
                reader.problem(
                    line,
                    _("exercise '{id}' in '{key}' is not in exercises.yaml{hint}").format(
                        id=exercise_id, key=KEY, hint=hint
                    ),
                )
            elif (
                track is not None
                and track.is_default_for(True)
                and exercise.vertebral_fracture == "avoid"
            ):
                reader.problem(
                    line,
                    _(
                        "exercise '{id}' is marked 'vertebral_fracture: avoid', so it cannot "
                        "be in the home programme of the track '{track}', which is for people "
                        "with a vertebral fracture"
                    ).format(id=exercise_id, track=track.id),
                )
