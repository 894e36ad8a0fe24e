"""Saved column layouts: a roster of a known shape is mapped the way the clerk mapped it before."""

from __future__ import annotations

import sqlite3

from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.services.roster_layouts import resolve_mapping, save_layout
from ikrar_desktop.store.connection import write


def test_layout_is_saved_and_maps_the_next_file_itself(conn: sqlite3.Connection) -> None:
    header = ["Nomor Pegawai", "Nama", "Tempat Tugas"]
    assert cols.NIP not in resolve_mapping(conn, header, None).columns
    chosen = resolve_mapping(conn, header, {cols.NIP: 0, cols.UNIT: 2})
    with write(conn):
        save_layout(conn, header, chosen)
    again = resolve_mapping(conn, ["NOMOR PEGAWAI ", "nama", "Tempat  Tugas", None], None)
    assert again.source == "saved"
    assert again.columns == {cols.NIP: 0, cols.NAMA: 1, cols.UNIT: 2}


def test_saving_again_refreshes_the_mapping_and_counts_the_use(conn: sqlite3.Connection) -> None:
    header = ["Nomor Pegawai", "Nama", "Tempat Tugas"]
    with write(conn):
        save_layout(conn, header, resolve_mapping(conn, header, {cols.NIP: 0}))
        save_layout(conn, header, resolve_mapping(conn, header, {cols.NIP: 0, cols.UNIT: 2}))
    row = conn.execute("SELECT mapping, header, uses FROM import_layouts").fetchone()
    assert row == (
        '{"nama": 1, "nip": 0, "unit": 2}',
        '["Nomor Pegawai", "Nama", "Tempat Tugas"]',
        2,
    )


def test_an_unreadable_saved_layout_falls_back_to_the_automatic_mapping(
    conn: sqlite3.Connection,
) -> None:
    header = ["NIP", "Nama", "Unit Kerja"]
    with write(conn):
        save_layout(conn, header, resolve_mapping(conn, header, {cols.UNIT: None}))
        conn.execute("UPDATE import_layouts SET mapping = 'bukan json'")
    mapping = resolve_mapping(conn, header, None)
    assert (mapping.source, mapping.columns) == ("auto", {cols.NIP: 0, cols.NAMA: 1, cols.UNIT: 2})
