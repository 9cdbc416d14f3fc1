"""The app's own words about measures in Finnish and Danish: whole sentences that read right
in each language (time points inflected, decimal commas), and the codes shown as words."""

from __future__ import annotations

import pytest

from osteo_tui.core.measures import (
    Item,
    Measure,
    MeasureSet,
    parse_item,
    read_values,
    state_label,
)
from osteo_tui.core.measures.definitions import kind_label, times_text, when_label
from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.labels import consent_scope_label, fracture_label
from osteo_tui.core.records.participant import Fracture
from osteo_tui.core.translation import speaking


@pytest.mark.parametrize(
    ("language", "times", "expected"),
    [
        ("en", ("start", "end"), "at the start and the end"),
        ("fi", ("start", "end"), "alussa ja lopussa"),
        ("da", ("start", "end"), "ved starten og slutningen"),
        ("en", ("start", "end", "follow-up"), "at the start, the end and follow-up"),
        ("fi", ("start", "end", "follow-up"), "alussa, lopussa ja seurannassa"),
        ("en", ("end",), "at the end only"),
        ("fi", ("end",), "vain lopussa"),
        ("da", ("end",), "kun ved slutningen"),
        ("fi", (), "ei missään ajankohdassa"),
    ],
)
def test_when_a_measure_is_taken_reads_as_a_phrase(
    language: str, times: tuple[str, ...], expected: str
) -> None:
    with speaking(language):
        assert times_text(times) == expected


def test_a_value_out_of_range_is_explained_with_the_languages_decimal_mark() -> None:
    walk = Measure(
        "walk", "Walk", "seconds", 0.5, 12.5, (Item("walk", "Walk"),), unit="s", decimals=1
    )
    messages = {}
    for language in ("en", "fi", "da"):
        with speaking(language), pytest.raises(InvalidRecord) as raised:
            parse_item(walk, walk.items[0], "13")
        messages[language] = raised.value.message
    assert messages == {
        "en": "Walk must be a number from 0.5 to 12.5 s, not '13'",
        "fi": "Walk: arvon pitää olla luku väliltä 0,5–12,5 s, ei '13'",
        "da": "Walk skal være et tal fra 0,5 til 12,5 s, ikke '13'",
    }


def test_the_wrong_number_of_values_is_one_finnish_sentence(fi: MeasureSet) -> None:
    with speaking("fi"), pytest.raises(InvalidRecord) as raised:
        read_values(fi.measure("chair-stand"), ["8", "9"])
    assert raised.value.message == (
        "30 sekunnin tuolilta nousu: anna yksi arvo (kokonaisluku väliltä 0–60); annettiin 2"
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["start", "follow-up", "self-rating", "due", "wrist 2023", "course records"]),
        ("fi", ["alku", "seuranta", "itsearvio", "ajankohtainen", "ranne 2023", "kurssin tiedot"]),
        ("da", ["start", "opfølgning", "selvvurdering", "skal tages", "håndled 2023",
                "kursets oplysninger"]),
    ],
)  # fmt: skip
def test_codes_are_shown_as_words_of_the_language(language: str, expected: list[str]) -> None:
    with speaking(language):
        shown = [
            when_label("start"),
            when_label("follow-up"),
            kind_label("self-rating"),
            state_label("due"),
            fracture_label(Fracture("wrist", 2023)),
            consent_scope_label("course records"),
        ]
    assert shown == expected


def test_a_code_no_label_knows_is_shown_as_it_is() -> None:
    with speaking("fi"):
        assert when_label("later") == "later"
        assert kind_label("new-kind") == "new-kind"
        assert consent_scope_label("kurssi ja tutkimus") == "kurssi ja tutkimus"
