"""Partial rosters are scoped: only the kinds of employee and units a file covers can go missing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ikrar_desktop.exchange.rawbook import RawBook, RawSheet
from ikrar_desktop.services.roster_import import apply_import
from ikrar_desktop.services.roster_session import import_file, plan_import

NIP_A = "196803161988072006"
NIP_B = "197112162007062022"
NIK_A = "1810060706916602"
NIK_B = "1810035610936969"
# Three honorers of the sample list (honorer.csv) who left.
GONE_NIKS = ("1810071705935160", "1810076603818972", "1810105502919300")


def _book(rows: list[list[object]]) -> RawBook:
    return RawBook("roster.xlsx", "xlsx", [RawSheet("Data", rows)])


def _without(src: Path, dst: Path, niks: tuple[str, ...]) -> Path:
    """The sample file (its own encoding kept) without the rows naming ``niks``."""
    lines = src.read_bytes().splitlines(keepends=True)
    dst.write_bytes(b"".join(ln for ln in lines if not any(n.encode() in ln for n in niks)))
    return dst


def _inactive(conn: sqlite3.Connection) -> dict[int, str]:
    rows = conn.execute("SELECT id, status FROM employees WHERE active = 0")
    return {i: s for i, s in rows}


def _honorers(conn: sqlite3.Connection) -> list[object]:
    """Joko, Tono (with NIK) and Wati (name only) stored as honorers of Dinas A."""
    header: list[object] = ["NIK", "NAMA", "STATUS", "UNIT KERJA"]
    rows = [[NIK_A, "Joko"], [NIK_B, "Tono"], ["", "Wati"]]
    apply_import(
        conn, plan_import(conn, _book([header, *([*r, "Honorer", "Dinas A"] for r in rows)]))
    )
    return header


@pytest.fixture
def regency(conn: sqlite3.Connection, shared_dir: Path) -> sqlite3.Connection:
    """The SIASN export (200 PNS, 40 PPPK) and the honorer list (60 Non-ASN) imported."""
    samples = shared_dir / "samples"
    import_file(conn, samples / "siasn-export.xlsx")
    import_file(conn, samples / "honorer.csv")
    counts = dict(conn.execute("SELECT status, count(*) FROM employees GROUP BY status"))
    assert counts == {"PNS": 200, "PPPK": 40, "Non-ASN": 60}
    return conn


def test_honorer_list_never_deactivates_asn(
    regency: sqlite3.Connection, shared_dir: Path, tmp_path: Path
) -> None:
    conn = regency
    again = import_file(conn, shared_dir / "samples" / "honorer.csv", deactivate_missing=True)
    assert again.plan.missing == [] and again.result.deactivated == 0
    assert _inactive(conn) == {}  # the bug: all 240 PNS/PPPK were deactivated here
    shorter = _without(shared_dir / "samples" / "honorer.csv", tmp_path / "h.csv", GONE_NIKS)
    report = import_file(conn, shorter, deactivate_missing=True)
    assert report.plan.scope is not None and report.plan.scope.statuses == ("Non-ASN",)
    assert len(report.plan.scope.units) == 13
    assert sorted(m.nik or "" for m in report.deactivate) == sorted(GONE_NIKS)
    inactive = _inactive(conn)
    assert set(inactive.values()) == {"Non-ASN"} and len(inactive) == 3
    assert set(inactive) == {m.id for m in report.deactivate}


def test_one_opd_pns_list_touches_only_that_opds_pns(
    regency: sqlite3.Connection, tmp_path: Path
) -> None:
    conn = regency
    unit_id, unit = conn.execute(
        "SELECT u.id, u.name FROM units u JOIN employees e ON e.unit_id = u.id "
        "GROUP BY u.id HAVING count(DISTINCT e.status) = 3 "
        "ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()  # a unit with PNS, PPPK and Non-ASN
    pns = conn.execute(
        "SELECT id, nip, nama FROM employees WHERE unit_id = ? AND status = 'PNS' ORDER BY id",
        (unit_id,),
    ).fetchall()
    gone = pns[0]
    lines = ["NIP;NAMA;STATUS;UNIT KERJA"] + [f"{n};{nm};PNS;{unit}" for _i, n, nm in pns[1:]]
    roster = tmp_path / "satu-opd.csv"
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_file(conn, roster, deactivate_missing=True)
    assert _inactive(conn) == {gone[0]: "PNS"}  # the unit's PPPK and honorers, other OPDs: kept
    assert report.plan.scope is not None
    assert (report.plan.scope.statuses, report.plan.scope.units) == (("PNS",), (unit,))
    assert [m.id for m in report.deactivate] == [gone[0]]


def test_unit_given_for_the_file_limits_the_scope(conn: sqlite3.Connection) -> None:
    header = ["NIP", "NAMA", "UNIT KERJA"]
    apply_import(conn, plan_import(conn, _book([header, [NIP_A, "Siti", "Dinas A"],
                 ["198309022021081002", "Hadi", "Dinas A"], [NIP_B, "Budi", "Dinas B"],
                 ["199001012015031001", "Eko", "Dinas B"]])))  # fmt: skip
    rows: list[list[object]] = [header, [NIP_A, "Siti", "Dinas A"], [NIP_B, "Budi", "Dinas B"]]
    plan = plan_import(conn, _book(rows), default_unit="Dinas A")
    assert plan.scope is not None and plan.scope.units == ("Dinas A",)
    assert [m.nama for m in plan.missing] == ["Hadi"]  # Eko of Dinas B is out of scope
    assert "dibatasi ke Dinas A" in plan.scope.reason()


def test_without_status_column_nik_rows_cover_non_asn_only(conn: sqlite3.Connection) -> None:
    apply_import(conn, plan_import(conn, _book([["NIP", "NIK", "NAMA", "UNIT KERJA"],
                 [NIP_A, "", "Siti", "Dinas A"], ["", NIK_A, "Joko", "Dinas A"],
                 ["", NIK_B, "Tono", "Dinas A"]])))  # fmt: skip
    plan = plan_import(conn, _book([["NIK", "NAMA", "UNIT KERJA"], [NIK_A, "Joko", "Dinas A"]]))
    assert plan.scope is not None and plan.scope.statuses == ("Non-ASN",)
    assert plan.scope.kinds_from == "identity"
    assert [m.nama for m in plan.missing] == ["Tono"]  # Siti (PNS) is not the list's kind
    nips = plan_import(conn, _book([["NIP", "NAMA", "UNIT KERJA"], [NIP_A, "Siti", "Dinas A"]]))
    assert nips.scope is not None and "Non-ASN" not in nips.scope.statuses
    assert nips.missing == []  # the honorers are not the kind a NIP list speaks for


def test_person_on_a_rejected_row_is_never_deactivated(conn: sqlite3.Connection) -> None:
    header = _honorers(conn)
    rows: list[list[object]] = [
        header,
        ["", "Wati", "Honorer", "Dinas A"],
        ["18100356109369", "Tono", "Honorer", "Dinas A"],  # NIK mistyped: row rejected
    ]
    plan = plan_import(conn, _book(rows))
    assert plan.rejected_rows == [3]
    assert [m.nama for m in plan.missing] == ["Joko"]  # Tono is in the file, though rejected
    result = apply_import(conn, plan, deactivate_missing=True)
    assert conn.execute("SELECT nama FROM employees WHERE active = 0").fetchall() == [("Joko",)]
    assert result.deactivated == 1


def test_real_run_deactivates_exactly_the_previewed_list(conn: sqlite3.Connection) -> None:
    header = _honorers(conn)
    plan = plan_import(conn, _book([header, [NIK_A, "Joko", "Honorer", "Dinas A"]]))
    assert sorted(m.nama for m in plan.missing) == ["Tono", "Wati"]
    # Meanwhile Tono is deactivated by hand and a new honorer is added to Dinas A.
    conn.execute("UPDATE employees SET active = 0, inactive_reason = 'Mundur' WHERE nama = 'Tono'")
    apply_import(conn, plan_import(conn, _book([header, ["", "Baru", "Honorer", "Dinas A"]])))
    result = apply_import(conn, plan, deactivate_missing=True, reason="Tidak di daftar")
    wati = conn.execute("SELECT id FROM employees WHERE nama = 'Wati'").fetchone()[0]
    assert result.deactivated_ids == [wati] and result.deactivated == 1
    reasons = dict(conn.execute("SELECT nama, inactive_reason FROM employees WHERE active = 0"))
    assert reasons == {"Tono": "Mundur", "Wati": "Tidak di daftar"}  # "Baru" untouched


def test_dry_run_lists_exactly_what_the_real_run_deactivates(
    regency: sqlite3.Connection, shared_dir: Path, tmp_path: Path
) -> None:
    conn = regency
    shorter = _without(shared_dir / "samples" / "honorer.csv", tmp_path / "h.csv", GONE_NIKS)
    dry = import_file(conn, shorter, dry_run=True, deactivate_missing=True).as_dict()
    assert dry["deactivated"] == 3 and len(dry["deactivate"]) == 3
    assert _inactive(conn) == {}
    without_flag = import_file(conn, shorter, dry_run=True).as_dict()
    assert without_flag["deactivate"] == [] and without_flag["missing"] == dry["deactivate"]
    real = import_file(conn, shorter, deactivate_missing=True).as_dict()
    assert real["deactivate"] == dry["deactivate"] and real["deactivated"] == 3
    assert set(_inactive(conn)) == {p["id"] for p in dry["deactivate"]}
    assert all(set(p) >= {"id", "nama", "nip", "unit", "status"} for p in real["deactivate"])
