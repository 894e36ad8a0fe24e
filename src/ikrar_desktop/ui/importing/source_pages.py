"""Import wizard pages 1–2: the file chosen and read, then the sheet and its header row."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from ikrar_desktop.errors import UserError
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation, Progress
from ikrar_desktop.ui.common.rows_model import RowsModel
from ikrar_desktop.ui.common.translate import QT_TR_NOOP, tr
from ikrar_desktop.ui.importing.feedback import ERROR_STYLE, busy_bar, show_failure

if TYPE_CHECKING:
    from ikrar_desktop.services.roster_session import RosterImport
    from ikrar_desktop.ui.importing.wizard import ImportWizard

FILE_FILTER = QT_TR_NOOP("Spreadsheet (*.xlsx *.xlsm *.xls *.ods *.csv);;Semua berkas (*)")
PREVIEW_ROWS = 40


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: str | None) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("1. Pilih berkas"))
        self.setSubTitle(
            self.tr(
                "Daftar pegawai dari BKPSDM, SIASN, OPD atau daftar honorer: "
                ".xlsx, .xls, .ods atau .csv."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(
            self.tr("ketik atau tempel lokasi berkas lalu Enter, atau Pilih berkas…")
        )
        self.path.returnPressed.connect(self.typed)
        choose = QPushButton(self.tr("Pilih berkas…"))
        choose.clicked.connect(self.choose)
        self.choose_button = choose
        self.bar = busy_bar()
        self.cancel_button = QPushButton(self.tr("Hentikan pembacaan"))
        self.cancel_button.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("importFileStatus")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._op: Operation[RosterImport] | None = None
        self._loaded_path = ""
        self.cancel_button.clicked.connect(self._cancel)
        if path:
            self.load(path)

    def initializePage(self) -> None:
        self.path.setFocus()

    def typed(self) -> None:
        """Enter in the path box reads the typed (or pasted) file; the same file already
        read is left as it is, so Enter then goes on to the next page."""
        text = self.path.text().strip().strip('"')
        if not text or (text == self._loaded_path and self.wiz.book is not None):
            return
        self.load(str(Path(text).expanduser()))

    def choose(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Pilih daftar pegawai"), tr(FILE_FILTER), kind="daftar"
        )
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        from ikrar_desktop.services.roster_session import RosterImport

        self.wiz.session = None
        self._loaded_path = path
        self.path.setText(path)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Membaca berkas…"))
        self.bar.setVisible(True)
        self.cancel_button.setVisible(True)

        def job(progress: Progress, cancel: threading.Event) -> RosterImport:
            return RosterImport.read(path, cancel=cancel)

        self._op = self.wiz.run(job, self._loaded, self._failed)
        self.completeChanged.emit()

    def _cancel(self) -> None:
        if self._op is not None:
            self._op.cancel.set()

    def _stop(self) -> None:
        self.bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self._op = None

    def _loaded(self, session: RosterImport) -> None:
        self._stop()
        self.wiz.session = session
        book = self.wiz.book
        assert book is not None
        sheets = [s for s in book.sheets if s.rows]
        self.status.setText(
            self.tr("Terbaca: format {format}, {count} lembar berisi data. Klik Lanjut.").format(
                format=book.format.upper(), count=len(sheets)
            )
        )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        show_failure(self.status, exc)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.book is not None


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("2. Lembar dan judul kolom"))
        self.setSubTitle(
            self.tr(
                "Program memilih lembar yang tampak seperti daftar pegawai dan mencari "
                "baris judul kolomnya. Ganti lembar bila perlu."
            )
        )
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.model = RowsModel([])
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(22)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lembar:")))
        row.addWidget(self.sheet, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        self._found = False

    def initializePage(self) -> None:
        session = self.wiz.session
        assert session is not None
        book = session.book
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for sheet in book.sheets:
            if sheet.rows:
                label = self.tr("{name}  ({count} baris)").format(
                    name=sheet.name, count=len(sheet.rows)
                )
                self.sheet.addItem(label, sheet.name)
        preferred = session.likely_sheet() or self.sheet.itemData(0)
        self.sheet.setCurrentIndex(max(self.sheet.findData(preferred), 0))
        self.sheet.blockSignals(False)
        self._sheet_changed()

    def _sheet_changed(self) -> None:
        session = self.wiz.session
        name = self.sheet.currentData()
        if session is None or name is None:
            return
        sheet = next(s for s in session.book.sheets if s.name == name)
        width = max((len(r) for r in sheet.rows[:PREVIEW_ROWS]), default=0)
        from ikrar_desktop.exchange.columns import column_letter

        self.model.set_rows(sheet.rows[:PREVIEW_ROWS], [column_letter(i) for i in range(width)])
        try:
            session.find_table(name)
        except UserError as err:
            self._found = False
            self.model.highlight_row = None
            self.info.setStyleSheet(ERROR_STYLE)
            self.info.setText(f"{err.message}\n{err.hint}".strip())
        else:
            self._found = True
            header_index = session.header_index
            self.model.highlight_row = header_index
            self.info.setStyleSheet("")
            self.info.setText(
                self.tr(
                    "Judul kolom ditemukan di baris {row} "
                    "(disorot kuning). Baris di atasnya diabaikan."
                ).format(row=header_index + 1)
            )
        self.model.layoutChanged.emit()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._found
