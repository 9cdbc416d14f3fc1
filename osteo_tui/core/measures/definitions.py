"""Outcome measures as a lesson pack defines them (``measures.yaml``), as immutable values.

The numbers (ranges, thresholds, norms) and the words (names, band labels, phrases) come from
the pack; the rules for turning entered values into a score and a band live in ``scoring`` and
``bands``. Built only by the pack loader, so a ``MeasureSet`` is never invalid.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from osteo_tui.core.locale_format import decimal_mark
from osteo_tui.core.translation import _, pgettext

__all__ = [
    "BETTER",
    "KINDS",
    "NORM",
    "WHENS",
    "Band",
    "Item",
    "Measure",
    "MeasureSet",
    "Norm",
    "Phrases",
    "format_number",
    "kind_label",
    "times_text",
    "when_at",
    "when_label",
]

WHENS = ("start", "end", "follow-up")
"""When a measure is taken: at the start of the course, at its end, or 4-6 months later."""

KINDS = ("self-rating", "seconds", "count", "kg", "stages", "questionnaire", "evaluation")
"""What kind of measure it is; each kind has its own scoring rule (see ``scoring``)."""

SINGLE_VALUE_KINDS = ("seconds", "count", "kg")
ITEM_KINDS = ("self-rating", "stages", "questionnaire", "evaluation")
BANDED_KINDS = ("seconds", "count", "kg", "stages", "questionnaire")
DECIMAL_KINDS = ("seconds", "kg", "stages")
BETTER = ("higher", "lower")
NORM = "norm"
"""A band bound that is the participant's norm (looked up by age and sex) instead of a number."""


@dataclass(frozen=True)
class Item:
    """One question, stage or part of a measure. ``text`` items take free text (evaluation)."""

    id: str
    name: str
    short: str = ""
    question: str = ""
    text: bool = False

    @property
    def says(self) -> str:
        """How the item is named inside a sentence."""
        return self.short or self.name


@dataclass(frozen=True)
class Norm:
    """One row of a norm table: the threshold for men and for women, for an age band
    (``None`` ages: any age)."""

    m: float
    f: float
    age_from: int | None = None
    age_to: int | None = None

    def covers(self, age: int) -> bool:
        if self.age_from is None or self.age_to is None:
            return True
        return self.age_from <= age <= self.age_to

    def threshold(self, sex: str) -> float:
        return self.m if sex == "m" else self.f


@dataclass(frozen=True)
class Band:
    """A range of scores with what it means: ``low`` ≤ score < ``high``. A bound is a number,
    ``NORM`` (the participant's norm) or ``None`` (open). ``flag`` marks a result to act on."""

    label: str
    low: float | str | None = None
    high: float | str | None = None
    flag: bool = False

    @property
    def uses_norm(self) -> bool:
        return NORM in (self.low, self.high)


@dataclass(frozen=True)
class Measure:
    id: str
    name: str
    kind: str
    low: float
    high: float
    items: tuple[Item, ...]
    """Single-value kinds have one item whose id is the measure's id."""
    better: str | None = None
    short: str = ""
    unit: str = ""
    decimals: int = 0
    bands: tuple[Band, ...] = ()
    norms: tuple[Norm, ...] = ()
    instructions: str = ""
    sources: tuple[str, ...] = ()

    @property
    def says(self) -> str:
        """How the measure is named inside a sentence (``chair stand``)."""
        return self.short or self.name

    @property
    def single_value(self) -> bool:
        return self.kind in SINGLE_VALUE_KINDS

    @property
    def has_score(self) -> bool:
        """Whether the measure adds up to one score (and so can have bands)."""
        return self.kind in BANDED_KINDS

    @property
    def number_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if not item.text)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    @property
    def range_text(self) -> str:
        """``0 to 10``, ``0,5 to 12,5``: the valid values, in the active language."""
        mark = decimal_mark()
        return _("{low} to {high}").format(
            low=format_number(self.low, mark=mark), high=format_number(self.high, mark=mark)
        )


@dataclass(frozen=True)
class Phrases:
    """The pack's sentence patterns for plain-words comparisons, in the pack's language.

    ``change`` has ``{measure}``, ``{before}`` and ``{after}``; ``same`` has ``{measure}`` and
    ``{after}``; ``single`` has ``{measure}`` and ``{after}``; ``band`` has ``{band}`` and is
    appended after the others (it carries its own dash or comma)."""

    change: str = "Your {measure} went from {before} to {after}"
    same: str = "Your {measure} stayed at {after}"
    single: str = "Your {measure} was {after}"
    band: str = " — now {band}"
    decimal_mark: str = "."


PLACEHOLDERS = {
    "change": ("measure", "before", "after"),
    "same": ("measure", "after"),
    "single": ("measure", "after"),
    "band": ("band",),
}


@dataclass(frozen=True)
class MeasureSet:
    """All measures of one pack and when the pack takes them. ``optional`` measures may be
    recorded at any time point; the others only when ``schedule`` says."""

    measures: tuple[Measure, ...] = ()
    schedule: tuple[tuple[str, tuple[str, ...]], ...] = ()
    optional: tuple[str, ...] = ()
    phrases: Phrases = field(default_factory=Phrases)

    def __bool__(self) -> bool:
        return bool(self.measures)

    def ids(self) -> list[str]:
        return [measure.id for measure in self.measures]

    def get(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)

    def measure(self, measure_id: str) -> Measure:
        found = self.get(measure_id)
        if found is None:
            raise KeyError(measure_id)
        return found

    def at(self, when: str) -> tuple[Measure, ...]:
        """The measures scheduled at ``when`` (start, end or follow-up), in schedule order."""
        ids = dict(self.schedule).get(when, ())
        return tuple(self.measure(measure_id) for measure_id in ids)

    def times_of(self, measure_id: str) -> tuple[str, ...]:
        """When ``measure_id`` may be recorded."""
        if measure_id in self.optional:
            return WHENS
        return tuple(when for when, ids in self.schedule if measure_id in ids)


def when_label(when: str) -> str:
    """A time point as a column or a field shows it: ``start``, ``alku``, ``start``."""
    labels = {
        "start": pgettext("time point", "start"),
        "end": pgettext("time point", "end"),
        "follow-up": pgettext("time point", "follow-up"),
    }
    return labels.get(when, when)


def when_at(when: str) -> str:
    """A time point as it follows "at" in a sentence: ``the start``, ``alussa``, ``starten``."""
    words = {
        "start": pgettext("after 'at'", "the start"),
        "end": pgettext("after 'at'", "the end"),
        "follow-up": pgettext("after 'at'", "follow-up"),
    }
    return words.get(when, when)


def times_text(times: tuple[str, ...] | list[str]) -> str:
    """``at the start and the end``, ``at follow-up only``: when a measure is taken, in words."""
    words = [when_at(when) for when in times]
    if not words:
        return _("at no time point")
    if len(words) == 1:
        return _("at {when} only").format(when=words[0])
    listed = _("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])
    return _("at {times}").format(times=listed)


def kind_label(kind: str) -> str:
    """A measure's kind as the trainer reads it: ``self-rating``, ``itsearvio``."""
    labels = {
        "self-rating": pgettext("measure kind", "self-rating"),
        "seconds": pgettext("measure kind", "seconds"),
        "count": pgettext("measure kind", "count"),
        "kg": pgettext("measure kind", "kg"),
        "stages": pgettext("measure kind", "stages"),
        "questionnaire": pgettext("measure kind", "questionnaire"),
        "evaluation": pgettext("measure kind", "evaluation"),
    }
    return labels.get(kind, kind)


def format_number(value: float, decimals: int | None = None, mark: str = ".") -> str:
    """``8`` for whole numbers, else up to ``decimals`` places (``11.5``), with ``mark``."""
    if decimals is None:
        text = f"{value:g}" if value != int(value) else str(int(value))
    else:
        text = f"{value:.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text.replace(".", mark)
