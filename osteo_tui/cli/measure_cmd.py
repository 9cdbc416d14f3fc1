"""``osteo-tui measure add|show|list|due``: outcome measures of a course's participants."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from osteo_tui.cli.arguments import CourseArg, JsonOption, ParticipantArg
from osteo_tui.cli.context import fail, get_context, out, print_json, say
from osteo_tui.cli.course_access import open_course, reporting_errors, repository
from osteo_tui.core.locale_format import decimal_mark, format_date
from osteo_tui.core.measures import (
    WHENS,
    Measure,
    MeasurementRecord,
    MeasureSet,
    follow_ups,
    interpret_for,
    participant_changes,
    score,
    state_label,
    values_text,
    when_label,
)
from osteo_tui.core.measures.definitions import format_number, kind_label
from osteo_tui.core.records import Participant
from osteo_tui.core.store.snapshot import CourseSnapshot
from osteo_tui.core.translation import N_, _, pgettext

__all__ = ["measure_app"]

measure_app = typer.Typer(
    help=N_("Record and show outcome measures (tests, self-ratings, evaluation)."),
    no_args_is_help=True,
)

RECORDED = {
    "start": N_("Recorded the start result of {measure} for {name}: {values}"),
    "end": N_("Recorded the end result of {measure} for {name}: {values}"),
    "follow-up": N_("Recorded the follow-up result of {measure} for {name}: {values}"),
}
REPLACED = {
    "start": N_("This replaces the earlier start result ({values})."),
    "end": N_("This replaces the earlier end result ({values})."),
    "follow-up": N_("This replaces the earlier follow-up result ({values})."),
}
"""What ``measure add`` says, by time point (translate with ``_``)."""


def _measures(ctx: typer.Context, pack_id: str) -> MeasureSet:
    entry = get_context(ctx).catalog().get(pack_id)
    pack = entry.pack if entry is not None else None
    if pack is None:
        why = (
            _(
                "the course's lesson pack '{pack}' is not installed, so its measures are not "
                "known; see: osteo-tui lessons list"
            )
            if entry is None
            else _(
                "the course's lesson pack '{pack}' has problems, so its measures are not "
                "known; see: osteo-tui lessons list"
            )
        )
        raise fail(why.format(pack=pack_id))
    if not pack.measures:
        raise fail(
            _("the lesson pack '{pack}' defines no measures (no measures.yaml)").format(
                pack=pack_id
            )
        )
    return pack.measures


def _result(
    measures: MeasureSet, measure: Measure, record: MeasurementRecord, person: Participant
) -> dict[str, Any]:
    scored = score(measure, record.values)
    band = interpret_for(measure, scored.total, person, record.day)
    return {
        "participant": person.name,
        "participant_id": person.id,
        "measure": measure.id,
        "name": measure.name,
        "when": record.when,
        "session": record.session,
        "recorded_at": record.recorded_at,
        "values": dict(record.values),
        "shown": values_text(measure, record.values, measures.phrases.decimal_mark),
        "compact": values_text(measure, record.values, measures.phrases.decimal_mark, True),
        "single_value": measure.single_value,
        "score": scored.total,
        "band": band.band.label if band.band else None,
        "flag": band.flag,
        "band_note": band.reason or None,
    }


@measure_app.command("add")
def add(
    ctx: typer.Context,
    course: CourseArg,
    participant: ParticipantArg,
    measure_id: Annotated[
        str,
        typer.Argument(
            metavar=N_("MEASURE-ID"), help=N_("The measure, e.g. tug (see: measure list).")
        ),
    ],
    values: Annotated[
        list[str],
        typer.Argument(
            metavar=N_("VALUE…"), help=N_("One value, or one per item in the measure's order.")
        ),
    ],
    when: Annotated[
        str, typer.Option("--when", metavar="start|end|follow-up", help=N_("The time point."))
    ],
    session: Annotated[
        int | None,
        typer.Option("--session", metavar="N", help=N_("The session it was taken in.")),
    ] = None,
) -> None:
    """Record a measurement; a second one at the same time point replaces the first."""
    with open_course(ctx, course) as store:
        measures = _measures(ctx, store.course.pack_id)
        recorded = store.record_measurement(
            measures, participant, measure_id, when, values, session
        )
        person = store.participant(recorded.record.participant_id)
    measure = measures.measure(measure_id)
    result = _result(measures, measure, recorded.record, person)
    text = _(RECORDED[when]).format(measure=measure.name, name=person.name, values=result["shown"])
    if result["score"] is not None and not measure.single_value:
        text += "; " + _("score {score}").format(
            score=format_number(result["score"], mark=decimal_mark())
        )
    if result["band"]:
        text += f" ({result['band']})"
    say(text + ".")
    if result["band_note"]:
        say(_("No band can be given: {reason}.").format(reason=result["band_note"]))
    if recorded.replaced is not None:
        earlier = values_text(measure, recorded.replaced.values, measures.phrases.decimal_mark)
        say(_(REPLACED[when]).format(values=earlier))


def _show_table(rows: list[dict[str, Any]], title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in (
        pgettext("measures table", "participant"),
        pgettext("measures table", "measure"),
        pgettext("measures table", "when"),
        pgettext("measures table", "values"),
        pgettext("measures table", "score"),
        pgettext("measures table", "band"),
    ):
        table.add_column(column)
    for row in rows:
        score_text = ""
        if row["score"] is not None and not row["single_value"]:
            score_text = format_number(row["score"], mark=decimal_mark())
        band = Text(row["band"] or "")
        if row["flag"]:
            band = Text("⚑ " + row["band"], style="bold")
        elif row["band_note"]:
            band = Text(_("no band: {reason}").format(reason=row["band_note"]), style="dim")
        table.add_row(
            Text(row["participant"]),
            Text(row["name"]),
            when_label(row["when"]),
            Text(row["compact"]),
            score_text,
            band,
        )
    return table


@measure_app.command("show")
def show(
    ctx: typer.Context,
    course: CourseArg,
    participant: Annotated[
        str | None,
        typer.Argument(metavar=N_("[PARTICIPANT]"), help=N_("Only this participant (id or name).")),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Show the measurements with score and band; for one participant, also the changes."""
    with open_course(ctx, course, read_only=True) as store:
        person = store.participant(participant) if participant else None
        snapshot = CourseSnapshot.of(store)
    measures = _measures(ctx, snapshot.course.pack_id)
    people = [person] if person else list(snapshot.participants)
    order = {measure.id: index for index, measure in enumerate(measures.measures)}
    rows: list[dict[str, Any]] = []
    for each in people:
        records = sorted(
            (r for r in snapshot.measurements_of(each.id) if r.measure_id in order),
            key=lambda r: (order[r.measure_id], WHENS.index(r.when)),
        )
        rows += [_result(measures, measures.measure(r.measure_id), r, each) for r in records]
    if as_json:
        print_json(rows)
        return
    who = person.name if person else snapshot.course.title
    if not rows:
        say(_("No measurements for {who} yet.").format(who=who))
        return
    out().print(
        _show_table(rows, _("Measurements: {who} ({count})").format(who=who, count=len(rows)))
    )
    if person is not None:
        for later, heading in (
            ("end", _("At the end of the course")),
            ("follow-up", _("At follow-up")),
        ):
            changes = participant_changes(measures, person, snapshot.measurements, later)
            if changes:
                say(f"\n{heading}:")
                for change in changes:
                    say(f"  {change.sentence}")


@measure_app.command("list")
def list_measures(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List the measures of the installed lesson packs."""
    rows: list[dict[str, Any]] = []
    for entry in get_context(ctx).catalog():
        pack = entry.pack
        if pack is None:
            continue
        for measure in pack.measures.measures:
            times = pack.measures.times_of(measure.id)
            rows.append(
                {
                    "pack": pack.id,
                    "id": measure.id,
                    "name": measure.name,
                    "kind": measure.kind,
                    "items": [item.name for item in measure.items],
                    "range": [measure.low, measure.high],
                    "unit": measure.unit,
                    "when": "any" if measure.id in pack.measures.optional else list(times),
                }
            )
    if as_json:
        print_json(rows)
        return
    if not rows:
        say(_("No installed lesson pack defines measures."))
        return
    for pack_id in dict.fromkeys(row["pack"] for row in rows):
        table = Table(title=_("Measures of {pack}").format(pack=pack_id), title_justify="left")
        table.add_column(pgettext("measures table", "id"), no_wrap=True)
        table.add_column(pgettext("measures table", "name"), ratio=1)
        table.add_column(pgettext("measures table", "kind"), no_wrap=True)
        table.add_column(pgettext("measures table", "values"), no_wrap=True)
        table.add_column(pgettext("measures table", "when"))
        for row in rows:
            if row["pack"] != pack_id:
                continue
            unit = f" {row['unit']}" if row["unit"] else ""
            low, high = (format_number(end, mark=decimal_mark()) for end in row["range"])
            span = f"{low}-{high}{unit}"
            count = len(row["items"])
            values = span if row["kind"] in ("seconds", "count", "kg") else f"{count} × {span}"
            when = (
                _("any")
                if isinstance(row["when"], str)
                else ", ".join(when_label(moment) for moment in row["when"])
            )
            table.add_row(row["id"], Text(row["name"]), kind_label(row["kind"]), values, when)
        out().print(table)


@measure_app.command("due")
def due(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List the participants whose follow-up (4-6 months after the course) is due."""
    today = date.today()
    rows: list[dict[str, Any]] = []
    with reporting_errors():
        repo = repository(ctx)
        for summary in repo.summaries():
            if summary.damaged is not None:
                continue
            entry = get_context(ctx).catalog().get(summary.pack_id)
            pack = entry.pack if entry is not None else None
            if pack is None or not pack.measures:
                continue
            with repo.open(summary.id, read_only=True) as store:
                snapshot = CourseSnapshot.of(store)
            for item in follow_ups(
                snapshot.course, snapshot.participants, snapshot.measurements, pack.measures, today
            ):
                if item.state in ("due", "late"):
                    rows.append(
                        {
                            "course": snapshot.course.title,
                            "course_id": snapshot.course.id,
                            "participant": item.participant.name,
                            "due_from": item.due_from.isoformat(),
                            "due_until": item.due_until.isoformat(),
                            "state": item.state.value,
                            "missing": list(item.missing),
                        }
                    )
    if as_json:
        print_json(rows)
        return
    if not rows:
        say(_("No follow-ups are due."))
        return
    table = Table(title=_("Follow-ups due ({count})").format(count=len(rows)), title_justify="left")
    for column in (
        pgettext("measures table", "course"),
        pgettext("measures table", "participant"),
        pgettext("measures table", "due"),
        pgettext("measures table", "state"),
        pgettext("measures table", "to take"),
    ):
        table.add_column(column)
    for row in rows:
        table.add_row(
            Text(row["course"]),
            Text(row["participant"]),
            _("{first} to {last}").format(
                first=format_date(date.fromisoformat(row["due_from"])),
                last=format_date(date.fromisoformat(row["due_until"])),
            ),
            state_label(row["state"]),
            ", ".join(row["missing"]),
        )
    out().print(table)
