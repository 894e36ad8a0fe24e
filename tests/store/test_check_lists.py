"""CHECK lists rewritten as OR chains: the same values pass, old files migrate untouched."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from ikrar_desktop.services.registry import EmployeeDraft, add_employee
from ikrar_desktop.store import audit_check, schema
from ikrar_desktop.store.check_lists import or_chain
from ikrar_desktop.store.schema import open_database

IN_LIST = re.compile(r"(\w+) IN \(('(?:[^']|'')*'(?:, '(?:[^']|'')*')+)\)")


def test_lists_of_three_or_more_texts_become_or_chains() -> None:
    sql = (
        "status TEXT CHECK (status IN ('PNS', 'CPNS', 'PPPK')), "
        "gender TEXT CHECK (gender IS NULL OR gender IN ('L', 'P')), "
        "active INTEGER CHECK (active IN (0, 1, 2)), "
        "note TEXT CHECK (note IN ('it''s', 'a, b', 'c'))"
    )
    assert or_chain(sql) == (
        "status TEXT CHECK ((status = 'PNS' OR status = 'CPNS' OR status = 'PPPK')), "
        "gender TEXT CHECK (gender IS NULL OR gender IN ('L', 'P')), "
        "active INTEGER CHECK (active IN (0, 1, 2)), "
        "note TEXT CHECK ((note = 'it''s' OR note = 'a, b' OR note = 'c'))"
    )
    assert or_chain(or_chain(sql)) == or_chain(sql)


def _old_lists(conn: sqlite3.Connection) -> list[tuple[str, str, list[str]]]:
    found = []
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
        for column, items in IN_LIST.findall(sql or ""):
            values = re.findall(r"'((?:[^']|'')*)'", items)
            if len(values) >= 3:
                found.append((name, column, values))
    return found


@pytest.fixture
def version7(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database as the previous release left it (schema 7), with one employee."""
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:7])
        m.setattr(schema, "SCHEMA_VERSION", 7)
        conn = open_database(db_path)
        add_employee(
            conn,
            EmployeeDraft(nip="198507142010012003", nama="Sri Wahyuni", status="PNS"),
        )
        conn.close()
    return db_path


def test_old_database_migrates_with_the_same_rules_and_data(version7: Path) -> None:
    raw = sqlite3.connect(version7)
    lists = _old_lists(raw)
    before_rows = raw.execute("SELECT * FROM employees").fetchall()
    raw.close()
    assert {(t, c) for t, c, _v in lists} >= {
        ("employees", "status"),
        ("obligations", "status"),
        ("events", "kind"),
    }

    conn = open_database(version7)
    assert schema.user_version(conn) == schema.SCHEMA_VERSION
    assert _old_lists(conn) == []  # every long list is a chain now
    assert conn.execute("SELECT * FROM employees").fetchall() == before_rows
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert audit_check.verify(conn).problems == []
    conn.close()
    assert len(list(version7.parent.glob("*sebelum-migrasi-v7-*.sqlite"))) == 1

    # the same values pass and the same values are refused, table by table
    conn = open_database(version7)
    for table, column, values in lists:
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        chain = re.search(rf"\({column} = [^()]*\)", sql)
        assert chain is not None, (table, column)
        expr = chain.group(0)
        tries = [*values, "x", "", values[0].lower(), values[0] + " ", None]
        for value in tries:
            got = conn.execute(
                f"SELECT CASE WHEN {expr} THEN 1 WHEN NOT {expr} THEN 0 END "
                f"FROM (SELECT ? AS {column})",
                (value,),
            ).fetchone()[0]
            assert got == (None if value is None else int(value in values)), (table, value)
    conn.close()


def test_refused_status_is_still_refused_after_migration(version7: Path) -> None:
    conn = open_database(version7)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("UPDATE employees SET status = 'Honorer'")
    conn.execute("UPDATE employees SET status = 'PPPK'")
    assert conn.execute("SELECT status FROM employees").fetchone()[0] == "PPPK"
    conn.close()
