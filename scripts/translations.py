"""The translation workflow in one place (docs/translations.md).

    python scripts/translations.py extract   # the template osteo_tui.pot, from the source
    python scripts/translations.py update    # merge the template into the en, fi, da .po files
    python scripts/translations.py compile   # .po -> .mo (the app reads the .mo files)
    python scripts/translations.py check     # what CI checks: tests/unit/test_catalogues.py
    python scripts/translations.py all       # extract, update and compile

Run it with the project's Python (the dev venv has Babel), from anywhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "osteo_tui" / "locale"
TEMPLATE = LOCALE / "osteo_tui.pot"
DOMAIN = "osteo_tui"
LANGUAGES = ("en", "fi", "da")
WIDTH = "100"


def pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "--quiet", *args])


def extract() -> None:
    """Every translatable string of the package (and the commands' docstrings) into the
    template. File names without line numbers keep the diffs of later extractions small."""
    pybabel(
        "extract",
        "--mapping-file",
        str(ROOT / "babel.cfg"),
        "--output-file",
        str(TEMPLATE),
        "--add-comments",
        "TRANSLATORS:",
        "--add-location",
        "file",
        "--sort-output",
        "--width",
        WIDTH,
        "--project",
        "osteo-tui",
        "--copyright-holder",
        "osteo-tui developers",
        "--msgid-bugs-address",
        "",
        ".",
    )


def update() -> None:
    """New msgids appear untranslated in every .po file, changed ones are marked fuzzy, gone
    ones are kept as obsolete (#~) for reference."""
    for language in LANGUAGES:
        po = LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        if not po.exists():
            pybabel(
                "init",
                "--input-file",
                str(TEMPLATE),
                "--output-dir",
                str(LOCALE),
                "--domain",
                DOMAIN,
                "--locale",
                language,
                "--width",
                WIDTH,
            )
            continue
        pybabel(
            "update",
            "--input-file",
            str(TEMPLATE),
            "--output-dir",
            str(LOCALE),
            "--domain",
            DOMAIN,
            "--locale",
            language,
            "--width",
            WIDTH,
            "--update-header-comment",
            "--ignore-obsolete",
        )


def compile_catalogues() -> None:
    """The .mo files the app reads; fuzzy entries are left out (the English text shows)."""
    pybabel("compile", "--directory", str(LOCALE), "--domain", DOMAIN, "--statistics")


def check() -> int:
    test = ROOT / "tests" / "unit" / "test_catalogues.py"
    return subprocess.call(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test)], cwd=ROOT
    )


def main(argv: list[str]) -> int:
    steps = {
        "extract": [extract],
        "update": [update],
        "compile": [compile_catalogues],
        "all": [extract, update, compile_catalogues],
    }
    if len(argv) != 1 or argv[0] not in (*steps, "check"):
        print(__doc__)
        return 2
    if argv[0] == "check":
        return check()
    os.chdir(ROOT)  # the template names files relative to the project
    for step in steps[argv[0]]:
        step()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
