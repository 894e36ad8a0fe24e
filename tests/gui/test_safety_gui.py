"""GUI: second instance offered read-only with a banner, damaged file → restore, the panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QToolBar

from ikrar_desktop.services import backups
from ikrar_desktop.services.demo import generate_demo
from ikrar_desktop.store import lock
from ikrar_desktop.store.schema import open_database
from ikrar_desktop.ui.common.interaction import QtInteraction
from ikrar_desktop.ui.shell import application


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QtInteraction, "confirm", lambda self, t, m: said.append(m) or True)
    monkeypatch.setattr(QtInteraction, "inform", lambda self, t, m: said.append(m))
    monkeypatch.setattr(QtInteraction, "error", lambda self, t, m, h="": said.append(m))
    return said


def test_second_instance_opens_read_only_with_a_banner(
    qapp: QApplication, db_path: Path, answers: list[str]
) -> None:
    open_database(db_path).close()
    with lock.acquire(db_path):
        window = application.open_window(db_path, qapp)
        assert window is not None
        assert "sedang dibuka oleh" in answers[0]
        banner = window.findChild(QToolBar, "readonlyBanner")  # type: ignore[attr-defined]
        assert banner is not None
        window.ctx.close()  # type: ignore[attr-defined]
        window.close()  # type: ignore[attr-defined]


def test_damaged_database_offers_the_newest_backup(
    qapp: QApplication, db_path: Path, answers: list[str]
) -> None:
    conn = open_database(db_path)
    generate_demo(conn, 30, seed=5)
    backups.backup_now(conn, "harian")
    conn.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200  # a torn page
    db_path.write_bytes(bytes(data))
    window = application.open_window(db_path, qapp)
    assert window is not None and any("Cadangan terbaru yang utuh" in a for a in answers)
    assert list(db_path.parent.glob("ikrar.sebelum-pulih-*.sqlite"))  # damaged file kept
    count = window.ctx.conn.execute("SELECT count(*) FROM employees").fetchone()[0]  # type: ignore[attr-defined]
    assert count == 30
    window.ctx.close()  # type: ignore[attr-defined]
    window.close()  # type: ignore[attr-defined]


def test_panel_backs_up_and_restores(qtbot, db_path: Path, answers: list[str]) -> None:  # type: ignore[no-untyped-def]
    window = application.open_window(db_path, QApplication.instance())
    assert window is not None
    panel = window.settings.safety  # type: ignore[attr-defined]
    panel.backup_button.click()  # in the background since issue 20: the outcome comes later
    qtbot.waitUntil(lambda: "sudah diperiksa" in panel.status.text())
    made = backups.list_backups(db_path.parent / "backups", "ikrar")
    assert made and "sudah diperiksa" in panel.status.text()
    generate_demo(window.ctx.conn, 5, seed=1)  # type: ignore[attr-defined]
    assert panel.restore_from(made[0].path), answers
    assert any("Isi cadangan: 0 pegawai" in a for a in answers)
    ctx = window.ctx  # type: ignore[attr-defined]
    assert ctx.conn.execute("SELECT count(*) FROM employees").fetchone()[0] == 0
    ctx.close()
    window.close()  # type: ignore[attr-defined]
