"""The event dialog's election choice names the default texts with the event's year."""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.ui.events.dialog import EventDialog


def test_default_texts_follow_the_election_and_year(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = EventDialog(ctx.conn)
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2027, 5, 9))
    assert "Pemilu dan Pemilihan Tahun 2027" in dialog.pakta_points.toPlainText()
    dialog.election.setCurrentText("Pemungutan Suara Ulang")
    assert "Pemungutan Suara Ulang Tahun 2027" in dialog.pakta_points.toPlainText()
    assert "Pemungutan Suara Ulang Tahun 2027" in dialog.ikrar_text.toPlainText()
    # a text the clerk edited is kept when the choice changes
    dialog.ikrar_text.setPlainText("Naskah kami sendiri")
    dialog.election.setCurrentText("Pemilihan Kepala Daerah Serentak")
    assert dialog.ikrar_text.toPlainText() == "Naskah kami sendiri"
    assert "Pemilihan Kepala Daerah Serentak Tahun 2027" in dialog.pakta_points.toPlainText()
    dialog.title.setText("Apel")
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.event.election == "Pemilihan Kepala Daerah Serentak"  # type: ignore[union-attr]
