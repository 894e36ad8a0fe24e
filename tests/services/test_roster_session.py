"""One import object: each step once, the clerk's mapping planned and saved as chosen."""

from __future__ import annotations

import sqlite3
from unittest import mock

import pytest

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.exchange import roster_table
from ikrar_desktop.exchange.rawbook import RawBook, RawSheet
from ikrar_desktop.services import roster_session
from ikrar_desktop.services.roster_session import RosterImport

NIP_A = "196803161988072006"
NIP_B = "197112162007062022"
HEADER = ["NIP", "NAMA", "KETERANGAN", "UNIT KERJA"]


def _book() -> RawBook:
    rows: list[list[object]] = [
        ["Daftar pegawai"],
        HEADER,
        [NIP_A, "Siti Aminah", "Kepala Seksi", "Dinas A"],
        [NIP_B, "Budi Santoso", "Staf", "Dinas A"],
    ]
    return RawBook("roster.xlsx", "xlsx", [RawSheet("Kosong", []), RawSheet("Data", rows)])


def test_the_wizards_steps_each_run_once_and_the_clerks_mapping_is_planned(
    conn: sqlite3.Connection,
) -> None:
    found = mock.Mock(wraps=roster_table.find_table)
    resolved = mock.Mock(wraps=roster_session.resolve_mapping)
    with (
        mock.patch.object(roster_session, "find_table", found),
        mock.patch.object(roster_session, "resolve_mapping", resolved),
    ):
        session = RosterImport(_book())
        assert session.likely_sheet() == "Data"
        assert session.find_table("Data").name == "Data" and session.header_index == 1
        shown = session.map_columns(conn)
        assert cols.JABATAN not in shown.columns  # "KETERANGAN" is not read as jabatan
        session.adjust_mapping({cols.JABATAN: 2}, default_unit=None)  # the clerk points at it
        plan = session.make_plan(conn)
        result = session.apply(conn)
    assert (found.call_count, resolved.call_count) == (1, 1)
    assert plan.mapping.columns[cols.JABATAN] == 2 and plan.header_row == 2
    assert result.inserted == 2 and session.result is result
    stored = dict(conn.execute("SELECT nama, jabatan FROM employees").fetchall())
    assert stored == {"Siti Aminah": "Kepala Seksi", "Budi Santoso": "Staf"}
    # the adjusted mapping is remembered for the next file of this layout
    assert roster_session.resolve_mapping(conn, HEADER, None).columns[cols.JABATAN] == 2


def test_another_sheet_drops_what_the_later_steps_kept(conn: sqlite3.Connection) -> None:
    session = RosterImport(_book())
    session.find_table("Data")
    session.map_columns(conn)
    session.make_plan(conn)
    session.find_table("Data")
    assert (session.mapping, session.plan, session.result) == (None, None, None)
    with pytest.raises(RuntimeError):
        session.make_plan(conn)


def test_the_cli_route_is_the_same_object(conn: sqlite3.Connection) -> None:
    book = _book()
    with mock.patch.object(RosterImport, "read", return_value=RosterImport(book)) as read:
        report = roster_session.import_file(conn, "roster.xlsx", dry_run=True)
    assert read.call_count == 1 and report.book is book
    assert (report.status, len(report.plan.new)) == ("dry-run", 2)


def test_an_employee_draft_is_built_by_keyword_only() -> None:
    with pytest.raises(TypeError):
        EmployeeDraft("Siti", NIP_A)  # type: ignore[misc]
    assert EmployeeDraft(nama="Siti", nip=NIP_A).nip == NIP_A
