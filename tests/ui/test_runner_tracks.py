"""The runner on a pack with tracks: who is in which track, each track's exercises, and the
interval timer following one track at a time; the participant form's track selector."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import Markdown, Select, Static

from osteo_tui.core.lessons import PackCatalog, uses_for
from osteo_tui.core.records import AttendanceStatus, Course, Participant
from osteo_tui.core.store import CourseRepository
from osteo_tui.tui.screens.course import CourseScreen
from osteo_tui.tui.screens.participant_form import ParticipantFormScreen
from osteo_tui.tui.widgets.runner_tracks import RunnerTracks
from tests.ui.course_fixtures import make_course, open_from_home, reopen
from tests.ui.runner_fixtures import TODAY, open_runner, runner_app

SIZE = (120, 40)
PEOPLE = [
    Participant.new("Aino Virtanen", vertebral_fracture=True),
    Participant.new("Pekka Mäkinen"),
    Participant.new("Liisa Korhonen", vertebral_fracture=True, track="general"),
    Participant.new("Søren Ærø"),  # not present
]


def danish_course(data_dir: Path, catalog: PackCatalog) -> str:
    pack = catalog.get("osteoporoseskole-da").load()  # type: ignore[union-attr]
    course = Course.new("Efterår", pack.id, pack.version, len(pack.sessions), TODAY)
    with CourseRepository(data_dir).create(course) as store:
        for person in PEOPLE:
            store.add_participant(person)
        for person in PEOPLE[:3]:
            store.mark_attendance(1, person.id, AttendanceStatus.PRESENT)
    return course.id


def shown_actions(app: App) -> set[str]:
    """The actions of the bindings the footer offers now."""
    return {active.binding.action for active in app.active_bindings.values() if active.enabled}


def text_of(widget: Static) -> str:
    return str(widget.render())


async def test_the_runner_shows_the_tracks_and_the_timer_follows_one(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = danish_course(private_data_dir, builtin_catalog)
    app, clock = runner_app(builtin_catalog, private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = open_runner(app, course_id, 1)
        await pilot.pause()
        tracks = screen.query_one(RunnerTracks)
        assert not tracks.display  # the welcome talk is for everyone
        assert "track" not in shown_actions(app)

        split = next(i for i, s in enumerate(screen.session.segments) if s.split_by_track)
        screen.goto_segment(split)
        await pilot.pause()
        assert tracks.display and "track" in shown_actions(app)
        shown = text_of(tracks)
        assert "▶ Uden brud i ryggen (2)\n    Liisa Korhonen, Pekka Mäkinen" in shown
        assert "  Med brud i ryggen (1)\n    Aino Virtanen" in shown
        assert "Søren" not in shown  # not present today
        script = screen.query_one("#runner-script Markdown", Markdown).source
        assert "**Track: Uden brud i ryggen**" in script
        assert "**Track: Med brud i ryggen**" in script
        assert "**Exercises for everyone**" in script

        segment = screen.session.segments[split]
        assert screen.run.intervals is not None
        timed = {phase.exercise_id for phase in screen.run.intervals.plan.phases}
        assert timed == {use.exercise_id for use in uses_for(segment, "general")}
        assert "Uden brud i ryggen" in text_of(screen.query_one("#phase", Static))

        await pilot.press("space")
        clock.advance(200)
        await pilot.press("t")
        await pilot.pause()
        assert screen.run.track == "vertebral" and screen.run.running
        timed = {phase.exercise_id for phase in screen.run.intervals.plan.phases}
        assert timed == {use.exercise_id for use in uses_for(segment, "vertebral")}
        assert "Med brud i ryggen" in text_of(screen.query_one("#phase", Static))
        assert "▶ Med brud i ryggen" in text_of(tracks)
        assert [p.name for p in screen.timed_people()] == ["Aino Virtanen"]
        await pilot.press("t")
        assert screen.run.track == "general"


async def test_the_participant_form_offers_the_tracks_of_the_pack(
    app, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = danish_course(private_data_dir, builtin_catalog)
    async with app.run_test(size=SIZE) as pilot:
        await open_from_home(pilot, app, course_id)
        assert isinstance(app.screen, CourseScreen)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ParticipantFormScreen)
        await pilot.press(*"Ida Holm")
        select = app.screen.query_one("#track", Select)
        assert select.is_blank()  # the default: by the vertebral fracture flag
        select.focus()
        await pilot.press("enter", "down", "down", "enter")  # prompt, general, vertebral
        await pilot.pause()
        assert select.value == "vertebral"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
    with reopen(private_data_dir, course_id) as store:
        ida = next(p for p in store.participants() if p.name == "Ida Holm")
    assert ida.track == "vertebral" and not ida.vertebral_fracture


async def test_a_pack_without_tracks_has_no_track_selector(
    app, builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog)
    async with app.run_test(size=SIZE) as pilot:
        await open_from_home(pilot, app, course_id)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ParticipantFormScreen)
        assert not app.screen.query("#track")


def test_the_pack_browser_shows_the_tracks_and_who_teaches(builtin_catalog: PackCatalog) -> None:
    from osteo_tui.tui.pack_markdown import pack_markdown, segment_markdown

    pack = builtin_catalog.get("osteoporoseskole-da").load()  # type: ignore[union-attr]
    about = pack_markdown(pack)
    assert "## Tracks" in about
    assert "**Med brud i ryggen** `vertebral` (the default after a vertebral fracture)" in about
    training = next(s for s in pack.session(3).segments if s.split_by_track)
    page = segment_markdown(pack, training)
    assert "*exercise · 45 minutes · Fysioterapeut*" in page
    assert "| Små hop | 1 × 10 | avoid | general |" in page
    assert "| Vægtoverføring | 1 × 10 | ok | everyone |" in page
    english = builtin_catalog.get("luustokurssi-en").load()  # type: ignore[union-attr]
    assert "## Tracks" not in pack_markdown(english)
