"""The footer keeps every key on an 80-column screen, "? Help" last, even in Finnish: the
longest descriptions are cut with "…" only when the keys would not fit otherwise."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from osteo_tui.tui.widgets.fitting_footer import SHORTEST, fitted_descriptions

RUNNER_FI = [
    ("space", "Aloita/tauko"),
    ("n", "Seuraava"),
    ("+", "+1 min"),
    ("a", "Läsnäolo"),
    ("g", "Tavoitteet"),
    ("o", "Muistiinpano"),
    ("q", "Takaisin"),
    ("?", "Ohje"),
]


def _width(keys: list[tuple[str, str]], descriptions: list[str]) -> int:
    return (
        sum(cell_len(k) + 1 + cell_len(d) + 1 for (k, _), d in zip(keys, descriptions, strict=True))
        - 1
    )


def test_keys_that_fit_are_left_as_they_are() -> None:
    english = [("space", "Start/pause"), ("n", "Next"), ("q", "Back"), ("?", "Help")]
    assert fitted_descriptions(english, 80) == ["Start/pause", "Next", "Back", "Help"]


def test_the_longest_descriptions_are_cut_until_help_fits() -> None:
    fitted = fitted_descriptions(RUNNER_FI, 80)
    assert _width(RUNNER_FI, fitted) <= 80
    assert fitted[-1] == "Ohje" and fitted[2] == "+1 min"  # short ones are not touched
    assert [text for text in fitted if text.endswith("…")]  # something had to give
    assert all(
        text.endswith("…") or text == full
        for text, (_, full) in zip(fitted, RUNNER_FI, strict=True)
    )


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "^s", "space"]),
            st.text("abcdäö ", min_size=1).filter(lambda s: "  " not in s),
        ),
        min_size=1,
        max_size=9,
    ),
    st.integers(20, 120),
)
def test_never_shorter_than_needed_nor_than_a_few_letters(
    keys: list[tuple[str, str]], width: int
) -> None:
    fitted = fitted_descriptions(keys, width)
    cut = [text for text in fitted if text.endswith("…")]
    assert all(cell_len(text) >= SHORTEST for text in cut)
    if _width(keys, fitted) > width:  # could not fit: everything long was cut to the bone
        assert all(cell_len(text) <= SHORTEST + 1 for text in fitted)
    elif cut:  # it fits, and not by cutting more than needed (a cut takes one letter, or
        # two when it leaves a space before the "…")
        assert _width(keys, fitted) >= width - 1
