"""Questions and messages to the clerk through Qt message boxes (tests swap this seam)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class QtInteraction:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def inform(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)

    def confirm(self, title: str, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=self.parent)
        yes = box.addButton("Ya", QMessageBox.ButtonRole.YesRole)
        box.addButton("Tidak", QMessageBox.ButtonRole.NoRole)
        box.exec()
        return box.clickedButton() is yes

    def error(self, title: str, message: str, hint: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.parent)
        if hint:
            box.setInformativeText(hint)
        box.addButton("Tutup", QMessageBox.ButtonRole.AcceptRole)
        box.exec()
