"""``osteo-tui language [LANG]``: which language the app speaks, and saving the choice."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Annotated, Any

import typer

from osteo_tui.cli.context import fail, get_context, say
from osteo_tui.core.language_choice import LANGUAGE_ENV, choose_language, language_code
from osteo_tui.core.os_errors import os_reason
from osteo_tui.core.settings import load_settings, save_settings
from osteo_tui.core.translation import LANGUAGE_NAMES, LANGUAGES, N_, _, activate

__all__ = ["COMMANDS", "language"]

SYSTEM = "system"


def _name(code: str) -> str:
    return f"{LANGUAGE_NAMES[code]} ({code})"


def _source(source: str) -> str:
    if source == "--lang":
        return _("chosen with --lang")
    if source == LANGUAGE_ENV:
        return _("chosen with {variable}").format(variable=LANGUAGE_ENV)
    if source == "setting":
        return _("the saved setting")
    if source == "default":
        return _("the default")
    return _("from the system locale ({variable})").format(variable=source)


def language(
    ctx: typer.Context,
    new: Annotated[
        str | None,
        typer.Argument(
            metavar="[LANG]",
            help=N_("en, fi or da to save as the app's language; system to follow the system."),
        ),
    ] = None,
) -> None:
    """Show the language of the app and the commands, or save a new one.

    The saved language is used unless --lang or $OSTEO_TUI_LANG says otherwise.
    """
    context = get_context(ctx)
    data_dir = context.data_dir
    settings = load_settings(data_dir)
    if new is None:
        choice = context.language or choose_language(None, settings.language, os.environ)
        say(
            _("Language: {language}, {source}. Available: {languages}.").format(
                language=_name(choice.language),
                source=_source(choice.source),
                languages=", ".join(_name(code) for code in LANGUAGES),
            )
        )
        return
    code = None if new.strip().lower() == SYSTEM else language_code(new)
    if code is None and new.strip().lower() != SYSTEM:
        raise fail(
            _("there is no translation for '{language}'; choose {languages} or {system}").format(
                language=new, languages=", ".join(LANGUAGES), system=SYSTEM
            )
        )
    try:
        save_settings(data_dir, settings.with_(language=code))
    except OSError as error:
        raise fail(
            _("the language could not be saved in {folder}: {reason}").format(
                folder=data_dir, reason=os_reason(error)
            )
        ) from None
    choice = choose_language(None, code, os.environ)
    activate(choice.language)
    if code is None:
        say(
            _("Saved: osteo-tui follows the system locale, which gives {language}.").format(
                language=_name(choice.language)
            )
        )
    else:
        say(_("Saved: osteo-tui speaks {language} from now on.").format(language=_name(code)))
    if os.environ.get(LANGUAGE_ENV, "").strip():
        say(
            _("{variable} is set, and it still decides while it is set.").format(
                variable=LANGUAGE_ENV
            )
        )


COMMANDS: list[tuple[str, Callable[..., Any]]] = [("language", language)]
