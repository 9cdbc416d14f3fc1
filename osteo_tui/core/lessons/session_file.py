"""Reading one session file: YAML front matter, then ``## Segment`` sections of Markdown.

A segment's heading is followed directly (no blank line) by its details in YAML; the first
blank line ends the details, and the trainer's script runs to the next ``## `` heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from osteo_tui.core.lessons.dosage import DOSAGE_KEYS, read_dosage
from osteo_tui.core.lessons.fields import FieldReader
from osteo_tui.core.lessons.model import (
    LIBRARY_DOSAGE,
    SEGMENT_KINDS,
    ExerciseUse,
    Segment,
    Session,
)
from osteo_tui.core.lessons.segment_measures import (
    MEASURE_SEGMENT_KEYS,
    MeasureRef,
    read_segment_measures,
)
from osteo_tui.core.lessons.tracks import SplitSegment, TrackRefs
from osteo_tui.core.problems import Problem
from osteo_tui.core.translation import _
from osteo_tui.core.yaml_source import LineDict, LineList, YamlProblem, read_yaml

__all__ = ["SessionDraft", "read_session_file"]

FRONT_MATTER_KEYS = ("session", "title", "minutes", "aims")
SEGMENT_KEYS = (
    "kind",
    "minutes",
    "taught_by",
    "key_messages",
    "exercises",
    "sources",
    *MEASURE_SEGMENT_KEYS,
)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_SEGMENT_HEADING = re.compile(r"^##(?!#)\s*(.*?)\s*#*\s*$")
_TOP_HEADING = re.compile(r"^#(?!#)")


@dataclass
class SessionDraft:
    """A session as read from its file, plus what the pack-level checks need."""

    session: Session | None
    number: int | None = None
    number_line: int = 1
    minutes_line: int = 1
    planned_minutes: int | None = None
    segment_minutes: int | None = None
    """The sum of the segments' minutes; ``None`` when a segment could not be read."""
    exercise_refs: list[tuple[str, int]] = field(default_factory=list)
    source_refs: list[tuple[str, int]] = field(default_factory=list)
    tracks: TrackRefs = field(default_factory=TrackRefs)
    measure_refs: list[MeasureRef] = field(default_factory=list)


def _read_block(reader: FieldReader, lines: list[str], first: int, what: str) -> LineDict | None:
    try:
        value, yaml_problems = read_yaml("\n".join(lines), first)
    except YamlProblem as error:
        reader.problem(error.line, error.message)
        return None
    for problem in yaml_problems:
        reader.problem(problem.line, problem.message)
    return reader.block(value, first, what)


def read_session_file(path: Path, text: str, problems: list[Problem]) -> SessionDraft:
    reader = FieldReader(path, problems)
    before = len(problems)
    lines = text.split("\n")
    draft = SessionDraft(session=None)
    if not lines or lines[0].strip() != "---":
        reader.problem(
            1,
            _(
                "a session file must start with front matter: a line '---', the session's "
                "details (session, title, minutes, aims), and another '---'"
            ),
        )
        return draft
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        reader.problem(
            1, _("the front matter that starts here is never closed with a '---' line")
        )
        return draft
    front = _read_block(reader, lines[1:end], 2, _("the front matter"))
    number = title = minutes = None
    aims: tuple[str, ...] = ()
    if front is not None:
        reader.keys(front, FRONT_MATTER_KEYS, FRONT_MATTER_KEYS, _("the front matter"))
        number = reader.integer(front, "session", 1, 99)
        title = reader.text(front, "title")
        minutes = reader.integer(front, "minutes", 1, 600)
        aims = reader.text_list(front, "aims")
        draft.number = number
        draft.number_line = front.line_of("session")
        draft.minutes_line = front.line_of("minutes")
        draft.planned_minutes = minutes

    preparation, sections = _split_sections(reader, lines, end + 1)
    segments: list[Segment] = []
    for heading_line, heading, body in sections:
        segment = _read_segment(reader, draft, heading_line, heading, body)
        if segment is not None:
            segments.append(segment)
    if not sections:
        reader.problem(
            end + 1, _("the session has no segments: start each with a '## Title' line")
        )
    elif len(segments) == len(sections):
        draft.segment_minutes = sum(segment.minutes for segment in segments)
    if len(problems) == before and number and title and minutes:
        draft.session = Session(
            number=number,
            title=title,
            minutes=minutes,
            aims=aims,
            segments=tuple(segments),
            preparation=preparation,
            path=path,
        )
    return draft


def _split_sections(
    reader: FieldReader, lines: list[str], start: int
) -> tuple[str, list[tuple[int, str, list[str]]]]:
    """Split the body at ``## `` headings outside code fences; report unclosed fences."""
    sections: list[tuple[int, str, list[str]]] = []
    preface: list[str] = []
    fence: tuple[str, int] | None = None
    for index in range(start, len(lines)):
        line = lines[index]
        number = index + 1
        opened = _FENCE.match(line)
        if fence is not None:
            if (
                opened
                and opened.group(1)[0] == fence[0][0]
                and len(opened.group(1)) >= len(fence[0])
            ):
                fence = None
        elif opened:
            fence = (opened.group(1), number)
        elif (heading := _SEGMENT_HEADING.match(line)) is not None:
            sections.append((number, heading.group(1), []))
            continue
        elif _TOP_HEADING.match(line):
            reader.problem(
                number,
                _("a '# ' heading is not used in session files: start a segment with '## '"),
            )
        (sections[-1][2] if sections else preface).append(line)
    if fence is not None:
        reader.problem(
            fence[1],
            _("the code block opened here with {fence} is never closed").format(fence=fence[0]),
        )
    return "\n".join(preface).strip(), sections


def _read_segment(
    reader: FieldReader, draft: SessionDraft, heading_line: int, title: str, body: list[str]
) -> Segment | None:
    before = len(reader.problems)
    if not title:
        reader.problem(heading_line, _("a segment heading needs a title after '## '"))
    details: list[str] = []
    for line in body:
        if not line.strip():
            break
        details.append(line)
    label = _("segment '{title}'").format(title=title) if title else _("this segment")
    if not details:
        reader.problem(
            heading_line,
            _(
                "{label} has no details: put 'kind:' and 'minutes:' on the lines directly under "
                "the heading, then a blank line, then the script"
            ).format(label=label),
        )
        return None
    block = _read_block(
        reader, details, heading_line + 1, _("the details of {label}").format(label=label)
    )
    if block is None:
        return None
    reader.keys(block, SEGMENT_KEYS, ("kind", "minutes"), label)
    kind = reader.choice(block, "kind", SEGMENT_KINDS)
    minutes = reader.integer(block, "minutes", 1, 180)
    taught_by = reader.text(block, "taught_by")
    key_messages = reader.text_list(block, "key_messages")
    sources = reader.text_list(block, "sources")
    draft.source_refs.extend((source, block.line_of("sources")) for source in sources)
    exercises = _read_uses(reader, draft, block, kind, label)
    measures, when = read_segment_measures(reader, block, kind, label, draft.measure_refs)
    if exercises:
        split = SplitSegment(heading_line, label, tuple(use.tracks for use in exercises))
        draft.tracks.segments.append(split)
    script = "\n".join(body[len(details) :]).strip()
    if len(reader.problems) > before or kind is None or minutes is None:
        return None
    return Segment(
        title=title,
        kind=kind,
        minutes=minutes,
        script=script,
        key_messages=key_messages,
        exercises=exercises,
        sources=sources,
        taught_by=taught_by or "",
        measures=measures,
        when=when,
    )


def _read_uses(
    reader: FieldReader, draft: SessionDraft, block: LineDict, kind: str | None, label: str
) -> tuple[ExerciseUse, ...]:
    if "exercises" not in block:
        if kind == "exercise":
            reader.problem(
                block.line,
                _("{label} is an exercise segment but lists no 'exercises'").format(label=label),
            )
        return ()
    if kind is not None and kind != "exercise":
        reader.problem(
            block.line_of("exercises"),
            _("{label} is a '{kind}' segment; only 'exercise' segments list exercises").format(
                label=label, kind=kind
            ),
        )
        return ()
    items = block["exercises"]
    if not isinstance(items, LineList) or not items:
        reader.problem(
            block.line_of("exercises"), _("'exercises' must be a list of '- exercise: id'")
        )
        return ()
    uses: list[ExerciseUse] = []
    for index, item in enumerate(items):
        line = items.line_of(index)
        use = reader.block(item, line, _("each item of 'exercises'"))
        if use is None:
            continue
        reader.keys(
            use, ("exercise", "track", *DOSAGE_KEYS), ("exercise",), _("an exercise item")
        )
        exercise_id = reader.text(use, "exercise")
        if exercise_id is None:
            continue
        draft.exercise_refs.append((exercise_id, use.line_of("exercise")))
        tracks = reader.text_list(use, "track")
        draft.tracks.refs.extend((track, use.line_of("track")) for track in tracks)
        dosage = LIBRARY_DOSAGE
        if any(key in use for key in DOSAGE_KEYS):
            read = read_dosage(
                reader, use, _("the dosage of '{id}'").format(id=exercise_id)
            )
            if read is None:
                continue
            dosage = read
        uses.append(ExerciseUse(exercise_id, dosage, line, tracks))
    return tuple(uses)
