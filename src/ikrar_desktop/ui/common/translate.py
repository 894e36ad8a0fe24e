"""``tr()`` for code outside a Qt class, and typed lupdate markers for texts kept in constants."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    """``text`` in the program's language (lupdate files a bare ``tr("…")`` under context "")."""
    return QCoreApplication.translate("", text)


def QT_TR_NOOP(text: str) -> str:
    """Mark ``text`` for lupdate under context ""; show it through :func:`tr`."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate under ``context``; show it through that class's ``self.tr``."""
    return text
