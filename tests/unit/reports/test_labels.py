"""The PDFs' words: every language has every key with the same placeholders; dates, numbers,
GAS levels and dosages read naturally in English and Finnish."""

from __future__ import annotations

import string
from datetime import date

import pytest

from osteo_tui.core.lessons.model import Dosage
from osteo_tui.reports.labels import EN, TABLES, labels_for


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", sorted(set(TABLES) - {"en"}))
def test_every_key_with_the_same_placeholders(language: str) -> None:
    table = TABLES[language]
    assert set(table) == set(EN)
    for key, text in EN.items():
        assert _fields(table[key]) == _fields(text), key


def test_days_numbers_and_percentages() -> None:
    en, fi = labels_for("en"), labels_for("fi")
    assert en.day(date(2026, 3, 4)) == "4 March 2026" and fi.day(date(2026, 3, 4)) == "4.3.2026"
    assert en.days(date(2026, 3, 4), date(2026, 4, 1)) == "4 March 2026 – 1 April 2026"
    assert en.number(55.04) == "55.0" and fi.number(55.04) == "55,0"
    assert en.percent(2, 3) == "67%" and fi.percent(2, 3) == "67 %" and en.percent(0, 0) == "–"
    da = labels_for("da")
    assert da.day(date(2026, 3, 4)) == "4. marts 2026" and da.number(55.04) == "55,0"
    assert da.percent(2, 3) == "67 %"
    assert labels_for("sv").language == "en"  # no Swedish words yet: English


def test_gas_levels_in_words() -> None:
    en = labels_for("en")
    assert en.gas_level(-2) == "much less than expected (−2)"
    assert en.gas_level(0) == "as expected (0)"
    assert en.gas_level(1) == "a little more than expected (+1)"
    assert labels_for("fi").gas_level(-1) == "hieman odotettua heikommin (−1)"


@pytest.mark.parametrize(
    ("dosage", "english", "finnish"),
    [
        (Dosage(sets=2, reps=10), "2 sets of 10", "2 sarjaa, 10 toistoa"),
        (Dosage(reps=8), "8 times", "8 toistoa"),
        (
            Dosage(sets=1, reps=6, hold=3, sides=True),
            "6 times, hold 3 seconds each time, on each side",
            "6 toistoa, pidä joka kerta 3 sekuntia, molemmin puolin",
        ),
        (
            Dosage(sets=2, hold=10),
            "Hold for 10 seconds, 2 times",
            "Pidä 10 sekuntia, 2 kertaa",
        ),
        (
            Dosage(work=60, rest=30, rounds=2),
            "60 seconds, 2 times, 30 seconds' rest in between",
            "60 sekuntia, 2 kertaa, välissä 30 sekuntia lepoa",
        ),
        (
            Dosage(minutes=10, note="build up to about 20 minutes a day"),
            "10 minutes, build up to about 20 minutes a day",
            "10 minuuttia, build up to about 20 minutes a day",
        ),
    ],
)
def test_dosages_in_words(dosage: Dosage, english: str, finnish: str) -> None:
    assert labels_for("en").dosage(dosage) == english
    assert labels_for("fi").dosage(dosage) == finnish


def test_danish_dosages_in_words() -> None:
    da = labels_for("da")
    assert da.dosage(Dosage(sets=2, reps=10)) == "2 sæt med 10 gentagelser"
    assert (
        da.dosage(Dosage(sets=1, reps=6, hold=3, sides=True))
        == "6 gentagelser, hold 3 sekunder hver gang, på hver side"
    )
    assert da.dosage(Dosage(sets=2, hold=10)) == "Hold 10 sekunder, 2 gange"
