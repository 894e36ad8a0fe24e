"""What the code on an invitation or name tag holds: the NIP, else an event-specific id."""

from __future__ import annotations

import re

PREFIX = "IKR"
_EVENT_CODE = re.compile(r"^\s*IKR-(\d{1,9})-(\d{1,12})\s*$", re.IGNORECASE)


def event_code(event_id: int, employee_id: int) -> str:
    """``IKR-<event>-<employee>``: employee ids are kept on desk databases, obligation ids not."""
    return f"{PREFIX}-{event_id}-{employee_id}"


def payload(event_id: int, employee_id: int, nip: str | None) -> str:
    """The NIP / NI PPPK (18 digits, what the desk already accepts); anyone without one gets
    the event code. A NIK is never put in a code: a tag is worn in public and any phone reads
    it (the daftar hadir masks NIKs for the same reason)."""
    if nip and len(nip) == 18 and nip.isdigit() and nip.isascii():
        return nip
    return event_code(event_id, employee_id)


def parse_event_code(text: str) -> tuple[int, int] | None:
    """(event id, employee id) of a scanned ``IKR-…`` code, else None."""
    match = _EVENT_CODE.match(text)
    return (int(match[1]), int(match[2])) if match else None
