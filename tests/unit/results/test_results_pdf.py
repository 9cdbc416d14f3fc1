"""``osteo-tui results --pdf``: the same numbers, in a PDF without names."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from tests.unit.cli.conftest import ok
from tests.unit.results.course_data import Person, make_course


def test_results_pdf_holds_the_numbers_and_no_names(
    private_data_dir: Path, tmp_path: Path
) -> None:
    anna = Person(
        "Anna Virtanen",
        results={
            ("tug", "start"): ["14"], ("tug", "end"): ["11"],
            ("self-ratings", "start"): list("54675"), ("self-ratings", "end"): list("78679"),
            ("evaluation", "end"): ["9"] * 6 + ["Thank you, Liisa"],
        },
        goal_levels=[[0, 1]],
    )  # fmt: skip
    make_course(private_data_dir, "Spring", "2026-01-13", [anna])
    out = ok("results", "--year", "2026", "--pdf", str(tmp_path / "r.pdf")).stdout
    assert out.endswith(f"Wrote the results to {tmp_path / 'r.pdf'}.\n")
    reader = PdfReader(io.BytesIO((tmp_path / "r.pdf").read_bytes()))
    pdf = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert reader.metadata is not None and reader.metadata.title == "Results 2026"
    for expected in (
        "Results 2026",
        "Set a goal 1 of 1 (100 %)",
        "From start to end",
        "Timed Up and Go (s) mean 14 → 11 1 -3 -3 100 % 1 → 0",
        "Courage to move mean 4 → 8 1 +4 +4 100 %",
        "Peer support 1 9 9",
        "Free comments: 1",
    ):
        assert expected in pdf
    for secret in ("Anna", "Virtanen", "Liisa", "Spring"):
        assert secret not in pdf
