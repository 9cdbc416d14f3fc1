"""Participants from a CSV file (see docs/participants-csv.md), every problem found at once.

Nothing is returned unless every row is valid, so an import is all or nothing. Problems are
``Problem``s (``file:line: message``) with the line where the row starts in the file.
"""

from __future__ import annotations

import csv
import difflib
import io
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from osteo_tui.core.os_errors import os_reason
from osteo_tui.core.problems import Problem
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.participant import (
    Fracture,
    Participant,
    check_born,
    check_sex,
    check_track,
    consent_from,
)
from osteo_tui.core.records.spreadsheet_cells import unguard_cell
from osteo_tui.core.records.values import require_text
from osteo_tui.core.translation import _

__all__ = ["COLUMNS", "ParticipantsCsvInvalid", "parse_participants_csv", "read_participants_csv"]

COLUMNS = (
    "name",
    "born",
    "sex",
    "vertebral_fracture",
    "fractures",
    "contact",
    "consent_date",
    "consent_scope",
    "notes",
    "track",
)
IGNORED = ("id",)  # written by ``course export``; a new id is given on import
YES = frozenset({"yes", "true", "1", "kyllä", "kylla", "ja"})
NO = frozenset({"", "no", "false", "0", "ei", "nej"})


class ParticipantsCsvInvalid(InvalidRecord):
    """A participants CSV that cannot be imported; ``problems`` lists everything wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("csv", "\n".join(str(problem) for problem in problems))


def read_participants_csv(
    path: Path,
    existing_names: Iterable[str] = (),
    today: date | None = None,
    tracks: Sequence[str] | None = None,
) -> list[Participant]:
    """``tracks``: the track ids of the course's pack, to check the ``track`` column against
    (``None`` when the pack cannot be read: any track is taken as written)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ParticipantsCsvInvalid(
            [Problem(path, None, _("cannot be read ({reason})").format(reason=os_reason(error)))]
        ) from None
    return parse_participants_csv(data, path, existing_names, today, tracks)


def parse_participants_csv(
    data: bytes,
    path: Path,
    existing_names: Iterable[str] = (),
    today: date | None = None,
    tracks: Sequence[str] | None = None,
) -> list[Participant]:
    """The participants of ``data`` (UTF-8, with or without BOM; ``;`` or ``,``), in file order.
    Raises ``ParticipantsCsvInvalid`` listing every bad row and duplicate name."""
    today = today or date.today()
    text = _decode(data, path)
    if not text.strip():
        empty = _("the file is empty; {hint}").format(hint=_header_hint())
        raise ParticipantsCsvInvalid([Problem(path, 1, empty)])
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = _header(next(reader), path)
    problems: list[Problem] = []
    people: list[Participant] = []
    taken = {" ".join(name.split()).casefold(): 0 for name in existing_names}
    previous = reader.line_num
    try:
        for cells in reader:
            line, previous = previous + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            person, messages = _row(header, cells, today, tracks)
            if person is not None:
                messages += _duplicate(person.name, line, taken)
            problems += [Problem(path, line, message) for message in messages]
            if person is not None:
                people.append(person)
    except csv.Error as error:
        unreadable = _("not readable as CSV: {error}").format(error=error)
        problems.append(Problem(path, reader.line_num, unreadable))
    if not people and not problems:
        problems.append(Problem(path, None, _("no participants below the header line")))
    if problems:
        raise ParticipantsCsvInvalid(problems)
    return people


def _header_hint() -> str:
    return _("the first line must name the columns ({columns})").format(
        columns=", ".join(COLUMNS)
    )


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = _("this line is not UTF-8 text; save the file as 'CSV UTF-8'")
        raise ParticipantsCsvInvalid([Problem(path, line, message)]) from None


def _header(cells: list[str], path: Path) -> list[str]:
    names = ["_".join(cell.strip().lower().replace("-", " ").split()) for cell in cells]
    problems = []
    for name in names:
        if name not in COLUMNS and name not in IGNORED:
            close = difflib.get_close_matches(name, COLUMNS, n=1)
            hint = _("did you mean '{column}'? ").format(column=close[0]) if close else ""
            problems.append(
                _("unknown column '{name}' ({hint}the columns are {columns})").format(
                    name=name, hint=hint, columns=", ".join(COLUMNS)
                )
            )
    problems += [
        _("the column '{name}' appears twice").format(name=n)
        for n in sorted(set(names))
        if names.count(n) > 1
    ]
    if "name" not in names:
        problems.append(_("there is no 'name' column; {hint}").format(hint=_header_hint()))
    if problems:
        raise ParticipantsCsvInvalid([Problem(path, 1, message) for message in problems])
    return names


def _row(
    header: list[str], cells: list[str], today: date, tracks: Sequence[str] | None = None
) -> tuple[Participant | None, list[str]]:
    if any(cell.strip() for cell in cells[len(header) :]):
        return None, [
            _("{values} values, but the first line names {columns} columns").format(
                values=len(cells), columns=len(header)
            )
        ]
    row = dict(zip(header, [unguard_cell(cell.strip()) for cell in cells], strict=False))
    problems: list[str] = []

    def read(column: str, parse: Callable[[str], Any]) -> Any:
        try:
            return parse(row.get(column, ""))
        except InvalidRecord as error:
            problems.append(f"{column}: {error.message}")
            return None

    name = read("name", lambda text: require_text(text, "name", _("the name"), limit=80))
    born = read("born", lambda text: check_born(_year(text), today.year) if text else None)
    sex = read("sex", lambda text: check_sex(text.lower()) if text else None)
    flag = read("vertebral_fracture", _yes_no)
    fractures = read("fractures", lambda text: _fractures(text, today.year))
    consent = read("consent_date", lambda text: consent_from(text, row.get("consent_scope")))
    track = read("track", lambda text: check_track(text, tracks) if tracks is not None else text)
    if problems:
        return None, problems
    try:
        person = Participant.new(
            name,
            born=born,
            sex=sex,
            fractures=fractures,
            vertebral_fracture=flag,
            contact=row.get("contact", ""),
            consent=consent,
            notes=row.get("notes", ""),
            track=track,
            today=today,
        )
    except InvalidRecord as error:
        return None, [f"{error.field}: {error.message}"]
    return person, []


def _year(text: str) -> int:
    if not text.isdigit():
        raise InvalidRecord(
            "born",
            _("'{text}' is not a year (write it as four digits, or leave empty)").format(
                text=text
            ),
        )
    return int(text)


def _yes_no(text: str) -> bool:
    value = text.lower()
    if value in YES or value in NO:
        return value in YES
    raise InvalidRecord(
        "vertebral_fracture",
        _("'{text}' is not yes or no (or empty for no)").format(text=text),
    )


def _fractures(text: str, this_year: int) -> tuple[Fracture, ...]:
    entries = [entry for entry in text.replace(",", ";").split(";") if entry.strip()]
    return tuple(Fracture.parse(entry, this_year) for entry in entries)


def _duplicate(name: str, line: int, taken: dict[str, int]) -> list[str]:
    key = name.casefold()
    if key not in taken:
        taken[key] = line
        return []
    if taken[key] == 0:
        return [
            _("name: there is already a participant called {name} in this course").format(
                name=name
            )
        ]
    return [_("name: {name} is also on line {line}").format(name=name, line=taken[key])]
