"""The participant form in the trainer's language: fracture sites typed and shown in Finnish or
Danish are stored as their English codes, and the default consent scope stays the default."""

from __future__ import annotations

from pathlib import Path

import pytest

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.records import Fracture
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.fracture_text import parse_fractures
from osteo_tui.core.translation import speaking
from osteo_tui.tui.app import create_app
from osteo_tui.tui.screens.participant_form import ParticipantFormScreen
from tests.ui.course_fixtures import PEOPLE, TODAY, make_course, open_from_home, reopen, type_into


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fi", "ranne 2023; Lonkka", (Fracture("wrist", 2023), Fracture("hip"))),
        (
            "fi",
            "olkavarsi:2020, wrist 2021",
            (Fracture("upper-arm", 2020), Fracture("wrist", 2021)),
        ),
        ("da", "håndled 2023, ryghvirvel", (Fracture("wrist", 2023), Fracture("vertebra"))),
        ("en", "hip 2024; other", (Fracture("hip", 2024), Fracture("other"))),
    ],
)
def test_sites_are_read_in_the_trainers_language(
    language: str, text: str, expected: tuple[Fracture, ...]
) -> None:
    with speaking(language):
        assert parse_fractures(text, 2026) == expected


def test_an_unknown_site_is_explained_with_the_sites_of_the_language() -> None:
    with speaking("fi"), pytest.raises(InvalidRecord) as caught:
        parse_fractures("ranne 2023; polvi 2020", 2026)
    assert caught.value.field == "fractures"
    assert caught.value.message.startswith("'polvi' ")
    assert "ranne, lonkka, nikama" in caught.value.message
    with speaking("fi"), pytest.raises(InvalidRecord) as caught:
        parse_fractures("ranne 1800", 2026)  # the site is known: the year is what is wrong
    assert "1900" in caught.value.message


async def test_editing_in_finnish_keeps_the_codes(
    builtin_catalog: PackCatalog, private_data_dir: Path
) -> None:
    course_id = make_course(private_data_dir, builtin_catalog, people=PEOPLE[:1])
    app = create_app(
        catalog=builtin_catalog, data_dir=private_data_dir, today=lambda: TODAY, language="fi"
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await open_from_home(pilot, app, course_id)
        await pilot.press("e")  # edit the participant under the cursor
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ParticipantFormScreen)
        assert form.query_one("#fractures").value == "ranne 2023"
        assert form.query_one("#consent_scope").value == "kurssin tiedot"
        await type_into(pilot, app, "fractures", "ranne 2023; lonkka 2024")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, ParticipantFormScreen)
    with reopen(private_data_dir, course_id) as store:
        person = store.participants()[0]
    assert person.fractures == (Fracture("wrist", 2023), Fracture("hip", 2024))
    assert person.consent is not None and person.consent.scope == "course records"
