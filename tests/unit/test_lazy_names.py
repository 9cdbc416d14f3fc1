"""The core packages that import their names on first use still offer every name they list."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import pytest

LAZY = [
    "osteo_tui.core.lessons",
    "osteo_tui.core.measures",
    "osteo_tui.core.records",
    "osteo_tui.core.store",
    "osteo_tui.core.timing",
]


@pytest.mark.parametrize("package", LAZY)
def test_every_listed_name_is_there_and_defined_below_the_package(package: str) -> None:
    module = importlib.import_module(package)
    for name in module.__all__:
        value = getattr(module, name)
        if inspect.isclass(value) or inspect.isfunction(value):  # not aliases or constants
            assert value.__module__.startswith(package + "."), (name, value.__module__)
    with pytest.raises(AttributeError, match="has no attribute 'no_such_name'"):
        module.no_such_name  # noqa: B018


@pytest.mark.parametrize("package", LAZY)
def test_star_import_and_first_use_in_a_fresh_process(package: str) -> None:
    """``from package import *`` gives every listed name; a name's module loads on first use."""
    script = (
        f"import sys\nimport {package} as p\n"
        "before = set(sys.modules)\n"
        f"from {package} import *\n"
        "missing = [n for n in p.__all__ if n not in globals()]\n"
        f"loaded = sorted(m for m in set(sys.modules) - before if m.startswith('{package}.'))\n"
        "print(missing, bool(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[] True"
