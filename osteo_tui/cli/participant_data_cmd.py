"""``osteo-tui participant export|erase``: a participant's rights of access and erasure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from osteo_tui.cli.arguments import CourseArg, ParticipantArg, YesOption
from osteo_tui.cli.context import fail, print_json, say
from osteo_tui.cli.course_access import open_course
from osteo_tui.cli.course_data_cmd import HEALTH_DATA
from osteo_tui.core import counts
from osteo_tui.core.store.export import participant_json, write_json
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import N_, _

__all__ = ["COMMANDS"]


def export(
    ctx: typer.Context,
    course: CourseArg,
    participant: ParticipantArg,
    file: Annotated[
        Path,
        typer.Option(
            "--out", metavar=N_("FILE"), help=N_("The JSON file to write; - for stdout.")
        ),
    ],
) -> None:
    """Export one participant's data as JSON.

    Everything the course holds about them (right of access and data portability).
    """
    with open_course(ctx, course, read_only=True) as store:
        person = store.participant(participant)
        snapshot = CourseSnapshot.of(store)
        data = participant_json(snapshot, person)
        if str(file) == "-":
            print_json(data)
            return
        write_json(file, data)
    exported = _(
        "Exported everything about {name} in '{title}' to {file}: "
        "the record, {marks}, {goals} and {notes}."
    ).format(
        name=person.name,
        title=snapshot.course.title,
        file=file,
        marks=counts.attendance_marks(len(data["attendance"])),
        goals=counts.goals(len(data["goals"])),
        notes=counts.notes(len(data["notes"])),
    )
    say(f"{exported} {_(HEALTH_DATA)}")


def erase(
    ctx: typer.Context, course: CourseArg, participant: ParticipantArg, yes: YesOption = False
) -> None:
    """Erase a participant everywhere, for good.

    From the course file and from all its backups. Asks for the name unless --yes.
    """
    with open_course(ctx, course) as store:
        person = store.participant(participant)
        if not yes:
            say(
                _(
                    "This erases {name} with all their attendance, goals and notes from "
                    "'{title}' and from all its backups. It cannot be undone."
                ).format(name=person.name, title=store.course.title)
            )
            typed = typer.prompt(
                _("Type the participant's name to confirm"), default="", show_default=False
            )
            if " ".join(typed.split()).casefold() != person.name.casefold():
                raise fail(_("the name did not match; nothing was erased"))
        report = store.erase_participant(person.id)
    for line in report.lines():
        say(line)


COMMANDS: list[tuple[str, Callable[..., Any]]] = [("export", export), ("erase", erase)]
