"""Start-up: translations, a clear refusal instead of a traceback, the crash dialog."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ikrar_desktop.store.schema import SCHEMA_VERSION, open_database
from ikrar_desktop.ui.common.interaction import QtInteraction
from ikrar_desktop.ui.shell import application
from ikrar_desktop.ui.shell.crash import CrashDialog


def test_qt_standard_buttons_speak_indonesian(qapp: QApplication) -> None:
    application.load_translations(qapp)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"


def test_newer_database_is_explained_not_crashed(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "baru.sqlite"
    open_database(db).close()
    raw = sqlite3.connect(db)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    raw.close()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QtInteraction, "error", lambda self, t, m, h="": shown.append((m, h)))
    assert application.open_window(db, qapp) is None
    assert "versi Ikrar Desktop yang lebih baru" in shown[0][0]
    assert "Pasang versi" in shown[0][1]


def test_a_window_that_fails_to_build_lets_go_of_the_database(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "ikrar.sqlite"
    asked: list[str] = []
    monkeypatch.setattr(QtInteraction, "confirm", lambda self, t, m: asked.append(m) or False)
    built: list[object] = []

    def broken(ctx: object) -> None:
        built.append(ctx)  # anything may still refer to it (the traceback does)
        raise RuntimeError("jendela gagal dibuat")

    with monkeypatch.context() as patch:
        patch.setattr("ikrar_desktop.ui.shell.main_window.MainWindow", broken)
        with pytest.raises(RuntimeError):
            application.open_window(db, qapp)
    window = application.open_window(db, qapp)  # the next start is not told "in use"
    assert window is not None and not asked
    assert not window.ctx.readonly  # type: ignore[attr-defined]
    window.ctx.close()  # type: ignore[attr-defined]
    window.close()  # type: ignore[attr-defined]


def test_crash_dialog_copies_details(qtbot: QtBot, qapp: QApplication) -> None:
    dialog = CrashDialog("Traceback: boom", None)
    qtbot.addWidget(dialog)
    dialog.copy()
    assert qapp.clipboard().text() == "Traceback: boom"


def test_excepthook_routes_bugs_to_the_crash_dialog(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ikrar_desktop.errors import ValidationError
    from ikrar_desktop.ui.shell import crash

    shown: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: shown.append(self.details))
    errors: list[str] = []
    old = sys.excepthook
    try:
        crash.install_excepthook(tmp_path / "log.txt", lambda t, m, h="": errors.append(m))
        try:
            raise RuntimeError("bug di sini")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        sys.excepthook(ValidationError, ValidationError("NIP salah"), None)
    finally:
        sys.excepthook = old
    assert "bug di sini" in shown[0] and "Traceback" in shown[0]
    assert errors == ["NIP salah"]


def test_integrity_check_that_fails_in_its_thread_runs_again(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check thread that dies (not on damage) must not let a damaged file through."""
    from ikrar_desktop.services.demo import generate_demo
    from ikrar_desktop.store import schema

    db = tmp_path / "rusak.sqlite"
    conn = open_database(db)
    generate_demo(conn, 30, seed=5)
    conn.close()
    data = bytearray(db.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200  # a torn page
    db.write_bytes(bytes(data))

    def broken_thread_check(path: Path) -> None:
        raise AttributeError("partially initialized module 'typing'")

    monkeypatch.setattr(schema, "check_file_health", broken_thread_check)
    health = application.begin_health_check(db)
    assert isinstance(health(), AttributeError)  # reported, not taken for "healthy"
    shown: list[str] = []
    monkeypatch.setattr(QtInteraction, "confirm", lambda self, t, m: False)  # no restore
    monkeypatch.setattr(QtInteraction, "error", lambda self, t, m, h="": shown.append(m))
    assert application.open_window(db, qapp, application.begin_health_check(db)) is None
    assert "rusak" in shown[0]


def test_damage_met_before_the_check_is_in_still_gets_the_damaged_file_flow(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window opens the file while its check still runs; reading a damaged page there
    must lead to the same explanation (and restore offer) as the check itself."""
    from ikrar_desktop.services.demo import generate_demo
    from ikrar_desktop.store import lock

    db = tmp_path / "rusak.sqlite"
    conn = open_database(db)
    generate_demo(conn, 30, seed=5)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = [
        r[0] for r in conn.execute("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'settings'")
    ]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    for page in pages:  # the settings table and its key index, read while opening
        data[(page - 1) * size : page * size] = b"\xff" * size
    db.write_bytes(bytes(data))
    raw = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError):  # the unchecked open does meet the damage
        raw.execute("SELECT value FROM settings WHERE key = 'desk.mode'").fetchall()
    raw.close()
    shown: list[str] = []
    monkeypatch.setattr(QtInteraction, "confirm", lambda self, t, m: False)
    monkeypatch.setattr(QtInteraction, "error", lambda self, t, m, h="": shown.append(m))
    assert application.open_window(db, qapp) is None
    assert "rusak" in shown[0]
    assert lock.is_held(db) is None  # nothing left holding the database


def test_collector_paused_only_while_starting() -> None:
    import gc

    assert gc.isenabled()
    with pytest.raises(RuntimeError), application.collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("start-up failed")
    assert gc.isenabled()  # back on, however the start ended
    gc.disable()
    try:
        with application.collector_paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
