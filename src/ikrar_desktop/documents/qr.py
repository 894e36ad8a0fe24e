"""QR codes encoded once per code and cached as PNG bytes, ready for ``FPDF.image``."""

from __future__ import annotations

import io


class QrCache:
    """Encoding dominates certificate time, so each distinct payload is encoded only once."""

    def __init__(self) -> None:
        self._png: dict[str, bytes] = {}

    def png(self, data: str) -> bytes:
        found = self._png.get(data)
        if found is None:
            import segno

            buf = io.BytesIO()
            # border=1: the document leaves white space around the code as the quiet zone
            segno.make(data, error="m", micro=False).save(buf, kind="png", scale=4, border=1)
            found = self._png[data] = buf.getvalue()
        return found

    def __len__(self) -> int:
        return len(self._png)


def pakta_payload(event_id: int, employee_id: int) -> str:
    """What a pakta sheet's QR holds, to match a returned signed sheet to its person."""
    return f"IKRAR-PAKTA:{event_id}:{employee_id}"


def certificate_payload(code: str) -> str:
    """What a certificate's QR holds: the verification code (typed the same way by hand)."""
    return f"IKRAR-SERT:{code}"
