"""Longer words do not break the PDFs' tables: in English, Finnish and Danish, every word in a
table cell fits its column, so reportlab never has to cut one in two ("Muutoks|en")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.results import course_results, summarise
from osteo_tui.core.translation import speaking
from osteo_tui.reports import course_report, participant_summary, results_report
from tests.unit.reports.typical import MADE_ON, typical_participant

PACKS = {"en": "luustokurssi-en", "fi": "luustokurssi-fi", "da": "osteoporoseskole-da"}


def _tables(flowables: Any) -> Iterator[Table]:
    items = flowables if isinstance(flowables, list | tuple) else [flowables]
    for item in items:
        if isinstance(item, Table):
            yield item
            for row in item._cellvalues:
                for cell in row:
                    yield from _tables(cell)
        elif isinstance(item, KeepTogether):
            yield from _tables(item._content)


def _spans(table: Table) -> dict[tuple[int, int], int]:
    """The first cell of each span (column, row) → the columns it spans."""
    columns, rows = len(table._colWidths), len(table._cellvalues)
    found = {}
    for command in table._spanCmds:
        (start_col, start_row), (end_col, _end_row) = command[1], command[2]
        start_col, end_col = start_col % columns, end_col % columns
        found[(start_col, start_row % rows)] = end_col - start_col + 1
    return found


def _too_wide(table: Table) -> Iterator[str]:
    spans = _spans(table)
    for r, row in enumerate(table._cellvalues):
        for c, cell in enumerate(row):
            inside = cell if isinstance(cell, list | tuple) else [cell]
            paragraphs = [p for p in inside if isinstance(p, Paragraph)]
            if not paragraphs:
                continue
            span = spans.get((c, r), 1)
            style = table._cellStyles[r][c]
            room = sum(table._colWidths[c : c + span]) - style.leftPadding - style.rightPadding
            for paragraph in paragraphs:
                room_here = room - paragraph.style.leftIndent
                for frag in paragraph.frags:
                    for word in getattr(frag, "text", "").split():
                        if stringWidth(word, frag.fontName, frag.fontSize) > room_here:
                            yield f"{word!r} in a {room_here:.0f} pt column"


def _stories(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, catalog: PackCatalog, language: str
) -> list[list[Flowable]]:
    stories: list[list[Flowable]] = []
    for module in (course_report, participant_summary, results_report):
        original = module.render_pdf

        def keep(story: list[Flowable], info: Any, original: Any = original) -> bytes:
            stories.append(list(story))
            return original(story, info)

        monkeypatch.setattr(module, "render_pdf", keep)
    for vertebral_fracture in (False, True):
        folder = data_dir / f"vf-{vertebral_fracture}"
        typical = typical_participant(
            folder, catalog, PACKS[language], vertebral_fracture=vertebral_fracture, follow_up=True
        )
        participant_summary.participant_summary_pdf(
            typical.snapshot, typical.pack, typical.person, MADE_ON
        )
        course_report.course_report_pdf(typical.snapshot, typical.pack, MADE_ON)
        course_report.course_report_pdf(typical.snapshot, typical.pack, MADE_ON, pseudonymise=True)
    summary = summarise([course_results(typical.snapshot, typical.pack.measures)])
    with speaking(language):
        results_report.results_pdf(summary, "2026", MADE_ON)
    return stories


@pytest.mark.parametrize("language", sorted(PACKS))
def test_every_word_in_a_table_fits_its_column(
    monkeypatch: pytest.MonkeyPatch,
    private_data_dir: Path,
    builtin_catalog: PackCatalog,
    language: str,
) -> None:
    stories = _stories(monkeypatch, private_data_dir, builtin_catalog, language)
    assert len(stories) == 7
    tables = [table for story in stories for table in _tables(story)]
    assert len(tables) > 20
    problems = sorted({problem for table in tables for problem in _too_wide(table)})
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_word_cut_in_two() -> None:
    from osteo_tui.reports.blocks import data_table
    from osteo_tui.reports.styles import styles

    narrow = data_table(["Muutoksen mediaani"], [["1"]], [40], styles())
    assert list(_too_wide(narrow)) == [
        "'Muutoksen' in a 28 pt column",
        "'mediaani' in a 28 pt column",
    ]
    assert not list(_too_wide(data_table(["Muutoksen mediaani"], [["1"]], [90], styles())))
