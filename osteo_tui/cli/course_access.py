"""Opening a course named on the command line, and turning store errors into one-line reasons."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer

from osteo_tui.cli.context import fail, get_context
from osteo_tui.core.lessons import Pack
from osteo_tui.core.os_errors import os_reason
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.store import CourseRepository, CourseStore, StoreError
from osteo_tui.core.store.errors import SchemaProblem

__all__ = ["course_pack", "describe", "open_course", "reporting_errors", "repository"]

EXPECTED_ERRORS = (StoreError, InvalidRecord, SchemaProblem, OSError)


def repository(ctx: typer.Context) -> CourseRepository:
    return CourseRepository(get_context(ctx).data_dir)


def course_pack(ctx: typer.Context, pack_id: str) -> Pack | None:
    """A course's lesson pack, or ``None`` when it is not installed or has problems."""
    entry = get_context(ctx).catalog().get(pack_id)
    return entry.pack if entry is not None else None


def describe(error: Exception) -> str:
    """The user's part of an error, as one line."""
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{os_reason(error)}"
    return " ".join(str(error).split()) or type(error).__name__


@contextmanager
def reporting_errors() -> Iterator[None]:
    """A damaged, locked or missing course, an invalid value or a file error ends the command
    with a one-line reason on stderr and exit code 1."""
    try:
        yield
    except EXPECTED_ERRORS as error:
        raise fail(describe(error)) from None


@contextmanager
def open_course(ctx: typer.Context, ref: str, read_only: bool = False) -> Iterator[CourseStore]:
    """The course ``ref`` (an id or a unique title), closed (and unlocked) afterwards.

    Read-only opening takes no lock, so views and exports work while the app has the course
    open; anything else takes the lock for the whole command."""
    with reporting_errors():
        repo = repository(ctx)
        with repo.open(repo.resolve(ref), read_only=read_only) as store:
            yield store
