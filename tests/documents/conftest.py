"""Small hand-made document inputs and a demo event in a real database."""

from __future__ import annotations

import datetime
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from doc_helpers import LONG, ROOT, flat, logo, pdf_pages  # noqa: F401 (re-exported)

from ikrar_desktop.documents.model import DocEvent, DocPerson, DocUnit, KopSpec, Options, Signer
from ikrar_desktop.domain.attendance import DEFAULT_PAKTA_POINTS


@pytest.fixture
def event() -> DocEvent:
    return DocEvent(
        id=3, title="Ikrar Netralitas ASN Pemilu 2024", date=datetime.date(2023, 9, 18),
        place="Aula Tegar Beriman", time="08:00", points=DEFAULT_PAKTA_POINTS,
        leader=Signer("Pj. Bupati Contoh", "Dr. H. Bambang Sutrisno, M.Si.", role="penjabat"),
        witnesses=(Signer("Ketua Bawaslu", "H. Ujang Sutisna, S.H."),),
    )  # fmt: skip


@pytest.fixture
def units() -> list[DocUnit]:
    head = Signer("Kepala Dinas Pendidikan", "Drs. Ahmad Fauzi, M.Si.", "Pembina Utama Muda, IV/c",
                  "196901011990031005")  # fmt: skip
    a = (
        DocPerson(1, LONG, "PNS", "197209152006032983", None, "IV/b", "Kepala Seksi Kurikulum",
                  "Dinas Pendidikan"),
        DocPerson(2, "Budi Santoso, S.Pd.", "PPPK", "198503122024211004", None, "IX", "Guru",
                  "Dinas Pendidikan"),
        DocPerson(3, "Siti Aminah", "Non-ASN", None, "3201014101900001", None, "Pramubakti",
                  "Dinas Pendidikan"),
    )  # fmt: skip
    b = tuple(
        DocPerson(10 + i, f"Pegawai Kecamatan {i:02d}", "PNS", f"1980010120050110{i:02d}", None,
                  "III/a", "Pengadministrasi Umum", "Kecamatan Cibinong")
        for i in range(1, 31)
    )  # fmt: skip
    return [DocUnit("Dinas Pendidikan", a, head), DocUnit("Kecamatan Cibinong", b, None)]


@pytest.fixture
def options() -> Options:
    kop = KopSpec("Pemerintah Kabupaten Contoh", "Badan Kepegawaian Daerah",
                  ("Jalan Tegar Beriman No. 1",), logo(), "opd")  # fmt: skip
    return Options("A4", kop, "Cibinong")


@pytest.fixture
def demo_event(tmp_path: Path) -> Iterator[tuple[sqlite3.Connection, int, int, str]]:
    """(connection, event id, employee with the longest demo name, that person's unit)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from render_documents import build
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    conn, event_id, longest, unit = build(tmp_path / "demo.sqlite", employees=150)
    assert isinstance(conn, sqlite3.Connection)
    yield conn, event_id, longest, unit
    conn.close()
