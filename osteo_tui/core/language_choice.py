"""Which language to speak: ``--lang``, then ``$OSTEO_TUI_LANG``, then the saved setting,
then the system locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), then English."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from osteo_tui.core.translation import LANGUAGES, SOURCE_LANGUAGE, _

__all__ = [
    "LANGUAGE_ENV",
    "LOCALE_VARIABLES",
    "LanguageChoice",
    "UnknownLanguage",
    "choose_language",
    "language_code",
    "system_language",
]

LANGUAGE_ENV = "OSTEO_TUI_LANG"
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_LOCALE = re.compile(r"^([A-Za-z]{2,3})(?:[_-][A-Za-z0-9]+)?(?:\.[\w-]+)?(?:@\w+)?$")


class UnknownLanguage(ValueError):
    """A language asked for by name that the app has no catalogue for."""


@dataclass(frozen=True)
class LanguageChoice:
    language: str
    source: str
    """Where it came from: ``--lang``, ``OSTEO_TUI_LANG``, ``setting``, a locale variable's
    name, or ``default``."""


def language_code(text: str) -> str | None:
    """The supported language ``text`` names: ``fi``, ``fi_FI.UTF-8``, ``da-DK`` or ``FI``
    give ``fi`` or ``da``; anything else (``C``, ``de_DE``, ``""``) gives ``None``."""
    match = _LOCALE.match(text.strip())
    if match is None:
        return None
    code = match.group(1).lower()
    return code if code in LANGUAGES else None


def system_language(environ: Mapping[str, str]) -> tuple[str, str] | None:
    """The language of the system locale and the variable it came from, as gettext reads
    them: the first variable that is set decides; ``LANGUAGE`` may list several (``da:fi``)."""
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "").strip()
        if not value:
            continue
        for part in value.split(":"):
            code = language_code(part)
            if code is not None:
                return code, variable
        return None
    return None


def _named(text: str, given_as: str) -> str:
    code = language_code(text)
    if code is None:
        raise UnknownLanguage(
            _("{given_as}: there is no translation for this language; choose {languages}").format(
                given_as=given_as, languages=", ".join(LANGUAGES)
            )
        )
    return code


def choose_language(
    explicit: str | None, setting: str | None, environ: Mapping[str, str]
) -> LanguageChoice:
    """The language to speak. A language asked for by name (``--lang``, ``$OSTEO_TUI_LANG``)
    that has no catalogue raises ``UnknownLanguage``; a setting or locale without one is
    passed over."""
    if explicit:
        return LanguageChoice(_named(explicit, f"--lang {explicit}"), "--lang")
    from_env = environ.get(LANGUAGE_ENV, "").strip()
    if from_env:
        return LanguageChoice(_named(from_env, f"{LANGUAGE_ENV}={from_env}"), LANGUAGE_ENV)
    if setting and language_code(setting):
        return LanguageChoice(language_code(setting) or SOURCE_LANGUAGE, "setting")
    found = system_language(environ)
    if found is not None:
        return LanguageChoice(*found)
    return LanguageChoice(SOURCE_LANGUAGE, "default")
