"""Starting the app: shared by the root command and by ``osteo-tui`` typed alone.

``osteo-tui`` with no arguments is what a trainer types in front of the class, so it starts the
app without building the command tree: importing every sub-command and letting typer parse an
empty command line took about a sixth of the start-up time (docs/performance.md).
"""

from __future__ import annotations

import os

from osteo_tui.cli.context import CliContext, fail
from osteo_tui.core.language_choice import UnknownLanguage, choose_language
from osteo_tui.core.settings import load_settings
from osteo_tui.core.translation import activate

__all__ = ["choose_language_for", "start_app", "start_without_arguments"]


def choose_language_for(context: CliContext, lang: str | None) -> None:
    """Pick the language (``--lang``, environment, saved setting, system locale), speak it."""
    try:
        choice = choose_language(lang, load_settings(context.data_dir).language, os.environ)
    except UnknownLanguage as error:
        raise fail(str(error), 2) from None
    activate(choice.language)
    context.language = choice


def start_app(context: CliContext) -> None:
    from osteo_tui.tui.app import create_app

    language = context.language.language if context.language else None
    create_app(catalog=context.catalog(), data_dir=context.data_dir, language=language).run()


def start_without_arguments() -> None:
    """What the root command does with no options and no sub-command, without typer."""
    context = CliContext()
    try:
        choose_language_for(context, None)
        start_app(context)
    except Exception as error:
        import typer  # only on the way out: starting the app does not need it

        if isinstance(error, typer.Exit):  # from ``fail``
            raise SystemExit(error.exit_code) from None
        raise
