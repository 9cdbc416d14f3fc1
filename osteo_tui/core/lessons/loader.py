"""Loading a whole pack folder and checking it across files.

``check_pack`` returns every problem found; ``load_pack`` returns a ``Pack`` or raises
``PackInvalid`` carrying those problems. Neither ever lets a parser exception escape.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from osteo_tui.core.lessons.fields import FieldReader, suggest
from osteo_tui.core.lessons.home_list import HomeDraft, check_home_ids, read_home_programme
from osteo_tui.core.lessons.library import read_library
from osteo_tui.core.lessons.measures_file import read_measures_file
from osteo_tui.core.lessons.model import LIBRARY_DOSAGE, Exercise, Pack, Session, Source
from osteo_tui.core.lessons.segment_measures import check_measure_refs
from osteo_tui.core.lessons.session_file import SessionDraft, read_session_file
from osteo_tui.core.lessons.tracks import check_track_refs, read_tracks
from osteo_tui.core.measures.definitions import MeasureSet
from osteo_tui.core.os_errors import os_reason
from osteo_tui.core.problems import Problem
from osteo_tui.core.translation import _
from osteo_tui.core.yaml_source import LineDict, LineList, YamlProblem, read_yaml

__all__ = ["PackInvalid", "check_pack", "load_pack", "read_pack_text"]

PACK_KEYS = (
    "id",
    "title",
    "language",
    "audience",
    "version",
    "sessions",
    "description",
    "sources",
    "tracks",
    "home_programme",
)
_PACK_REQUIRED = ("id", "title", "language", "audience", "version", "sessions", "sources")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$")


class PackInvalid(Exception):
    """A pack that cannot be used; ``problems`` says everything that is wrong with it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def read_pack_text(path: Path, problems: list[Problem]) -> str | None:
    """A file's text as UTF-8 (a byte-order mark is allowed), with line endings normalised."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(path, None, _("the file is missing")))
        return None
    except OSError as error:
        unreadable = _("the file cannot be read: {reason}").format(reason=os_reason(error))
        problems.append(Problem(path, None, unreadable))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.append(Problem(path, line, _("the file is not UTF-8 text: save it as UTF-8")))
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_document(path: Path, problems: list[Problem]) -> object | None:
    text = read_pack_text(path, problems)
    if text is None:
        return None
    try:
        value, yaml_problems = read_yaml(text)
    except YamlProblem as error:
        problems.append(Problem(path, error.line, error.message))
        return None
    problems.extend(Problem(path, p.line, p.message) for p in yaml_problems)
    if value is None:
        problems.append(Problem(path, 1, _("the file is empty")))
    return value


def _read_meta(
    folder: Path, problems: list[Problem]
) -> tuple[LineDict | None, dict[str, Source], dict[str, int]]:
    path = folder / "pack.yaml"
    reader = FieldReader(path, problems)
    document = _read_document(path, problems)
    sources: dict[str, Source] = {}
    source_lines: dict[str, int] = {}
    if document is None:
        return None, sources, source_lines
    meta = reader.block(document, 1, "pack.yaml")
    if meta is None:
        return None, sources, source_lines
    reader.keys(meta, PACK_KEYS, _PACK_REQUIRED)
    pack_id = reader.identifier(meta, "id")
    if pack_id is not None and pack_id != folder.name:
        reader.problem(
            meta.line_of("id"),
            _("the id '{id}' must equal the folder name '{folder}'").format(
                id=pack_id, folder=folder.name
            ),
        )
    for key in ("title", "audience", "version"):
        reader.text(meta, key)
    reader.text(meta, "description", required=False)
    language = reader.text(meta, "language")
    if language is not None and not _LANGUAGE.match(language):
        reader.problem(
            meta.line_of("language"),
            _("'language' must be a code such as en, fi or da, not '{language}'").format(
                language=language
            ),
        )
    reader.integer(meta, "sessions", 1, 20)
    raw = meta.get("sources")
    if "sources" in meta and (not isinstance(raw, LineList) or not raw):
        reader.problem(
            meta.line_of("sources"), _("'sources' must be a list of sources (id, citation)")
        )
    elif isinstance(raw, LineList):
        for index, item in enumerate(raw):
            block = reader.block(item, raw.line_of(index), _("each source"))
            if block is None:
                continue
            reader.keys(block, ("id", "citation", "url"), ("id", "citation"), _("a source"))
            source_id = reader.identifier(block, "id")
            citation = reader.text(block, "citation")
            url = reader.text(block, "url")
            if source_id is None or citation is None:
                continue
            if source_id in source_lines:
                reader.problem(
                    block.line_of("id"),
                    _("duplicate source id '{id}' (first at line {line})").format(
                        id=source_id, line=source_lines[source_id]
                    ),
                )
                continue
            source_lines[source_id] = block.line_of("id")
            sources[source_id] = Source(source_id, citation, url)
    return meta, sources, source_lines


def _read_sessions(folder: Path, problems: list[Problem]) -> list[tuple[Path, SessionDraft]]:
    directory = folder / "sessions"
    if not directory.is_dir():
        problems.append(Problem(directory, None, _("the sessions folder is missing")))
        return []
    files = sorted(path for path in directory.glob("*.md") if not path.name.startswith("."))
    if not files:
        problems.append(
            Problem(directory, None, _("no session files (*.md) in the sessions folder"))
        )
    drafts = []
    for path in files:
        text = read_pack_text(path, problems)
        if text is not None:
            drafts.append((path, read_session_file(path, text, problems)))
    return drafts


def _check_numbers(
    folder: Path,
    meta: LineDict | None,
    drafts: list[tuple[Path, SessionDraft]],
    problems: list[Problem],
) -> None:
    if meta is None:
        return
    declared = meta.get("sessions")
    if not isinstance(declared, int) or isinstance(declared, bool) or not 1 <= declared <= 20:
        return
    seen: dict[int, Path] = {}
    for path, draft in drafts:
        number = draft.number
        if number is None:
            continue
        if number > declared:
            problems.append(
                Problem(
                    path,
                    draft.number_line,
                    _("session {number} is more than the {declared} sessions pack.yaml declares")
                    .format(number=number, declared=declared),
                )
            )
        elif number in seen:
            problems.append(
                Problem(
                    path,
                    draft.number_line,
                    _("session {number} is also in {file}").format(
                        number=number, file=seen[number].name
                    ),
                )
            )
        else:
            seen[number] = path
    for number in range(1, declared + 1):
        if number not in seen:
            problems.append(
                Problem(
                    folder / "pack.yaml",
                    meta.line_of("sessions"),
                    _("session {number} is missing: pack.yaml declares {declared} sessions")
                    .format(number=number, declared=declared),
                )
            )


def _check_references(
    library: dict[str, Exercise],
    library_ok: bool,
    sources: dict[str, Source],
    sources_ok: bool,
    refs: list[tuple[Path, list[tuple[str, int]], list[tuple[str, int]]]],
    problems: list[Problem],
) -> None:
    for path, exercise_refs, source_refs in refs:
        if library_ok:
            for exercise_id, line in exercise_refs:
                if exercise_id not in library:
                    close = suggest(exercise_id, library)
                    hint = _(" (did you mean '{close}'?)").format(close=close) if close else ""
                    missing = _("exercise '{id}' is not in exercises.yaml{hint}").format(
                        id=exercise_id, hint=hint
                    )
                    problems.append(Problem(path, line, missing))
        if sources_ok:
            for source_id, line in source_refs:
                if source_id not in sources:
                    close = suggest(source_id, sources)
                    hint = _(" (did you mean '{close}'?)").format(close=close) if close else ""
                    missing = _("source '{id}' is not in pack.yaml's sources{hint}").format(
                        id=source_id, hint=hint
                    )
                    problems.append(Problem(path, line, missing))


def _load(folder: Path) -> tuple[Pack | None, list[Problem]]:
    problems: list[Problem] = []
    if not folder.is_dir():
        return None, [Problem(folder, None, _("no such pack folder"))]
    meta, sources, _source_lines = _read_meta(folder, problems)
    meta_problems = len(problems)
    tracks, tracks_ok = ({}, False)
    home = HomeDraft()
    if meta is not None:
        tracks, tracks_ok = read_tracks(FieldReader(folder / "pack.yaml", problems), meta)
        home = read_home_programme(
            FieldReader(folder / "pack.yaml", problems), meta, tracks, tracks_ok
        )
    library_path = folder / "exercises.yaml"
    document = _read_document(library_path, problems)
    library_problems_before = len(problems)
    exercises, _id_lines, library_sources = ([], {}, [])
    if document is not None:
        exercises, _id_lines, library_sources = read_library(library_path, document, problems)
    library_ok = document is not None and len(problems) == library_problems_before
    measures = read_measures_file(folder, problems, _read_document)
    drafts = _read_sessions(folder, problems)
    _check_numbers(folder, meta, drafts, problems)
    for path, draft in drafts:
        planned, total = draft.planned_minutes, draft.segment_minutes
        if planned is not None and total is not None and total != planned:
            problems.append(
                Problem(
                    path,
                    draft.minutes_line,
                    _(
                        "the segments add up to {total} minutes, "
                        "but the session's minutes is {planned}"
                    ).format(total=total, planned=planned),
                )
            )
    library = {exercise.id: exercise for exercise in exercises}
    if library_ok:
        check_home_ids(FieldReader(folder / "pack.yaml", problems), home, library, tracks)
    refs = [(library_path, [], library_sources)]
    refs += [(folder / "measures.yaml", [], measures.source_refs)]
    refs += [(path, draft.exercise_refs, draft.source_refs) for path, draft in drafts]
    sources_ok = meta is not None and meta_problems == 0
    # An exercise that failed its own checks is still "in the library" for references.
    _check_references(library, library_ok, sources, sources_ok, refs, problems)
    if tracks_ok:
        check_track_refs(tracks, [(path, draft.tracks) for path, draft in drafts], problems)
    measure_refs = [(path, draft.measure_refs) for path, draft in drafts]
    check_measure_refs(measures.measures, measures.has_file, measure_refs, problems)
    problems.sort(key=Problem.sort_key)
    if problems or meta is None:
        return None, problems
    sessions = sorted(
        (draft.session for _path, draft in drafts if draft.session), key=lambda s: s.number
    )
    pack = Pack(
        id=str(meta["id"]),
        title=str(meta["title"]).strip(),
        language=str(meta["language"]),
        audience=str(meta["audience"]).strip(),
        version=str(meta["version"]).strip(),
        session_count=int(meta["sessions"]),
        description=str(meta.get("description") or "").strip(),
        sources=tuple(sources.values()),
        exercises=tuple(exercises),
        sessions=tuple(_with_library_dosage(session, library) for session in sessions),
        path=folder,
        tracks=tuple(tracks.values()),
        measures=measures.measures or MeasureSet(),
        home_lists=home.home_lists,
    )
    return pack, []


def _with_library_dosage(session: Session, library: dict[str, Exercise]) -> Session:
    segments = tuple(
        replace(
            segment,
            exercises=tuple(
                replace(use, dosage=library[use.exercise_id].dosage)
                if use.dosage is LIBRARY_DOSAGE
                else use
                for use in segment.exercises
            ),
        )
        for segment in session.segments
    )
    return replace(session, segments=segments)


def check_pack(folder: Path) -> list[Problem]:
    """Every problem in the pack at ``folder``; an empty list means it is valid."""
    return _load(folder)[1]


def load_pack(folder: Path) -> Pack:
    """The pack at ``folder``; raises ``PackInvalid`` listing every problem otherwise."""
    pack, problems = _load(folder)
    if pack is None:
        raise PackInvalid(problems)
    return pack
