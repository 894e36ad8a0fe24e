"""Backups: verified, rotated over 400 simulated days, restored without losing the current file."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ikrar_desktop.cli.main import main
from ikrar_desktop.errors import CannotRunError
from ikrar_desktop.services import backups
from ikrar_desktop.services.demo import generate_demo
from ikrar_desktop.store.backup import backup_to, table_counts, verify_file
from ikrar_desktop.store.connection import connect
from ikrar_desktop.store.schema import open_database


def test_backup_is_verified_and_has_a_manifest(conn: sqlite3.Connection, db_path: Path) -> None:
    generate_demo(conn, 60, seed=1)
    info = backups.backup_now(conn, "manual")
    assert info.path.parent == db_path.parent / "backups"
    assert info.counts == table_counts(conn) and info.counts["employees"] == 60
    manifest = json.loads(info.path.with_name(info.path.name + ".json").read_text())
    assert manifest["counts"]["employees"] == 60
    assert not list(info.path.parent.glob("*.part"))
    assert verify_file(info.path).counts == info.counts


def test_pulled_out_drive_leaves_database_and_last_backup(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    good = backups.backup_now(conn, "manual", out=usb / "baik.sqlite")
    before = table_counts(conn)
    with pytest.raises(CannotRunError, match="flash disk"):
        backup_to(conn, Path("/proc/ikrar-flashdisk-dicabut/x.sqlite"))
    assert table_counts(conn) == before
    assert verify_file(good.path).counts == good.counts


def test_rotation_over_400_days_keeps_7_daily_5_weekly_12_monthly(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2024, 1, 1, 7, 30)
    for day in range(400):
        for hour, reason in ((7, "harian"), (12, "impor"), (16, "keluar")):
            now = start + timedelta(days=day, hours=hour - 7)
            name = f"ikrar-{now:%Y%m%d-%H%M%S}-000000-{reason}.sqlite"
            (folder / name).write_bytes(b"x")
            backups.rotate(folder, "ikrar", now)
            kept = backups.list_backups(folder, "ikrar")
            assert kept[0].path.name == name  # the newest is always kept
            assert len(kept) <= 7 + 5 + 12 + 7 * 2
    now = start + timedelta(days=399, hours=9)
    kept = backups.list_backups(folder, "ikrar")
    regular = [k for k in kept if k.reason == "keluar" or now - k.created > timedelta(days=7)]
    assert len(regular) == 7 + 5 + 12
    assert len({k.created.date() for k in kept}) == 24
    oldest = min(k.created for k in kept)
    assert now - oldest < timedelta(days=7 + 6 * 7 + 13 * 31)
    risky = [k for k in kept if k.reason == "impor"]
    assert risky and all(now - k.created <= timedelta(days=7) for k in risky)
    (folder / "lain-20240101-000000-keluar.sqlite").write_bytes(b"x")
    backups.rotate(folder, "ikrar", now + timedelta(days=30))
    assert (folder / "lain-20240101-000000-keluar.sqlite").exists()  # not ours: untouched


def test_daily_backup_once_per_day(conn: sqlite3.Connection) -> None:
    day = datetime(2024, 3, 1, 8, 0)
    assert backups.daily_if_due(conn, clock=lambda: day) is not None
    assert backups.daily_if_due(conn, clock=lambda: day + timedelta(hours=3)) is None
    assert backups.daily_if_due(conn, clock=lambda: day + timedelta(days=1)) is not None


def test_daily_check_reads_names_like_list_backups(tmp_path: Path) -> None:
    """The start-up shortcut agrees with list_backups on which files are today's backups."""
    folder = tmp_path / "backups"
    folder.mkdir()
    day = datetime(2024, 3, 1, 8, 0).date()

    def of_day(name: str) -> bool:
        (folder / name).write_bytes(b"x")
        try:
            listed = any(
                b.created.date() == day and b.path.name == name
                for b in backups.list_backups(folder, "ikrar")
            )
            assert backups._has_backup_of(folder, "ikrar", day) == listed
            return listed
        finally:
            (folder / name).unlink()

    assert of_day("ikrar-20240301-235959-123456-harian.sqlite")
    assert of_day("ikrar-20240301-000000-keluar.sqlite")  # older names: no microseconds
    assert not of_day("ikrar-20240302-080000-000000-harian.sqlite")  # another day
    assert not of_day("ikrar-lain-20240301-080000-000000-harian.sqlite")  # another database
    assert not of_day("ikrar-20240301-080000-000000-harian.sqlite.json")
    assert not backups._has_backup_of(tmp_path / "nowhere", "ikrar", day)


def test_restore_drill_keeps_current_file_aside(tmp_path: Path, db_path: Path) -> None:
    conn = open_database(db_path)
    generate_demo(conn, 40, seed=2)
    made = [
        backups.backup_now(conn, "manual", clock=lambda d=d: datetime(2024, 5, d, 9))
        for d in (1, 2, 3)
    ]
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE employees SET jabatan = 'Sesudah cadangan'")
    conn.execute("DELETE FROM employees WHERE id IN (SELECT id FROM employees LIMIT 5)")
    conn.execute("COMMIT")
    now_counts = table_counts(conn)
    conn.close()
    for info in made:  # each of the last 3 backups restores, checks and reopens
        done = backups.restore(db_path, info.path)
        assert done.kept_aside is not None and done.kept_aside.exists()
        reopened = open_database(db_path)
        assert reopened.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert table_counts(reopened)["employees"] == info.counts["employees"]
        reopened.close()
    asides = sorted(db_path.parent.glob("ikrar.sebelum-pulih-*.sqlite"))
    assert len(asides) == 3
    kept = []
    for aside in asides:
        other = connect(aside, readonly=True)
        kept.append(table_counts(other)["employees"])
        other.close()
    assert now_counts["employees"] in kept  # the file before the first restore is still there


def test_restore_refuses_a_damaged_backup(tmp_path: Path, db_path: Path) -> None:
    open_database(db_path).close()
    bad = tmp_path / "rusak.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    before = db_path.read_bytes()
    with pytest.raises(CannotRunError):
        backups.restore(db_path, bad)
    assert db_path.read_bytes() == before


def test_a_refused_backup_file_is_not_held_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "rusak.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    opened: list[sqlite3.Connection] = []
    real = sqlite3.connect

    def spy(*args: object, **kwargs: object) -> sqlite3.Connection:
        opened.append(real(*args, **kwargs))  # type: ignore[arg-type]
        return opened[-1]

    monkeypatch.setattr(sqlite3, "connect", spy)
    with pytest.raises(CannotRunError, match="bukan cadangan"):
        verify_file(bad)
    assert opened
    for conn in opened:  # closed: the clerk can delete or move the bad file at once
        with pytest.raises(sqlite3.ProgrammingError):
            conn.execute("SELECT 1")


def test_restore_that_cannot_write_its_copy_lets_go_of_the_backup(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_database(db_path)
    info = backups.backup_now(conn, "manual")
    conn.close()
    opened: list[sqlite3.Connection] = []
    real = backups.open_destination

    def no_room_for_the_copy(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
        if not readonly:
            raise sqlite3.OperationalError("unable to open database file")
        opened.append(real(path, readonly=True))
        return opened[-1]

    monkeypatch.setattr(backups, "open_destination", no_room_for_the_copy)
    with pytest.raises(CannotRunError, match="tidak dapat disalin"):
        backups.restore(db_path, info.path)
    assert opened  # the backup was open for reading …
    with pytest.raises(sqlite3.ProgrammingError):  # … and is closed again (movable, deletable)
        opened[0].execute("SELECT 1")


def test_cli_backup_check_restore(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "demo", "--employees", "30"]) == 0
    out = tmp_path / "cadangan.sqlite"
    assert main(["--db", str(db_path), "backup", str(out)]) == 0
    assert main(["--db", str(db_path), "employees", "add", "--nama", "Baru Sekali"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "check", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["audit_links"] > 30
    assert main(["--db", str(db_path), "restore", str(out)]) == 0
    assert "dipulihkan" in capsys.readouterr().out
    conn = open_database(db_path)
    assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 30
    conn.close()
    assert main(["--db", str(db_path), "check"]) == 0
