"""The built-in packs ship inside the wheel and are found from a non-editable install."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("osteo_tui-*.whl"))


def test_wheel_contains_the_lesson_packs(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for pack, sessions in (
        ("luustokurssi-en", 5),
        ("luustokurssi-fi", 5),
        ("osteoporoseskole-da", 4),
    ):
        assert f"osteo_tui/lessons/{pack}/pack.yaml" in names
        assert f"osteo_tui/lessons/{pack}/exercises.yaml" in names
        assert sum(n.startswith(f"osteo_tui/lessons/{pack}/sessions/") for n in names) == sessions
    for pack in ("luustokurssi-en", "luustokurssi-fi", "osteoporoseskole-da"):  # measures
        assert f"osteo_tui/lessons/{pack}/measures.yaml" in names
    assert "osteo_tui/tui/app.tcss" in names


def test_wheel_contains_the_pdf_fonts_with_their_licence(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert f"osteo_tui/reports/fonts/{font}" in names
    assert "osteo_tui/reports/fonts/LICENSE-DejaVu.txt" in names
    assert "osteo_tui/tui/styles/export.tcss" in names


def test_wheel_contains_the_compiled_catalogues(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for language in ("en", "fi", "da"):
        assert f"osteo_tui/locale/{language}/LC_MESSAGES/osteo_tui.mo" in names


def test_installed_copy_speaks_finnish_and_danish(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
         str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "OSTEO_TUI_DATA": str(tmp_path / "data")}
    for language, expected in (("fi", "Kansiossa "), ("da", "Der er endnu ingen kurser")):
        result = subprocess.run(
            [sys.executable, "-m", "osteo_tui", "--lang", language, "course", "list"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(expected)


def test_installed_copy_finds_its_packs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "OSTEO_TUI_DATA": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-m", "osteo_tui", "lessons", "check"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 packs checked, no problems" in result.stdout
    located = subprocess.run(
        [sys.executable, "-c", "import osteo_tui; print(osteo_tui.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert located.stdout.startswith(str(target))
    fonts = subprocess.run(
        [
            sys.executable,
            "-c",
            "from osteo_tui.reports.fonts import FONT_DIR, register_fonts; "
            "register_fonts(); print(FONT_DIR)",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert fonts.returncode == 0, fonts.stderr
    assert fonts.stdout.startswith(str(target))
