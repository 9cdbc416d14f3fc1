"""A participant of one course: only what the course needs (GDPR data minimisation)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.values import new_id, parse_date, require_text
from osteo_tui.core.translation import _

__all__ = [
    "FRACTURE_SITES",
    "SEXES",
    "Consent",
    "Fracture",
    "Participant",
    "check_born",
    "check_sex",
    "check_track",
    "consent_from",
]

FRACTURE_SITES = ("wrist", "hip", "vertebra", "upper-arm", "ankle", "pelvis", "rib", "other")
SEXES = ("f", "m")


@dataclass(frozen=True)
class Fracture:
    site: str
    year: int | None = None

    @classmethod
    def parse(cls, text: str, this_year: int) -> Fracture:
        """``wrist``, ``hip 2024`` or ``vertebra:2023``."""
        parts = text.replace(":", " ").split()
        if not parts:
            raise InvalidRecord("fractures", _("an empty fracture entry"))
        site = parts[0].lower()
        if site not in FRACTURE_SITES:
            raise InvalidRecord(
                "fractures",
                _("'{site}' is not a fracture site ({sites})").format(
                    site=parts[0], sites=", ".join(FRACTURE_SITES)
                ),
            )
        year = None
        if len(parts) > 1:
            if len(parts) > 2 or not parts[1].isdigit() or not 1900 <= int(parts[1]) <= this_year:
                raise InvalidRecord(
                    "fractures",
                    _("'{text}': the year must be 1900-{year}").format(
                        text=text.strip(), year=this_year
                    ),
                )
            year = int(parts[1])
        return cls(site, year)

    def __str__(self) -> str:
        return f"{self.site} {self.year}" if self.year else self.site


@dataclass(frozen=True)
class Consent:
    """What the participant agreed to, and when."""

    given_on: date
    scope: str

    def to_dict(self) -> dict[str, Any]:
        return {"given_on": self.given_on.isoformat(), "scope": self.scope}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Consent:
        return cls(date.fromisoformat(data["given_on"]), data["scope"])


@dataclass(frozen=True)
class Participant:
    id: str
    name: str
    born: int | None = None
    sex: str | None = None
    fractures: tuple[Fracture, ...] = ()
    vertebral_fracture: bool = False
    contact: str = ""
    consent: Consent | None = None
    notes: str = ""
    track: str | None = None

    @classmethod
    def new(
        cls,
        name: str,
        *,
        born: int | None = None,
        sex: str | None = None,
        fractures: tuple[Fracture, ...] = (),
        vertebral_fracture: bool = False,
        contact: str = "",
        consent: Consent | None = None,
        notes: str = "",
        track: str | None = None,
        today: date | None = None,
    ) -> Participant:
        this_year = (today or date.today()).year
        check_born(born, this_year)
        check_sex(sex)
        if any(f.site == "vertebra" for f in fractures):
            vertebral_fracture = True
        return cls(
            id=new_id(),
            name=require_text(name, "name", _("The name"), limit=80),
            born=born,
            sex=sex,
            fractures=fractures,
            vertebral_fracture=vertebral_fracture,
            contact=" ".join(contact.split()),
            consent=consent,
            notes=notes.strip(),
            track=track.strip() if track and track.strip() else None,
        )

    def age_on(self, day: date) -> int | None:
        """Age in whole years at ``day``, from the year of birth (at most one year off)."""
        return None if self.born is None else day.year - self.born

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "born": self.born,
            "sex": self.sex,
            "fractures": [{"site": f.site, "year": f.year} for f in self.fractures],
            "vertebral_fracture": self.vertebral_fracture,
            "contact": self.contact,
            "consent": self.consent.to_dict() if self.consent else None,
            "notes": self.notes,
            "track": self.track,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        consent = data.get("consent")
        return cls(
            id=data["id"],
            name=data["name"],
            born=data.get("born"),
            sex=data.get("sex"),
            fractures=tuple(Fracture(f["site"], f.get("year")) for f in data.get("fractures", ())),
            vertebral_fracture=bool(data.get("vertebral_fracture", False)),
            contact=data.get("contact", ""),
            consent=Consent.from_dict(consent) if consent else None,
            notes=data.get("notes", ""),
            track=data.get("track"),
        )


def check_born(born: int | None, this_year: int) -> int | None:
    """A plausible year of birth for an adult participant, or ``None``."""
    if born is not None and not this_year - 120 <= born <= this_year - 18:
        raise InvalidRecord(
            "born",
            _("the year of birth must be {first}-{last}").format(
                first=this_year - 120, last=this_year - 18
            ),
        )
    return born


def check_sex(sex: str | None) -> str | None:
    if sex is not None and sex not in SEXES:
        raise InvalidRecord("sex", _("sex must be f or m (or left empty)"))
    return sex


def check_track(track: str | None, track_ids: Sequence[str]) -> str | None:
    """A track of the course's lesson pack (``track_ids``), or ``None`` for the pack's default
    (the track for the participant's vertebral-fracture flag)."""
    if track is None or not track.strip():
        return None
    track = track.strip()
    if not track_ids:
        raise InvalidRecord("track", _("this course's lesson pack has no tracks to choose from"))
    if track not in track_ids:
        raise InvalidRecord(
            "track",
            _("'{track}' is not a track of this course (tracks: {tracks})").format(
                track=track, tracks=", ".join(track_ids)
            ),
        )
    return track


def consent_from(given_on: str | date | None, scope: str | None) -> Consent | None:
    """A consent when a date is given; the scope defaults to the course's own use.
    A scope without a date is refused: a consent is recorded with the day it was given."""
    if not given_on:
        if scope and scope.strip():
            raise InvalidRecord(
                "consent_date", _("a consent needs the date it was given (YYYY-MM-DD)")
            )
        return None
    return Consent(parse_date(given_on, "consent_date"), (scope or "course records").strip())
