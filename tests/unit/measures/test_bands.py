"""Every scoring rule and band edge of the built-in packs, in English and in Finnish."""

from __future__ import annotations

import pytest

from osteo_tui.core.measures import MeasureSet, interpret, score

# STEADI 30-second chair stand: below these numbers is below average (DOMAIN.md).
CHAIR_STAND = {
    (60, 64): {"m": 14, "f": 12},
    (65, 69): {"m": 12, "f": 11},
    (70, 74): {"m": 12, "f": 10},
    (75, 79): {"m": 11, "f": 10},
    (80, 84): {"m": 10, "f": 9},
    (85, 89): {"m": 8, "f": 8},
    (90, 94): {"m": 7, "f": 4},
}


def band_of(measures: MeasureSet, measure_id: str, values: dict, sex=None, age=None):
    measure = measures.measure(measure_id)
    return interpret(measure, score(measure, values).total, sex, age)


@pytest.mark.parametrize("pack", ["en", "fi"])
@pytest.mark.parametrize(
    ("seconds", "flagged"), [(11.9, False), (11.99, False), (12.0, True), (12, True), (30, True)]
)
def test_tug_flags_fall_risk_from_12_seconds(
    pack: str, seconds: float, flagged: bool, request: pytest.FixtureRequest
) -> None:
    interpretation = band_of(request.getfixturevalue(pack), "tug", {"tug": seconds})
    assert interpretation.band is not None and interpretation.flag is flagged


def test_tug_band_words(en: MeasureSet, fi: MeasureSet) -> None:
    assert band_of(en, "tug", {"tug": 12}).text == (
        "12 seconds or more, a sign of increased fall risk"
    )
    assert band_of(fi, "tug", {"tug": 11.9}).text == (
        "alle 12 sekuntia, ei merkkiä suurentuneesta kaatumisriskistä"
    )


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        ([1] * 7, 7, "low concern about falling"),
        ([1] * 6 + [2], 8, "low concern about falling"),
        ([1] * 5 + [2, 2], 9, "moderate concern about falling"),
        ([2] * 6 + [1], 13, "moderate concern about falling"),
        ([2] * 7, 14, "high concern about falling"),
        ([4] * 7, 28, "high concern about falling"),
    ],
)
def test_short_fes_i_is_the_sum_of_seven_items_with_its_bands(
    en: MeasureSet, answers: list[int], total: int, band: str
) -> None:
    measure = en.measure("short-fes-i")
    values = dict(zip([item.id for item in measure.items], answers, strict=True))
    assert score(measure, values).total == total
    interpretation = interpret(measure, total)
    assert interpretation.text == band
    assert interpretation.flag is (total >= 14)


def test_short_fes_i_has_no_total_with_an_item_missing(en: MeasureSet) -> None:
    measure = en.measure("short-fes-i")
    values = {item.id: 1 for item in measure.items[:6]}
    assert score(measure, values).total is None
    assert interpret(measure, None).reason == "the score cannot be worked out from these values"


@pytest.mark.parametrize("pack", ["en", "fi"])
@pytest.mark.parametrize("sex", ["m", "f"])
@pytest.mark.parametrize("ages", sorted(CHAIR_STAND))
def test_chair_stand_thresholds_per_age_band_and_sex(
    pack: str, sex: str, ages: tuple[int, int], request: pytest.FixtureRequest
) -> None:
    measures = request.getfixturevalue(pack)
    threshold = CHAIR_STAND[ages][sex]
    for age in ages:  # both ends of the age band
        below = band_of(measures, "chair-stand", {"chair-stand": threshold - 1}, sex, age)
        at = band_of(measures, "chair-stand", {"chair-stand": threshold}, sex, age)
        assert below.flag and below.norm == threshold
        assert at.band is not None and not at.flag and at.norm == threshold


def test_chair_stand_band_words_and_zero_when_arms_are_used(en: MeasureSet) -> None:
    assert band_of(en, "chair-stand", {"chair-stand": 11}, "f", 72).text == (
        "in the typical range for your age"
    )
    assert band_of(en, "chair-stand", {"chair-stand": 0}, "m", 90).text == (
        "below average for your age, a sign of increased fall risk"
    )


@pytest.mark.parametrize(
    ("sex", "age", "reason"),
    [
        (None, 70, "the participant's sex is not recorded, and the norms depend on it"),
        ("f", None, "the year of birth is not recorded, and the norms depend on age"),
        ("m", 59, "the norms cover ages 60 to 94, not 59"),
        ("f", 95, "the norms cover ages 60 to 94, not 95"),
    ],
)
def test_chair_stand_without_age_or_sex_or_outside_the_table_has_no_band(
    en: MeasureSet, sex: str | None, age: int | None, reason: str
) -> None:
    interpretation = band_of(en, "chair-stand", {"chair-stand": 10}, sex, age)
    assert interpretation.band is None and not interpretation.flag
    assert interpretation.reason == reason
    assert interpretation.text == f"no band: {reason}"


@pytest.mark.parametrize(
    ("sex", "kg", "flagged"),
    [("m", 26.9, True), ("m", 27, False), ("f", 15.9, True), ("f", 16, False), ("f", 26, False)],
)
def test_grip_below_27_kg_men_16_kg_women_is_flagged(
    en: MeasureSet, fi: MeasureSet, sex: str, kg: float, flagged: bool
) -> None:
    for measures in (en, fi):
        interpretation = band_of(measures, "grip", {"grip": kg}, sex, None)  # age not needed
        assert interpretation.band is not None and interpretation.flag is flagged


def test_grip_needs_the_sex(en: MeasureSet) -> None:
    assert band_of(en, "grip", {"grip": 20}).band is None


@pytest.mark.parametrize(
    ("seconds", "held", "flagged"),
    [
        ([10, 10, 9.9], 2, True),  # tandem not held for 10 s: fall risk
        ([10, 10, 10], 3, False),
        ([10, 10, 10, 2], 3, False),
        ([10, 10, 10, 10], 4, False),
        ([10, 5], 1, True),
        ([3], 0, True),
        ([10, 5, 10, 10], 1, True),  # stages after the first one not held do not count
    ],
)
def test_balance_scores_the_stages_held_for_10_seconds(
    en: MeasureSet, seconds: list[float], held: int, flagged: bool
) -> None:
    measure = en.measure("balance")
    values = dict(zip([item.id for item in measure.items], seconds, strict=False))
    assert score(measure, values).total == held
    assert interpret(measure, held).flag is flagged


def test_self_ratings_and_evaluation_have_no_total_and_no_band(en: MeasureSet) -> None:
    ratings = en.measure("self-ratings")
    values = {item.id: 5 for item in ratings.items}
    scored = score(ratings, values)
    assert scored.total is None and scored.items == values
    assert interpret(ratings, scored.total).band is None
    assert interpret(ratings, scored.total).reason == ""  # no bands at all: nothing to explain
    evaluation = en.measure("evaluation")
    answers = {"goal-setting": 8, "comment": "Thank you"}
    scored = score(evaluation, answers)
    assert scored.items == {"goal-setting": 8} and scored.texts == {"comment": "Thank you"}


def test_english_and_finnish_packs_have_the_same_numbers(en: MeasureSet, fi: MeasureSet) -> None:
    assert en.ids() == fi.ids() and en.schedule == fi.schedule and en.optional == fi.optional
    for mine, theirs in zip(en.measures, fi.measures, strict=True):
        assert (mine.kind, mine.low, mine.high, mine.decimals, mine.better, mine.unit) == (
            theirs.kind, theirs.low, theirs.high, theirs.decimals, theirs.better, theirs.unit,
        )  # fmt: skip
        assert [item.id for item in mine.items] == [item.id for item in theirs.items]
        assert [(b.low, b.high, b.flag) for b in mine.bands] == [
            (b.low, b.high, b.flag) for b in theirs.bands
        ]
        assert mine.norms == theirs.norms
        assert mine.sources == theirs.sources
