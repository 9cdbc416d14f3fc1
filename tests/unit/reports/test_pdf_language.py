"""The PDFs speak the course's language, and take every word of their own from the gettext
catalogues (no table of words per language in the reports), without changing the language
the app goes on speaking meanwhile."""

from __future__ import annotations

import gettext
import threading
from pathlib import Path

import pytest

from osteo_tui.core import translation
from osteo_tui.core.lessons import PackCatalog
from osteo_tui.core.translation import _, active_language, speaking
from osteo_tui.reports import course_report_pdf, participant_summary, participant_summary_pdf
from tests.unit.reports.conftest import pdf_text
from tests.unit.reports.typical import MADE_ON, typical_participant

PACKS = {"fi": "luustokurssi-fi", "da": "osteoporoseskole-da"}
# words of the PDFs' own (not the lesson pack's), as the catalogues translate them
OWN_WORDS = {
    "fi": ["Kurssiyhteenvetosi", "Kotiharjoitusohjelmasi", "Tavoitteesi", "Miten meni", "Sivu 1/"],
    "da": [
        "Din kursusoversigt",
        "Dit hjemmetræningsprogram",
        "Dine mål",
        "Sådan gik det",
        "Side 1 af",
    ],
}
REPORT_WORDS = {
    "fi": ["Kurssiraportti", "Tunnusluvut", "Osallistuminen kerroittain", "Läsnäolot"],
    "da": ["Kursusrapport", "Nøgletal", "Fremmøde pr. kursusgang", "Deltager"],
}
ENGLISH = ["Your course summary", "Your home exercise programme", "Your goals", "How it went"]
ENGLISH += ["Page 1 of"]


def _texts(data_dir: Path, catalog: PackCatalog, language: str) -> tuple[str, str]:
    typical = typical_participant(data_dir, catalog, PACKS[language])
    summary = participant_summary_pdf(typical.snapshot, typical.pack, typical.person, MADE_ON)
    report = course_report_pdf(typical.snapshot, typical.pack, MADE_ON)
    return pdf_text(summary), pdf_text(report)


@pytest.mark.parametrize("language", ["fi", "da"])
def test_a_course_in_another_language_prints_in_it(
    private_data_dir: Path, builtin_catalog: PackCatalog, language: str
) -> None:
    summary, report = _texts(private_data_dir, builtin_catalog, language)
    for words in OWN_WORDS[language]:
        assert words in summary
    for words in REPORT_WORDS[language]:
        assert words in report
    for words in ENGLISH:
        assert words not in summary


@pytest.mark.parametrize("language", ["fi", "da"])
def test_without_its_catalogue_the_pdf_has_no_word_of_the_language_of_its_own(
    private_data_dir: Path,
    builtin_catalog: PackCatalog,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With an empty catalogue every word the reports print is English: none is kept in a
    table of the reports' own, so the catalogues are the one place to translate them."""
    monkeypatch.setattr(translation, "_catalogue", lambda _language: gettext.NullTranslations())
    summary, report = _texts(private_data_dir, builtin_catalog, language)
    for words in OWN_WORDS[language] + REPORT_WORDS[language]:
        assert words not in summary and words not in report
    for words in ENGLISH:
        assert words in summary


def test_a_finnish_pdf_leaves_the_app_in_english(
    private_data_dir: Path, builtin_catalog: PackCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app makes PDFs in a worker thread: while a Finnish one is made, the app's own
    thread goes on in English and no listener (the key bindings) hears of a change."""
    heard: list[str] = []
    monkeypatch.setattr(translation, "_listeners", [heard.append])
    seen: dict[str, str] = {}

    def look(_summary: object) -> list[object]:
        seen["pdf"] = active_language()

        def elsewhere() -> None:
            seen["app"] = active_language()
            seen["app words"] = _("Back")

        other = threading.Thread(target=elsewhere)
        other.start()
        other.join()
        return []

    monkeypatch.setattr(participant_summary, "SECTIONS", (*participant_summary.SECTIONS, look))
    typical = typical_participant(private_data_dir, builtin_catalog, "luustokurssi-fi")
    with speaking("en"):
        participant_summary_pdf(typical.snapshot, typical.pack, typical.person, MADE_ON)
        assert active_language() == "en"
    assert seen == {"pdf": "fi", "app": "en", "app words": "Back"}
    assert heard == []
