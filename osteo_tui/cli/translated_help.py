"""The commands' help in the trainer's language.

Typer builds the click commands from the command functions' docstrings and ``help=`` texts
(marked with ``N_``) each time it runs. The root group, ``TranslatedGroup``, chooses the
language from the command line, the environment and the settings before anything is parsed,
then translates the help of every command, option and argument in the tree.

``extract_cli`` is the Babel extractor for the CLI modules (babel.cfg): the usual ``_`` and
``N_`` calls, plus the docstrings of the commands (functions decorated with ``.command`` or
``.callback``, or listed in a module's ``COMMANDS``), as Typer shows them.
"""

from __future__ import annotations

import ast
import inspect
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from typer.core import TyperGroup

from osteo_tui.core.language_choice import LanguageChoice, UnknownLanguage, choose_language
from osteo_tui.core.paths import resolve_data_dir
from osteo_tui.core.settings import load_settings
from osteo_tui.core.translation import SOURCE_LANGUAGE, _, activate

__all__ = ["TranslatedGroup", "early_language", "extract_cli", "global_options"]

_TAKES_VALUE = ("--lang", "--data-dir", "--lessons")
_TRANSLATED = {"command": ("help", "short_help", "epilog"), "param": ("help", "metavar")}


def global_options(args: Sequence[str]) -> dict[str, str]:
    """The root options given before the sub-command (the last one of each name)."""
    found: dict[str, str] = {}
    index = 0
    while index < len(args) and args[index].startswith("--") and args[index] != "--":
        name, has_value, value = args[index].partition("=")
        if name in _TAKES_VALUE and not has_value:
            if index + 1 >= len(args):
                break
            index += 1
            value = args[index]
        found[name] = value
        index += 1
    return found


def early_language(args: Sequence[str], environ: dict[str, str] | None = None) -> LanguageChoice:
    """The language of a command line, as the root command will choose it; English where the
    root command will report a mistake (an unknown ``--lang``)."""
    options = global_options(args)
    environ = dict(os.environ if environ is None else environ)
    data_dir = options.get("--data-dir")
    setting = load_settings(resolve_data_dir(Path(data_dir) if data_dir else None)).language
    try:
        return choose_language(options.get("--lang"), setting, environ)
    except UnknownLanguage:
        return LanguageChoice(SOURCE_LANGUAGE, "default")


def _translate(item: Any, attributes: Sequence[str]) -> None:
    english: dict[str, Any] = item.__dict__.setdefault("_english_help", {})
    for attribute in attributes:
        original = english.setdefault(attribute, getattr(item, attribute, None))
        if isinstance(original, str) and original:
            setattr(item, attribute, _(original))


def translate_help(command: Any) -> None:
    """Translate the help texts of ``command``, its parameters and its sub-commands."""
    _translate(command, _TRANSLATED["command"])
    for param in command.params:
        _translate(param, _TRANSLATED["param"])
    for sub in getattr(command, "commands", {}).values():
        translate_help(sub)


class TranslatedGroup(TyperGroup):
    """The root group: speaks the chosen language from its first word of help."""

    def main(self, args: Sequence[str] | None = None, *more: Any, **extra: Any) -> Any:
        given = list(sys.argv[1:] if args is None else args)
        activate(early_language(given).language)
        translate_help(self)
        return super().main(args, *more, **extra)


# -- extraction (used by pybabel, never by the app) ----------------------------------------


def _command_functions(tree: ast.Module) -> set[str]:
    """Names of the functions a module registers as commands in a ``COMMANDS`` list."""
    names: set[str] = set()
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(target, ast.Name) and target.id == "COMMANDS":
            for item in ast.walk(node):
                if (
                    isinstance(item, ast.Tuple)
                    and len(item.elts) == 2
                    and isinstance(item.elts[1], ast.Name)
                ):
                    names.add(item.elts[1].id)
    return names


def _is_command(node: ast.FunctionDef, listed: set[str]) -> bool:
    for decorator in node.decorator_list:
        call = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(call, ast.Attribute) and call.attr in ("command", "callback"):
            return True
    return node.name in listed


def command_docstrings(source: str) -> Iterator[tuple[int, str]]:
    """``(line, help text)`` of each command's docstring in a CLI module's ``source``."""
    tree = ast.parse(source)
    listed = _command_functions(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and _is_command(node, listed):
            text = ast.get_docstring(node, clean=True)
            if text:
                yield node.body[0].lineno, inspect.cleandoc(text)


def extract_cli(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, Any]
) -> Iterator[tuple[int, str | None, str, list[str]]]:
    """Babel extraction method for ``osteo_tui/cli``: messages and command docstrings."""
    from babel.messages.extract import extract_python

    source = fileobj.read()
    fileobj.seek(0)
    yield from extract_python(fileobj, keywords, comment_tags, options)
    for line, text in command_docstrings(source.decode(options.get("encoding", "utf-8"))):
        yield line, None, text, ["The help of a command (osteo-tui COMMAND --help)."]
