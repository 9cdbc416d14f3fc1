"""Parsing a participants CSV: columns, encodings, separators, and every problem at once."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from osteo_tui.core.records import Consent, Fracture, Participant
from osteo_tui.core.records.csv_import import (
    COLUMNS,
    ParticipantsCsvInvalid,
    parse_participants_csv,
)
from osteo_tui.core.records.spreadsheet_cells import FORMULA_STARTS, guard_cell, unguard_cell
from osteo_tui.core.store.export_csv import participant_row, spreadsheet_cell

TODAY = date(2025, 6, 1)
FILE = Path("people.csv")
DOC = Path(__file__).resolve().parents[3] / "docs" / "participants-csv.md"


def parse(text: str, existing: tuple[str, ...] = (), bom: bool = False) -> list[Participant]:
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    return parse_participants_csv(data, FILE, existing, TODAY)


def problems(text: str, existing: tuple[str, ...] = ()) -> list[str]:
    with pytest.raises(ParticipantsCsvInvalid) as caught:
        parse(text, existing)
    assert str(caught.value) == "\n".join(str(p) for p in caught.value.problems)
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("separator", [";", ","])
def test_every_column_with_either_separator_and_with_or_without_bom(
    separator: str, bom: bool
) -> None:
    header = separator.join(COLUMNS)
    row = separator.join(
        ["Anna", "1950", "f", "yes", '"wrist 2019; hip"', "040 1", "2025-02-01", "PDF", "stick"]
    )
    [anna] = parse(f"{header}\r\n{row}\r\n", bom=bom)
    assert (anna.name, anna.born, anna.sex, anna.vertebral_fracture) == ("Anna", 1950, "f", True)
    assert anna.fractures == (Fracture("wrist", 2019), Fracture("hip"))
    assert (anna.contact, anna.notes) == ("040 1", "stick")
    assert anna.consent == Consent(date(2025, 2, 1), "PDF")


@pytest.mark.parametrize(
    ("text", "flag"),
    [(t, True) for t in ("yes", "TRUE", "1", "kyllä", "Kylla", "ja")]
    + [(t, False) for t in ("no", "False", "0", "ei", "nej", "")],
)
def test_yes_and_no_in_several_languages(text: str, flag: bool) -> None:
    [person] = parse(f"name;vertebral_fracture\nAnna;{text}\n")
    assert person.vertebral_fracture is flag


def test_header_names_in_any_case_and_order_with_spaces_or_dashes() -> None:
    [person] = parse("Born,  Vertebral Fracture ,consent-date,NAME\n1950,no,2025-01-01,Bo\n")
    assert (person.name, person.born, person.consent) == (
        "Bo",
        1950,
        Consent(date(2025, 1, 1), "course records"),
    )


def test_a_vertebra_fracture_sets_the_flag_and_commas_separate_fractures_too() -> None:
    [person] = parse('name,fractures\nAnna,"wrist 2020, vertebra:2023"\n')
    assert person.fractures == (Fracture("wrist", 2020), Fracture("vertebra", 2023))
    assert person.vertebral_fracture is True


def test_empty_lines_and_missing_trailing_cells_and_empty_extra_cells_are_fine() -> None:
    people = parse("name;born;sex\n\nAnna\n;;\nBo;1950;m;;\n")
    assert [(p.name, p.born, p.sex) for p in people] == [("Anna", None, None), ("Bo", 1950, "m")]


def test_the_id_column_is_ignored_and_new_ids_given() -> None:
    [person] = parse("id,name\nabcd1234,Anna\n")
    assert person.id != "abcd1234"


def test_every_problem_with_the_line_where_its_row_starts() -> None:
    text = (
        "name;born;sex;notes;consent_scope\n"  # 1
        'Anna;1950;f;"a note\n'  # 2
        'over three\nlines";\n'  # 3, 4
        "Bo;1890;x;;\n"  # 5
        ";1950;;;\n"  # 6
        "Cy;;;;no date\n"  # 7
        "anna;;;;\n"  # 8
        "Dee;;;;\n"  # 9
    )
    assert problems(text, existing=("DEE",)) == [
        "people.csv:5: born: the year of birth must be 1905-2007",
        "people.csv:5: sex: sex must be f or m (or left empty)",
        "people.csv:6: name: the name cannot be empty",
        "people.csv:7: consent_date: a consent needs the date it was given (YYYY-MM-DD)",
        "people.csv:8: name: anna is also on line 2",
        "people.csv:9: name: there is already a participant called Dee in this course",
    ]


def test_header_problems_are_reported_together() -> None:
    assert problems("nmae;name;born;born;colour\nAnna;;;;\n") == [
        "people.csv:1: unknown column 'nmae' (did you mean 'name'? the columns are "
        + ", ".join(COLUMNS)
        + ")",
        "people.csv:1: unknown column 'colour' (the columns are " + ", ".join(COLUMNS) + ")",
        "people.csv:1: the column 'born' appears twice",
    ]


def test_bytes_that_are_not_utf8_are_located() -> None:
    data = "name\nAnna\nJörg\n".encode("latin-1")
    with pytest.raises(ParticipantsCsvInvalid) as caught:
        parse_participants_csv(data, FILE, (), TODAY)
    assert [str(p) for p in caught.value.problems] == [
        "people.csv:3: this line is not UTF-8 text; save the file as 'CSV UTF-8'"
    ]


def _doc_examples() -> list[str]:
    blocks = re.findall(r"```csv\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) == 2
    return blocks


@pytest.mark.parametrize("example", _doc_examples())
def test_the_documented_examples_import(example: str) -> None:
    anna, bo, leena = parse(example)
    assert anna.fractures == (Fracture("wrist", 2019), Fracture("vertebra", 2023))
    assert anna.vertebral_fracture and not bo.vertebral_fracture
    assert anna.notes == "Uses a walking stick" and anna.contact == "040 123 4567"
    assert bo.consent == Consent(date(2025, 2, 21), "course records")
    assert (leena.name, leena.sex, leena.consent) == ("Leena K.", "f", None)


def test_every_documented_column_is_a_column() -> None:
    documented = re.findall(r"^\| `(\w+)` ", DOC.read_text(encoding="utf-8"), flags=re.M)
    assert documented == [*COLUMNS, "id"]


NAMES = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40)
    .map(lambda text: " ".join(text.split())[:80])
    .filter(bool)
)
PEOPLE = st.lists(
    st.builds(
        lambda name, born, sex, flag, notes: Participant.new(
            name, born=born, sex=sex, vertebral_fracture=flag, notes=notes, today=TODAY
        ),
        NAMES,
        st.none() | st.integers(1905, 2007),
        st.sampled_from([None, "f", "m"]),
        st.booleans(),
        st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
    ),
    min_size=1,
    max_size=5,
    unique_by=lambda person: person.name.casefold(),
)


@settings(max_examples=60, deadline=None)
@given(people=PEOPLE, separator=st.sampled_from([";", ","]))
def test_exported_rows_import_as_the_same_participants(
    people: list[Participant], separator: str
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator)
    writer.writerow(("id", *COLUMNS))
    writer.writerows([spreadsheet_cell(cell) for cell in participant_row(p)] for p in people)
    imported = parse(buffer.getvalue())
    assert [(p.name, p.born, p.sex, p.vertebral_fracture) for p in imported] == [
        (p.name, p.born, p.sex, p.vertebral_fracture) for p in people
    ]
    assert [p.notes for p in imported] == [p.notes.strip() for p in people]


@given(st.text(max_size=30))
def test_guarded_cells_never_start_a_formula_and_come_back_unchanged(text: str) -> None:
    guarded = guard_cell(text)
    assert not guarded.startswith(FORMULA_STARTS)
    assert unguard_cell(guarded) == text


def test_a_formula_in_a_name_or_note_is_exported_as_text_and_imported_back() -> None:
    person = Participant.new(
        '=HYPERLINK("http://x","Click")', notes="- walked 10 min\n+ stairs", today=TODAY
    )
    row = [spreadsheet_cell(cell) for cell in participant_row(person)]
    assert row[1] == '\'=HYPERLINK("http://x","Click")'
    assert row[1 + COLUMNS.index("notes")].startswith("'-")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(("id", *COLUMNS))
    writer.writerow(row)
    (back,) = parse(buffer.getvalue())
    assert back.name == person.name and back.notes == person.notes
