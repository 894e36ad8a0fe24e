"""Keyboard order of dialogs: one Tab stop per field, top to bottom; a date is one stop."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QWidget


class _OneStop(QObject):
    """Tab leaves a date or time edit at once; its parts are changed with ← → and ↑ ↓
    (Qt's own edit walks through day, month, year, hour and minute on Tab, so text typed
    for the next field landed in the date)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        key = key_event.key()
        if key == Qt.Key.Key_Tab and not (
            key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            return move_focus(watched, forward=True)
        if key in (Qt.Key.Key_Backtab, Qt.Key.Key_Tab):
            return move_focus(watched, forward=False)
        return False


_ONE_STOP = _OneStop()


def _takes_tab(widget: QWidget, window: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isEnabled()
        and widget.isVisibleTo(window)
        and widget.window() is window
        and widget.focusProxy() is None
    )


def move_focus(widget: QWidget, forward: bool = True) -> bool:
    """Focus the next (or previous) widget of the window's Tab chain after ``widget``."""
    window = widget.window()
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    candidate = step(widget)
    while candidate is not None and candidate is not widget:
        if _takes_tab(candidate, window) and not widget.isAncestorOf(candidate):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            candidate.setFocus(reason)
            return True
        candidate = step(candidate)
    return False


def one_stop(edit: QAbstractSpinBox) -> None:
    """A date or time edit becomes a single Tab stop."""
    if not edit.property("oneTabStop"):
        edit.installEventFilter(_ONE_STOP)
        edit.setProperty("oneTabStop", True)


def set_tab_order(widgets: Sequence[QWidget | None]) -> None:
    """Tab walks ``widgets`` in the order given (None entries are skipped, so a list can
    name optional widgets); date and time edits among them are one stop each."""
    chain = [w for w in widgets if w is not None]
    for widget in chain:
        if isinstance(widget, QDateTimeEdit):
            one_stop(widget)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
