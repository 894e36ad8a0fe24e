"""The event combo box the Cetak, Verifikasi and Laporan pages share."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QComboBox

from ikrar_desktop.domain.dates import format_short
from ikrar_desktop.services import events as event_service


def fill_event_combo(
    combo: QComboBox, conn: sqlite3.Connection, *, with_state: bool = False
) -> None:
    """Reload every event ("18-09-2023 — title", with " (Berlangsung)" and the like when
    ``with_state``; data = id), keeping the one chosen; no signal fires, so the caller
    refreshes what depends on it once."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for summary in event_service.list_events(conn):
        event = summary.event
        state = f" ({event.status_label})" if with_state else ""
        combo.addItem(f"{format_short(event.date)} — {event.title}{state}", event.id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
