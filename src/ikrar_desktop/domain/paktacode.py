"""What a pakta sheet's QR holds (``IKRAR-PAKTA:event:person``), and reading it back."""

from __future__ import annotations

import re

PREFIX = "IKRAR-PAKTA"
SHORT = "P"  # the "Kode lembar: P-<event>-<person>" printed beside the QR, for typing by hand
# A scanner typing through the wrong keyboard layout sends ';' for ':' (and may add spaces,
# tabs or a carriage return); the prefix comes in any case.
_QR = re.compile(r"^IKRAR[-_]?PAKTA[:;](\d{1,9})[:;](\d{1,12})$", re.IGNORECASE)
_TYPED = re.compile(r"^P[-_](\d{1,9})[-_](\d{1,12})$", re.IGNORECASE)
_NOISE = re.compile(r"[\s\x00-\x1f\x7f]+")


def payload(event_id: int, employee_id: int) -> str:
    """The QR's text on the sheet of one person for one event."""
    return f"{PREFIX}:{event_id}:{employee_id}"


def short_code(event_id: int, employee_id: int) -> str:
    """The code printed in words under the QR ("Kode lembar")."""
    return f"{SHORT}-{event_id}-{employee_id}"


def parse(text: str) -> tuple[int, int] | None:
    """(event id, employee id) of a scanned or typed sheet code, else None."""
    clean = _NOISE.sub("", text)
    match = _QR.match(clean) or _TYPED.match(clean)
    return (int(match[1]), int(match[2])) if match else None


def looks_like_pakta(text: str) -> bool:
    """Whether the text starts like a sheet code (to name a damaged one as such)."""
    return _NOISE.sub("", text).upper().replace("_", "-").startswith(("IKRAR-PAKTA", "IKRARPAKTA"))
