"""The core and the reports never import Textual; the core never imports reportlab."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import osteo_tui.core
import osteo_tui.core.lessons
import osteo_tui.core.paths
from osteo_tui.core.lessons import check_pack
leaked = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'reportlab'})
print(','.join(leaked))
"""


def test_core_imports_neither_textual_nor_reportlab() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
