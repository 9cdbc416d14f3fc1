"""Property: whatever a person does to a pack's files, the loader reports, never crashes."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osteo_tui.core.lessons import check_pack
from osteo_tui.core.paths import builtin_lessons_dir
from osteo_tui.core.problems import Problem
from tests.minipack import FILES, write_minipack

# Characters that matter to YAML and Markdown, plus letters people really type.
NASTY = st.sampled_from(list(":-#[]{}|>*&!%@`'\"\t\n ---äöåæøČ\u200f😀\x00\r\\~"))
TEXT = st.text(alphabet=st.one_of(NASTY, st.characters(codec="utf-8")), max_size=40)


@st.composite
def edits(draw: st.DrawFn, files: dict[str, str]) -> dict[str, str]:
    """Apply one to three random edits to the pack's files."""
    result = dict(files)
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(sorted(result)))
        lines = result[name].split("\n")
        index = draw(st.integers(0, max(len(lines) - 1, 0)))
        action = draw(
            st.sampled_from(
                ["delete", "duplicate", "insert", "replace", "truncate", "swap", "indent"]
            )
        )
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "insert":
            lines.insert(index, draw(TEXT))
        elif action == "replace":
            line = lines[index]
            cut = draw(st.integers(0, len(line)))
            lines[index] = line[:cut] + draw(TEXT) + line[cut + draw(st.integers(0, 5)) :]
        elif action == "truncate":
            lines = lines[:index]
        elif action == "swap":
            other = draw(st.integers(0, max(len(lines) - 1, 0)))
            lines[index], lines[other] = lines[other], lines[index]
        else:
            lines[index] = draw(st.sampled_from(["  ", "\t", " "])) + lines[index]
        result[name] = "\n".join(lines)
    return result


def _assert_sane(problems: list[Problem], folder: Path) -> None:
    assert all(isinstance(problem, Problem) for problem in problems)
    for problem in problems:
        assert problem.path.is_relative_to(folder)
        assert problem.message and "Traceback" not in problem.message
        if problem.line is not None and problem.path.is_file():
            length = problem.path.read_bytes().count(b"\n") + 1
            assert 1 <= problem.line <= length, str(problem)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=edits(FILES))
def test_random_edits_of_the_mini_pack_never_crash(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_minipack(Path(tmp), files)
        _assert_sane(check_pack(folder), folder)


def _builtin_files() -> dict[str, str]:
    folder = builtin_lessons_dir() / "luustokurssi-en"
    return {
        path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


BUILTIN = _builtin_files()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=edits(BUILTIN))
def test_random_edits_of_the_real_pack_never_crash(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "luustokurssi-en"
        for name, text in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        _assert_sane(check_pack(folder), folder)
        shutil.rmtree(folder)
