"""Reading generated PDFs back: their text (pypdf) and their first page as pixels (pdftoppm)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from osteo_tui.core.lessons import PackCatalog
from tests.unit.reports.course_data import Sample, sample_course


def pdf_text(data: bytes) -> str:
    """All the text of a PDF, whitespace made single spaces (lines wrap anywhere)."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def fonts(data: bytes) -> set[str]:
    """The fonts the pages use, without subset prefixes."""
    reader = PdfReader(io.BytesIO(data))
    return {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }


DEJAVU = {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


def first_page_png(data: bytes, folder: Path, name: str) -> Path:
    """The first page rendered by poppler's pdftoppm at 50 dpi."""
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(data)
    prefix = folder / name
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "50",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
        capture_output=True,
    )
    return prefix.with_suffix(".png")


def ink(png: Path) -> float:
    """The share of the page's pixels that are not white."""
    image = Image.open(png).convert("L")
    histogram = image.histogram()
    return sum(histogram[:200]) / (image.width * image.height)


@pytest.fixture
def sample(private_data_dir: Path, builtin_catalog: PackCatalog) -> Sample:
    return sample_course(private_data_dir, builtin_catalog)


@pytest.fixture
def sample_fi(private_data_dir: Path, builtin_catalog: PackCatalog) -> Sample:
    return sample_course(private_data_dir, builtin_catalog, "luustokurssi-fi")
