"""Key descriptions (footer, help screen) in the active language.

Screens and widgets declare ``BINDINGS`` once, at import, with English descriptions marked
``N_("Back")``. Textual copies a class's bindings into each new instance, so when the
language changes, ``translate_bindings`` gives every osteo-tui class translated copies of
its English bindings; widgets made after that show the new language. A screen class that is
imported late (screens are imported when first opened, to start quickly) is translated when
its first screen is pushed: ``translated_screen``, called by the app's ``push_screen``.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen

from osteo_tui.core.translation import _, active_language, on_language_change

__all__ = ["translate_bindings", "translated_screen"]

_PACKAGE = "osteo_tui."
_ENGLISH = "_english_bindings"
_SPOKEN = "_bindings_language"


def _subclasses(cls: type[DOMNode]) -> list[type[DOMNode]]:
    found: list[type[DOMNode]] = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_subclasses(sub))
    return found


def _translated(item: BindingType) -> BindingType:
    if isinstance(item, Binding):
        return replace(
            item,
            description=_(item.description) if item.description else "",
            tooltip=_(item.tooltip) if item.tooltip else "",
        )
    if len(item) == 3:
        key, action, description = item
        return (key, action, _(description) if description else description)
    return item


def translate_bindings(language: str = "") -> None:
    """Translate the bindings of every osteo-tui screen and widget class (and of their
    subclasses, such as a test's app) from their English originals into the active language;
    classes already in it are left as they are."""
    spoken = active_language()
    classes = list(dict.fromkeys(_subclasses(DOMNode)))
    changed = []
    for cls in classes:
        own = cls.__module__.startswith(_PACKAGE) and "BINDINGS" in cls.__dict__
        if not own or cls.__dict__.get(_SPOKEN) == spoken:
            continue
        if _ENGLISH not in cls.__dict__:
            setattr(cls, _ENGLISH, list(cls.__dict__["BINDINGS"]))
        cls.BINDINGS = [_translated(item) for item in cls.__dict__[_ENGLISH]]
        setattr(cls, _SPOKEN, spoken)
        changed.append(cls)
    if changed:
        for cls in classes:
            if issubclass(cls, tuple(changed)):
                cls._merged_bindings = cls._merge_bindings()


def translated_screen(screen: Screen) -> Screen:
    """``screen`` (made, not yet shown) with its keys in the active language, even when its
    class was imported after the last change of language."""
    if getattr(type(screen), _SPOKEN, None) != active_language() and not screen.is_attached:
        translate_bindings()
        merged = type(screen)._merged_bindings
        if merged is not None:
            screen._bindings = merged.copy()
    return screen


on_language_change(translate_bindings)
