"""Reading a dosage block: ``{sets: 2, reps: 10}``, ``{work: 30, rest: 30, rounds: 3}``."""

from __future__ import annotations

from osteo_tui.core.lessons.fields import FieldReader
from osteo_tui.core.lessons.model import Dosage
from osteo_tui.core.translation import _
from osteo_tui.core.yaml_source import LineDict

__all__ = ["DOSAGE_KEYS", "read_dosage"]

_RANGES = {
    "sets": (1, 10),
    "reps": (1, 50),
    "hold": (1, 120),
    "work": (5, 600),
    "rest": (0, 600),
    "rounds": (1, 20),
    "minutes": (1, 60),
}
DOSAGE_KEYS = (*_RANGES, "sides", "note")


def read_dosage(reader: FieldReader, block: LineDict, what: str) -> Dosage | None:
    """Read the dosage keys of ``block`` (other keys are the caller's business); ``what``
    (translated) names the dosage in messages."""
    numbers = {key: reader.integer(block, key, *bounds) for key, bounds in _RANGES.items()}
    sides = reader.boolean(block, "sides")
    note = reader.text(block, "note")
    if not any(key in block for key in ("reps", "hold", "work", "minutes")):
        reader.problem(
            block.line,
            _("{what} needs at least one of 'reps', 'hold', 'work' or 'minutes'").format(
                what=what
            ),
        )
        return None
    if "rounds" in block and "work" not in block:
        reader.problem(block.line_of("rounds"), _("'rounds' goes with 'work' (seconds of work)"))
        return None
    if any(key in block and numbers[key] is None for key in _RANGES):
        return None
    return Dosage(
        sets=numbers["sets"],
        reps=numbers["reps"],
        hold=numbers["hold"],
        work=numbers["work"],
        rest=numbers["rest"],
        rounds=numbers["rounds"],
        sides=bool(sides),
        minutes=numbers["minutes"],
        note=note,
    )
