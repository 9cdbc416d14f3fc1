"""The translation core: choosing a language, switching it, and writing dates and numbers."""

from __future__ import annotations

import errno
from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osteo_tui.core import counts, translation
from osteo_tui.core.language_choice import (
    UnknownLanguage,
    choose_language,
    language_code,
    system_language,
)
from osteo_tui.core.lessons.labels import category_label, kind_label, vertebral_label
from osteo_tui.core.lessons.model import Dosage
from osteo_tui.core.locale_format import (
    format_date,
    format_datetime,
    format_day_month,
    format_day_month_name,
    format_decimal,
    format_integer,
    format_stamp,
    format_time,
    format_weekday_date,
)
from osteo_tui.core.os_errors import os_reason
from osteo_tui.core.records.labels import attendance_label, status_label
from osteo_tui.core.translation import (
    LANGUAGES,
    _,
    activate,
    active_language,
    on_language_change,
    speaking,
)

DAY = date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("fi", "fi"),
        ("FI", "fi"),
        ("fi_FI.UTF-8", "fi"),
        ("da-DK", "da"),
        ("da_DK.ISO8859-1@euro", "da"),
        ("en_GB.UTF-8", "en"),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("de_DE.UTF-8", None),
        ("", None),
        ("finnish", None),
    ],
)
def test_language_code_reads_locale_names(text: str, code: str | None) -> None:
    assert language_code(text) == code


@given(st.text())
def test_language_code_never_fails_and_only_names_known_languages(text: str) -> None:
    assert language_code(text) in (None, *LANGUAGES)


def test_the_first_locale_variable_that_is_set_decides_as_gettext_reads_them() -> None:
    assert system_language({"LANG": "fi_FI.UTF-8"}) == ("fi", "LANG")
    assert system_language({"LC_MESSAGES": "da_DK", "LANG": "fi_FI"}) == ("da", "LC_MESSAGES")
    assert system_language({"LANGUAGE": "sv:da:fi", "LANG": "fi_FI"}) == ("da", "LANGUAGE")
    assert system_language({"LC_ALL": "de_DE.UTF-8", "LANG": "fi_FI"}) is None
    assert system_language({"LANGUAGE": "", "LANG": "C.UTF-8"}) is None
    assert system_language({}) is None


def test_lang_beats_the_environment_beats_the_setting_beats_the_locale() -> None:
    env = {"OSTEO_TUI_LANG": "da", "LANG": "fi_FI.UTF-8"}
    assert choose_language("fi", "da", env).source == "--lang"
    assert choose_language(None, "fi", env).language == "da"
    assert choose_language(None, "da", {"LANG": "fi_FI.UTF-8"}).source == "setting"
    assert choose_language(None, "xx", {"LANG": "fi_FI.UTF-8"}).language == "fi"
    assert choose_language(None, None, {"LANG": "de_DE"}).source == "default"
    with pytest.raises(UnknownLanguage, match="--lang sv: there is no translation"):
        choose_language("sv", None, {})
    with pytest.raises(UnknownLanguage, match="OSTEO_TUI_LANG=xx"):
        choose_language(None, None, {"OSTEO_TUI_LANG": "xx"})


def test_switching_changes_every_later_message_and_tells_the_listeners(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(translation, "_listeners", [])
    heard: list[str] = []
    on_language_change(heard.append)
    assert _("Back") == "Back"
    with speaking("fi"):
        assert _("Back") == "Takaisin" and active_language() == "fi"
        with speaking("da"):
            assert _("Back") == "Tilbage"
        assert _("Back") == "Takaisin"
    assert active_language() == "en" and _("Back") == "Back"
    assert heard == ["fi", "da", "fi", "en"]
    with pytest.raises(ValueError):
        activate("sv")


def test_english_dates_stay_iso_and_finnish_and_danish_follow_cldr() -> None:
    moment = datetime(2025, 3, 4, 13, 5, 7)
    written = {}
    for language in LANGUAGES:
        with speaking(language):
            written[language] = (
                format_date(DAY),
                format_time(time(13, 5)),
                format_datetime(moment),
                format_datetime(moment, seconds=True),
                format_day_month(DAY),
                format_day_month_name(DAY),
                format_weekday_date(DAY),
                format_decimal(1234.5),
                format_integer(12500),
            )
    assert written["en"] == (
        "2025-03-04", "13:05", "2025-03-04 13:05", "2025-03-04 13:05:07",
        "03-04", "04 Mar", "Tue 2025-03-04", "1,234.5", "12,500",
    )
    assert written["fi"] == (
        "4.3.2025", "13.05", "4.3.2025 13.05", "4.3.2025 13.05.07",
        "4.3.", "4.3.", "ti 4.3.2025", "1\u00a0234,5", "12\u00a0500",
    )
    assert written["da"] == (
        "04.03.2025", "13.05", "04.03.2025 13.05", "04.03.2025 13.05.07",
        "4.3", "4. mar.", "tirs. 04.03.2025", "1.234,5", "12.500",
    )


def test_a_stamp_that_is_not_iso_is_shown_as_it_is() -> None:
    assert format_stamp("2025-03-04T13:05:07", seconds=True) == "2025-03-04 13:05:07"
    assert format_stamp("sometime") == "sometime"
    with speaking("fi"):
        assert format_stamp("2025-03-04T13:05:07") == "4.3.2025 13.05"


@pytest.mark.parametrize(
    ("language", "one", "five"),
    [
        ("en", "1 participant", "5 participants"),
        ("fi", "1 osallistuja", "5 osallistujaa"),
        ("da", "1 deltager", "5 deltagere"),
    ],
)
def test_counts_take_the_plural_of_their_language(language: str, one: str, five: str) -> None:
    with speaking(language):
        assert (counts.participants(1), counts.participants(5)) == (one, five)


def test_codes_read_as_words_and_unknown_codes_as_themselves() -> None:
    assert (category_label("strength"), kind_label("talk"), vertebral_label("modify")) == (
        "strength",
        "talk",
        "modify",
    )
    with speaking("fi"):
        assert category_label("balance") == "tasapaino"
        assert kind_label("exercise") == "harjoittelu"
        assert vertebral_label("avoid") == "vältä"
        assert status_label("running") == "käynnissä"
        assert attendance_label("excused") == "estynyt"
        assert category_label("juggling") == "juggling"
    with speaking("da"):
        assert attendance_label("present") == "mødt"


def test_a_dosage_reads_in_the_active_language() -> None:
    dosage = Dosage(sets=2, reps=10, hold=3, sides=True, minutes=5)
    assert dosage.describe() == "2 × 10, hold 3 s, 5 min, each side"
    with speaking("fi"):
        assert dosage.describe() == "2 × 10, pito 3 s, 5 min, kummallekin puolelle"
    with speaking("da"):
        assert Dosage(work=30, rest=15, rounds=3).describe() == "3 × 30 sek. arbejde / 15 sek. pause"


def test_file_errors_are_told_in_the_active_language() -> None:
    denied = PermissionError(errno.EACCES, "Permission denied", "/x")
    assert os_reason(denied) == "Permission denied"
    with speaking("fi"):
        assert os_reason(denied) == "Käyttöoikeus evätty"
        assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
