"""``tr()`` for code outside a Qt class, in the context lupdate gives a bare ``tr("…")``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    """``text`` in the program's language (lupdate files a bare ``tr("…")`` under context "")."""
    return QCoreApplication.translate("", text)
