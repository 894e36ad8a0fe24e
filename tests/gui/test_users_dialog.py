"""GUI: Kelola pengguna (add admin/operator, mismatch refused, sign-in needs an admin) and the
Pegawai page's erasure on request (UU 27/2022)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import access, events
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.ui.registry.employees_page import EmployeesPage
from ikrar_desktop.ui.safety.panel import SafetyPanel
from ikrar_desktop.ui.safety.users_dialog import UsersDialog

NIP = "198203152006042003"


class Recorder:
    """Answers every question 'yes' and keeps what the clerk was shown."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def inform(self, title: str, message: str) -> None:
        self.said.append(message)

    def confirm(self, title: str, message: str) -> bool:
        self.said.append(message)
        return True

    def error(self, title: str, message: str, hint: str = "") -> None:
        self.said.append(f"{message} {hint}".strip())


@pytest.fixture
def said(ctx: AppContext) -> list[str]:
    recorder = Recorder()
    ctx.interaction = recorder
    return recorder.said


def fill(dialog: UsersDialog, login: str, name: str, role: str, pw: str, again: str) -> bool:
    dialog.login.setText(login)
    dialog.full_name.setText(name)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    dialog.password.setText(pw)
    dialog.repeat.setText(again)
    return dialog.add_user()


def test_users_dialog_and_sign_in_switch(
    qapp: QApplication, qtbot: QtBot, ctx: AppContext, said: list[str]
) -> None:
    panel = SafetyPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.users_button.text() == "Kelola pengguna…"
    panel.signin.setChecked(True)  # no admin yet: refused, pointing at Kelola pengguna…
    assert not panel.signin.isChecked() and not access.signin_required(ctx.conn)
    assert "Kelola pengguna…" in said[-1]

    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    assert "Akun pertama harus admin" in dialog.message.text()
    assert not fill(
        dialog, "kasubbag", "Kasubbag Umum", access.ADMIN, "kata-sandi-1", "kata-sandi-2"
    )
    assert "tidak sama" in dialog.message.text() and not access.list_users(ctx.conn)
    assert not fill(dialog, "kasubbag", "Kasubbag Umum", access.ADMIN, "pendek", "pendek")
    assert "minimal 8 karakter" in dialog.message.text()
    assert fill(dialog, "kasubbag", "Kasubbag Umum", access.ADMIN, "kata-sandi-1", "kata-sandi-1")
    assert fill(dialog, "op1", "Operator Satu", access.OPERATOR, "rahasia-op1", "rahasia-op1")
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 2).text() for r in range(2)] == ["Admin", "Operator"]
    assert [(u.login, u.role) for u in access.list_users(ctx.conn)] == [
        ("kasubbag", access.ADMIN),
        ("op1", access.OPERATOR),
    ]

    dialog.select_login("op1")
    assert dialog.toggle_active() and not access.list_users(ctx.conn)[1].active
    assert dialog.active_button.text() == "Aktifkan lagi"
    assert dialog.toggle_active() and access.list_users(ctx.conn)[1].active
    assert not dialog.reset_password("sandi-baru-op1", "sandi-lain-op1")
    assert dialog.reset_password("sandi-baru-op1", "sandi-baru-op1")
    assert access.sign_in(ctx.conn, "op1", "sandi-baru-op1").login == "op1"
    access.apply_session(ctx.conn, None)

    dialog.select_login("kasubbag")  # deactivated admin counts as no admin
    assert dialog.toggle_active()
    panel.signin.setChecked(True)
    assert not access.signin_required(ctx.conn) and "Kelola pengguna…" in said[-1]
    assert dialog.toggle_active()
    panel.signin.setChecked(True)
    assert access.signin_required(ctx.conn) and panel.signin.isChecked()
    dialog.close()
    panel.close()


def test_erasure_on_request(
    qapp: QApplication,
    qtbot: QtBot,
    ctx: AppContext,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = add_employee(ctx.conn, EmployeeDraft(nama="Pernah Ikrar", nik="3201015503820001"))
    events.create_event(ctx.conn, events.EventDraft("Apel ikrar", "2024-01-10"))
    gone = add_employee(ctx.conn, EmployeeDraft(nama="Minta Dihapus", nip=NIP))
    page = EmployeesPage(ctx)
    qtbot.addWidget(page)  # deleted before QApplication goes away (else a crash at exit)
    reasons = iter([("", True), ("surat permintaan 3 Juni 2024", True), ("apa saja", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(reasons))

    page.table.selectRow(page.model.row_of(gone.id))  # type: ignore[arg-type]
    page.erase_selected()  # empty reason refused
    assert "Alasan penghapusan wajib" in said[-1]
    assert ctx.conn.execute("SELECT count(*) FROM employees WHERE id = ?", (gone.id,)).fetchone()[0]
    page.erase_selected()
    assert "UU 27/2022" in said[-2] and "sudah dihapus" in said[-1]
    assert not ctx.conn.execute("SELECT 1 FROM employees WHERE id = ?", (gone.id,)).fetchone()
    rows = ctx.conn.execute(
        "SELECT action, before, after FROM audit_log WHERE tbl = 'employees' AND row_key = ?",
        (str(gone.id),),
    ).fetchall()
    assert [r[0] for r in rows][-1] == "erase"
    assert all(r[1] is None and r[2] is None for r in rows[:-1])  # only digests are kept
    assert "Minta Dihapus" not in repr(rows) and NIP not in repr(rows)
    assert "surat permintaan 3 Juni 2024" in rows[-1][2]

    page.table.selectRow(page.model.row_of(kept.id))  # type: ignore[arg-type]
    page.erase_selected()  # has pledge history: refused with the service's message
    assert "riwayat ikrar/pakta" in said[-1]
    assert ctx.conn.execute("SELECT 1 FROM employees WHERE id = ?", (kept.id,)).fetchone()
    page.close()
