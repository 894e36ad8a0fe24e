"""The election an event serves, and the default pledge texts naming it with the event's year."""

from __future__ import annotations

import re

from ikrar_desktop.domain.attendance import DEFAULT_IKRAR_TEXT, DEFAULT_PAKTA_POINTS

# what the default texts say, by slug; the clerk may type any other name
ELECTIONS: dict[str, str] = {
    "pemilu-pemilihan": "Pemilu dan Pemilihan",
    "pemilu": "Pemilihan Umum",
    "pilkada": "Pemilihan Kepala Daerah Serentak",
    "psu": "Pemungutan Suara Ulang",
}
DEFAULT_ELECTION = ELECTIONS["pemilu-pemilihan"]
_NAMED = "Pemilu dan Pemilihan Tahun 2024"  # as the texts of before issue 18 say it
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def election_name(text: str) -> str:
    """A slug (pemilu, pilkada, psu) → its name; any other text as typed; empty → the default."""
    clean = " ".join(text.split())
    return ELECTIONS.get(clean.lower(), clean) or DEFAULT_ELECTION


def phrase(election: str, year: int) -> str:
    """ "Pemilihan Kepala Daerah Serentak Tahun 2024": the year of the event, unless the name
    already holds one (a pledge in 2023 for "Pemilu dan Pemilihan Tahun 2024")."""
    name = election_name(election)
    return name if _YEAR.search(name) else f"{name} Tahun {year}"


def default_ikrar_text(election: str, year: int) -> str:
    return DEFAULT_IKRAR_TEXT.replace(_NAMED, phrase(election, year))


def default_pakta_points(election: str, year: int) -> tuple[str, ...]:
    return tuple(p.replace(_NAMED, phrase(election, year)) for p in DEFAULT_PAKTA_POINTS)
