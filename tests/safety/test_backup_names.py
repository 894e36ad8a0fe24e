"""Backup file names a clerk can read ("ikrar 2026-12-07 06.41 sebelum pemulihan.sqlite"),
unique within the minute, and rotation that still knows the older names."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from ikrar_desktop.services import backups
from ikrar_desktop.store import backup as store

DB = Path("ikrar.sqlite")
WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def test_names_read_as_date_time_and_why() -> None:
    at = datetime(2026, 12, 7, 6, 41, 6, 822801)
    assert store.backup_name(DB, "sebelum-pulih", at) == (
        "ikrar 2026-12-07 06.41 sebelum pemulihan.sqlite"
    )
    assert store.backup_name(DB, "harian", at) == "ikrar 2026-12-07 06.41 harian.sqlite"
    assert (
        store.backup_name(DB, "impor", at, 2) == "ikrar 2026-12-07 06.41 sebelum impor (2).sqlite"
    )
    for reason in store.LABELS:
        name = store.backup_name(DB, reason, at)
        assert not WINDOWS_FORBIDDEN.search(name) and name == name.strip()
        parsed = store.read_name(name)
        assert parsed is not None
        assert (parsed.stem, parsed.created, parsed.reason) == (
            "ikrar",
            at.replace(second=0, microsecond=0),
            reason,
        )


def test_old_names_are_still_read() -> None:
    parsed = store.read_name("ikrar-20261207-064106-822801-sebelum-pulih.sqlite")
    assert parsed == store.BackupName("ikrar", datetime(2026, 12, 7, 6, 41, 6), "sebelum-pulih")
    assert store.read_name("ikrar-20240301-000000-keluar.sqlite") is not None
    for other in (
        "ikrar 2026-13-07 06.41 harian.sqlite",  # no such month
        "catatan rapat.sqlite",
        "ikrar 2026-12-07 06.41 harian.sqlite.json",
        "ikrar 2026-12-07 harian.sqlite",
    ):
        assert store.read_name(other) is None, other


def test_two_backups_within_a_minute_get_two_names(conn: sqlite3.Connection) -> None:
    moments = iter([datetime(2024, 5, 1, 9, 0, 5), datetime(2024, 5, 1, 9, 0, 40)])
    first = backups.backup_now(conn, "manual", clock=lambda: next(moments))
    moments = iter([datetime(2024, 5, 1, 9, 0, 40)] * 3)
    second = backups.backup_now(conn, "manual", clock=lambda: next(moments))
    stem = Path(first.path).name.split(" ")[0]
    assert first.path.name == f"{stem} 2024-05-01 09.00 manual.sqlite"
    assert second.path.name == f"{stem} 2024-05-01 09.00 manual (2).sqlite"
    listed = backups.list_backups(first.path.parent, stem)
    assert [b.path for b in listed[:2]] == [second.path, first.path]  # the newer first
    assert store.verify_file(second.path).counts == first.counts


def _touch(folder: Path, name: str) -> str:
    (folder / name).write_bytes(b"x")
    return name


def test_rotation_over_old_and_new_names(tmp_path: Path) -> None:
    """200 days of old-style names, then 200 of new ones: the same 7 daily, 5 weekly and 12
    monthly backups are kept, whatever their names."""
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2024, 1, 1, 7, 30)
    for day in range(400):
        for hour, reason in ((7, "harian"), (12, "impor"), (16, "keluar")):
            now = start + timedelta(days=day, hours=hour - 7)
            if day < 200:
                name = _touch(folder, f"ikrar-{now:%Y%m%d-%H%M%S}-000000-{reason}.sqlite")
            else:
                name = _touch(folder, store.backup_name(DB, reason, now))
            backups.rotate(folder, "ikrar", now)
            kept = backups.list_backups(folder, "ikrar")
            assert kept[0].path.name == name  # the newest is always kept
    now = start + timedelta(days=399, hours=9)
    kept = backups.list_backups(folder, "ikrar")
    regular = [k for k in kept if k.reason == "keluar" or now - k.created > timedelta(days=7)]
    assert len(regular) == 7 + 5 + 12
    old_style = [k for k in kept if k.path.name.startswith("ikrar-")]
    assert old_style  # the oldest monthly backups still carry the old names, and are kept
    assert len({k.created.date() for k in kept}) == 24
    risky = [k for k in kept if k.reason == "impor"]
    assert risky and all(k.path.name.endswith("sebelum impor.sqlite") for k in risky)
    others = [_touch(folder, "ikrar lain 2024-01-01 00.00 harian.sqlite"),
              _touch(folder, "lain-20240101-000000-keluar.sqlite")]  # fmt: skip
    backups.rotate(folder, "ikrar", now + timedelta(days=90))
    assert all((folder / name).exists() for name in others)  # another database's: untouched
    assert len(backups.list_backups(folder, "ikrar")) < len(kept)


def test_daily_check_knows_new_and_old_names(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    day = datetime(2024, 3, 1).date()
    for name, today in (
        ("ikrar 2024-03-01 23.59 harian.sqlite", True),
        ("ikrar 2024-03-01 00.00 saat keluar (3).sqlite", True),
        ("ikrar-20240301-000000-keluar.sqlite", True),
        ("ikrar 2024-03-02 08.00 harian.sqlite", False),
        ("ikrar lain 2024-03-01 08.00 harian.sqlite", False),
    ):
        _touch(folder, name)
        assert backups._has_backup_of(folder, "ikrar", day) == today, name
        listed = any(b.created.date() == day for b in backups.list_backups(folder, "ikrar"))
        assert listed == today, name
        (folder / name).unlink()


def test_leftover_parts_with_new_names_are_cleaned(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    ours = [_touch(folder, "ikrar 2024-01-05 08.00 manual.sqlite.part"),
            _touch(folder, "ikrar-20240105-080000-000000-harian.sqlite.part")]  # fmt: skip
    theirs = _touch(folder, "ikrar lain 2024-01-05 08.00 manual.sqlite.part")
    old = datetime(2024, 1, 5, 8).timestamp()
    for name in [*ours, theirs]:
        os.utime(folder / name, (old, old))
    parts = store.backup_parts(folder, "ikrar")
    assert sorted(p.name for p in parts) == sorted(ours)
    store.remove_stale_parts(parts, now=old + 2 * store.STALE_PART_SECONDS)
    assert sorted(p.name for p in folder.iterdir()) == [theirs]


def test_a_name_being_written_is_not_taken(tmp_path: Path) -> None:
    at = datetime(2024, 5, 1, 9, 0)
    _touch(tmp_path, store.backup_name(DB, "manual", at) + store.PART)  # another backup, mid-way
    assert (
        store.backup_path(tmp_path, DB, "manual", at).name
        == "ikrar 2024-05-01 09.00 manual (2).sqlite"
    )
