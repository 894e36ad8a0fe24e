"""Roster import: samples as their expected.json say, diff, duplicates, missing, re-import."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from ikrar_desktop.errors import UserError
from ikrar_desktop.exchange.rawbook import RawBook, RawSheet
from ikrar_desktop.exchange.roster_export import write_rejected_rows
from ikrar_desktop.exchange.sandbox import ReadCancelled
from ikrar_desktop.services.roster_import import apply_import
from ikrar_desktop.services.roster_session import import_file, plan_import
from inprocess_read import read_spreadsheet_inprocess

SAMPLES = ["daftar-nominatif.xlsx", "siasn-export.xlsx", "honorer.csv"]
NIP_A = "196803161988072006"
NIP_B = "197112162007062022"
NIK_A = "1810060706916602"


def _book(rows: list[list[object]], name: str = "Data") -> RawBook:
    return RawBook("roster.xlsx", "xlsx", [RawSheet(name, rows)])


def _stored(conn: sqlite3.Connection, col: str) -> set[str]:
    return {r[0] for r in conn.execute(f"SELECT {col} FROM employees WHERE {col} IS NOT NULL")}


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_imports_as_expected(conn: sqlite3.Connection, shared_dir: Path, name: str) -> None:
    path = shared_dir / "samples" / name
    expected = json.loads(path.with_suffix(".expected.json").read_text())
    plan = plan_import(conn, read_spreadsheet_inprocess(path))
    result = apply_import(conn, plan)
    assert result.inserted == expected["valid_count"]
    if "valid_nips" in expected:
        assert _stored(conn, "nip") == set(expected["valid_nips"])
    if "valid_niks" in expected:
        assert _stored(conn, "nik") >= set(expected["valid_niks"])
        assert len(_stored(conn, "nik")) == len(expected["valid_niks"])
    kinds = {str(e.row): e.kind for e in plan.errors}
    assert kinds == expected["rejected_rows"]
    again = plan_import(conn, read_spreadsheet_inprocess(path))
    assert (len(again.new), len(again.changed)) == (0, 0)
    assert len(again.unchanged) == expected["valid_count"]


def test_changed_fields_are_listed_old_to_new_and_applied(conn: sqlite3.Connection) -> None:
    header = ["NIP", "NAMA", "GOL", "JABATAN", "UNIT KERJA"]
    apply_import(
        conn, plan_import(conn, _book([header, [NIP_A, "Siti", "III/a", "Staf", "Dinas A"]]))
    )
    plan = plan_import(conn, _book([header, [NIP_A, "Siti", "III/b", "Kasubag", "Dinas B"]]))
    assert plan.new_units == ["Dinas B"]
    (change,) = plan.changed
    assert change.diffs == {
        "golongan": ("III/a", "III/b"),
        "jabatan": ("Staf", "Kasubag"),
        "unit": ("Dinas A", "Dinas B"),
    }
    result = apply_import(conn, plan)
    assert (result.updated, result.inserted, result.units_created) == (1, 0, 1)
    row = conn.execute("SELECT golongan, jabatan FROM employees").fetchone()
    assert row == ("III/b", "Kasubag")


def test_blank_cells_never_erase_stored_values(conn: sqlite3.Connection) -> None:
    header = ["NIP", "NAMA", "JABATAN"]
    apply_import(conn, plan_import(conn, _book([header, [NIP_A, "Siti", "Staf"]])))
    plan = plan_import(conn, _book([header, [NIP_A, "Siti", "-"]]))
    assert len(plan.unchanged) == 1


def test_duplicates_inside_the_file_are_reported_and_none_applied(conn: sqlite3.Connection) -> None:
    rows: list[list[object]] = [
        ["NIP", "NIK", "NAMA"],
        [NIP_A, "", "Siti"],
        [NIP_B, "", "Budi"],
        [f"'{NIP_A}", "", "Siti Lagi"],
        ["", NIK_A, "Honorer Satu"],
        ["", NIK_A, "Honorer Dua"],
    ]
    plan = plan_import(conn, _book(rows))
    assert sorted((d.key, d.rows) for d in plan.duplicates) == [("NIK", [5, 6]), ("NIP", [2, 4])]
    assert [c.row for c in plan.new] == [3]
    assert plan.rejected_rows == [2, 4, 5, 6]
    assert {e.kind for e in plan.errors} == {"duplicate"}


def test_missing_unit_column_with_default_unit(conn: sqlite3.Connection) -> None:
    rows: list[list[object]] = [["NIP", "NAMA"], [NIP_A, "Siti"], [NIP_B, "Budi"]]
    plan = plan_import(conn, _book(rows), default_unit="Dinas Sosial")
    assert plan.new_units == ["Dinas Sosial"]
    apply_import(conn, plan)
    units = conn.execute(
        "SELECT DISTINCT u.name FROM employees e JOIN units u ON u.id = e.unit_id"
    ).fetchall()
    assert units == [("Dinas Sosial",)]
    no_unit = plan_import(conn, _book(rows))
    assert len(no_unit.unchanged) == 2 and no_unit.missing == []


def test_missing_employees_are_offered_and_deactivated_not_deleted(
    conn: sqlite3.Connection,
) -> None:
    header = ["NIP", "NAMA", "UNIT KERJA"]
    full = [header, [NIP_A, "Siti", "Dinas A"], [NIP_B, "Budi", "Dinas A"],
            ["198309022021081002", "Hadi", "Dinas B"]]  # fmt: skip
    apply_import(conn, plan_import(conn, _book(full)))
    plan = plan_import(conn, _book([header, [NIP_A, "Siti", "Dinas A"]]))
    assert [m.nama for m in plan.missing] == ["Budi"]  # Dinas B is not covered by the file
    assert apply_import(conn, plan).deactivated == 0
    result = apply_import(conn, plan, deactivate_missing=True, reason="Mutasi")
    assert result.deactivated == 1
    assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 3
    assert conn.execute(
        "SELECT active, inactive_reason FROM employees WHERE nip = ?", (NIP_B,)
    ).fetchone() == (0, "Mutasi")


def test_rejected_row_is_not_counted_missing(conn: sqlite3.Connection) -> None:
    header = ["NIP", "NAMA", "STATUS", "UNIT KERJA"]
    apply_import(conn, plan_import(conn, _book([header, [NIP_A, "Siti", "PNS", "Dinas A"],
                                                [NIP_B, "Budi", "PNS", "Dinas A"]])))  # fmt: skip
    plan = plan_import(conn, _book([header, [NIP_A, "Siti", "PNS", "Dinas A"],
                                    [NIP_B, "Budi", "Status Aneh", "Dinas A"]]))  # fmt: skip
    assert plan.rejected_rows == [3] and plan.missing == []


def test_non_asn_matched_by_name_and_unit(conn: sqlite3.Connection) -> None:
    rows: list[list[object]] = [["NAMA", "STATUS", "UNIT KERJA", "JABATAN"],
                                ["Joko", "Honorer", "Dinas A", "Sopir"]]  # fmt: skip
    apply_import(conn, plan_import(conn, _book(rows)))
    rows[1][3] = "Pramu Kantor"
    plan = plan_import(conn, _book(rows))
    assert len(plan.changed) == 1 and plan.changed[0].diffs["jabatan"][1] == "Pramu Kantor"


def test_nik_of_someone_else_is_a_conflict(conn: sqlite3.Connection) -> None:
    header = ["NIP", "NIK", "NAMA"]
    apply_import(conn, plan_import(conn, _book([header, [NIP_A, NIK_A, "Siti"]])))
    plan = plan_import(conn, _book([header, [NIP_B, NIK_A, "Budi"]]))
    assert [e.kind for e in plan.errors] == ["conflict"] and not plan.new


def test_nothing_to_write_takes_no_backup_and_reimport_changes_nothing(
    conn: sqlite3.Connection, db_path: Path
) -> None:
    book = _book([["NIP", "NAMA"], [NIP_A, "Siti"]])
    first = apply_import(conn, plan_import(conn, book))
    assert first.backup and Path(first.backup).exists()
    second = apply_import(conn, plan_import(conn, book))
    assert (second.inserted, second.updated, second.unchanged, second.backup) == (0, 0, 1, None)


def test_cancel_stops_planning(conn: sqlite3.Connection) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ReadCancelled):
        plan_import(conn, _book([["NIP", "NAMA"], [NIP_A, "Siti"]]), cancel=cancel)


def test_file_without_identity_columns_is_refused(conn: sqlite3.Connection) -> None:
    with pytest.raises(UserError):
        plan_import(conn, _book([["NIP", "JABATAN"], ["x", "y"]]), mapping={"nip": None})


def test_rejected_rows_file_keeps_layout_and_reimports_after_fixing(
    conn: sqlite3.Connection, shared_dir: Path, tmp_path: Path
) -> None:
    import openpyxl

    source = shared_dir / "samples" / "daftar-nominatif.xlsx"
    book = read_spreadsheet_inprocess(source)
    plan = plan_import(conn, book)
    apply_import(conn, plan)
    out = tmp_path / "galat.xlsx"
    assert write_rejected_rows(book, plan, out) == 8
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert header[:7] == [
        "No.",
        "Nama / Gelar",
        "NIP",
        "Gol. Ruang",
        "Jabatan",
        "Unit Kerja",
        "Ket.",
    ]
    assert header[-1] == "KETERANGAN GALAT"
    assert ws.cell(2, 3).data_type == "s" and ws.cell(2, 3).number_format == "@"
    assert str(ws.cell(2, 8).value).startswith("Baris 13: NIP:")
    fixed = ["198111032009101001", "199401032013052001", "198602232018022001",
             "199105122011092031", "199507092014061001", "198709222010071011",
             "198104212021121001", "197712041998061011"]  # fmt: skip
    for r, nip in enumerate(fixed, start=2):
        ws.cell(r, 3).value = nip
    wb.save(out)
    plan2 = plan_import(conn, read_spreadsheet_inprocess(out))
    assert plan2.errors == [] and len(plan2.new) == 8
    assert apply_import(conn, plan2).inserted == 8


def test_import_file_dry_run_and_refusal(conn: sqlite3.Connection, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(f"NIP;NAMA\n{NIP_A};Siti\n", encoding="utf-8")
    report = import_file(conn, path, dry_run=True)
    assert report.status == "dry-run" and report.as_dict()["inserted"] == 1
    assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("NIP;NAMA\n1980;Siti\n", encoding="utf-8")
    refused = import_file(conn, bad)
    assert refused.status == "refused" and refused.as_dict()["rejected"] == 1
