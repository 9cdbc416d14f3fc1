"""Arguments and options that many commands share, so they read and behave the same."""

from __future__ import annotations

from typing import Annotated

import typer

from osteo_tui.core.translation import N_

__all__ = ["CourseArg", "JsonOption", "ParticipantArg", "YesOption"]

CourseArg = Annotated[
    str,
    typer.Argument(
        metavar=N_("COURSE"), help=N_("The course id, or its title if no other has it.")
    ),
]
ParticipantArg = Annotated[
    str,
    typer.Argument(
        metavar=N_("PARTICIPANT"),
        help=N_("The participant's id, or their name if no other has it."),
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help=N_("Print JSON for scripts."))]
YesOption = Annotated[bool, typer.Option("--yes", help=N_("Do not ask for confirmation."))]
