"""The "Semua OPD / one OPD" choice above a list of people, refilled without losing the choice."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def refill_units(combo: QComboBox, units: list[str], all_label: str) -> None:
    """Replace the OPDs offered (``all_label`` first, meaning every OPD), keeping the one chosen
    when it is still offered; no change signal is sent — the caller refreshes its list."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, None)
    for unit in units:
        combo.addItem(unit, unit)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
