"""``osteo-tui participant add|list|import``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from osteo_tui.core.records import Consent, Fracture
from osteo_tui.core.store import CourseRepository
from tests.unit.cli.conftest import fails, ok, ok_json, run


def test_add_with_every_option(course: str, repo: CourseRepository) -> None:
    out = ok(
        "participant", "add", "Spring group", "  Anna   Virtanen ", "--born", "1950", "--sex", "F",
        "--fracture", "wrist 2019", "--fracture", "hip", "--contact", "040 123",
        "--consent-date", "2025-02-20", "--consent", "course records and PDF",
    ).stdout  # fmt: skip
    with repo.open(course, read_only=True) as store:
        [anna] = store.participants()
    assert out == f"Added Anna Virtanen (id {anna.id}) to 'Spring group'.\n"
    assert (anna.name, anna.born, anna.sex, anna.contact) == ("Anna Virtanen", 1950, "f", "040 123")
    assert anna.fractures == (Fracture("wrist", 2019), Fracture("hip"))
    assert anna.vertebral_fracture is False
    assert anna.consent == Consent(date(2025, 2, 20), "course records and PDF")


def test_add_flags_a_vertebral_fracture_and_a_missing_consent(course: str) -> None:
    out = ok("participant", "add", course, "Bo", "--vertebral-fracture").stdout
    assert "Vertebral fracture: exercise precautions apply." in out
    assert "No consent is recorded yet" in out
    ok("participant", "add", course, "Cy", "--fracture", "vertebra 2024")
    flags = {p["name"]: p["vertebral_fracture"] for p in ok_json("participant", "list", course)}
    assert flags == {"Bo": True, "Cy": True}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--sex", "x"], "sex must be f or m (or left empty)"),
        (["--born", "1890"], "the year of birth must be"),
        (["--fracture", "knee 2020"], "'knee' is not a fracture site"),
        (["--fracture", "hip 1800"], "'hip 1800': the year must be 1900-"),
        (["--consent", "everything"], "a consent needs the date it was given (YYYY-MM-DD)"),
        (["--consent-date", "yesterday"], "'yesterday' is not a date"),
    ],
)
def test_add_refuses_bad_values(course: str, options: list[str], message: str) -> None:
    assert message in fails("participant", "add", course, "Anna", *options)
    assert ok_json("participant", "list", course) == []


def test_add_refuses_a_name_taken_in_any_case_and_an_empty_name(course: str) -> None:
    ok("participant", "add", course, "Anna")
    assert fails("participant", "add", course, "ANNA") == (
        "osteo-tui: There is already a participant called Anna in this course"
    )
    assert fails("participant", "add", course, "  ") == "osteo-tui: The name cannot be empty"
    assert run("participant", "add", course, "Bo", "--born", "old").exit_code == 2


def test_list_table_and_json(people: str) -> None:
    table = ok("participant", "list", "Spring group").stdout
    assert "Participants (2)" in table and "Anna Virtanen" in table and "vertebra 2023" in table
    listed = ok_json("participant", "list", people)
    assert [(p["name"], p["born"], p["sex"]) for p in listed] == [
        ("Anna Virtanen", 1950, None),
        ("Bo Nielsen", None, "m"),
    ]
    assert set(listed[0]) >= {
        "id",
        "fractures",
        "vertebral_fracture",
        "consent",
        "contact",
        "notes",
    }


def test_list_of_an_empty_course(course: str) -> None:
    assert ok("participant", "list", course).stdout.startswith("No participants in 'Spring group'")


def _write(tmp_path: Path, text: str, bom: bool = False, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_import_semicolons_with_bom(course: str, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "Name;Born;Sex;Vertebral fracture;Fractures;Consent date\r\n"
        'Åse Ødegård;1951;F;kyllä;"wrist 2019; vertebra 2023";2025-02-20\r\n'
        "Matti Meikäläinen;1948;m;ei;hip 2024;\r\n",
        bom=True,
    )
    out = ok("participant", "import", course, str(path)).stdout
    assert out == "Imported 2 participants into 'Spring group': Åse Ødegård, Matti Meikäläinen.\n"
    matti, ase = ok_json("participant", "list", course)  # by name: "å" sorts after "m"
    assert ase["name"] == "Åse Ødegård" and ase["vertebral_fracture"] is True
    assert ase["fractures"] == [{"site": "wrist", "year": 2019}, {"site": "vertebra", "year": 2023}]
    assert ase["consent"] == {"given_on": "2025-02-20", "scope": "course records"}
    assert (matti["born"], matti["sex"], matti["vertebral_fracture"]) == (1948, "m", False)


def test_import_commas_without_bom_adds_to_existing_participants(
    people: str, tmp_path: Path
) -> None:
    path = _write(tmp_path, 'name,notes\n"Nielsen, Dora","uses a stick, left side"\n\nEve,\n')
    assert "Imported 2 participants" in ok("participant", "import", people, str(path)).stdout
    names = [p["name"] for p in ok_json("participant", "list", people)]
    assert names == ["Anna Virtanen", "Bo Nielsen", "Eve", "Nielsen, Dora"]


def test_import_reports_every_bad_row_and_writes_nothing(
    people: str, tmp_path: Path, repo: CourseRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(
        tmp_path,
        "name;born;sex;vertebral_fracture;fractures;notes\n"
        "Good One;1950;f;no;;\n"
        "Bad Year;19x8;f;no;;\n"
        'Multi Line;1950;f;no;;"first\nsecond"\n'
        "Bad Flag;1950;q;maybe;knee;\n"
        "bo nielsen;;;;;\n"
        "Good One;;;;;\n",
    )
    before = repo.course_file(people).read_bytes()
    backups = len(repo.backup_shelf(people).list())
    result = run("participant", "import", people, "people.csv")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "people.csv:3: born: '19x8' is not a year (write it as four digits, or leave empty)",
        "people.csv:6: sex: sex must be f or m (or left empty)",
        "people.csv:6: vertebral_fracture: 'maybe' is not yes or no (or empty for no)",
        "people.csv:6: fractures: 'knee' is not a fracture site "
        "(wrist, hip, vertebra, upper-arm, ankle, pelvis, rib, other)",
        "people.csv:7: name: there is already a participant called bo nielsen in this course",
        "people.csv:8: name: Good One is also on line 2",
        "osteo-tui: 6 problems in people.csv; nothing was imported",
    ]
    assert repo.course_file(people).read_bytes() == before
    assert len(repo.backup_shelf(people).list()) == backups


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "people.csv:1: the file is empty; the first line must name the columns"),
        (b"name;born\n", "people.csv: no participants below the header line"),
        (
            b"name,fracture\nAnna,hip\n",
            "people.csv:1: unknown column 'fracture' (did you mean 'fractures'?",
        ),
        (b"born\n1950\n", "people.csv:1: there is no 'name' column"),
        (b"name\nAnna\nJ\xf6rg\n", "people.csv:3: this line is not UTF-8 text"),
        (b"name;born\nAnna;1950;extra\n", "people.csv:2: 3 values, but the first line names 2"),
    ],
)
def test_import_refuses_a_file_that_is_not_a_participants_csv(
    course: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, problem: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "people.csv").write_bytes(data)
    result = run("participant", "import", course, "people.csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(problem)
    assert result.stderr.splitlines()[-1].endswith("in people.csv; nothing was imported")
    assert ok_json("participant", "list", course) == []


def test_import_a_missing_file(course: str, tmp_path: Path) -> None:
    result = run("participant", "import", course, str(tmp_path / "nope.csv"))
    assert result.exit_code == 1
    assert "nope.csv: cannot be read (No such file or directory)" in result.stderr
