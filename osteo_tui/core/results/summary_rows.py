"""A summary as plain rows (section, item, statistic, value): one shape for CSV files and for
anything that wants to lay the numbers out itself.

The labels are data, like the codes of a course export: English in every language, with a
decimal point, so that files from trainers who speak different languages line up."""

from __future__ import annotations

import csv
import io

from osteo_tui.core.results.summary import Summary

__all__ = ["CSV_HEADER", "number_text", "summary_csv", "summary_rows"]

CSV_HEADER = ("section", "item", "statistic", "value")


def number_text(value: float | None, places: int = 1) -> str:
    """``12``, ``-1.5``; empty for no value. Rounded to ``places`` decimals."""
    if value is None:
        return ""
    rounded = round(value, places)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.{places}f}".rstrip("0")


def summary_rows(summary: Summary) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = [
        ("courses", "courses", "n", str(summary.courses)),
        ("courses", "participants", "n", str(summary.participants)),
        ("goals", "set a goal", "n", str(summary.goal_set)),
        ("goals", "set a goal", "%", number_text(summary.percent_goal_set)),
        ("goals", "GAS T-score", "n", str(summary.gas_n)),
        ("goals", "GAS T-score", "mean", number_text(summary.gas_mean)),
        ("goals", "GAS T-score", "median", number_text(summary.gas_median)),
        ("goals", "GAS T-score 50 or more", "%", number_text(summary.percent_gas_met)),
    ]
    for change in summary.changes:
        section = f"change {change.before} to {change.after}"
        item = change.info.name
        rows += [
            (section, item, "n", str(change.n)),
            (section, item, f"mean at {change.before}", number_text(change.mean_before, 2)),
            (section, item, f"mean at {change.after}", number_text(change.mean_after, 2)),
            (section, item, "mean change", number_text(change.mean_change, 2)),
            (section, item, "median change", number_text(change.median_change, 2)),
            (section, item, "% improved", number_text(change.percent_improved)),
        ]
        if change.flag_n:
            rows += [
                (section, item, f"flagged at {change.before}", str(change.flagged_before)),
                (section, item, f"flagged at {change.after}", str(change.flagged_after)),
            ]
    for answer in summary.evaluation:
        rows += [
            ("evaluation", answer.info.name, "n", str(answer.n)),
            ("evaluation", answer.info.name, "mean", number_text(answer.mean, 2)),
            ("evaluation", answer.info.name, "median", number_text(answer.median, 2)),
        ]
    rows.append(("evaluation", "comments", "n", str(summary.comments)))
    return rows


def summary_csv(summary: Summary) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(summary_rows(summary))
    return buffer.getvalue()
