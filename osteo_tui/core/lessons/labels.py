"""The words shown for a pack's codes: exercise categories, segment kinds, vertebral advice.

Packs write the codes in English (``strength``, ``goal-setting``, ``modify``) whatever their
language; these functions give the word the trainer reads, in the active language (in
English, the code itself). A code they do not know is shown as it is.
"""

from __future__ import annotations

from osteo_tui.core.translation import pgettext

__all__ = ["category_label", "kind_label", "origin_label", "vertebral_label"]


def category_label(category: str) -> str:
    """``strength`` → ``strength``, ``voima``, ``styrke``."""
    labels = {
        "strength": pgettext("exercise category", "strength"),
        "balance": pgettext("exercise category", "balance"),
        "posture": pgettext("exercise category", "posture"),
        "impact": pgettext("exercise category", "impact"),
        "mobility": pgettext("exercise category", "mobility"),
        "functional": pgettext("exercise category", "functional"),
    }
    return labels.get(category, category)


def kind_label(kind: str) -> str:
    """``goal-setting`` → ``goal-setting``, ``tavoitteet``, ``målsætning``."""
    labels = {
        "talk": pgettext("segment kind", "talk"),
        "discussion": pgettext("segment kind", "discussion"),
        "exercise": pgettext("segment kind", "exercise"),
        "practical": pgettext("segment kind", "practical"),
        "goal-setting": pgettext("segment kind", "goal-setting"),
        "goal-review": pgettext("segment kind", "goal-review"),
        "measurement": pgettext("segment kind", "measurement"),
        "break": pgettext("segment kind", "break"),
    }
    return labels.get(kind, kind)


def vertebral_label(advice: str) -> str:
    """``modify`` → ``modify``, ``muokkaa``, ``tilpas``."""
    labels = {
        "ok": pgettext("vertebral fracture advice", "ok"),
        "modify": pgettext("vertebral fracture advice", "modify"),
        "avoid": pgettext("vertebral fracture advice", "avoid"),
    }
    return labels.get(advice, advice)


def origin_label(origin: str) -> str:
    """Where a pack was found: ``built-in``, ``user`` or ``--lessons``."""
    labels = {
        "built-in": pgettext("pack origin", "built-in"),
        "user": pgettext("pack origin", "user"),
    }
    return labels.get(origin, origin)
