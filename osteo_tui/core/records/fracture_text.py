"""Fracture history as a trainer types it: ``wrist 2023; hip 2024``, each site in the trainer's
language (``ranne 2023``, ``håndled 2023``) or as its stored code."""

from __future__ import annotations

import re

from osteo_tui.core.records.errors import InvalidRecord
from osteo_tui.core.records.labels import fracture_site_label
from osteo_tui.core.records.participant import FRACTURE_SITES, Fracture
from osteo_tui.core.translation import _

__all__ = ["parse_fractures"]


def _site_codes() -> dict[str, str]:
    """Each fracture site's word in the active language, and its code, → the code."""
    codes = {site: site for site in FRACTURE_SITES}
    codes.update({fracture_site_label(site).casefold(): site for site in FRACTURE_SITES})
    return codes


def _coded(entry: str) -> str:
    """``ranne 2023`` → ``wrist 2023``: a site typed in the trainer's language as its code;
    an entry that names no known site is left as it is."""
    text = " ".join(entry.replace(":", " ").split())
    folded = text.casefold()
    codes = _site_codes()
    for word in sorted(codes, key=len, reverse=True):
        if folded == word or folded.startswith(word + " "):
            return codes[word] + text[len(word) :]
    return entry


def parse_fractures(text: str, this_year: int) -> tuple[Fracture, ...]:
    """``wrist 2023; hip 2024`` (a comma separates entries too), each site in the active
    language (``ranne 2023``) or as its code."""
    fractures = []
    for part in re.split(r"[;,]", text):
        if not part.strip():
            continue
        entry = _coded(part)
        site = entry.replace(":", " ").split()[0]
        if site.lower() not in FRACTURE_SITES:
            sites = ", ".join(fracture_site_label(code) for code in FRACTURE_SITES)
            raise InvalidRecord(
                "fractures",
                _("'{site}' is not a fracture site ({sites})").format(site=site, sites=sites),
            )
        fractures.append(Fracture.parse(entry, this_year))
    return tuple(fractures)
