"""Entered values: in range, or a clear message naming the item and the range."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osteo_tui.core.measures import Item, Measure, MeasureSet, parse_item, read_values
from osteo_tui.core.records.errors import InvalidRecord


def refused(measure: Measure, texts: list[str]) -> InvalidRecord:
    with pytest.raises(InvalidRecord) as raised:
        read_values(measure, texts)
    return raised.value


def test_single_values_with_decimal_point_or_comma(en: MeasureSet) -> None:
    tug = en.measure("tug")
    assert read_values(tug, ["11.5"]) == {"tug": 11.5}
    assert read_values(tug, ["11,25"]) == {"tug": 11.25}
    assert read_values(tug, [" 12 "]) == {"tug": 12}
    assert isinstance(read_values(tug, ["12.0"])["tug"], int)
    assert read_values(en.measure("chair-stand"), ["0"]) == {"chair-stand": 0}


@pytest.mark.parametrize(
    ("measure_id", "texts", "field", "message"),
    [
        ("tug", ["abc"], "tug", "Timed Up and Go must be a number from 1 to 300 s, not 'abc'"),
        ("tug", ["0.5"], "tug", "Timed Up and Go must be a number from 1 to 300 s, not '0.5'"),
        ("tug", ["11.255"], "tug", "Timed Up and Go takes at most 2 decimals, not '11.255'"),
        ("tug", [""], "tug", "Timed Up and Go is missing: give a number from 1 to 300 s"),
        ("tug", ["nan"], "tug", "Timed Up and Go must be a number from 1 to 300 s, not 'nan'"),
        (
            "chair-stand",
            ["11.5"],
            "chair-stand",
            "30-second chair stand must be a whole number from 0 to 60, not '11.5'",
        ),
        (
            "chair-stand",
            ["-1"],
            "chair-stand",
            "30-second chair stand must be a whole number from 0 to 60, not '-1'",
        ),
        (
            "self-ratings",
            ["5", "11", "5", "5", "5"],
            "courage",
            "Self-ratings: Courage to move must be a whole number from 0 to 10, not '11'",
        ),
        (
            "short-fes-i",
            ["1", "1", "1", "1", "1", "1", "0"],
            "social",
            "Short FES-I (concern about falling): Going out to a social event must be a whole "
            "number from 1 to 4, not '0'",
        ),
        (
            "balance",
            ["10", "10.5"],
            "semi-tandem",
            "4-stage balance test: Semi-tandem stand must be a number from 0 to 10, not '10.5'",
        ),
        (
            "grip",
            ["150"],
            "grip",
            "Grip strength must be a number from 1 to 100 kg, not '150'",
        ),
    ],
)
def test_a_value_out_of_range_names_the_item_and_the_range(
    en: MeasureSet, measure_id: str, texts: list[str], field: str, message: str
) -> None:
    error = refused(en.measure(measure_id), texts)
    assert (error.field, error.message) == (field, message)


def test_the_number_of_values_must_fit_the_measure(en: MeasureSet) -> None:
    assert refused(en.measure("tug"), ["11", "12"]).message == (
        "Timed Up and Go takes one value (a number from 1 to 300 s); 2 given"
    )
    assert refused(en.measure("self-ratings"), ["5"] * 4).message == (
        "Self-ratings takes 5 values, one for each item in this order: Knowledge and skills, "
        "Courage to move, Physical function, Personal resources, Confidence in your own "
        "abilities; 4 given"
    )
    assert refused(en.measure("balance"), []).message.startswith(
        "4-stage balance test takes 1 to 4 values, the seconds held in each stage in this "
        "order: Feet together, Semi-tandem stand, Tandem stand, One-leg stand; 0 given"
    )
    assert refused(en.measure("evaluation"), ["8"] * 5).message == (
        "Course evaluation takes 6 to 7 values, one for each item in this order: Setting a "
        "goal, Reaching the goal, Concrete changes, Motivation, Commitment to self-care, Peer "
        "support, Comments; 5 given"
    )


def test_stages_not_tried_and_an_empty_comment_are_left_out(en: MeasureSet) -> None:
    assert read_values(en.measure("balance"), ["10", "10", "4", "", ""]) == {
        "feet-together": 10,
        "semi-tandem": 10,
        "tandem": 4,
    }
    evaluation = en.measure("evaluation")
    assert "comment" not in read_values(evaluation, ["8"] * 6)
    assert "comment" not in read_values(evaluation, ["8"] * 6 + ["  "])
    answers = read_values(evaluation, ["8"] * 6 + ["  Thank you,\n all!  "])
    assert answers["comment"] == "Thank you, all!"


def _measure(low: int, high: int, decimals: int, items: int) -> Measure:
    kind = "seconds" if items == 1 else "questionnaire"
    ids = ["x"] if items == 1 else [f"q{n}" for n in range(items)]
    return Measure(
        id="x",
        name="X",
        kind=kind,
        low=low,
        high=high,
        items=tuple(Item(item_id, item_id.upper()) for item_id in ids),
        better="higher",
        decimals=decimals if kind == "seconds" else 0,
    )


@st.composite
def measures_and_values(draw: st.DrawFn) -> tuple[Measure, list[float], list[str]]:
    low = draw(st.integers(-5, 50))
    high = draw(st.integers(low + 1, low + 200))
    measure = _measure(low, high, draw(st.integers(0, 2)), draw(st.integers(1, 7)))
    scale = 10**measure.decimals
    values = [
        draw(st.integers(low * scale, high * scale)) / scale for _ in range(len(measure.items))
    ]
    mark = draw(st.sampled_from([".", ","]))
    texts = [f"{value:.{measure.decimals}f}".replace(".", mark) for value in values]
    return measure, values, texts


@given(measures_and_values())
def test_values_in_range_are_taken_as_typed(case: tuple[Measure, list[float], list[str]]) -> None:
    measure, values, texts = case
    read = read_values(measure, texts)
    assert list(read.values()) == pytest.approx(values)
    assert list(read) == [item.id for item in measure.items]


@given(measures_and_values(), st.data())
def test_a_value_out_of_range_is_refused_naming_its_item(
    case: tuple[Measure, list[float], list[str]], data: st.DataObject
) -> None:
    measure, _, texts = case
    index = data.draw(st.integers(0, len(texts) - 1))
    wrong = data.draw(
        st.one_of(
            st.integers(measure.high + 1, measure.high + 1000),
            st.integers(measure.low - 1000, measure.low - 1),
        )
    )
    texts[index] = str(wrong)
    item = measure.items[index]
    with pytest.raises(InvalidRecord) as raised:
        read_values(measure, texts)
    assert raised.value.field == item.id
    assert f"from {measure.low} to {measure.high}" in raised.value.message
    assert f"not '{wrong}'" in raised.value.message
    if len(measure.items) > 1:
        assert f"X: {item.name} must be" in raised.value.message


@given(st.text(max_size=30))
def test_any_text_is_a_value_or_a_clear_refusal(text: str) -> None:
    measure = _measure(0, 10, 1, 1)
    try:
        value = parse_item(measure, measure.items[0], text)
    except InvalidRecord as error:
        assert error.field == "x" and error.message.startswith("X ")
    else:
        assert isinstance(value, int | float) and 0 <= value <= 10
