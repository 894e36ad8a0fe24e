"""A bulk insert stores every row exactly as the one-row insert does."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.connection import write
from ikrar_desktop.store.schema import open_database

BORN = date(1980, 1, 1)
ROWS: list[dict[str, object]] = [
    {
        "nip": "198001012005011001",
        "gelar_depan": "Dr. H.",
        "nama": "Ahmad  Fauzi",
        "gelar_belakang": "S.Pd.",
        "status": "PNS",
        "golongan": "III/a",
        "jabatan": "Guru",
        "gender": "L",
        "birth_date": BORN,
    },
    {"nip": "198001012005012002", "nama": "Ma'ruf Öztürk", "status": "PNS", "gender": "P",
     "birth_date": BORN, "golongan": None, "jabatan": "", "gelar_depan": "",
     "gelar_belakang": ""},
    {"nip": None, "nama": "Dra. Siti, M.Si.", "status": "Non-ASN", "gender": None,
     "birth_date": "1990-02-03", "golongan": None, "jabatan": "Honorer", "gelar_depan": "",
     "gelar_belakang": ""},
]  # fmt: skip


def _stored(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(
        "SELECT id, nip, nik, gelar_depan, nama, gelar_belakang, status, golongan, jabatan, "
        "jenis_jabatan, unit_id, gender, birth_date, active, inactive_reason, search_key, "
        "sort_key, created_at = updated_at FROM employees ORDER BY id"
    ).fetchall()


@pytest.mark.parametrize(
    "rows",
    [ROWS, [{"nama": "Budi", "status": "Non-ASN"}, {"nama": "Dr. Ani, S.H.", "status": "PNS"}]],
    ids=["full", "few-fields"],
)
def test_bulk_rows_equal_one_by_one_rows(tmp_path: Path, rows: list[dict[str, object]]) -> None:
    one, many = open_database(tmp_path / "one.sqlite"), open_database(tmp_path / "many.sqlite")
    with write(one):
        for row in rows:
            emp_store.insert(one, row)
    with write(many):
        emp_store.insert_many(many, rows)
    assert _stored(many) == _stored(one)
    assert all(r[-1] == 1 for r in _stored(many))  # one stamp for created and updated
    assert {r[12] for r in _stored(many) if r[12]} <= {"1980-01-01", "1990-02-03"}
    one.close()
    many.close()
