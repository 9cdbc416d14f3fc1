"""The gettext catalogues are complete, correct and compiled.

Every message the source marks for translation (extracted here, as babel.cfg says) must be in
the template and in every catalogue; the Finnish and Danish ones must translate it, not as a
fuzzy guess, with the same ``{placeholders}`` and markup; the compiled .mo files must say what
the .po files say. The fix for each failure is one step of docs/translations.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from osteo_tui.core.translation import DOMAIN, LANGUAGES, LOCALE_DIR, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [language for language in LANGUAGES if language != SOURCE_LANGUAGE]
SCRIPT = "python scripts/translations.py"
_BRACES = re.compile(r"(?<!\{)\{([^{}]*)\}(?!\})")
_PERCENT = re.compile(r"%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]")

Key = tuple[str | None, str]  # (msgctxt, msgid)


def _key(message: Message) -> Key:
    msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
    return message.context, msgid


@pytest.fixture(scope="module")
def source() -> dict[Key, str]:
    """What the source marks for translation now, with the first file that has each."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as config:
        method_map, options_map = parse_mapping_cfg(config)
    found: dict[Key, str] = {}
    for filename, _line, message, _comments, context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=DEFAULT_KEYWORDS
    ):
        msgid = message[0] if isinstance(message, tuple | list) else message
        if msgid:
            found.setdefault((context, msgid), filename)
    assert len(found) > 100, "extraction found almost nothing: is babel.cfg right?"
    return found


def _read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def _po(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def _messages(catalog: Catalog) -> dict[Key, Message]:
    return {_key(message): message for message in catalog if message.id}


def _listed(keys: Iterable[Key], where: dict[Key, str] | None = None) -> str:
    lines = []
    for context, msgid in sorted(keys, key=lambda key: (key[1], key[0] or "")):
        about = f" [{context}]" if context else ""
        origin = f"   ({where[(context, msgid)]})" if where else ""
        lines.append(f"  {msgid!r}{about}{origin}")
    return "\n".join(lines[:40]) + ("\n  …" if len(lines) > 40 else "")


def test_the_template_holds_exactly_what_the_source_marks(source: dict[Key, str]) -> None:
    template = set(_messages(_read(LOCALE_DIR / f"{DOMAIN}.pot")))
    missing, gone = set(source) - template, template - set(source)
    assert not missing, f"new messages; run: {SCRIPT} all\n{_listed(missing, source)}"
    assert not gone, f"messages no longer in the source; run: {SCRIPT} all\n{_listed(gone)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalogue_has_every_message(language: str, source: dict[Key, str]) -> None:
    messages = _messages(_read(_po(language)))
    missing = set(source) - set(messages)
    assert not missing, (
        f"{language}: messages not in the catalogue; run: {SCRIPT} update, translate them, "
        f"then {SCRIPT} compile\n{_listed(missing, source)}"
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_and_none_is_fuzzy(
    language: str, source: dict[Key, str]
) -> None:
    messages = _messages(_read(_po(language)))
    fuzzy = {key for key in source if key in messages and messages[key].fuzzy}
    untranslated = {
        key
        for key in source
        if key in messages and not all(_strings(messages[key]))
    }
    assert not fuzzy, f"{language}: fuzzy (check, then drop the fuzzy flag)\n{_listed(fuzzy)}"
    assert not untranslated, f"{language}: not translated\n{_listed(untranslated, source)}"


def _strings(message: Message) -> list[str]:
    strings = message.string
    return list(strings) if isinstance(strings, tuple | list) else [strings]


def _ids(message: Message) -> list[str]:
    return list(message.id) if isinstance(message.id, tuple | list) else [message.id]


def _fields(text: str) -> set[str]:
    return {match.group(1) for match in _BRACES.finditer(text)}


def _wrong_placeholders(message: Message) -> str | None:
    """Why a translation's ``{fields}``, ``%`` formats or ``[markup]`` differ from the
    English, or ``None``."""
    ids, strings = _ids(message), [s for s in _strings(message) if s]
    if not strings:
        return None
    if len(ids) > 1 and not _fields(ids[-1]) <= _fields(strings[-1]):
        # The singular form may say "one"; the other form must show the number.
        return f"the plural form lacks {sorted(_fields(ids[-1]) - _fields(strings[-1]))}"
    every = set().union(*(_fields(text) for text in ids))
    for text in strings:
        fields = _fields(text)
        if len(ids) == 1 and fields != every:
            return f"{{fields}} {sorted(fields)} instead of {sorted(every)}"
        if len(ids) > 1 and not fields <= every:
            return f"{{fields}} {sorted(fields)} not all in {sorted(every)}"
        if "python-format" in message.flags and sorted(_PERCENT.findall(text)) != sorted(
            _PERCENT.findall(ids[0])
        ):
            return "% formats differ"
        if text.count("[") != ids[0].count("[") or text.count("]") != ids[0].count("]"):
            return "a different number of square brackets (Rich markup)"
    return None


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_and_markup(language: str) -> None:
    wrong = {}
    for key, message in _messages(_read(_po(language))).items():
        reason = _wrong_placeholders(message)
        if reason:
            wrong[key] = reason
    assert not wrong, f"{language}:\n" + "\n".join(
        f"  {key[1]!r}: {reason}" for key, reason in sorted(wrong.items(), key=str)
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_plural_forms_are_those_of_the_language(language: str) -> None:
    catalog = _read(_po(language))
    assert catalog.plural_forms == "nplurals=2; plural=(n != 1);"


def _mo_entries(data: bytes) -> dict[Key, tuple[str, ...]]:
    catalog = read_mo(BytesIO(data))
    return {_key(m): tuple(_strings(m)) for m in catalog if m.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_says_what_its_po_file_says(language: str) -> None:
    """The committed .mo holds what compiling the .po gives now (headers aside)."""
    path = _po(language).with_suffix(".mo")
    assert path.exists(), f"{path.name} for {language} is missing; run: {SCRIPT} compile"
    fresh = BytesIO()
    write_mo(fresh, _read(_po(language)))
    expected, compiled = _mo_entries(fresh.getvalue()), _mo_entries(path.read_bytes())
    keys = expected.keys() | compiled.keys()
    stale = {key for key in keys if expected.get(key) != compiled.get(key)}
    assert not stale, f"{language}: the .mo file is stale; run: {SCRIPT} compile\n{_listed(stale)}"


def test_a_catalogue_with_a_gap_fails_the_checks() -> None:
    """The checks above can fail: a missing translation, a dropped field, a fuzzy entry."""
    good = Message("Added goal {number} for {name}", "Lisätty tavoite {number}: {name}")
    assert _wrong_placeholders(good) is None
    dropped = Message("Added goal {number} for {name}", "Lisätty tavoite")
    assert "fields" in (_wrong_placeholders(dropped) or "")
    plural = Message(("{count} goal", "{count} goals"), ("yksi tavoite", "{count} tavoitetta"))
    assert _wrong_placeholders(plural) is None  # the singular may say "one"
    countless = Message(("{count} goal", "{count} goals"), ("{count} tavoite", "tavoitteita"))
    assert "plural form" in (_wrong_placeholders(countless) or "")
    markup = Message("[b]{name}[/b]", "{name}")
    assert "brackets" in (_wrong_placeholders(markup) or "")
    catalog = Catalog(locale="fi")
    catalog.add("Back", "")
    catalog.add("Help", "Ohje", flags=["fuzzy"])
    messages = _messages(catalog)
    assert not all(_strings(messages[(None, "Back")]))
    assert messages[(None, "Help")].fuzzy


def test_the_mo_reader_sees_what_babel_writes() -> None:
    """The stale check compares like with like: a catalogue written and read back is equal."""
    catalog = Catalog(locale="fi")
    catalog.add("Back", "Takaisin")
    catalog.add(("{count} goal", "{count} goals"), ("{count} tavoite", "{count} tavoitetta"))
    catalog.add("Help", "Ohje", context="key")
    buffer = BytesIO()
    write_mo(buffer, catalog)
    assert _mo_entries(buffer.getvalue()) == {
        (None, "Back"): ("Takaisin",),
        (None, "{count} goal"): ("{count} tavoite", "{count} tavoitetta"),
        ("key", "Help"): ("Ohje",),
    }
