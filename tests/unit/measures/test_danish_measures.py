"""The Danish pack's measures: the English pack's numbers and bands, in Danish words."""

from __future__ import annotations

from datetime import datetime

import pytest

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.measures import (
    Measure,
    MeasurementRecord,
    MeasureSet,
    interpret_for,
    participant_changes,
    score,
)
from osteo_tui.core.records import Participant

INGE = Participant("p1", "Inge Hansen", born=1954, sex="f")  # 72 in 2026
START, END = datetime(2026, 1, 13, 10), datetime(2026, 2, 3, 10)


@pytest.fixture
def da(builtin_catalog: PackCatalog) -> MeasureSet:
    return builtin_catalog.get("osteoporoseskole-da").load().measures  # type: ignore[union-attr]


def numbers(measure: Measure) -> tuple:
    """Everything in a measure that is a number, a rule or an id: not its words."""
    return (
        measure.kind,
        measure.low,
        measure.high,
        measure.decimals,
        measure.better,
        measure.unit,
        tuple((item.id, item.text) for item in measure.items),
        tuple((band.low, band.high, band.flag) for band in measure.bands),
        measure.norms,
        measure.sources,
    )


def test_the_danish_measures_have_the_english_numbers_and_bands(
    da: MeasureSet, en: MeasureSet
) -> None:
    assert sorted(da.ids()) == sorted(en.ids())
    for measure in en.measures:
        assert numbers(da.measure(measure.id)) == numbers(measure), measure.id
    assert {when: set(ids) for when, ids in da.schedule} == {
        when: set(ids) for when, ids in en.schedule
    }
    assert da.optional == en.optional


def test_the_danish_measures_are_in_danish(da: MeasureSet, en: MeasureSet) -> None:
    assert da.phrases.decimal_mark == ","
    for measure in da.measures:
        english = en.measure(measure.id)
        assert measure.name != english.name, measure.id
        for ours, theirs in zip(measure.bands, english.bands, strict=True):
            assert ours.label != theirs.label
    assert [b.label for b in da.measure("short-fes-i").bands] == [
        "lille bekymring for at falde",
        "moderat bekymring for at falde",
        "stor bekymring for at falde",
    ]


@pytest.mark.parametrize(
    ("measure_id", "values", "flag"),
    [
        ("tug", {"tug": 11.99}, False),
        ("tug", {"tug": 12}, True),
        ("chair-stand", {"chair-stand": 9}, True),  # a woman of 72: under 10
        ("chair-stand", {"chair-stand": 10}, False),
        ("balance", {"feet-together": 10, "semi-tandem": 10, "tandem": 9.9}, True),
        ("balance", {"feet-together": 10, "semi-tandem": 10, "tandem": 10}, False),
        ("grip", {"grip": 15.9}, True),
        ("grip", {"grip": 16}, False),
    ],
)
def test_the_band_edges_read_the_same_in_both_packs(
    da: MeasureSet, en: MeasureSet, measure_id: str, values: dict, flag: bool
) -> None:
    for measures in (da, en):
        measure = measures.measure(measure_id)
        band = interpret_for(measure, score(measure, values).total, INGE, END.date())
        assert band.flag is flag


def record(measure_id: str, when: str, values: dict) -> MeasurementRecord:
    moment = START if when == "start" else END
    return MeasurementRecord.new(INGE.id, measure_id, when, values, moment=moment)


def test_danish_comparison_sentences_with_decimal_commas(da: MeasureSet) -> None:
    fes = [item.id for item in da.measure("short-fes-i").items]
    records = [
        record("chair-stand", "start", {"chair-stand": 8}),
        record("chair-stand", "end", {"chair-stand": 11}),
        record("short-fes-i", "start", dict.fromkeys(fes, 2)),
        record("short-fes-i", "end", dict.fromkeys(fes, 2)),
        record("tug", "end", {"tug": 12.5}),
    ]
    assert [change.sentence for change in participant_changes(da, INGE, records)] == [
        "Din bekymring for at falde (Short FES-I-score) lå stadig på 14 – stor bekymring for "
        "at falde.",
        "Antallet af rejsninger på 30 sekunder gik fra 8 til 11 – i det typiske område for din "
        "alder.",
        "Din tid i Timed Up and Go var 12,5 s – 12 sekunder eller mere, et tegn på øget risiko "
        "for at falde.",
    ]


def test_each_danish_self_rating_has_its_own_sentence(da: MeasureSet) -> None:
    items = [item.id for item in da.measure("self-ratings").items]
    records = [
        record("self-ratings", "start", dict(zip(items, [5, 4, 6, 7, 5], strict=True))),
        record("self-ratings", "end", dict(zip(items, [7, 8, 6, 6, 9], strict=True))),
    ]
    sentences = [change.sentence for change in participant_changes(da, INGE, records)]
    assert sentences[:3] == [
        "Din vurdering af din viden og dine færdigheder gik fra 5 til 7.",
        "Din vurdering af dit mod til at bevæge dig gik fra 4 til 8.",
        "Din vurdering af din fysiske funktion lå stadig på 6.",
    ]
