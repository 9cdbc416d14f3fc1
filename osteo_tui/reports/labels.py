"""Every word the PDFs print that does not come from the course or its lesson pack.

One table per language (the course's language; English when there is no table for it), so
that the strings are in one place when they move to gettext: English here, Finnish in
``labels_fi``, Danish in ``labels_da``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from osteo_tui.core.lessons.model import Dosage
from osteo_tui.reports.labels_da import DA, MONTHS_DA
from osteo_tui.reports.labels_fi import FI

__all__ = ["Labels", "labels_for"]

EN: dict[str, str] = {
    # page
    "page": "Page {page} of {pages}",
    "file_summary": "course summary",
    "file_report": "course report",
    "file_pseudonymised": "pseudonymised",
    "percent_value": "{value}%",
    "made_on": "Made on {day}",
    # participant summary
    "summary_title": "Your course summary",
    "summary_doc_title": "Course summary for {name}",
    "course": "Course",
    "place": "Place",
    "dates": "Dates",
    "trainers": "Trainers",
    "sessions_attended": "You came to {present} of the {total} sessions.",
    "sessions_fact": "Sessions",
    "goals_heading": "Your goals",
    "no_goals": "No goal was recorded for you in this course.",
    "goal_measure": "How it is measured",
    "goal_target": "Target date",
    "goal_reviews": "How it went",
    "goal_review": "Session {session}, {day}: {words}",
    "goal_next": "What next",
    "gas_-2": "much less than expected",
    "gas_-1": "a little less than expected",
    "gas_0": "as expected",
    "gas_1": "a little more than expected",
    "gas_2": "much more than expected",
    "notes_heading": "Notes from your trainer",
    "programme_heading": "Your home exercise programme",
    "programme_intro": (
        "Move slowly, keep breathing and stop if anything hurts. The last pages show each "
        "exercise with a picture, step by step."
    ),
    "programme_vertebral": (
        "Because of your spine fracture, some exercises are changed for you: see the boxes "
        "“After a vertebral fracture”."
    ),
    "cat_strength": "Strength",
    "cat_balance": "Balance",
    "cat_posture": "Posture and back muscles",
    "cat_impact": "Impact for your bones",
    "cat_mobility": "Mobility",
    "cat_functional": "Everyday movements",
    "often_strength": "2–3 days a week, with a rest day in between.",
    "often_balance": "Every day if you can: balance gets better with practice.",
    "often_posture": "Every day, a few minutes at a time.",
    "often_impact": "On most days of the week.",
    "often_impact-vertebral": (
        "Keep impact gentle: nothing harder than brisk walking, about 20 minutes a day."
    ),
    "often_mobility": "Every day, gently.",
    "often_functional": "In everyday life, whenever you make these movements.",
    "how_much": "How much",
    "cards_heading": "How to do your exercises",
    "cards_intro": "Your trainer is happy to show you any of them again.",
    "col_exercise": "Exercise",
    "avoid_short": "Not for you: see the last pages",
    "changed_short": "Changed for you: see the last pages",
    "you_need": "You need",
    "start": "Start",
    "steps": "What to do",
    "cues": "Remember",
    "easier": "Easier",
    "harder": "Harder",
    "take_care": "Take care",
    "vertebral": "After a vertebral fracture",
    "avoid": "Not for you. Do this instead",
    "ask_first_short": "Ask your trainer to show you first",
    "missed": (
        "We practised this on a day you could not come. Please ask your trainer to show you "
        "before you try it at home."
    ),
    "not_practised": (
        "We did not get to practise this one in the course. Please ask your trainer to show "
        "you before you try it at home."
    ),
    "key_messages_heading": "What to remember from the course",
    "session_title": "Session {number}: {title}",
    "session_day_title": "Session {number}, {day}: {title}",
    "session_missed": "You could not come to this session. These are its main points.",
    # course report
    "report_title": "Course report",
    "report_doc_title": "Course report: {title}",
    "pack": "Lesson pack",
    "status": "Status",
    "status_planned": "planned",
    "status_running": "running",
    "status_finished": "finished",
    "status_archived": "archived",
    "pseudonymised": "Participants' names are replaced by numbers in this report.",
    "figures_heading": "Key figures",
    "fig_participants": "Participants",
    "fig_completed": "Completed the course (came to at least {needed} of {total} sessions)",
    "fig_goals": "Set at least one goal",
    "fig_gas": "Goals met as expected or better (GAS T-score 50 or more)",
    "fig_gas_mean": "GAS T-score: mean (median)",
    "of": "{part} of {whole} ({percent})",
    "no_gas": "No goal has been reviewed yet, so there is no GAS T-score.",
    "gas_note": (
        "GAS T-score: 50 means a participant's goals were met as expected, above 50 better "
        "than expected (Turner-Stokes 2009). Latest review of each goal, equal weights, "
        "ρ = 0.3."
    ),
    "chart_heading": "Attendance per session",
    "chart_axis": "% of participants present",
    "chart_session": "Session {number}",
    "matrix_heading": "Attendance",
    "matrix_legend": "✓ present · ✗ absent · E excused · empty: not recorded",
    "matrix_excused": "E",
    "col_participant": "Participant",
    "col_total": "Total",
    "goals_table_heading": "Goals",
    "col_goal": "Goal",
    "col_level": "Latest level",
    "col_t": "T-score",
    "not_reviewed": "not reviewed",
    "no_goals_course": "No goals were recorded in this course.",
    "course_notes_heading": "Trainer's course notes",
    "no_course_notes": "There are no course notes.",
    "pseudonym": "Participant {number}",
    "ambiguous_name": "[name]",
    # outcome measures
    "outcomes_heading": "Your results",
    "outcomes_end": "From the start to the end of the course",
    "outcomes_both": "Measured at the start of the course, at its end and at the follow-up.",
    "outcome_at_end": "At the end of the course",
    "outcome_at_follow_up": "At the follow-up",
    "bar_start": "Start",
    "bar_end": "End",
    "bar_follow-up": "Follow-up",
    "chart_lower_better": "A lower number is better.",
    "outcomes_course_heading": "Outcome measures",
    "outcomes_note": (
        "Participants measured at both times. Change: later minus earlier, mean (median). "
        "Improved: changed in the better direction."
    ),
    "col_outcome": "Measure",
    "col_when": "From → to",
    "col_n": "n",
    "col_means": "Mean",
    "col_change": "Change",
    "col_improved": "Improved",
    "col_question": "Question",
    "col_mean_median": "Mean (median)",
    "evaluation_heading": "End-of-course evaluation",
    "when_start": "start",
    "when_end": "end",
    "when_follow-up": "follow-up",
    # dosage
    "dose_sets_reps": "{sets} sets of {reps}",
    "dose_reps": "{reps} times",
    "dose_hold_each": "hold {hold} seconds each time",
    "dose_sets_hold": "hold for {hold} seconds, {sets} times",
    "dose_hold": "hold for {hold} seconds",
    "dose_work": "{work} seconds, {rounds} times",
    "dose_work_once": "{work} seconds",
    "dose_rest": "{rest} seconds' rest in between",
    "dose_minutes": "{minutes} minutes",
    "dose_sides": "on each side",
}

TABLES = {"en": EN, "fi": FI, "da": DA}
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Labels:
    language: str

    def __call__(self, key: str, **values: object) -> str:
        table = TABLES.get(self.language, EN)
        return table.get(key, EN[key]).format(**values)

    def day(self, day: date) -> str:
        """``4 March 2025`` in English, ``4.3.2025`` in Finnish, ``4. marts 2025`` in Danish."""
        if self.language == "fi":
            return f"{day.day}.{day.month}.{day.year}"
        if self.language == "da":
            return f"{day.day}. {MONTHS_DA[day.month - 1]} {day.year}"
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"

    def days(self, first: date, last: date) -> str:
        return self.day(first) if first == last else f"{self.day(first)} – {self.day(last)}"

    def percent(self, part: int, whole: int) -> str:
        return self("percent_value", value=round(100 * part / whole)) if whole else "–"

    def number(self, value: float, decimals: int = 1) -> str:
        text = f"{value:.{decimals}f}"
        return text.replace(".", ",") if self.language in ("fi", "da") else text

    def gas_level(self, level: int) -> str:
        sign = "+" if level > 0 else "−" if level < 0 else ""  # a true minus sign
        return f"{self(f'gas_{level}')} ({sign}{abs(level)})"

    def dosage(self, dosage: Dosage) -> str:
        """How much, in words: ``2 sets of 10, hold 3 seconds each time, on each side``."""
        parts: list[str] = []
        if dosage.work is not None:
            rounds = dosage.rounds or 1
            if rounds > 1:
                parts.append(self("dose_work", work=dosage.work, rounds=rounds))
                if dosage.rest:
                    parts.append(self("dose_rest", rest=dosage.rest))
            else:
                parts.append(self("dose_work_once", work=dosage.work))
        elif dosage.reps is not None:
            if dosage.sets and dosage.sets > 1:
                parts.append(self("dose_sets_reps", sets=dosage.sets, reps=dosage.reps))
            else:
                parts.append(self("dose_reps", reps=dosage.reps))
            if dosage.hold:
                parts.append(self("dose_hold_each", hold=dosage.hold))
        elif dosage.hold is not None:
            if dosage.sets and dosage.sets > 1:
                parts.append(self("dose_sets_hold", hold=dosage.hold, sets=dosage.sets))
            else:
                parts.append(self("dose_hold", hold=dosage.hold))
        if dosage.minutes is not None:
            parts.append(self("dose_minutes", minutes=dosage.minutes))
        if dosage.sides:
            parts.append(self("dose_sides"))
        if dosage.note:
            parts.append(dosage.note)
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]


def labels_for(language: str) -> Labels:
    """The labels of ``language`` (``en``, ``fi``, ``da``); English words for others."""
    return Labels(language if language in TABLES else "en")
