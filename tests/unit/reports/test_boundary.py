"""The reports never import Textual; the core modules they use import neither it nor reportlab."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import {modules}
print(",".join(sorted(m for m in sys.modules if m.split(".")[0] in {{{banned}}})))
"""


def _leaked(modules: list[str], banned: list[str]) -> str:
    code = CHECK.format(modules=", ".join(modules), banned=", ".join(map(repr, banned)))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_reports_do_not_import_textual() -> None:
    assert _leaked(["osteo_tui.reports", "osteo_tui.reports.export"], ["textual"]) == ""


def test_the_core_parts_of_the_pdfs_are_pure() -> None:
    modules = [
        "osteo_tui.core.file_names",
        "osteo_tui.core.course_figures",
        "osteo_tui.core.lessons.programme",
    ]
    assert _leaked(modules, ["textual", "reportlab"]) == ""
