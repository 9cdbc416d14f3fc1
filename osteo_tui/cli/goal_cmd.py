"""``osteo-tui goal add|review|list``: personal goals and their Goal Attainment Scaling."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from osteo_tui.cli.arguments import CourseArg, JsonOption, ParticipantArg
from osteo_tui.cli.context import out, print_json, say
from osteo_tui.cli.course_access import open_course
from osteo_tui.cli.record_tables import goals_table
from osteo_tui.core.records import Goal
from osteo_tui.core.records.goal_ref import goal_number, pick_goal
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import N_, _

__all__ = ["goal_app"]

goal_app = typer.Typer(help=N_("Add, review and list personal goals."), no_args_is_help=True)


@goal_app.command("add")
def add(
    ctx: typer.Context,
    course: CourseArg,
    participant: ParticipantArg,
    text: Annotated[
        str, typer.Argument(metavar=N_("TEXT"), help=N_("The goal, in their words."))
    ],
    measure: Annotated[
        str, typer.Option("--measure", metavar=N_("TEXT"), help=N_("How it is measured."))
    ] = "",
    target: Annotated[
        str | None,
        typer.Option("--target", metavar="YYYY-MM-DD", help=N_("The target date.")),
    ] = None,
) -> None:
    """Add a personal goal for a participant."""
    with open_course(ctx, course) as store:
        person = store.participant(participant)
        goal = store.add_goal(Goal.new(person.id, text, measure, target))
        number = goal_number(store.goals(person.id), goal)
    say(
        _("Added goal {number} for {name} (id {id}): {goal}").format(
            number=number, name=person.name, id=goal.id, goal=goal.text
        )
    )


@goal_app.command("review")
def review(
    ctx: typer.Context,
    course: CourseArg,
    participant: ParticipantArg,
    goal_ref: Annotated[
        str,
        typer.Argument(metavar=N_("GOAL"), help=N_("The goal id, or its number (1 = oldest).")),
    ],
    session: Annotated[
        int, typer.Argument(metavar=N_("SESSION"), help=N_("The session of the review."))
    ],
    level: Annotated[
        int, typer.Option("--level", metavar="-2..2", help=N_("Goal Attainment Scaling level."))
    ],
    text: Annotated[
        str, typer.Option("--text", metavar=N_("TEXT"), help=N_("Progress, in words."))
    ] = "",
) -> None:
    """Review a goal with a GAS level -2..+2.

    A second review at the same session replaces the first.
    """
    with open_course(ctx, course) as store:
        person = store.participant(participant)
        goals = store.goals(person.id)
        goal = pick_goal(goals, goal_ref, person.name)
        store.review_goal(goal.id, session, level, text)
    say(
        _("Reviewed goal {number} of {name} at session {session}: level {level} ({goal}).").format(
            number=goal_number(goals, goal),
            name=person.name,
            session=session,
            level=f"{level:+d}",
            goal=goal.text,
        )
    )


@goal_app.command("list")
def list_goals(ctx: typer.Context, course: CourseArg, as_json: JsonOption = False) -> None:
    """List the goals with their reviews."""
    with open_course(ctx, course, read_only=True) as store:
        snapshot = CourseSnapshot.of(store)
    if as_json:
        rows: list[dict[str, Any]] = []
        for person in snapshot.participants:
            for number, goal in enumerate(snapshot.goals_of(person.id), start=1):
                rows.append({"participant": person.name, "number": number, **goal.to_dict()})
        print_json(rows)
    elif not snapshot.goals:
        say(_("No goals in '{title}' yet.").format(title=snapshot.course.title))
    else:
        out().print(goals_table(snapshot))
