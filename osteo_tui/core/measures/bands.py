"""Which band a score falls in, with the participant's norm where the band needs one.

A band holds scores ``low`` ≤ score < ``high``. A bound written ``norm`` is the threshold of
the norm table row for the participant's age band and sex (the STEADI chair stand table, the
EWGSOP2 grip limits). When the age or sex is not recorded, or the table does not cover the
age, no band is given and ``reason`` says why, in words fit for the trainer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from osteo_tui.core.locale_format import decimal_mark
from osteo_tui.core.measures.definitions import NORM, Band, Measure, format_number
from osteo_tui.core.records import Participant
from osteo_tui.core.translation import _

__all__ = ["Interpretation", "interpret", "interpret_for"]


@dataclass(frozen=True)
class Interpretation:
    """The band of a score, or ``None`` with the ``reason`` no band can be given (empty when
    the measure has no bands at all). ``norm`` is the threshold used, when a norm was looked up."""

    band: Band | None
    reason: str = ""
    norm: float | None = None

    @property
    def flag(self) -> bool:
        return self.band is not None and self.band.flag

    @property
    def text(self) -> str:
        """The band's label, or why there is none (``no band: …``), or nothing."""
        if self.band is not None:
            return self.band.label
        return _("no band: {reason}").format(reason=self.reason) if self.reason else ""


def _norm(measure: Measure, sex: str | None, age: int | None) -> float | str:
    """The participant's threshold, or the reason there is none (a ``str``)."""
    aged = any(norm.age_from is not None for norm in measure.norms)
    if sex not in ("f", "m"):
        return _("the participant's sex is not recorded, and the norms depend on it")
    if aged and age is None:
        return _("the year of birth is not recorded, and the norms depend on age")
    for norm in measure.norms:
        if age is None or norm.covers(age):
            return norm.threshold(sex)
    low = min(norm.age_from for norm in measure.norms if norm.age_from is not None)
    high = max(norm.age_to for norm in measure.norms if norm.age_to is not None)
    return _("the norms cover ages {low} to {high}, not {age}").format(low=low, high=high, age=age)


def interpret(
    measure: Measure, total: float | None, sex: str | None = None, age: int | None = None
) -> Interpretation:
    """The band of ``total`` for a person of ``sex`` (``f``/``m``) and ``age``."""
    if not measure.bands:
        return Interpretation(None)
    if total is None:
        return Interpretation(None, _("the score cannot be worked out from these values"))
    norm: float | None = None
    if any(band.uses_norm for band in measure.bands):
        found = _norm(measure, sex, age)
        if isinstance(found, str):
            return Interpretation(None, found)
        norm = found

    def bound(value: float | str | None, open_end: float) -> float:
        if value == NORM:
            assert norm is not None
            return norm
        return open_end if value is None or isinstance(value, str) else float(value)

    for band in measure.bands:
        if bound(band.low, float("-inf")) <= total < bound(band.high, float("inf")):
            return Interpretation(band, norm=norm)
    reason = _("the score {score} is in none of the pack's bands").format(
        score=format_number(total, mark=decimal_mark())
    )
    return Interpretation(None, reason, norm)


def interpret_for(
    measure: Measure, total: float | None, person: Participant, on: date
) -> Interpretation:
    """The band for ``person``, whose age is taken on the day of the measurement."""
    return interpret(measure, total, person.sex, person.age_on(on))
