"""The course report's own numbers: attendance per session, completion, pseudonyms."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osteo_tui.core.course_figures import (
    course_figures,
    default_completion_sessions,
    pseudonym_numbers,
    replace_names,
)
from osteo_tui.core.records import Participant
from tests.unit.reports.course_data import Sample


def test_completion_needs_80_percent_of_the_sessions_by_default() -> None:
    assert [default_completion_sessions(n) for n in (1, 4, 5, 7, 10)] == [1, 3, 4, 6, 8]


def test_figures_of_the_sample_course(sample: Sample) -> None:
    figures = course_figures(sample.snapshot.grid())
    assert figures.participants == 3
    assert [(s.number, s.present) for s in figures.sessions] == [
        (1, 3),
        (2, 3),
        (3, 2),
        (4, 1),
        (5, 2),
    ]
    assert figures.sessions[3].rate == pytest.approx(1 / 3)
    assert figures.completion_sessions == 4
    assert figures.completed == 2  # Čech 4 of 5, Pekka 5 of 5; Åsa 2


def test_completion_from_the_settings_is_capped_at_the_session_count(sample: Sample) -> None:
    grid = sample.snapshot.grid()
    assert course_figures(grid, 5).completed == 1
    capped = course_figures(grid, 9)
    assert (capped.completion_sessions, capped.completed) == (5, 1)
    assert course_figures(grid, 2).completed == 3


def test_pseudonyms_follow_the_random_ids_not_the_names() -> None:
    people = [Participant.new(name) for name in ("Aino", "Bo", "Cecilia", "Dora", "Eero", "Fanny")]
    numbers = pseudonym_numbers(people)
    assert sorted(numbers.values()) == [1, 2, 3, 4, 5, 6]
    by_id = sorted(people, key=lambda p: p.id)
    assert [numbers[p.id] for p in by_id] == [1, 2, 3, 4, 5, 6]


def test_names_in_free_text_are_replaced_whole_words_any_case() -> None:
    names = {"Aino Virtanen": "Participant 1", "Anna V.": "Participant 2", "Anna Berg": "P3"}
    text = "AINO  virtanen came. Aino said hi; Annabel and Anna were there; Virtanens too."
    assert replace_names(text, names, "[name]") == (
        "Participant 1 came. Participant 1 said hi; Annabel and [name] were there; Virtanens too."
    )
    assert replace_names("Anna V. and Anna Berg", names) == "Participant 2 and P3"
    assert replace_names("nobody here", {}) == "nobody here"


@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=5), st.text(max_size=60))
def test_no_name_part_survives(names: list[str], filler: str) -> None:
    replacements = {name: f"#{n}#" for n, name in enumerate(names)}
    cleaned = replace_names(" ".join([filler, *names, filler]), replacements, "#?#")
    left = cleaned.replace("#", " ")
    for name in names:
        for part in re.findall(r"\w+", name):
            if part.isdigit():  # the pseudonyms' own numbers
                continue
            assert not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", left, re.IGNORECASE)
