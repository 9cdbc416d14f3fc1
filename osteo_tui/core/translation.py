"""The app's words in the trainer's language: gettext catalogues, switched at run time.

Every module translates through ``_``, ``ngettext`` and ``pgettext`` from here. They look up
the active language at each call, so after ``activate("fi")`` every message built is Finnish.
Strings made at import time (class attributes, constants, help texts) are marked with ``N_``,
which only marks them for extraction, and are translated with ``_`` where they are shown.

The catalogues are ``osteo_tui/locale/<lang>/LC_MESSAGES/osteo_tui.mo``, compiled from the
``.po`` files next to them; docs/translations.md has the workflow.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "LOCALE_DIR",
    "N_",
    "SOURCE_LANGUAGE",
    "_",
    "activate",
    "active_language",
    "ngettext",
    "on_language_change",
    "pgettext",
    "speaking",
    "writing_in",
]

DOMAIN = "osteo_tui"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "fi", "da")
LANGUAGE_NAMES = {"en": "English", "fi": "suomi", "da": "dansk"}
"""Each language in its own words, as a language menu shows them."""

_state: dict[str, str] = {"language": SOURCE_LANGUAGE}
_listeners: list[Callable[[str], None]] = []
_here: ContextVar[str | None] = ContextVar("osteo_tui_writing_in", default=None)
"""The language of a document being made in this thread (``writing_in``), if any."""


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``language``; for English, the msgids themselves unless the
    English catalogue rewords them."""
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


def _active() -> gettext.NullTranslations:
    return _catalogue(active_language())


def _(message: str) -> str:
    """``message`` in the active language."""
    return _active().gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it (yet): for strings made at
    import time, which ``_`` translates where they are shown."""
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message that fits ``count``, in the active language."""
    return _active().ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """``message`` in the active language, told apart from the same English words elsewhere
    by ``context`` (``present`` the attendance mark, not ``present`` the time)."""
    return _active().pgettext(context, message)


def active_language() -> str:
    return _here.get() or _state["language"]


def activate(language: str) -> None:
    """Speak ``language`` (one of ``LANGUAGES``) from now on, and tell the listeners."""
    if language not in LANGUAGES:
        raise ValueError(f"no catalogue for the language {language!r}")
    changed = language != _state["language"]
    _state["language"] = language
    if changed:
        for listener in list(_listeners):
            listener(language)


def on_language_change(listener: Callable[[str], None]) -> None:
    """Call ``listener(language)`` after each change of language (once per listener)."""
    if listener not in _listeners:
        _listeners.append(listener)


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Speak ``language`` inside the ``with`` block, then the language spoken before."""
    before = _state["language"]
    activate(language)
    try:
        yield
    finally:
        activate(before)


@contextmanager
def writing_in(language: str) -> Iterator[None]:
    """Speak ``language`` inside the ``with`` block in this thread (and asyncio task) only,
    telling no listener: for a document in its course's language (a PDF), made in a worker
    while the app goes on in the trainer's language."""
    if language not in LANGUAGES:
        raise ValueError(f"no catalogue for the language {language!r}")
    token = _here.set(language)
    try:
        yield
    finally:
        _here.reset(token)
