"""The line-aware YAML reader under the pack loader."""

from __future__ import annotations

import pytest

from osteo_tui.core.yaml_source import LineDict, YamlProblem, read_yaml


def test_lines_of_keys_and_items_count_from_the_given_first_line() -> None:
    value, problems = read_yaml("a: 1\nb:\n  - x\n  - y\n", first_line=10)
    assert isinstance(value, LineDict) and problems == []
    assert value.key_lines == {"a": 10, "b": 11}
    assert value["b"].item_lines == [12, 13]


def test_only_true_and_false_are_booleans_and_dates_stay_text() -> None:
    value, _ = read_yaml("a: no\nb: on\nc: yes\nd: true\ne: 2019-01-01\nf: False\n")
    assert value == {"a": "no", "b": "on", "c": "yes", "d": True, "e": "2019-01-01", "f": False}


def test_duplicate_keys_are_reported_not_silently_merged() -> None:
    value, problems = read_yaml("a: 1\nb: 2\na: 3\n")
    assert value["a"] == 1
    assert [(p.line, p.message) for p in problems] == [(3, "duplicate key 'a' (first at line 1)")]


def test_error_at_the_end_of_a_file_without_final_newline_names_its_last_line() -> None:
    # Found by hypothesis: the parser's mark pointed one line past the text.
    text = "- id: a\n  name: b\n0"
    with pytest.raises(YamlProblem) as raised:
        read_yaml(text)
    assert raised.value.line == 3


@pytest.mark.parametrize(
    ("text", "line", "hint"),
    [
        ("a: b: c\n", 1, "a ':' followed by a space inside a value; put the whole value in quotes"),
        ("a:\n\t- b\n", 2, "a tab character; indent with spaces"),
        ("a: *x\n", 1, "a '*' at the start of a value; put the value in quotes"),
    ],
)
def test_yaml_errors_get_plain_hints(text: str, line: int, hint: str) -> None:
    with pytest.raises(YamlProblem) as raised:
        read_yaml(text)
    assert (raised.value.line, raised.value.message) == (line, f"YAML cannot be read: {hint}")
