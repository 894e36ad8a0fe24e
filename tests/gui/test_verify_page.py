"""The Verifikasi page: scanned or typed codes → valid / void / unknown; voiding with a reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.services import certificates as certs
from ikrar_desktop.services import checkin, printing
from ikrar_desktop.services import events as event_service
from ikrar_desktop.services.demo import generate_demo
from ikrar_desktop.store.certificates import CertificateRow
from ikrar_desktop.ui.safety.verify_page import COLOURS, VerifyPage, VoidDialog


@pytest.fixture
def issued(ctx: AppContext, tmp_path: Path) -> tuple[int, list[CertificateRow]]:
    """An event whose signers got certificates by printing a sertifikat batch."""
    generate_demo(ctx.conn, 30)
    ev = event_service.create_event(
        ctx.conn, event_service.EventDraft(title="Apel Ikrar Netralitas", date=date(2024, 1, 8))
    ).event.id
    ids = [r[0] for r in ctx.conn.execute("SELECT employee_id FROM obligations ORDER BY 1")]
    for emp in ids[:6]:
        checkin.set_status(ctx.conn, ev, emp, "hadir")
        checkin.toggle_pakta(ctx.conn, ev, emp, True)
    report = printing.print_document(ctx.conn, "sertifikat", ev, tmp_path / "s.pdf")
    assert report.numbers_issued == 6
    rows = sorted(certs.cert_store.live_for_event(ctx.conn, ev).values(), key=lambda r: r.seq)
    return ev, rows


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> VerifyPage:
    widget = VerifyPage(ctx)
    qtbot.addWidget(widget)
    return widget


def scan(qtbot: QtBot, page: VerifyPage, text: str) -> None:
    """What a keyboard-wedge scanner does: type the text, then Enter."""
    page.code_edit.selectAll()
    qtbot.keyClicks(page.code_edit, text)
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Return)


def test_valid_code_typed_or_scanned(
    qtbot: QtBot, page: VerifyPage, issued: tuple[int, list[CertificateRow]]
) -> None:
    _, rows = issued
    assert page.state() == "idle"
    cert = rows[0]
    scan(qtbot, page, f"IKRAR-SERT:{cert.code}")
    assert page.state() == certs.VALID
    assert "SAH" in page.heading.text()
    details = page.details.text()
    assert cert.number in details and "Apel Ikrar Netralitas" in details
    assert "8 Januari 2024" in details and "1 kali (cetak ulang 0)" in details
    assert COLOURS[certs.VALID][0] in page.panel.styleSheet()
    assert page.code_edit.selectedText()  # the next scan replaces the code
    # typed by hand: lower case, spaces instead of dashes, a zero for the letter O
    typed = cert.code.lower().replace("-", " ").replace("o", "0")
    scan(qtbot, page, typed)
    assert page.state() == certs.VALID and cert.name in page.details.text()


def test_unknown_code_is_red(
    qtbot: QtBot, page: VerifyPage, issued: tuple[int, list[CertificateRow]]
) -> None:
    code = issued[1][0].code
    tampered = code[:-1] + ("A" if code[-1] != "A" else "B")
    scan(qtbot, page, tampered)
    assert page.state() == certs.UNKNOWN
    assert "TIDAK DIKENAL" in page.heading.text()
    assert COLOURS["unknown"][0] in page.panel.styleSheet()
    scan(qtbot, page, "bukan kode")
    assert page.state() == certs.UNKNOWN


def test_list_and_void_with_reason(
    qtbot: QtBot, ctx: AppContext, page: VerifyPage, issued: tuple[int, list[CertificateRow]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    ev, rows = issued
    page.refresh()
    assert page.event_combo.currentData() == ev
    assert page.model.rowCount() == 6 and page.count.text() == "6 sah, 0 dibatalkan"
    assert [page.model.index(r, 0).data() for r in range(6)] == [r.number for r in rows]
    assert not page.void_button.isEnabled()

    page.table.selectRow(1)
    assert page.void_button.isEnabled()

    def answer(dialog: VoidDialog) -> int:
        assert not dialog.ok.isEnabled()  # a reason is required
        dialog.reason.setText("Salah penulisan nama")
        assert dialog.ok.isEnabled()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(VoidDialog, "exec", answer)
    page.void_button.click()
    victim = rows[1]
    assert page.state() == certs.VOID
    assert "DIBATALKAN" in page.heading.text() and "Salah penulisan nama" in page.details.text()
    assert COLOURS[certs.VOID][0] in page.panel.styleSheet()
    assert page.model.index(1, 5).data() == "Dibatalkan: Salah penulisan nama"
    assert 1 in page.model.dim_rows and page.count.text() == "5 sah, 1 dibatalkan"
    assert certs.verify(ctx.conn, victim.code).status == certs.VOID
    scan(qtbot, page, victim.code)
    assert page.state() == certs.VOID
    page.table.selectRow(1)
    assert not page.void_button.isEnabled()  # already void

    assert page.void_certificate(rows[2].number, "   ") is None  # no reason, refused
    assert ctx.interaction.messages[-1][0] == "Tidak dapat dibatalkan"  # type: ignore[attr-defined]
    assert certs.verify(ctx.conn, rows[2].code).status == certs.VALID


def test_double_click_checks_a_row(
    qtbot: QtBot, page: VerifyPage, issued: tuple[int, list[CertificateRow]]
) -> None:
    _, rows = issued
    page.refresh()
    page.table.selectRow(3)
    page._check_row()
    assert page.code_edit.text() == rows[3].code and page.state() == certs.VALID
