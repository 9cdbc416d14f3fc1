"""Arguments and options that many commands share, so they read and behave the same."""

from __future__ import annotations

from typing import Annotated

import typer

__all__ = ["CourseArg", "JsonOption", "ParticipantArg", "YesOption"]

CourseArg = Annotated[
    str, typer.Argument(metavar="COURSE", help="The course id, or its title if no other has it.")
]
ParticipantArg = Annotated[
    str,
    typer.Argument(
        metavar="PARTICIPANT", help="The participant's id, or their name if no other has it."
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
YesOption = Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")]
