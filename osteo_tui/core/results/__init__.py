"""Course and yearly results without names, and the anonymised bundle that merges them.

* ``course_results(snapshot, measures)``: one course as rows of numbers (no names).
* ``summarise([course, ...])``: n, mean and median change per outcome, % improved, % who set a
  goal, GAS T-scores, evaluation answers. One course for its report; many for a year.
* ``year_results(repo, year, measures_of)``: every course in a data folder started in ``year``.
* ``write_bundle`` / ``read_bundle`` / ``merge_bundles``: the anonymised bundle, merged with
  each course counted once.
* ``summary_rows(summary)``: the summary as (section, item, statistic, value) rows for CSV.
"""

from osteo_tui.core.results.bundle import (
    BundleProblem,
    Merged,
    bundle_json,
    merge_bundles,
    read_bundle,
    write_bundle,
)
from osteo_tui.core.results.course_results import (
    CourseResults,
    OutcomeInfo,
    ParticipantResult,
    course_key,
    course_results,
)
from osteo_tui.core.results.summary import (
    ChangeSummary,
    EvaluationSummary,
    Summary,
    summarise,
)
from osteo_tui.core.results.summary_rows import summary_csv, summary_rows
from osteo_tui.core.results.yearly import YearResults, year_results

__all__ = [
    "BundleProblem",
    "ChangeSummary",
    "CourseResults",
    "EvaluationSummary",
    "Merged",
    "OutcomeInfo",
    "ParticipantResult",
    "Summary",
    "YearResults",
    "bundle_json",
    "course_key",
    "course_results",
    "merge_bundles",
    "read_bundle",
    "summarise",
    "summary_csv",
    "summary_rows",
    "write_bundle",
    "year_results",
]
