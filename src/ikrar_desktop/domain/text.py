"""One rule for every text typed or imported: tidy whitespace, bounded length, nothing invisible.

Names and titles end up on official paper. A right-to-left override (U+202E), a zero-width space
(U+200B) or a control character makes two different records print alike, so such characters
are refused (with the field and the character named), never silently stored. Whitespace of any
kind (a tab or line break from an Excel cell, a no-break space) is only tidied. Ordinary
Indonesian text (letters with accents, apostrophes, hyphens, commas, dots) always passes.
"""

from __future__ import annotations

import re
import unicodedata

from ikrar_desktop.errors import ValidationError

# Longest text accepted per kind (characters, after tidying); generous for real documents.
LIMITS: dict[str, int] = {
    "nama": 200,  # the whole name as typed, gelar included
    "gelar": 80,
    "jabatan": 250,
    "unit": 250,  # as jabatan: the roster validator tidies both through one cache
    "golongan": 20,
    "judul": 200,
    "tempat": 200,
    "login": 64,
    "nomor": 100,
    "alasan": 1000,
    "uraian": 5000,
    "catatan": 2000,
    "naskah": 5000,
}
MULTILINE = frozenset({"alasan", "uraian", "catatan", "naskah"})

# Bidirectional controls: they reorder what is printed around them.
BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Letters that print as nothing (Hangul fillers, braille blank): look-alikes of a space.
BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_BLANK_RE = re.compile("[" + "".join(sorted(BLANK_LETTERS)) + "]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def _bad_char(ch: str) -> str:
    """Why ``ch`` may not appear in a stored text ('' when it may)."""
    if ch in BIDI:
        return "karakter pengatur arah teks"
    if ch in BLANK_LETTERS:
        return "karakter tak terlihat"
    category = unicodedata.category(ch)
    if category == "Cc":
        return "karakter kendali"
    if category == "Cf":
        return "karakter tak terlihat"
    if category in ("Cs", "Co", "Cn"):
        return "karakter tidak sah"
    return ""


def refusal(label: str, value: str) -> str:
    """The message for the first refused character of ``value`` ('' when there is none)."""
    for ch in value:
        why = _bad_char(ch)
        if why:
            return f"{label} memuat {why} (U+{ord(ch):04X})."
    return ""


def is_clean(value: str, kind: str) -> bool:
    """Fast test for a text already tidied to one line: within the limit, nothing refused.

    ``str.isprintable`` is False exactly for control, format, unassigned, private and
    separator characters; a tidied line has no separator but the plain space."""
    return (
        len(value) <= LIMITS[kind]
        and value.isprintable()
        and (value.isascii() or not _BLANK_RE.search(value))
    )


def clean_text(value: str | None, kind: str, label: str, *, field: str = "") -> str:
    """``value`` tidied (one line: runs of whitespace become one space; several lines for
    reasons and descriptions: line breaks kept, tabs become spaces), or ValidationError
    naming ``label`` and the character or the length limit."""
    if not value:
        return ""
    if kind in MULTILINE:
        lines = _LINE_BREAKS.sub("\n", value).split("\n")
        text = "\n".join(" ".join(line.split()) for line in lines).strip("\n")
        checked = text.replace("\n", "")
    else:
        text = checked = " ".join(value.split())
    limit = LIMITS[kind]
    if not is_clean(checked, kind) or len(text) > limit:
        problem = refusal(label, checked)
        if problem:
            raise ValidationError(
                problem,
                hint="Ketik ulang teksnya tanpa menyalin dari halaman web atau pesan; karakter "
                "seperti ini membuat dua nama tampak sama di kertas.",
                field=field or kind,
            )
        if len(text) > limit:
            raise ValidationError(
                f"{label} terlalu panjang ({len(text)} karakter; paling banyak {limit}).",
                hint="Singkat teksnya.",
                field=field or kind,
            )
    return text
