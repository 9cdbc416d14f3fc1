"""Outcome measures: the pack's definitions, entering values, scoring, bands, comparisons.

API note for the UI (runner forms, stopwatch, course screen) and the PDFs
=========================================================================

Definitions come from the course's pack: ``pack.measures`` is a ``MeasureSet``.

* ``measures.at("start" | "end" | "follow-up")`` -> the ``Measure``s taken then, in order.
  A measurement segment says which ones it takes: ``segment.measures`` (ids) and
  ``segment.when``. ``measures.measure(id)`` / ``measures.get(id)`` look one up.
* ``Measure``: ``name``, ``kind`` (self-rating, seconds, count, kg, stages, questionnaire,
  evaluation), ``items`` (a single-value measure has one item whose id is the measure id;
  ``item.text`` items take free text), ``low``/``high``/``unit``/``decimals`` for every number
  item, ``instructions`` for the trainer. Kinds ``seconds`` and ``stages`` want a stopwatch
  (``stages``: seconds held per stage, up to ``high``); ``count`` for the chair stand wants a
  30-second countdown (use ``core.timing``).

Entering and storing (nothing is stored when a value is wrong):

* ``parse_item(measure, item, text)`` -> the value, or ``InvalidRecord`` whose ``field`` is the
  item id and whose ``message`` names the item and the valid range: check one form field.
* ``store.record_measurement(measures, participant_id, measure_id, when, texts, session=N)``
  checks everything (participant, measure, time point, session, each value; ``texts`` one per
  item in order) and stores it; returns ``Recorded(record, replaced)``. Measuring the same
  person, measure and time point again replaces the earlier record. ``InvalidRecord`` on error.
* ``store.measurements(participant_id=None)`` -> ``MeasurementRecord``s (oldest first);
  ``CourseSnapshot.measurements`` / ``measurements_of(pid)`` in a snapshot.

Reading results:

* ``score(measure, record.values)`` -> ``Score`` (``total`` for measures with one score;
  ``items`` for each number; ``texts``).
* ``interpret_for(measure, total, participant, record.day)`` -> ``Interpretation``: ``band``
  (``label``, ``flag``) or ``None`` with ``reason`` (e.g. year of birth not recorded).
* ``participant_changes(measures, participant, records, later="end")`` -> ``Comparison``s with
  ``sentence`` in the pack's language ("Your chair stand went from 8 to 11 — now in the typical
  range for your age."), ``before``/``after``/``change``/``direction``; use
  ``later="follow-up"`` for the follow-up.
* ``participant_t_score(goals)`` -> the GAS T-score (``gas_t_score(levels)`` for raw levels).
* ``follow_ups_due(course, participants, records, measures, today)`` -> ``FollowUp``s whose
  4-6 month follow-up is due or late (``follow_ups`` for everyone, with ``state``).
* Course and yearly summaries: ``osteo_tui.core.results``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from osteo_tui.core.lazy_names import first_use

if TYPE_CHECKING:
    from osteo_tui.core.measures.bands import Interpretation, interpret, interpret_for
    from osteo_tui.core.measures.comparison import (
        Comparison,
        compare,
        format_value,
        participant_changes,
        values_text,
    )
    from osteo_tui.core.measures.definitions import (
        KINDS,
        WHENS,
        Band,
        Item,
        Measure,
        MeasureSet,
        Norm,
        Phrases,
        when_label,
    )
    from osteo_tui.core.measures.entry import Values, parse_item, read_values
    from osteo_tui.core.measures.follow_up import (
        FollowUp,
        FollowUpState,
        follow_up_window,
        follow_ups,
        follow_ups_due,
        state_label,
    )
    from osteo_tui.core.measures.gas import gas_t_score, participant_t_score
    from osteo_tui.core.measures.record import MeasurementRecord
    from osteo_tui.core.measures.scoring import Outcome, Score, outcome_value, outcomes, score

__all__ = [
    "KINDS",
    "WHENS",
    "Band",
    "Comparison",
    "FollowUp",
    "FollowUpState",
    "Interpretation",
    "Item",
    "Measure",
    "MeasureSet",
    "MeasurementRecord",
    "Norm",
    "Outcome",
    "Phrases",
    "Score",
    "Values",
    "compare",
    "follow_up_window",
    "follow_ups",
    "follow_ups_due",
    "format_value",
    "gas_t_score",
    "interpret",
    "interpret_for",
    "outcome_value",
    "outcomes",
    "parse_item",
    "participant_changes",
    "participant_t_score",
    "read_values",
    "score",
    "state_label",
    "values_text",
    "when_label",
]

# Imported on first use: reading a course file needs the definitions and records, not the
# scoring, bands or comparisons (docs/performance.md, start-up).
_MODULES = {
    "Interpretation": "bands",
    "interpret": "bands",
    "interpret_for": "bands",
    "Comparison": "comparison",
    "compare": "comparison",
    "format_value": "comparison",
    "participant_changes": "comparison",
    "values_text": "comparison",
    "KINDS": "definitions",
    "WHENS": "definitions",
    "Band": "definitions",
    "Item": "definitions",
    "Measure": "definitions",
    "MeasureSet": "definitions",
    "Norm": "definitions",
    "Phrases": "definitions",
    "when_label": "definitions",
    "Values": "entry",
    "parse_item": "entry",
    "read_values": "entry",
    "FollowUp": "follow_up",
    "FollowUpState": "follow_up",
    "follow_up_window": "follow_up",
    "follow_ups": "follow_up",
    "follow_ups_due": "follow_up",
    "state_label": "follow_up",
    "gas_t_score": "gas",
    "participant_t_score": "gas",
    "MeasurementRecord": "record",
    "Outcome": "scoring",
    "Score": "scoring",
    "outcome_value": "scoring",
    "outcomes": "scoring",
    "score": "scoring",
}


__getattr__ = first_use(__name__, _MODULES)
