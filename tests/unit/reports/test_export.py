"""Planning and writing PDF files: safe distinct names, no overwrite unless forced, progress."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from osteo_tui.reports import FilesExist, course_report_job, participant_jobs, write_jobs
from tests.unit.reports.course_data import ASA, CECH, MADE_ON, PEKKA, Sample


def test_one_file_per_participant_with_safe_names(sample: Sample, tmp_path: Path) -> None:
    jobs = participant_jobs(sample.snapshot, sample.pack, tmp_path, MADE_ON)
    assert [job.what for job in jobs] == [PEKKA, ASA, CECH]  # the roster's order
    assert [job.path.name for job in jobs] == [
        "Pekka-Mäkinen-course-summary.pdf",
        "Åsa-Øberg-test-course-summary.pdf",
        "Čech-Łukasz-Ővári-course-summary.pdf",
    ]
    (one,) = participant_jobs(
        sample.snapshot, sample.pack, tmp_path, MADE_ON, people=[sample.person(CECH)]
    )
    assert one.path == jobs[2].path


def test_report_names(sample: Sample, tmp_path: Path) -> None:
    plain = course_report_job(sample.snapshot, sample.pack, tmp_path, MADE_ON)
    hidden = course_report_job(sample.snapshot, sample.pack, tmp_path, MADE_ON, pseudonymise=True)
    assert plain.path.name == "Spring-2026-group-course-report.pdf"
    assert hidden.path.name == "Spring-2026-group-course-report-pseudonymised.pdf"


def test_writes_private_files_and_reports_progress(sample: Sample, tmp_path: Path) -> None:
    folder = tmp_path / "new" / "pdfs"
    jobs = participant_jobs(sample.snapshot, sample.pack, folder, MADE_ON)
    jobs.append(course_report_job(sample.snapshot, sample.pack, folder, MADE_ON))
    seen: list[tuple[int, int, str]] = []
    written = write_jobs(
        jobs, progress=lambda done, total, job: seen.append((done, total, job.what))
    )
    assert written == [job.path for job in jobs]
    assert seen == [(n, 4, job.what) for n, job in enumerate(jobs, start=1)]
    for path in written:
        assert path.read_bytes().startswith(b"%PDF-")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)


def test_existing_files_are_kept_unless_forced(sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "pdfs"
    out.mkdir()
    jobs = participant_jobs(sample.snapshot, sample.pack, out, MADE_ON)
    jobs[0].path.write_bytes(b"the trainer's own file")
    with pytest.raises(FilesExist) as refused:
        write_jobs(jobs)
    assert str(refused.value) == (f"1 file is already in {out}: Pekka-Mäkinen-course-summary.pdf")
    assert [p.name for p in out.iterdir()] == [jobs[0].path.name]  # nothing written
    assert jobs[0].path.read_bytes() == b"the trainer's own file"
    write_jobs(jobs, force=True)
    assert jobs[0].path.read_bytes().startswith(b"%PDF-")
    with pytest.raises(FilesExist, match=r"^3 files are already in .*: Pekka-Mäkinen-course"):
        write_jobs(jobs)
