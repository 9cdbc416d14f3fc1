"""A course's sessions: when each is planned and how far its run has got."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text

from osteo_tui.core.lessons import Pack
from osteo_tui.core.locale_format import format_time, format_weekday_date
from osteo_tui.core.records import Course, RunState, SessionPlan
from osteo_tui.core.translation import N_, _
from osteo_tui.tui.widgets.fitted_table import FittedTable, TableRow

__all__ = ["SessionTable", "planned_text", "run_text"]

LABELS = ("#", N_("Session"), N_("Planned"), N_("Run"))
"""Column headings (translate with ``_``)."""


def planned_text(plan: SessionPlan | None) -> str:
    if plan is None:
        return _("not planned")
    at = f" {format_time(plan.start)}" if plan.start else ""
    return f"{format_weekday_date(plan.day)}{at}"


def run_text(state: RunState | None, segments: int) -> str:
    if state is None:
        return _("not started")
    if state.finished:
        return _("finished ✓")
    return _("in progress: {segment} of {segments}").format(
        segment=state.segment + 1, segments=segments
    )


class SessionTable(FittedTable):
    def __init__(self, **kwargs: object) -> None:
        super().__init__(flex_min=12, **kwargs)

    def show(self, pack: Pack, course: Course, runs: Mapping[int, RunState]) -> None:
        plans = {plan.number: plan for plan in course.sessions}
        theme = self.app.current_theme
        rows: list[TableRow] = []
        for session in pack.sessions:
            state = runs.get(session.number)
            style = ""
            if state is not None:
                style = (theme.success if state.finished else theme.accent) or ""
            rows.append(
                (
                    str(session.number),
                    [
                        str(session.number),
                        Text(session.title, style="bold"),
                        planned_text(plans.get(session.number)),
                        Text(run_text(state, len(session.segments)), style=style),
                    ],
                )
            )
        self.fill([_(label) for label in LABELS], rows, flex=1)
