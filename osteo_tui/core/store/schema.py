"""The layout of a course file, its version, and the migrations from older versions.

A course file is TinyDB JSON with these tables (each a mapping of document id to document):
``meta`` (one document: ``schema``, ``app``), ``course`` (one document), ``participants``,
``attendance``, ``goals``, ``notes`` and ``runs``.

``check_document`` refuses anything that is not such a file, explaining why in plain words;
``migrate`` brings an older file up to ``SCHEMA_VERSION``, one step at a time.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from typing import Any

from osteo_tui import __version__
from osteo_tui.core.records import AttendanceMark, Course, Goal, Note, Participant, RunState

__all__ = ["SCHEMA_VERSION", "TABLES", "SchemaProblem", "check_document", "migrate", "new_document"]

SCHEMA_VERSION = 2
TABLES: dict[str, Callable[[dict[str, Any]], object]] = {
    "course": Course.from_dict,
    "participants": Participant.from_dict,
    "attendance": AttendanceMark.from_dict,
    "goals": Goal.from_dict,
    "notes": Note.from_dict,
    "runs": RunState.from_dict,
}


class SchemaProblem(Exception):
    """Why a file is not a usable course file, as a phrase (``str(problem)``)."""


def new_document(course: Course) -> dict[str, Any]:
    document: dict[str, Any] = {name: {} for name in TABLES}
    document["meta"] = {"1": {"schema": SCHEMA_VERSION, "app": __version__}}
    document["course"] = {"1": course.to_dict()}
    return document


def schema_version(document: object) -> int:
    if not isinstance(document, dict):
        raise SchemaProblem("it is not a course file (the top level is not a JSON object)")
    meta = document.get("meta")
    if not isinstance(meta, dict) or len(meta) != 1:
        raise SchemaProblem("it is not a course file (no 'meta' table with a schema version)")
    version = next(iter(meta.values()))
    version = version.get("schema") if isinstance(version, dict) else None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SchemaProblem("its schema version is missing or not a whole number")
    if version > SCHEMA_VERSION:
        raise SchemaProblem(
            f"it was written by a newer osteo-tui (schema {version}; this version reads up to "
            f"{SCHEMA_VERSION}); update osteo-tui to open it"
        )
    return version


def check_document(document: dict[str, Any]) -> None:
    """Every table present and every document readable as its record type."""
    if schema_version(document) != SCHEMA_VERSION:
        raise SchemaProblem("it has not been migrated to the current schema")
    for name, parse in TABLES.items():
        table = document.get(name)
        if not isinstance(table, dict):
            raise SchemaProblem(f"the '{name}' table is missing or is not a table")
        for doc_id, row in table.items():
            if not isinstance(row, dict):
                raise SchemaProblem(f"document {doc_id} of '{name}' is not a JSON object")
            try:
                record = parse(row)
            except (AttributeError, KeyError, TypeError, ValueError) as error:
                raise SchemaProblem(
                    f"document {doc_id} of '{name}' is not valid ({type(error).__name__}: {error})"
                ) from None
            wrong = _wrong_field(record)
            if wrong is not None:
                kind = _JSON_KINDS.get(type(getattr(record, wrong)), "something else")
                raise SchemaProblem(
                    f"document {doc_id} of '{name}' is not valid ('{wrong}' cannot be {kind})"
                )
    if len(document["course"]) != 1:
        raise SchemaProblem("it must hold exactly one course")


_JSON_KINDS = {
    type(None): "null",
    bool: "true or false",
    int: "a number",
    float: "a number",
    str: "text",
    tuple: "a list like this",
    dict: "an object like this",
}


@functools.cache
def _hints(record_type: type) -> dict[str, Any]:
    return typing.get_type_hints(record_type)


def _fits(value: object, hint: Any) -> bool:
    """Whether ``value`` is of the annotated type (the kinds the record types use)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return True
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, arg) for arg in args)
    if origin is tuple:
        return isinstance(value, tuple) and all(_fits(item, args[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(
            _fits(key, args[0]) and _fits(item, args[1]) for key, item in value.items()
        )
    if hint is None or hint is type(None):
        return value is None
    if hint in (int, float) and isinstance(value, bool):
        return False
    if hint is float:
        return isinstance(value, int | float)
    if dataclasses.is_dataclass(hint):
        return isinstance(value, hint) and _wrong_field(value) is None
    return isinstance(value, hint)


def _wrong_field(record: Any) -> str | None:
    """The first field of a parsed record whose value is not of its declared type: the
    ``from_dict`` methods convert but do not check, and a name of ``null`` must not pass."""
    hints = _hints(type(record))
    for field in dataclasses.fields(record):
        if not _fits(getattr(record, field.name), hints[field.name]):
            return field.name
    return None


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 (osteo-tui 0.0.x) had one ``trainer`` text, ``display_name`` for participants,
    no course status, and a ``private`` flag on notes instead of ``shareable``."""
    for course in document.get("course", {}).values():
        trainer = course.pop("trainer", "")
        course.setdefault("trainers", [trainer] if trainer else [])
        course.setdefault("status", "planned")
    for participant in document.get("participants", {}).values():
        if "display_name" in participant:
            participant["name"] = participant.pop("display_name")
    for note in document.get("notes", {}).values():
        if "private" in note:
            note["shareable"] = not note.pop("private")
    document.setdefault("runs", {})
    return document


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


def migrate(document: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The document at ``SCHEMA_VERSION`` (a new object) and the version it was found at."""
    found = version = schema_version(document)
    result = copy.deepcopy(document)
    while version < SCHEMA_VERSION:
        try:
            result = MIGRATIONS[version](result)
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            raise SchemaProblem(
                f"it could not be brought up from schema {version} to {version + 1} "
                f"({type(error).__name__}: {error})"
            ) from None
        version += 1
    meta_id = next(iter(result["meta"]))
    result["meta"][meta_id] = {"schema": SCHEMA_VERSION, "app": __version__}
    return result, found
