"""The words shown for the records' codes: a course's status, an attendance mark, a fracture
site, the default consent scope.

The codes stay English in files, JSON and on the command line (``present``, ``archived``);
these functions give the word the trainer reads, in the active language (in English, the
code itself).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from osteo_tui.core.translation import pgettext

if TYPE_CHECKING:
    from osteo_tui.core.records.participant import Fracture

__all__ = [
    "attendance_label",
    "consent_scope_label",
    "fracture_label",
    "fracture_site_label",
    "status_label",
]


def status_label(status: str) -> str:
    """``planned``, ``running``, ``finished``, ``archived`` → ``suunniteltu``, ``käynnissä`` …"""
    labels = {
        "planned": pgettext("course status", "planned"),
        "running": pgettext("course status", "running"),
        "finished": pgettext("course status", "finished"),
        "archived": pgettext("course status", "archived"),
    }
    return labels.get(str(status), str(status))


def attendance_label(status: str) -> str:
    """``present``, ``absent``, ``excused`` → ``paikalla``, ``poissa``, ``poissa (ilmoitettu)``."""
    labels = {
        "present": pgettext("attendance", "present"),
        "absent": pgettext("attendance", "absent"),
        "excused": pgettext("attendance", "excused"),
    }
    return labels.get(str(status), str(status))


def fracture_site_label(site: str) -> str:
    """``wrist``, ``hip``, ``vertebra`` … → ``ranne``, ``lonkka``, ``nikama`` …"""
    labels = {
        "wrist": pgettext("fracture site", "wrist"),
        "hip": pgettext("fracture site", "hip"),
        "vertebra": pgettext("fracture site", "vertebra"),
        "upper-arm": pgettext("fracture site", "upper-arm"),
        "ankle": pgettext("fracture site", "ankle"),
        "pelvis": pgettext("fracture site", "pelvis"),
        "rib": pgettext("fracture site", "rib"),
        "other": pgettext("fracture site", "other"),
    }
    return labels.get(site, site)


def fracture_label(fracture: Fracture) -> str:
    """A fracture as the trainer reads it: ``wrist 2023``, ``ranne 2023``, ``håndled 2023``."""
    site = fracture_site_label(fracture.site)
    return f"{site} {fracture.year}" if fracture.year else site


def consent_scope_label(scope: str) -> str:
    """The default scope ``course records`` in the active language; a scope typed by the
    trainer is shown as it was typed."""
    labels = {"course records": pgettext("consent scope", "course records")}
    return labels.get(scope, scope)
