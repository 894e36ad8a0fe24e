"""Attendance vocabulary, event kinds and the pure state rules."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ikrar_desktop.domain import attendance as a
from ikrar_desktop.errors import UserError, ValidationError


@pytest.mark.parametrize(
    ("raw", "slug"),
    [("hadir", "hadir"), ("H", "hadir"), ("Dinas Luar", "dinas-luar"), ("dl", "dinas-luar"),
     ("dinas_luar", "dinas-luar"), ("TB", "tugas-belajar"),
     ("Tanpa Keterangan", "tanpa-keterangan"),
     ("tk", "tanpa-keterangan"), ("CUTI", "cuti"), ("s", "sakit"), ("Izin", "izin")],
)  # fmt: skip
def test_parse_status_accepts_slug_label_and_code(raw: str, slug: str) -> None:
    assert a.parse_status(raw) == slug


def test_vocabulary_is_complete() -> None:
    assert a.STATUSES == ("hadir", "izin", "sakit", "cuti", "dinas-luar", "tugas-belajar",
                          "tanpa-keterangan")  # fmt: skip
    assert [a.STATUS_CODES[s] for s in a.STATUSES] == ["H", "I", "S", "C", "DL", "TB", "TK"]
    assert a.status_label("dinas-luar") == "Dinas Luar"
    assert a.status_label(None) == "Belum tercatat"
    assert a.STATE_LABELS == {"susulan": "Susulan", "tidak-wajib": "Tidak wajib"}


def test_unknown_status_is_refused_in_indonesian() -> None:
    with pytest.raises(ValidationError, match="tidak dikenal"):
        a.parse_status("telat")


def test_kinds() -> None:
    assert a.parse_kind("pakta") == "pakta"
    assert a.parse_kind("Penandatanganan Pakta Integritas") == "pakta"
    assert a.kind_label("ikrar") == "Ikrar Netralitas"
    assert a.kind_label("sosialisasi") == "Sosialisasi"
    with pytest.raises(ValidationError):
        a.parse_kind("rapat")


def test_transitions() -> None:
    a.check_transition("draft", "open")
    a.check_transition("open", "closed")
    a.check_transition("closed", "open", "salah catat")
    with pytest.raises(ValidationError, match="Alasan"):
        a.check_transition("closed", "open", "  ")
    with pytest.raises(UserError):
        a.check_transition("open", "draft")
    with pytest.raises(UserError):
        a.check_transition("open", "open")


def test_closed_is_read_only() -> None:
    a.check_editable("open")
    with pytest.raises(UserError, match="sudah ditutup"):
        a.check_editable("closed", "Apel")
    assert a.state_after_attendance("draft") == "open"


def test_undo_reason_after_a_minute() -> None:
    t = datetime(2024, 1, 10, 8, 0)
    assert not a.undo_needs_reason(t, t + timedelta(seconds=60))
    assert a.undo_needs_reason(t, t + timedelta(seconds=61))


def test_pakta_at_event_needs_presence() -> None:
    a.check_pakta_at_event("hadir", True)
    a.check_pakta_at_event(None, False)
    with pytest.raises(UserError, match="susulan"):
        a.check_pakta_at_event("izin", True)


def test_defaults_follow_domain_text() -> None:
    assert len(a.DEFAULT_PAKTA_POINTS) == 4
    assert a.DEFAULT_PAKTA_POINTS[3].startswith("Menolak politik uang")
    assert "kami berikrar" in a.DEFAULT_IKRAR_TEXT
    assert a.clean_pakta_points(["  satu  ", "", "dua"]) == ["satu", "dua"]
    with pytest.raises(ValidationError):
        a.clean_pakta_points(["", " "])
    assert a.percent(1, 3) == 33.3
    assert a.percent(0, 0) == 0.0
