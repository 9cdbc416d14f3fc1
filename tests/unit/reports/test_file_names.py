"""Safe file names from any text: the same rules on Linux, macOS and Windows."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from osteo_tui.core.file_names import (
    MAX_NAME_BYTES,
    MAX_STEM_CHARS,
    WINDOWS_RESERVED,
    distinct_file_names,
    existing_files,
    safe_file_name,
)

FORBIDDEN = set('<>:"/\\|?*') | {chr(n) for n in range(32)} | {"\x7f", " ", "."}


def test_letters_of_every_language_stay_and_the_rest_becomes_dashes() -> None:
    assert safe_file_name('Åsa / Öberg: "test"') == "Åsa-Öberg-test.pdf"
    assert safe_file_name("Čech Łukasz Ővári") == "Čech-Łukasz-Ővári.pdf"
    assert safe_file_name("Søren Ærø.  ", suffix=".txt") == "Søren-Ærø.txt"
    assert safe_file_name("../../etc/passwd") == "etc-passwd.pdf"
    assert safe_file_name("Anna V.") == "Anna-V.pdf"


def test_nothing_left_gives_the_fallback() -> None:
    assert safe_file_name("/// ... :::", fallback="participant") == "participant.pdf"
    assert safe_file_name("") == "file.pdf"


def test_names_windows_reserves_for_devices_are_changed() -> None:
    for name in ("CON", "con", "Nul", "AUX", "PRN", "COM1", "lpt9", "COM¹"):
        result = safe_file_name(name)
        assert result == f"{name}_.pdf"
        assert result.removesuffix(".pdf").upper() not in WINDOWS_RESERVED
    assert safe_file_name("Con Rad") == "Con-Rad.pdf"


def test_long_names_are_cut_at_a_character_not_in_the_middle_of_one() -> None:
    name = safe_file_name("Ö" * 300)
    assert name == "Ö" * MAX_STEM_CHARS + ".pdf"
    emoji = safe_file_name("𝔸" * 300)  # 4 bytes each in UTF-8
    assert len(emoji.encode()) <= MAX_NAME_BYTES
    assert emoji.endswith(".pdf") and set(emoji.removesuffix(".pdf")) == {"𝔸"}


@given(st.text(max_size=400))
def test_any_text_gives_a_name_every_system_accepts(text: str) -> None:
    name = safe_file_name(text, fallback="participant")
    stem = name.removesuffix(".pdf")
    assert name.endswith(".pdf") and stem
    assert not set(stem) & FORBIDDEN
    assert not stem.startswith("-") and not stem.endswith("-")
    assert len(stem) <= MAX_STEM_CHARS + 1 and len(name.encode()) <= MAX_NAME_BYTES
    assert stem.upper() not in WINDOWS_RESERVED
    assert unicodedata.normalize("NFC", name) == name
    assert safe_file_name(stem) == name  # already safe: unchanged
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(b"%PDF")
        assert [p.name for p in Path(folder).iterdir()] == [name]


@given(st.lists(st.text(max_size=30), max_size=12))
def test_distinct_names_differ_even_when_case_is_ignored(texts: list[str]) -> None:
    names = distinct_file_names(texts)
    assert len(names) == len(texts)
    assert len({name.casefold() for name in names}) == len(names)
    for name in names:
        assert safe_file_name(name.removesuffix(".pdf")) == name


def test_clashing_names_get_numbers_in_order() -> None:
    assert distinct_file_names(["Anna V.", "Anna V", "anna v", "Bo"]) == [
        "Anna-V.pdf",
        "Anna-V-2.pdf",
        "anna-v-3.pdf",
        "Bo.pdf",
    ]


def test_existing_files(tmp_path: Path) -> None:
    there = tmp_path / "a.pdf"
    there.write_bytes(b"x")
    assert existing_files([there, tmp_path / "b.pdf"]) == [there]
