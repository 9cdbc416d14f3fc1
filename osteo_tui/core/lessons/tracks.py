"""Tracks: reading ``tracks`` from ``pack.yaml`` and checking the sessions' references to them.

A pack with tracks splits the group for some exercises (for example people with and without a
vertebral fracture). Every participant is in one track: the one chosen for them, or else the
track that is the default for their vertebral-fracture flag.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from osteo_tui.core.lessons.fields import FieldReader, suggest
from osteo_tui.core.lessons.model import TRACK_DEFAULTS, Track
from osteo_tui.core.problems import Problem
from osteo_tui.core.translation import N_, _
from osteo_tui.core.yaml_source import LineDict, LineList

__all__ = ["SplitSegment", "TrackRefs", "check_track_refs", "read_tracks"]

TRACK_KEYS = ("id", "title", "description", "default_for")
_GROUPS = {
    "with-vertebral-fracture": N_("participants with a vertebral fracture"),
    "without-vertebral-fracture": N_("participants without a vertebral fracture"),
}


@dataclass(frozen=True)
class SplitSegment:
    """An exercise segment of a session file, with the tracks of each of its exercises."""

    line: int
    label: str
    use_tracks: tuple[tuple[str, ...], ...]


@dataclass
class TrackRefs:
    """What a session file says about tracks, for the checks that need the whole pack."""

    refs: list[tuple[str, int]] = field(default_factory=list)
    segments: list[SplitSegment] = field(default_factory=list)


def read_tracks(reader: FieldReader, meta: LineDict) -> tuple[dict[str, Track], bool]:
    """The tracks declared in ``meta`` (``pack.yaml``) and whether they are all valid."""
    tracks: dict[str, Track] = {}
    if "tracks" not in meta:
        return tracks, True
    before = len(reader.problems)
    raw = meta["tracks"]
    if not isinstance(raw, LineList) or not raw:
        reader.problem(
            meta.line_of("tracks"),
            _("'tracks' must be a list of tracks, each with an id and a title"),
        )
        return tracks, False
    lines: dict[str, int] = {}
    default_lines: dict[str, int] = {}
    for index, item in enumerate(raw):
        block = reader.block(item, raw.line_of(index), _("each track"))
        if block is None:
            continue
        reader.keys(block, TRACK_KEYS, ("id", "title"), _("a track"))
        track_id = reader.identifier(block, "id")
        title = reader.text(block, "title")
        description = reader.text(block, "description", required=False)
        default_for = reader.choice(block, "default_for", TRACK_DEFAULTS)
        if track_id is None or title is None:
            continue
        if track_id in lines:
            reader.problem(
                block.line_of("id"),
                _("duplicate track id '{id}' (first at line {line})").format(
                    id=track_id, line=lines[track_id]
                ),
            )
            continue
        lines[track_id] = block.line_of("id")
        if default_for is not None:
            default_lines[track_id] = block.line_of("default_for")
        tracks[track_id] = Track(track_id, title, description or "", default_for)
    if len(reader.problems) == before:
        _check_defaults(reader, meta, tracks, default_lines)
    return tracks, len(reader.problems) == before


def _check_defaults(
    reader: FieldReader, meta: LineDict, tracks: dict[str, Track], lines: dict[str, int]
) -> None:
    """Exactly one track is the default for each of the two groups."""
    for group, people in _GROUPS.items():
        chosen = [t.id for t in tracks.values() if t.default_for in (group, "everyone")]
        if not chosen:
            reader.problem(
                meta.line_of("tracks"),
                _(
                    "no track is the default for {people}: give one track 'default_for: {group}'"
                ).format(people=_(people), group=group),
            )
        elif len(chosen) > 1:
            first, second = chosen[0], chosen[1]
            reader.problem(
                lines[second],
                _(
                    "tracks '{first}' and '{second}' are both the default for {people}; "
                    "only one can be"
                ).format(first=first, second=second, people=_(people)),
            )


def check_track_refs(
    tracks: dict[str, Track],
    refs: list[tuple[Path, TrackRefs]],
    problems: list[Problem],
) -> None:
    """Every track a session names is declared, and every track has exercises in every
    exercise segment that is split by track."""
    for path, found in refs:
        for track_id, line in found.refs:
            if not tracks:
                message = _("track '{id}' is used, but pack.yaml declares no 'tracks'").format(
                    id=track_id
                )
            elif track_id not in tracks:
                close = suggest(track_id, tracks)
                hint = _(" (did you mean '{close}'?)").format(close=close) if close else ""
                message = _("track '{id}' is not in pack.yaml's tracks{hint}").format(
                    id=track_id, hint=hint
                )
            else:
                continue
            problems.append(Problem(path, line, message))
        for segment in found.segments:
            if not any(segment.use_tracks):
                continue
            for track_id in tracks:
                if not any(not use or track_id in use for use in segment.use_tracks):
                    problems.append(
                        Problem(
                            path,
                            segment.line,
                            _(
                                "{segment} has no exercises for the track '{id}': add some "
                                "with 'track: {id}', or leave 'track' out of an exercise that "
                                "everyone does"
                            ).format(segment=segment.label, id=track_id),
                        )
                    )
