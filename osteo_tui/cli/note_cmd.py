"""``osteo-tui note add``: a timestamped note about a participant, private unless shareable."""

from __future__ import annotations

from typing import Annotated

import typer

from osteo_tui.cli.arguments import CourseArg, ParticipantArg
from osteo_tui.cli.context import say
from osteo_tui.cli.course_access import open_course
from osteo_tui.core.records import Note
from osteo_tui.core.translation import N_, _

__all__ = ["note_app"]

note_app = typer.Typer(help=N_("Add notes about participants."), no_args_is_help=True)


@note_app.command("add")
def add(
    ctx: typer.Context,
    course: CourseArg,
    participant: ParticipantArg,
    text: Annotated[str, typer.Argument(metavar=N_("TEXT"), help=N_("The note."))],
    session: Annotated[
        int | None,
        typer.Option("--session", metavar="N", help=N_("The session it is about.")),
    ] = None,
    shareable: Annotated[
        bool,
        typer.Option(
            "--shareable", help=N_("May go on the participant's PDF (default: private).")
        ),
    ] = False,
) -> None:
    """Add a note about a participant.

    Private to the trainer unless --shareable (then it may go on their PDF).
    """
    with open_course(ctx, course) as store:
        person = store.participant(participant)
        note = store.add_note(Note.new(person.id, text, session, shareable))
    if note.session is None:
        message = (
            _("Added a shareable note about {name}.")
            if note.shareable
            else _("Added a private note about {name}.")
        )
    else:
        message = (
            _("Added a shareable note about {name} (session {session}).")
            if note.shareable
            else _("Added a private note about {name} (session {session}).")
        )
    say(message.format(name=person.name, session=note.session))
