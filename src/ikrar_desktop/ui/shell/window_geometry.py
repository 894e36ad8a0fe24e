"""The main window's size and place: fitted to the screen the first time, then remembered."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ikrar_desktop.ui.shell.ui_settings import ui_settings

PREFERRED = QSize(1280, 760)
FRAME = QSize(16, 40)  # the title bar and borders the system adds around the window
KEY = "jendela/utama"
# this much of the window's top edge must lie on a screen for the clerk to grab it
GRIP = QSize(160, 24)


def first_geometry(available: QRect, preferred: QSize = PREFERRED) -> tuple[QRect, bool]:
    """The window's rectangle on a screen with ``available`` room (taskbar excluded), and
    whether it should open maximized: a screen smaller than the window plus its frame
    (1366×768 laptops, projectors) gets a maximized window, a larger one the preferred
    size in the middle."""
    size = QSize(
        min(preferred.width(), available.width() - FRAME.width()),
        min(preferred.height(), available.height() - FRAME.height()),
    )
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    small = (
        preferred.width() + FRAME.width() > available.width()
        or preferred.height() + FRAME.height() > available.height()
    )
    return rect, small


def reachable(rect: QRect, screens: Sequence[QRect]) -> bool:
    """Whether enough of the window's top edge lies on one of ``screens`` to drag it."""
    top = QRect(rect.left(), rect.top(), rect.width(), GRIP.height())
    for screen in screens:
        seen = top.intersected(screen)
        if seen.width() >= min(GRIP.width(), rect.width()) and seen.height() >= GRIP.height():
            return True
    return False


def brought_back(rect: QRect, screens: Sequence[QRect]) -> QRect:
    """``rect`` unchanged when it can be reached, else moved (and shrunk to fit) to the
    middle of the first screen — the place of a projector that was unplugged."""
    if not screens or reachable(rect, screens):
        return rect
    home = screens[0]
    size = QSize(
        min(rect.width(), home.width() - FRAME.width()),
        min(rect.height(), home.height() - FRAME.height()),
    )
    moved = QRect(QPoint(0, 0), size)
    moved.moveCenter(home.center())
    return moved


def _screens() -> list[QRect]:
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    return [s.availableGeometry() for s in ([primary] if primary else []) + others]


def restore_geometry(window: QWidget) -> None:
    """The size, place and maximized state of the last run, kept on a current screen; the
    first time, fitted to the primary screen."""
    screens = _screens()
    saved = ui_settings().value(KEY)
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        normal = window.normalGeometry() if window.isMaximized() else window.geometry()
        fixed = brought_back(normal, screens)
        if fixed != normal:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
            window.setGeometry(fixed)
        return
    if not screens:
        window.resize(PREFERRED)
        return
    rect, maximize = first_geometry(screens[0])
    window.setGeometry(rect)
    if maximize:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save_geometry(window: QWidget) -> None:
    settings = ui_settings()
    settings.setValue(KEY, window.saveGeometry())
    settings.sync()
