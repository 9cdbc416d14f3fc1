"""The words shown for the records' codes: a course's status, an attendance mark.

The codes stay English in files, JSON and on the command line (``present``, ``archived``);
these functions give the word the trainer reads, in the active language (in English, the
code itself).
"""

from __future__ import annotations

from osteo_tui.core.translation import pgettext

__all__ = ["attendance_label", "status_label"]


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
