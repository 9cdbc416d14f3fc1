"""The layout of a course file, its version, and the migrations from older versions.

A course file is TinyDB JSON with these tables (each a mapping of document id to document):
``meta`` (one document: ``schema``, ``app``), ``course`` (one document), ``participants``,
``attendance``, ``goals``, ``notes``, ``runs`` and ``measurements`` (schema 3).

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
from osteo_tui.core.measures.record import MeasurementRecord
from osteo_tui.core.records import AttendanceMark, Course, Goal, Note, Participant, RunState
from osteo_tui.core.store.errors import SchemaProblem
from osteo_tui.core.translation import _

__all__ = ["SCHEMA_VERSION", "TABLES", "SchemaProblem", "check_document", "migrate", "new_document"]

SCHEMA_VERSION = 3
TABLES: dict[str, Callable[[dict[str, Any]], object]] = {
    "course": Course.from_dict,
    "participants": Participant.from_dict,
    "attendance": AttendanceMark.from_dict,
    "goals": Goal.from_dict,
    "notes": Note.from_dict,
    "runs": RunState.from_dict,
    "measurements": MeasurementRecord.from_dict,
}


def new_document(course: Course) -> dict[str, Any]:
    document: dict[str, Any] = {name: {} for name in TABLES}
    document["meta"] = {"1": {"schema": SCHEMA_VERSION, "app": __version__}}
    document["course"] = {"1": course.to_dict()}
    return document


def schema_version(document: object) -> int:
    if not isinstance(document, dict):
        raise SchemaProblem(_("it is not a course file (the top level is not a JSON object)"))
    meta = document.get("meta")
    if not isinstance(meta, dict) or len(meta) != 1:
        raise SchemaProblem(
            _("it is not a course file (no 'meta' table with a schema version)")
        )
    version = next(iter(meta.values()))
    version = version.get("schema") if isinstance(version, dict) else None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SchemaProblem(_("its schema version is missing or not a whole number"))
    if version > SCHEMA_VERSION:
        raise SchemaProblem(
            _(
                "it was written by a newer osteo-tui (schema {version}; this version reads up "
                "to {supported}); update osteo-tui to open it"
            ).format(version=version, supported=SCHEMA_VERSION)
        )
    return version


def check_document(document: dict[str, Any]) -> None:
    """Every table present and every document readable as its record type."""
    if schema_version(document) != SCHEMA_VERSION:
        raise SchemaProblem(_("it has not been migrated to the current schema"))
    for name, parse in TABLES.items():
        table = document.get(name)
        if not isinstance(table, dict):
            raise SchemaProblem(
                _("the '{table}' table is missing or is not a table").format(table=name)
            )
        for doc_id, row in table.items():
            if not isinstance(row, dict):
                raise SchemaProblem(
                    _("document {id} of '{table}' is not a JSON object").format(
                        id=doc_id, table=name
                    )
                )
            try:
                record = parse(row)
            except (AttributeError, KeyError, TypeError, ValueError) as error:
                raise SchemaProblem(
                    _("document {id} of '{table}' is not valid ({error})").format(
                        id=doc_id, table=name, error=f"{type(error).__name__}: {error}"
                    )
                ) from None
            wrong = _wrong_field(record)
            if wrong is not None:
                kind = _JSON_KINDS.get(type(getattr(record, wrong)), "something else")
                raise SchemaProblem(
                    _("document {id} of '{table}' is not valid ({error})").format(
                        id=doc_id, table=name, error=f"'{wrong}' cannot be {kind}"
                    )
                )
    if len(document["course"]) != 1:
        raise SchemaProblem(_("it must hold exactly one course"))


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
    return _checker(hint)(value)


@functools.cache
def _checker(hint: Any) -> Callable[[object], bool]:
    """The test for one annotation, worked out once: every course file on the home screen is
    checked at start-up, so the annotation is not taken apart again for every value."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return lambda value: True
    if origin in (typing.Union, types.UnionType):
        options = tuple(_checker(arg) for arg in args)
        return lambda value: any(fits(value) for fits in options)
    if origin is tuple:
        item = _checker(args[0])
        return lambda value: isinstance(value, tuple) and all(item(v) for v in value)
    if origin is dict:
        key, item = _checker(args[0]), _checker(args[1])
        return lambda value: isinstance(value, dict) and all(
            key(k) and item(v) for k, v in value.items()
        )
    if hint is None or hint is type(None):
        return lambda value: value is None
    if hint is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return lambda value: isinstance(value, int | float) and not isinstance(value, bool)
    if dataclasses.is_dataclass(hint):
        return lambda value: isinstance(value, hint) and _wrong_field(value) is None
    return lambda value: isinstance(value, hint)


@functools.cache
def _field_checks(record_type: type) -> tuple[tuple[str, Callable[[object], bool]], ...]:
    hints = _hints(record_type)
    fields = dataclasses.fields(record_type)
    return tuple((field.name, _checker(hints[field.name])) for field in fields)


def _wrong_field(record: Any) -> str | None:
    """The first field of a parsed record whose value is not of its declared type: the
    ``from_dict`` methods convert but do not check, and a name of ``null`` must not pass."""
    for name, fits in _field_checks(type(record)):
        if not fits(getattr(record, name)):
            return name
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


def _v2_to_v3(document: dict[str, Any]) -> dict[str, Any]:
    """Schema 3 adds the ``measurements`` table (outcome measures)."""
    document.setdefault("measurements", {})
    return document


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
}


def migrate(document: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The document at ``SCHEMA_VERSION`` (a new object) and the version it was found at.

    A document already at ``SCHEMA_VERSION`` is copied only at the top level (its tables are
    shared, its ``meta`` replaced): callers pass freshly parsed JSON, and a deep copy of every
    file was a fifth of the home screen's start-up (docs/performance.md)."""
    found = version = schema_version(document)
    result = copy.deepcopy(document) if version < SCHEMA_VERSION else dict(document)
    while version < SCHEMA_VERSION:
        try:
            result = MIGRATIONS[version](result)
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            raise SchemaProblem(
                _("it could not be brought up from schema {old} to {new} ({error})").format(
                    old=version, new=version + 1, error=f"{type(error).__name__}: {error}"
                )
            ) from None
        version += 1
    meta_id = next(iter(result["meta"]))
    result["meta"] = {meta_id: {"schema": SCHEMA_VERSION, "app": __version__}}
    return result, found
