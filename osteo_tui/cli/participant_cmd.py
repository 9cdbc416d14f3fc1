"""``osteo-tui participant add|list|import …``: who is on a course."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from osteo_tui.cli import participant_data_cmd
from osteo_tui.cli.arguments import CourseArg, JsonOption
from osteo_tui.cli.context import err, fail, out, print_json, say
from osteo_tui.cli.course_access import course_pack, open_course
from osteo_tui.cli.record_tables import participants_table
from osteo_tui.core import counts
from osteo_tui.core.lessons import track_for
from osteo_tui.core.problems import display_path
from osteo_tui.core.records import Fracture, Participant
from osteo_tui.core.records.csv_import import ParticipantsCsvInvalid, read_participants_csv
from osteo_tui.core.records.participant import check_track, consent_from
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import N_, _

__all__ = ["participant_app"]

participant_app = typer.Typer(
    help=N_("Add, list, import, export and erase participants."),
    no_args_is_help=True,
)


@participant_app.command("add")
def add(
    ctx: typer.Context,
    course: CourseArg,
    name: Annotated[
        str,
        typer.Argument(metavar=N_("NAME"), help=N_("The name to show (a pseudonym is fine).")),
    ],
    vertebral_fracture: Annotated[
        bool,
        typer.Option(
            "--vertebral-fracture", help=N_("Has had a vertebral fracture (precautions).")
        ),
    ] = False,
    born: Annotated[
        int | None, typer.Option("--born", metavar=N_("YEAR"), help=N_("Birth year."))
    ] = None,
    sex: Annotated[str | None, typer.Option("--sex", metavar="f|m", help=N_("f or m."))] = None,
    fractures: Annotated[
        list[str] | None,
        typer.Option(
            "--fracture",
            metavar=N_("'SITE [YEAR]'"),
            help=N_("e.g. 'hip 2024'; repeatable."),
        ),
    ] = None,
    contact: Annotated[
        str, typer.Option("--contact", metavar=N_("TEXT"), help=N_("Phone or e-mail."))
    ] = "",
    consent_date: Annotated[
        str | None,
        typer.Option("--consent-date", metavar="YYYY-MM-DD", help=N_("When consent was given.")),
    ] = None,
    consent: Annotated[
        str | None,
        typer.Option("--consent", metavar=N_("TEXT"), help=N_("What was consented to.")),
    ] = None,
    track: Annotated[
        str | None,
        typer.Option(
            "--track",
            metavar=N_("TRACK-ID"),
            help=N_(
                "The exercise track, when the course's pack has tracks (default: by the "
                "vertebral fracture flag)."
            ),
        ),
    ] = None,
) -> None:
    """Add a participant to a course."""
    today = date.today()
    with open_course(ctx, course) as store:
        pack = course_pack(ctx, store.course.pack_id)
        if track is not None and pack is None:
            raise fail(
                _(
                    "the course's lesson pack '{pack}' cannot be read, so --track cannot be "
                    "checked; add the participant without it"
                ).format(pack=store.course.pack_id)
            )
        chosen = check_track(track, [t.id for t in pack.tracks] if pack else [])
        person = Participant.new(
            name,
            born=born,
            sex=sex.strip().lower() if sex else None,
            fractures=tuple(Fracture.parse(text, today.year) for text in fractures or ()),
            vertebral_fracture=vertebral_fracture,
            contact=contact,
            consent=consent_from(consent_date, consent),
            track=chosen,
            today=today,
        )
        store.add_participant(person)
        title = store.course.title
    sentences = [
        _("Added {name} (id {id}) to '{title}'.").format(
            name=person.name, id=person.id, title=title
        )
    ]
    if person.vertebral_fracture:
        sentences.append(_("Vertebral fracture: exercise precautions apply."))
    in_track = track_for(pack, person) if pack else None
    if in_track is not None:
        track_sentence = (
            _("Track: {title} ({id}, chosen).")
            if person.track
            else _("Track: {title} ({id}, the default).")
        )
        sentences.append(track_sentence.format(title=in_track.title, id=in_track.id))
    if person.consent is None:
        sentences.append(_("No consent is recorded yet (--consent-date, --consent)."))
    say(" ".join(sentences))


@participant_app.command("list")
def list_participants(ctx: typer.Context, course: CourseArg, as_json: JsonOption = False) -> None:
    """List the participants of a course."""
    with open_course(ctx, course, read_only=True) as store:
        snapshot = CourseSnapshot.of(store)
    if as_json:
        print_json([person.to_dict() for person in snapshot.participants])
    elif not snapshot.participants:
        say(
            _(
                "No participants in '{title}' yet; add them with: "
                "osteo-tui participant add (or participant import)"
            ).format(title=snapshot.course.title)
        )
    else:
        out().print(participants_table(snapshot, course_pack(ctx, snapshot.course.pack_id)))


@participant_app.command("import")
def import_csv(
    ctx: typer.Context,
    course: CourseArg,
    file: Annotated[
        Path,
        typer.Argument(metavar=N_("FILE.csv"), help=N_("Columns as in docs/participants-csv.md.")),
    ],
) -> None:
    """Import participants from a CSV file.

    All rows or none: every problem is listed as FILE:LINE: message and nothing is written
    until every row is valid. The columns are described in docs/participants-csv.md.
    """
    with open_course(ctx, course) as store:
        try:
            pack = course_pack(ctx, store.course.pack_id)
            people = read_participants_csv(
                file,
                [person.name for person in store.participants()],
                tracks=[track.id for track in pack.tracks] if pack else None,
            )
        except ParticipantsCsvInvalid as invalid:
            for problem in invalid.problems:
                err().print(str(problem), markup=False, soft_wrap=True)
            raise fail(
                _("{problems} in {file}; nothing was imported").format(
                    problems=counts.problems(len(invalid.problems)), file=display_path(file)
                )
            ) from None
        store.import_participants(people)
        title = store.course.title
    names = ", ".join(person.name for person in people)
    say(
        _("Imported {participants} into '{title}': {names}.").format(
            participants=counts.participants(len(people)), title=title, names=names
        )
    )


for _name, _command in participant_data_cmd.COMMANDS:
    participant_app.command(_name)(_command)
