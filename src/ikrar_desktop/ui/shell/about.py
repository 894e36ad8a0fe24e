"""Bantuan's dialogs: About (version, data and log locations, licences) and the shortcut list."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop import APP_NAME, __version__
from ikrar_desktop.notices import PROGRAM_LICENCE, all_notices
from ikrar_desktop.paths import Paths


def notices_html() -> str:
    rows = []
    for notice in all_notices():
        version = notice.version()
        name = escape(notice.name + (f" {version}" if version else ""))
        rows.append(
            f"<tr><td><b>{name}</b></td><td>{escape(notice.licence)}</td>"
            f"<td>{escape(notice.note)}</td></tr>"
        )
    return (
        "<p>Program ini memakai pustaka dan fon berikut. Pustaka LGPL (Qt, PySide6, fpdf2) "
        "disertakan sebagai berkas terpisah di folder instalasi sehingga dapat diganti dengan "
        "versi lain.</p>"
        "<table cellspacing='4'><tr><th align='left'>Komponen</th><th align='left'>Lisensi</th>"
        "<th align='left'>Pemegang hak cipta / catatan</th></tr>" + "".join(rows) + "</table>"
    )


class AboutDialog(QDialog):
    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tentang %s") % APP_NAME)
        self.resize(640, 520)
        title = QLabel(f"<h2>{escape(APP_NAME)}</h2>")
        self.version_label = QLabel(self.tr("Versi %s") % __version__)
        self.version_label.setObjectName("aboutVersion")
        summary = QLabel(
            self.tr("Registri pegawai, ikrar netralitas dan pakta integritas ASN, tanpa internet.")
            + f"<br>{self.tr('Lisensi program')}: {PROGRAM_LICENCE}"
        )
        summary.setWordWrap(True)

        self.data_label = self._path_label(str(paths.data_dir))
        self.db_label = self._path_label(str(paths.db))
        self.log_label = self._path_label(str(paths.log_file))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Folder data:")), 0, 0)
        grid.addWidget(self.data_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Database:")), 1, 0)
        grid.addWidget(self.db_label, 1, 1)
        grid.addWidget(QLabel(self.tr("Berkas log:")), 2, 0)
        grid.addWidget(self.log_label, 2, 1)
        grid.setColumnStretch(1, 1)

        self.notices = QTextBrowser()
        self.notices.setHtml(notices_html())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.version_label)
        layout.addWidget(summary)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Lisensi pustaka dan fon yang disertakan:")))
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _path_label(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label


class ShortcutsDialog(QDialog):
    """Bantuan › Pintasan papan ketik: the table of ui/shell/shortcuts.py, as in the guide."""

    def __init__(
        self, parent: QWidget | None = None, open_guide: Callable[[], object] | None = None
    ) -> None:
        from ikrar_desktop.ui.shell.shortcuts import all_shortcuts

        super().__init__(parent)
        self.setWindowTitle(self.tr("Pintasan papan ketik"))
        self.resize(720, 620)
        rows = all_shortcuts()
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tombol"), self.tr("Fungsi"), self.tr("Di halaman")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, shortcut in enumerate(rows):
            for column, text in enumerate((shortcut.keys, shortcut.action, shortcut.where)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.guide_button: QPushButton | None = None
        if open_guide is not None:
            self.guide_button = buttons.addButton(
                self.tr("Buka panduan (F1)"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.guide_button.clicked.connect(open_guide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]
