"""Questions and messages to the clerk through Qt message boxes (tests swap this seam)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ikrar_desktop.ui.desk.scan_guard import scan_guard


class QtInteraction:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def box(self, title: str, message: str) -> tuple[QMessageBox, QPushButton]:
        """The question box, built but not shown: Tidak is the default (Enter) and the
        Escape answer (no letter shortcuts: a scan may hold letters), so only a click on Ya,
        or Tab to it and Space, confirms."""
        scan_guard()  # and a scanner's Enter arriving as it opens is ignored
        box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=self.parent)
        yes = box.addButton("Ya", QMessageBox.ButtonRole.YesRole)
        no = box.addButton("Tidak", QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        return box, yes

    def inform(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)

    def confirm(self, title: str, message: str) -> bool:
        box, yes = self.box(title, message)
        box.exec()
        return box.clickedButton() is yes

    def error(self, title: str, message: str, hint: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.parent)
        if hint:
            box.setInformativeText(hint)
        box.addButton("Tutup", QMessageBox.ButtonRole.AcceptRole)
        box.exec()
