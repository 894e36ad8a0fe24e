"""Pakta sheet codes: what the QR holds, and reading it back through scanner noise."""

from __future__ import annotations

import pytest

from ikrar_desktop.documents.qr import pakta_payload
from ikrar_desktop.domain import paktacode


@pytest.mark.parametrize(
    "text",
    ["IKRAR-PAKTA:12:345", "ikrar-pakta:12:345", " IKRAR-PAKTA:12:345\r\n", "IKRAR-PAKTA;12;345",
     "IKRAR PAKTA : 12 : 345", "\tIkrar_Pakta:12:345", "P-12-345", "p-12-345 "],
)  # fmt: skip
def test_noise_is_tolerated(text: str) -> None:
    assert paktacode.parse(text) == (12, 345)


@pytest.mark.parametrize(
    "text", ["", "IKRAR-PAKTA:12", "IKRAR-PAKTA:12:x", "IKR-12-345", "IKRAR-SERT:ABCD",
             "198001012005011001", "PAKTA:12:345", "P-12", "IKRAR-PAKTA:12:345:6"],
)  # fmt: skip
def test_other_texts_are_not_sheet_codes(text: str) -> None:
    assert paktacode.parse(text) is None


def test_the_printed_payload_reads_back() -> None:
    assert pakta_payload(7, 89) == paktacode.payload(7, 89) == "IKRAR-PAKTA:7:89"
    assert paktacode.parse(paktacode.short_code(7, 89)) == (7, 89)
    assert paktacode.looks_like_pakta("ikrar-pakta:7:")
