"""Exporting PDFs from the course screen: x opens the dialog; the PDFs are made in a thread
worker with a progress bar; the dialog says where they went and never overwrites by surprise."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, ProgressBar, RadioSet, Static

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.tui.app import OsteoApp
from osteo_tui.tui.screens import export as export_screen
from osteo_tui.tui.screens.course import CourseScreen
from osteo_tui.tui.screens.export import ExportScreen
from osteo_tui.tui.widgets.form_row import Form
from tests.ui.course_fixtures import make_course, open_from_home, type_into
from tests.ui.snapshot_apps import builtin_app, builtin_catalog
from tests.unit.reports.conftest import pdf_text

SIZES = [(80, 24), (120, 40)]


def _status(app: OsteoApp) -> str:
    return str(app.screen.query_one("#export-status", Static).render())


async def _export(pilot: Pilot[None], app: OsteoApp) -> None:
    await pilot.press("ctrl+s")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def _choose(pilot: Pilot[None], app: OsteoApp, index: int) -> None:
    kinds = app.screen.query_one(RadioSet)
    kinds.focus()
    await pilot.pause()
    while kinds._selected != index:  # the highlighted button
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()
    assert kinds.pressed_index == index


async def test_export_one_all_and_the_report(
    app: OsteoApp,
    builtin_catalog: PackCatalog,
    private_data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    threads: list[str] = []
    real_write = export_screen.write_jobs

    def write_jobs(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(export_screen, "write_jobs", write_jobs)
    out = tmp_path / "pdfs"
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_home(pilot, app, course_id)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        folder = app.screen.query_one("#folder", Input).value
        assert folder == str(private_data_dir / "exports" / "Spring-course")
        await type_into(pilot, app, "folder", str(out))

        # one participant: the one under the roster's cursor
        await _export(pilot, app)
        assert threads and threads[-1] != threading.main_thread().name
        assert [p.name for p in out.iterdir()] == ["Aino-Virtanen-course-summary.pdf"]
        assert _status(app) == (f"Wrote 1 PDF to {out}:\n  Aino-Virtanen-course-summary.pdf")
        bar = app.screen.query_one(ProgressBar)
        assert (bar.progress, bar.total) == (1, 1)

        # all three: Aino's is there already, so nothing is written until replacing is ticked
        await _choose(pilot, app, 1)
        await _export(pilot, app)
        assert "1 file is already in" in _status(app) and "Tick" in _status(app)
        assert len(list(out.iterdir())) == 1
        app.screen.query_one("#force", Checkbox).value = True
        await _export(pilot, app)
        assert sorted(p.name for p in out.iterdir()) == [
            "Aino-Virtanen-course-summary.pdf",
            "Liisa-Korhonen-course-summary.pdf",
            "Pekka-Mäkinen-course-summary.pdf",
        ]
        assert _status(app).startswith(f"Wrote 3 PDFs to {out}:")
        assert (bar.progress, bar.total) == (3, 3)

        # the course report, names replaced by numbers
        await _choose(pilot, app, 2)
        assert app.screen.query_one("#participant").parent.parent.display is False  # type: ignore[union-attr]
        app.screen.query_one("#pseudonymise", Checkbox).value = True
        await _export(pilot, app)
        report = out / "Spring-course-course-report-pseudonymised.pdf"
        text = pdf_text(report.read_bytes())
        assert "Participant 1" in text and "Aino" not in text and "Pekka" not in text

        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
    assert len(threads) == 4


async def test_a_folder_that_cannot_be_made_is_said_in_the_dialog(
    app: OsteoApp, builtin_catalog: PackCatalog, private_data_dir: Path, tmp_path: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_home(pilot, app, course_id)
        await pilot.press("x")
        await pilot.pause()
        await type_into(pilot, app, "folder", str(blocker / "pdfs"))
        await _export(pilot, app)
        assert _status(app).startswith("The PDFs could not be written: ")
        assert "Not a directory" in _status(app)
        await type_into(pilot, app, "folder", "")
        await pilot.press("ctrl+s")
        await pilot.pause()
        folder_row = app.screen.query_one(Form).rows()["folder"]
        assert folder_row.has_class("-invalid")
        assert "Say where the PDFs go" in str(folder_row.query_one(".form-error").render())


async def _open_dialog(pilot: Pilot[None]) -> None:
    """Open the course and the dialog; the folder shown is made the same on every machine."""
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("x")
    await pilot.pause()
    pilot.app.screen.query_one("#folder", Input).value = "/home/maija/osteo-tui/exports/Spring"
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_export_dialog(snap_compare, size: tuple[int, int], tmp_path: Path) -> None:
    make_course(tmp_path, builtin_catalog(), "Spring 2026, Monday group")
    assert snap_compare(builtin_app(tmp_path), run_before=_open_dialog, terminal_size=size)
