"""The Verifikasi page checks a printed audit fingerprint: green when it matches, red when not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anchor_rewrite import rewrite_consistently
from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import audit_anchor
from ikrar_desktop.services.demo import generate_demo
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.ui.safety.audit_anchor_box import COLOURS
from ikrar_desktop.ui.safety.verify_page import VerifyPage


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> VerifyPage:
    widget = VerifyPage(ctx)
    qtbot.addWidget(widget)
    return widget


def type_fingerprint(qtbot: QtBot, page: VerifyPage, text: str) -> str:
    box = page.fingerprint
    box.edit.selectAll()
    qtbot.keyClicks(box.edit, text)
    with qtbot.waitSignal(box.checked) as answered:
        qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    state = str(answered.args[0])
    assert box.panel.property("state") == state
    assert COLOURS[state][1] in box.panel.styleSheet()
    return state


def test_printed_fingerprint_green_then_red_after_a_consistent_rewrite(
    qtbot: QtBot, ctx: AppContext, page: VerifyPage, db_path: Path
) -> None:
    generate_demo(ctx.conn, 12)
    budi = add_employee(ctx.conn, EmployeeDraft(nama="Budi Santoso")).id
    paper = audit_anchor.current(ctx.conn)  # what a berita acara printed now would carry
    add_employee(ctx.conn, EmployeeDraft(nama="Sari Lestari"))
    page.refresh()
    assert paper not in page.fingerprint.now.text()  # the head moved on since the paper
    assert page.fingerprint.state() == "idle"

    assert type_fingerprint(qtbot, page, paper.upper().replace("·", " ")) == "cocok"
    assert "COCOK" in page.fingerprint.heading.text()
    assert COLOURS["cocok"][1] == "#2e7d32"  # green

    rewrite_consistently(db_path, str(budi), "Budi Santosa")
    assert type_fingerprint(qtbot, page, paper) == "berbeda"
    assert "TIDAK COCOK" in page.fingerprint.heading.text()
    assert f"nomor 0 sampai {paper.split(' ')[0]}" in page.fingerprint.details.text()


def test_unreadable_or_too_new_fingerprint_is_explained(
    qtbot: QtBot, ctx: AppContext, page: VerifyPage
) -> None:
    generate_demo(ctx.conn, 5)
    assert type_fingerprint(qtbot, page, "9f3a-07c2-1b4d-88e0") == "invalid"
    assert "Nomor catatan" in page.fingerprint.details.text()
    head = int(audit_anchor.current(ctx.conn).split(" ")[0])
    assert type_fingerprint(qtbot, page, f"{head + 9} · 0123-4567-89ab-cdef") == "melampaui"
    assert "lebih tua" in page.fingerprint.details.text()
