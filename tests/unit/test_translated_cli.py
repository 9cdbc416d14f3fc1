"""The commands speak the chosen language: --lang, $OSTEO_TUI_LANG, the saved setting, the
system locale; their help is translated too, and every help text is in the catalogues."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from babel.messages.pofile import read_po
from typer.testing import CliRunner

from osteo_tui.cli import app
from osteo_tui.cli.translated_help import early_language, global_options, translate_help
from osteo_tui.core.settings import Settings, save_settings
from osteo_tui.core.translation import DOMAIN, LOCALE_DIR, activate, active_language

runner = CliRunner(env={"COLUMNS": "200"})
EMPTY_FI = "Kansiossa {folder} ei ole vielä kursseja; luo kurssi komennolla: osteo-tui course new"
EMPTY_DA = "Der er endnu ingen kurser i {folder}; opret et med: osteo-tui course new"
EMPTY_EN = "No courses in {folder} yet; create one with: osteo-tui course new"


def _out(*args: str, env: dict[str, str] | None = None) -> str:
    result = runner.invoke(app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        (["--lang", "fi"], {}, EMPTY_FI),
        (["--lang", "da"], {}, EMPTY_DA),
        (["--lang=fi_FI"], {}, EMPTY_FI),
        ([], {"OSTEO_TUI_LANG": "fi"}, EMPTY_FI),
        ([], {"LANG": "fi_FI.UTF-8"}, EMPTY_FI),
        ([], {"LC_ALL": "da_DK.UTF-8", "LANG": "fi_FI.UTF-8"}, EMPTY_DA),
        ([], {"LANGUAGE": "sv:da", "LANG": "fi_FI.UTF-8"}, EMPTY_DA),
        ([], {"LANG": "de_DE.UTF-8"}, EMPTY_EN),
        (["--lang", "en"], {"OSTEO_TUI_LANG": "fi"}, EMPTY_EN),
        (["--lang", "fi"], {"LANG": "da_DK.UTF-8"}, EMPTY_FI),
    ],
)
def test_the_language_comes_from_lang_then_the_environment(
    args: list[str], env: dict[str, str], expected: str, private_data_dir: Path
) -> None:
    out = _out(*args, "course", "list", env=env)
    assert out == expected.format(folder=private_data_dir) + "\n"


def test_the_saved_setting_beats_the_system_locale_but_not_lang(private_data_dir: Path) -> None:
    assert _out("language", "da").startswith("Gemt: osteo-tui taler dansk (da)")
    assert _out("course", "list", env={"LANG": "fi_FI.UTF-8"}).startswith("Der er endnu")
    assert _out("--lang", "fi", "course", "list").startswith("Kansiossa")
    assert _out("language").startswith("Sprog: dansk (da), den gemte indstilling.")
    assert _out("language", "system", env={"LANG": "fi_FI.UTF-8"}).startswith(
        "Tallennettu: osteo-tui noudattaa järjestelmän kieliasetusta"
    )
    assert _out("course", "list").startswith("No courses")


def test_an_unknown_language_is_one_clear_line(private_data_dir: Path) -> None:
    result = runner.invoke(app, ["--lang", "sv", "course", "list"])
    assert result.exit_code == 2
    assert result.stderr == (
        "osteo-tui: --lang sv: there is no translation for this language; choose en, fi, da\n"
    )
    result = runner.invoke(app, ["course", "list"], env={"OSTEO_TUI_LANG": "klingon"})
    assert result.exit_code == 2
    assert "OSTEO_TUI_LANG=klingon: there is no translation" in result.stderr
    failed = runner.invoke(app, ["language", "sv"])
    assert failed.exit_code == 1
    assert failed.stderr.startswith("osteo-tui: there is no translation for 'sv'")


def test_messages_dates_and_tables_are_in_finnish(private_data_dir: Path) -> None:
    out = _out(
        "--lang", "fi", "course", "new", "Kevät", "--pack", "luustokurssi-fi",
        "--start", "2025-03-04", "--time", "13:00",
    )
    assert "5 kertaa, viikoittain 4.3.2025–1.4.2025." in out
    shown = _out("--lang", "fi", "course", "show", "Kevät")
    assert "1: 4.3.2025 13.00" in shown
    assert "Tila      suunniteltu" in shown
    assert "✓ paikalla   ✗ poissa   E estynyt" in shown
    danish = _out("--lang", "da", "course", "show", "Kevät")
    assert "1: 04.03.2025 13.00" in danish
    assert any(line.split()[:2] == ["Status", "planlagt"] for line in danish.splitlines())


def test_a_store_error_is_translated(private_data_dir: Path) -> None:
    result = runner.invoke(app, ["--lang", "fi", "course", "show", "Nope"])
    assert result.exit_code == 1
    assert result.stderr.startswith("osteo-tui: kansiossa ")
    assert "ei ole kurssia 'Nope' (kursseja ei ole vielä)" in result.stderr


def test_help_is_translated(private_data_dir: Path) -> None:
    out = _out("--lang", "fi", "course", "new", "--help")
    assert "Luo kurssi kurssipaketista." in out
    assert "Ensimmäisen kerran päivä." in out
    top = _out("--help", env={"OSTEO_TUI_LANG": "da"})
    assert "Tjek, vis og gennemse kursuspakker." in top
    assert "Run group osteoporosis" in _out("--help")


def test_english_help_is_restored_after_a_translated_run(private_data_dir: Path) -> None:
    _out("--lang", "fi", "--help")
    assert "Create a course from a lesson pack." in _out("course", "new", "--help")


def _help_texts(command: object, path: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    found = []
    for attribute in ("help", "short_help"):
        text = getattr(command, attribute, None)
        if text:
            found.append((" ".join(path), text))
    for param in getattr(command, "params", []):
        if getattr(param, "help", None):
            found.append((" ".join(path), param.help))
    for name, sub in getattr(command, "commands", {}).items():
        found += _help_texts(sub, (*path, name))
    return found


def test_every_help_text_is_in_the_template() -> None:
    """A help text the extraction missed (a command registered some other way, a help= not
    marked with N_) would stay English; the built command tree is the proof."""
    activate("en")
    command = typer.main.get_command(app)
    with (LOCALE_DIR / f"{DOMAIN}.pot").open("rb") as file:
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(file)}
    missing = sorted({text for _, text in _help_texts(command) if text not in template})
    assert not missing, "help texts not marked for translation:\n" + "\n".join(missing)


def test_translate_help_keeps_the_english_to_translate_again() -> None:
    command = typer.main.get_command(app)
    activate("fi")
    translate_help(command)
    activate("da")
    translate_help(command)
    assert command.commands["course"].help == "Opret, vis, arkivér, slet og eksportér kurser."
    activate("en")
    translate_help(command)
    assert command.commands["course"].help.startswith("Create, list, show")


def test_global_options_stop_at_the_sub_command() -> None:
    assert global_options(["--lang", "fi", "course", "--lang", "da"]) == {"--lang": "fi"}
    assert global_options(["--data-dir=/x", "--lang=da", "--help"]) == {
        "--data-dir": "/x",
        "--lang": "da",
        "--help": "",
    }
    assert global_options(["--lang"]) == {}
    assert global_options(["course", "list"]) == {}


def test_early_language_reads_the_setting_of_the_data_dir_given(tmp_path: Path) -> None:
    save_settings(tmp_path, Settings(language="fi"))
    choice = early_language(["--data-dir", str(tmp_path), "course", "list"], {})
    assert (choice.language, choice.source) == ("fi", "setting")
    assert early_language(["--lang", "nonsense"], {}).language == "en"


def test_the_installed_command_speaks_finnish(tmp_path: Path) -> None:
    """The real process, with the compiled catalogues from the package, no test runner."""
    env = {**os.environ, "OSTEO_TUI_DATA": str(tmp_path), "LANG": "fi_FI.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "osteo_tui", "lessons", "show", "luustokurssi-en"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert "Kohderyhmä:" in result.stdout and "Liikepankki" in result.stdout
    assert active_language() == "en"


def test_participant_commands_speak_finnish(private_data_dir: Path) -> None:
    _out("course", "new", "Kevät", "--pack", "luustokurssi-fi", "--start", "2025-03-04")
    added = _out(
        "--lang", "fi", "participant", "add", "Kevät", "Aino V.", "--vertebral-fracture",
    )
    assert added.startswith("Aino V. (tunnus ")
    assert "lisätty kurssille 'Kevät'. Nikamamurtuma: liikkeissä noudatetaan varotoimia." in added
    assert "Suostumusta ei ole vielä kirjattu" in added
    help_text = _out("--lang", "fi", "participant", "add", "--help")
    assert "Näytettävä nimi" in help_text and "Syntymävuosi." in help_text
