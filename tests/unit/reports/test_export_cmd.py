"""``osteo-tui export participants|participant|course``: paths printed, no overwrite without
--force, and one line on stderr for anything that goes wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from osteo_tui.core.store import CourseRepository
from tests.unit.cli.conftest import fails, new_course, ok, run
from tests.unit.reports.conftest import pdf_text


@pytest.fixture
def course() -> str:
    course = new_course("Spring group")
    ok("participant", "add", course, "Čech Łukasz Ővári", "--vertebral-fracture")
    ok("participant", "add", course, 'Åsa / Öberg: "test"')
    ok("attendance", "mark", course, "1", "Čech Łukasz Ővári", "present")
    ok("goal", "add", course, "Čech Łukasz Ővári", "Walk to the shop")
    ok("note", "add", course, "Čech Łukasz Ővári", "Knee sore, PRIVATE")
    return course


def _paths(stdout: str) -> list[Path]:
    return [Path(line) for line in stdout.splitlines() if line.endswith(".pdf")]


def test_export_participants_prints_the_paths(course: str, tmp_path: Path) -> None:
    out = tmp_path / "pdfs"
    result = ok("export", "participants", "Spring group", "--out", str(out))
    lines = result.stdout.splitlines()
    assert lines[0] == "Wrote 2 PDF files for 'Spring group':"
    assert _paths(result.stdout) == [
        out / "Åsa-Öberg-test-course-summary.pdf",
        out / "Čech-Łukasz-Ővári-course-summary.pdf",
    ]
    assert lines[-1].startswith("These files hold health data")
    text = pdf_text((out / "Čech-Łukasz-Ővári-course-summary.pdf").read_bytes())
    assert "Čech Łukasz Ővári" in text and "Walk to the shop" in text and "PRIVATE" not in text


def test_no_overwrite_without_force(course: str, tmp_path: Path) -> None:
    out = str(tmp_path / "pdfs")
    ok("export", "participant", course, "Čech Łukasz Ővári", "--out", out)
    first = (tmp_path / "pdfs" / "Čech-Łukasz-Ővári-course-summary.pdf").stat().st_mtime_ns
    assert fails("export", "participants", course, "--out", out) == (
        f"osteo-tui: 1 file is already in {out}: Čech-Łukasz-Ővári-course-summary.pdf; "
        "nothing was written. Add --force to replace them"
    )
    assert sorted(p.name for p in (tmp_path / "pdfs").iterdir()) == [
        "Čech-Łukasz-Ővári-course-summary.pdf"
    ]
    result = ok("export", "participants", course, "--out", out, "--force")
    assert len(_paths(result.stdout)) == 2
    assert (tmp_path / "pdfs" / "Čech-Łukasz-Ővári-course-summary.pdf").stat().st_mtime_ns >= first


def test_export_course_pseudonymised(course: str, tmp_path: Path) -> None:
    result = ok("export", "course", course, "--out", str(tmp_path), "--pseudonymise")
    (path,) = _paths(result.stdout)
    assert path.name == "Spring-group-course-report-pseudonymised.pdf"
    text = pdf_text(path.read_bytes())
    assert "Participant 1" in text and "Participant 2" in text
    for part in ("Čech", "Łukasz", "Ővári", "Åsa", "Öberg"):
        assert part not in text
    named = _paths(ok("export", "course", course, "--out", str(tmp_path)).stdout)[0]
    assert "Čech Łukasz Ővári" in pdf_text(named.read_bytes())


def test_mistakes_are_one_line(course: str, tmp_path: Path) -> None:
    out = str(tmp_path)
    assert fails("export", "participant", course, "Nobody", "--out", out) == (
        "osteo-tui: no participant 'Nobody' in the course 'Spring group'"
    )
    assert fails("export", "course", "No such course", "--out", out).startswith(
        "osteo-tui: no course 'No such course' in "
    )
    empty = new_course("Autumn group")
    assert fails("export", "participants", empty, "--out", out) == (
        "osteo-tui: the course 'Autumn group' has no participants yet"
    )
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    message = fails("export", "course", course, "--out", str(blocker / "pdfs"))
    assert message.startswith("osteo-tui: ") and str(blocker) in message


def test_a_damaged_course_is_one_line_and_a_locked_one_still_exports(
    course: str, tmp_path: Path, private_data_dir: Path
) -> None:
    repo = CourseRepository(private_data_dir)
    with repo.open(course):  # the app has it open: exports read it read-only
        assert _paths(ok("export", "course", course, "--out", str(tmp_path)).stdout)
    repo.course_file(course).write_text("{ cut short", encoding="utf-8")
    message = fails("export", "participants", course, "--out", str(tmp_path / "again"))
    assert message.startswith("osteo-tui: ") and "not valid JSON" in message
    assert not (tmp_path / "again").exists()


def test_without_the_lesson_pack_it_warns_and_still_exports(
    course: str, tmp_path: Path, private_data_dir: Path
) -> None:
    repo = CourseRepository(private_data_dir)
    with repo.open(course) as store:
        from dataclasses import replace

        store.save_course(replace(store.course, pack_id="gone-pack"))
    result = run("export", "participants", course, "--out", str(tmp_path))
    assert result.exit_code == 0
    assert result.stderr.strip() == (
        "osteo-tui: the lesson pack 'gone-pack' is not installed or has problems, so the PDFs "
        "have no exercises and no key messages"
    )
    assert len(_paths(result.stdout)) == 2
