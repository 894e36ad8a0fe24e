"""Recap on a known event with hand-computed numbers; transfers later change nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from event_helpers import event, regency
from openpyxl import load_workbook

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import checkin, events, recap
from ikrar_desktop.services.registry import add_employee, update_employee
from ikrar_desktop.services.units import merge_units
from ikrar_desktop.store import units as unit_store


def _known_event(conn: sqlite3.Connection) -> tuple[int, list]:
    people = regency(conn)
    ev = event(conn)
    fauzi, siti, _budi, rina, ridwan, dewi, joko = (p.id for p in people)
    checkin.set_status(conn, ev, fauzi, "hadir")
    checkin.toggle_pakta(conn, ev, fauzi)
    checkin.set_status(conn, ev, siti, "izin")
    checkin.record_susulan(conn, ev, siti, "2024-01-12", "Dinas Pendidikan")
    # budi: not recorded
    checkin.set_status(conn, ev, rina, "hadir")
    checkin.set_status(conn, ev, ridwan, "tanpa-keterangan")
    events.set_obliged(conn, ev, dewi, False, "kontrak berakhir")
    checkin.set_status(conn, ev, joko, "dinas-luar")
    return ev, people


def test_recap_per_opd_hand_computed(conn: sqlite3.Connection) -> None:
    ev, _ = _known_event(conn)
    data = recap.recap(conn, ev).as_dict()
    units = {u["unit"]: u for u in data["units"]}  # type: ignore[union-attr, index]
    pend = units["Dinas Pendidikan"]
    assert {k: pend[k] for k in recap.KEYS} == {
        "obliged": 3, "hadir": 1, "izin": 1, "sakit": 0, "cuti": 0, "dinas_luar": 0,
        "tugas_belajar": 0, "tanpa_keterangan": 0, "belum": 1, "signed": 1, "susulan": 1,
    }  # fmt: skip
    assert pend["percent_present"] == 33.3 and pend["percent_signed"] == 66.7
    kes = units["Dinas Kesehatan"]
    assert (kes["obliged"], kes["hadir"], kes["tanpa_keterangan"], kes["tidak_wajib"]) == (
        2,
        1,
        1,
        1,
    )
    assert units["Kecamatan Cibinong"]["dinas_luar"] == 1
    total = data["total"]
    assert {k: total[k] for k in recap.KEYS} == {  # type: ignore[index]
        "obliged": 6, "hadir": 2, "izin": 1, "sakit": 0, "cuti": 0, "dinas_luar": 1,
        "tugas_belajar": 0, "tanpa_keterangan": 1, "belum": 1, "signed": 1, "susulan": 1,
    }  # fmt: skip
    missing = recap.not_signed(conn, ev)
    assert {u: [o.display_name for o in rows] for u, rows in missing.items()} == {
        "Dinas Kesehatan": ["Ahmad Ridwan", "Hj. Rina Marlina"],
        "Dinas Pendidikan": ["Budi Santoso"],
        "Kecamatan Cibinong": ["Joko Widodo"],
    }


def test_transfer_after_the_event_leaves_recap_unchanged(conn: sqlite3.Connection) -> None:
    ev, people = _known_event(conn)
    before = recap.recap(conn, ev).as_dict()
    moved = EmployeeDraft(nama="Ahmad Fauzi", nip=people[0].nip or "", unit="Inspektorat")
    update_employee(conn, people[0].id, moved)
    kes = unit_store.find_by_name(conn, "Dinas Kesehatan")
    kec = unit_store.find_by_name(conn, "Kecamatan Cibinong")
    assert kes and kec
    merge_units(conn, kes, kec)
    add_employee(conn, EmployeeDraft(nama="Orang Baru", nik="3201014501950002", unit="Inspektorat"))
    assert recap.recap(conn, ev).as_dict() == before


def test_xlsx_export_is_text_safe(conn: sqlite3.Connection, tmp_path: Path) -> None:
    people = regency(conn)
    add_employee(conn, EmployeeDraft(nama="=HYPERLINK(1)", nik="3201014501950003",
                                     unit="+Unit Aneh", jabatan="@SUM(1)"))  # fmt: skip
    ev = event(conn)
    checkin.scan(conn, ev, people[0].nip or "")
    out = recap.export_recap_xlsx(conn, ev, tmp_path / "rekap.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Rekap", "Belum TTD"]
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.value
    rows = list(wb["Belum TTD"].iter_rows(values_only=True))
    assert any(r[2] == "=HYPERLINK(1)" for r in rows)
    nip_cells = [c for c in wb["Belum TTD"]["D"] if c.value and str(c.value)[:1].isdigit()]
    assert nip_cells and all(c.data_type == "s" for c in nip_cells)
    rekap = list(wb["Rekap"].iter_rows(values_only=True))
    assert rekap[-1][1] == "Jumlah" and rekap[-1][2] == 8
    only = recap.export_not_signed_xlsx(conn, ev, tmp_path / "belum.xlsx", "Dinas Pendidikan")
    assert load_workbook(only).sheetnames == ["Belum TTD"]


def test_completeness_matrix(conn: sqlite3.Connection) -> None:
    ev, _ = _known_event(conn)
    second = event(conn, title="Sosialisasi")
    matrix = recap.completeness(conn)
    assert [e.id for e in matrix.events] == [ev, second]
    pend = next(r for r in matrix.rows if r.unit == "Dinas Pendidikan")
    assert pend.roster == 3
    assert (pend.cells[ev].obliged, pend.cells[ev].present, pend.cells[ev].signed) == (3, 1, 2)
    assert matrix.total.cells[ev].obliged == 6 and matrix.total.roster == 7
    assert matrix.as_dict()["total"]["events"][str(second)]["obliged"] == 7  # type: ignore[index]
