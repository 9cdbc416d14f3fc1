"""The PDFs' words for values: days, numbers, shares, GAS levels and dosages read naturally in
English, Finnish and Danish, from the gettext catalogues."""

from __future__ import annotations

from datetime import date

import pytest

from osteo_tui.core.lessons.model import Dosage
from osteo_tui.core.measures.definitions import when_label
from osteo_tui.reports import labels
from osteo_tui.reports.labels import NBSP, in_course_language

DAY, LATER = date(2026, 3, 4), date(2026, 4, 1)


def test_days_numbers_and_percentages_in_english() -> None:
    with in_course_language("en"):
        assert labels.day(DAY) == "4 March 2026"
        assert labels.days(DAY, LATER) == "4 March 2026 – 1 April 2026"
        assert labels.days(DAY, DAY) == "4 March 2026"
        assert labels.number(55.04) == "55.0" and labels.number(55.04, 0) == "55"
        assert labels.short_number(12.0) == "12" and labels.short_number(-1.25, 2) == "-1.25"
        assert labels.short_number(None) == ""
        assert labels.signed(3) == "+3.0" and labels.signed(-2) == "−2.0"
        assert labels.signed(0) == "0.0" and labels.signed(None) == "–"
        assert labels.share(2, 3) == "67%" and labels.share(0, 0) == "–"


@pytest.mark.parametrize(
    ("language", "day", "number", "share"),
    [("fi", "4.3.2026", "55,0", f"67{NBSP}%"), ("da", "4. marts 2026", "55,0", f"67{NBSP}%")],
)
def test_days_numbers_and_percentages_in_finnish_and_danish(
    language: str, day: str, number: str, share: str
) -> None:
    with in_course_language(language):
        assert labels.day(DAY) == day
        assert labels.number(55.04) == number
        assert labels.short_number(12.5) == "12,5" and labels.short_number(12.0) == "12"
        assert labels.share(2, 3) == share  # "67 %" never breaks before its "%"


def test_a_language_without_a_catalogue_prints_english() -> None:
    with in_course_language("sv"):
        assert labels.day(DAY) == "4 March 2026" and labels.category("balance") == "Balance"


def test_gas_levels_in_words() -> None:
    with in_course_language("en"):
        assert labels.gas_level(-2) == "much less than expected (−2)"
        assert labels.gas_level(0) == "as expected (0)"
        assert labels.gas_level(1) == "a little more than expected (+1)"
    with in_course_language("fi"):
        assert labels.gas_level(-1) == "hieman odotettua heikommin (−1)"
    with in_course_language("da"):
        assert labels.gas_level(2) == "meget mere end forventet (+2)"


def test_categories_advice_and_time_points() -> None:
    with in_course_language("fi"):
        assert labels.category("impact") == "Tärähdyksiä luustolle"
        assert labels.advice("impact-vertebral").startswith("Pidä tärähdykset kevyinä")
        assert when_label("follow-up") == "seuranta"  # the PDF tables use the app's word
        assert labels.time_point_title("start") == "Alku"
    with in_course_language("da"):
        assert labels.category("posture") == "Holdning og rygmuskler"
        assert labels.time_point_title("end") == "Slut"
    with in_course_language("en"):
        assert labels.category("made-up") == "made-up" and labels.advice("made-up") == ""


@pytest.mark.parametrize(
    ("dosage", "english", "finnish", "danish"),
    [
        (
            Dosage(sets=2, reps=10),
            "2 sets of 10",
            "2 sarjaa, 10 toistoa",
            "2 sæt med 10 gentagelser",
        ),
        (Dosage(reps=8), "8 times", "8 toistoa", "8 gentagelser"),
        (Dosage(reps=1), "Once", "1 toisto", "1 gentagelse"),
        (
            Dosage(sets=1, reps=6, hold=3, sides=True),
            "6 times, hold 3 seconds each time, on each side",
            "6 toistoa, pidä joka kerta 3 sekuntia, molemmin puolin",
            "6 gentagelser, hold 3 sekunder hver gang, på hver side",
        ),
        (
            Dosage(sets=2, hold=10),
            "Hold for 10 seconds, 2 times",
            "Pidä 10 sekuntia, 2 kertaa",
            "Hold 10 sekunder, 2 gange",
        ),
        (
            Dosage(work=60, rest=30, rounds=2),
            "60 seconds, 2 times, 30 seconds' rest in between",
            "60 sekuntia, 2 kertaa, välissä 30 sekuntia lepoa",
            "60 sekunder, 2 gange, 30 sekunders pause imellem",
        ),
        (
            Dosage(minutes=1, note="build up to about 20 minutes a day"),
            "1 minute, build up to about 20 minutes a day",
            "1 minuutti, build up to about 20 minutes a day",
            "1 minut, build up to about 20 minutes a day",
        ),
    ],
)
def test_dosages_in_words(dosage: Dosage, english: str, finnish: str, danish: str) -> None:
    for language, expected in (("en", english), ("fi", finnish), ("da", danish)):
        with in_course_language(language):
            assert labels.dosage(dosage) == expected, language


def test_a_number_and_its_unit_never_part() -> None:
    said = "Your time went from 13.4 s to 11.2 s."
    assert labels.unbroken(said, "13.4 s", "11.2 s") == (
        f"Your time went from 13.4{NBSP}s to 11.2{NBSP}s."
    )
    assert labels.unbroken(said, "8") == said
