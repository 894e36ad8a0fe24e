"""Import wizard: file → sheet and header → column mapping → preview of changes → report."""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import UserError
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Job, Operation, Progress, operations
from ikrar_desktop.ui.common.rows_model import RowsModel
from ikrar_desktop.ui.common.translate import QT_TR_NOOP, tr
from ikrar_desktop.ui.importing.pages import MappingPage, PreviewPage

if TYPE_CHECKING:
    from ikrar_desktop.exchange.rawbook import RawBook
    from ikrar_desktop.services.roster_import import ImportPlan, ImportResult
    from ikrar_desktop.services.roster_session import RosterImport

FILE_FILTER = QT_TR_NOOP("Spreadsheet (*.xlsx *.xlsm *.xls *.ods *.csv);;Semua berkas (*)")
PREVIEW_ROWS = 40
ERROR_STYLE = "color: #b00020; font-weight: 600;"
T = TypeVar("T")


def busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setVisible(False)
    return bar


def show_failure(label: QLabel, exc: BaseException) -> None:
    """A clerk-facing message for a failed step; bugs are passed on to the crash dialog."""
    from ikrar_desktop.exchange.sandbox import ReadCancelled

    if isinstance(exc, ReadCancelled):
        label.setText(tr("Dibatalkan."))
    elif isinstance(exc, UserError):
        label.setText(f"{exc.message}\n{exc.hint}".strip())
    else:
        import sys

        label.setText(tr("Terjadi kesalahan program."))
        sys.excepthook(type(exc), exc, exc.__traceback__)


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportResult, after the registry changed

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None
    ) -> None:
        super().__init__(parent)
        # While the wizard is open a reader child waits, its start-up done, for each file.
        from ikrar_desktop.exchange import sandbox

        sandbox.stay_warm(True)
        sandbox.prewarm()
        self.ctx = ctx
        # The one import object: each step (file, table, mapping, plan, apply) runs once there.
        self.session: RosterImport | None = None
        self.plan: ImportPlan | None = None  # the plan on the preview page
        # shadows QDialog.result() (the dialog code), which nothing here asks for
        self.result: ImportResult | None = None  # type: ignore[assignment]
        self.setWindowTitle(self.tr("Impor daftar pegawai dari Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(960, 640)
        for button, text in (
            (QWizard.WizardButton.NextButton, self.tr("Lanjut >")),
            (QWizard.WizardButton.BackButton, self.tr("< Kembali")),
            (QWizard.WizardButton.FinishButton, self.tr("Selesai")),
            (QWizard.WizardButton.CancelButton, self.tr("Batal")),
            (QWizard.WizardButton.CommitButton, self.tr("Terapkan perubahan")),
        ):
            self.setButtonText(button, text)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # after "Terapkan perubahan" there is nothing left to cancel: only Selesai shows
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self, path)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.preview_page,
            self.result_page,
        ):
            self.addPage(page)

    @property
    def book(self) -> RawBook | None:
        """The file read on the first page (None until it is read)."""
        return self.session.book if self.session is not None else None

    def done(self, result: int) -> None:
        from ikrar_desktop.exchange import sandbox

        sandbox.stay_warm(False)
        super().done(result)

    def run(
        self,
        job: Job[T],
        on_done: Callable[[T], object],
        on_failed: Callable[[BaseException], object],
    ) -> Operation[T]:
        """Run ``job(progress, cancel)`` off the GUI thread with its own connection."""
        return Operation(job, self, on_done=on_done, on_failed=on_failed).start()

    def reject(self) -> None:
        operations.cancel(self)  # the wizard's own, its pages' too
        super().reject()


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
        self.status.setStyleSheet(ERROR_STYLE)
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


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("5. Hasil impor"))
        self.bar = busy_bar()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importResult")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self._done = False

    def initializePage(self) -> None:
        session, plan = self.wiz.session, self.wiz.plan
        assert session is not None and plan is not None
        deactivate = self.wiz.preview_page.deactivate.isChecked()
        self._done = False
        self.bar.setVisible(True)
        self.summary.setText(self.tr("Menyimpan perubahan (cadangan database dibuat lebih dulu)…"))
        self.completeChanged.emit()
        ctx = self.wiz.ctx

        def job(progress: Progress, cancel: threading.Event) -> ImportResult:
            conn = ctx.new_connection()
            try:
                return session.apply(conn, deactivate_missing=deactivate)
            finally:
                conn.close()

        self.wiz.run(job, self._applied, self._failed)

    def _applied(self, result: ImportResult) -> None:
        self.bar.setVisible(False)
        self.wiz.result = r = result
        lines = [
            self.tr("<b>Impor selesai.</b>"),
            self.tr("{inserted} pegawai ditambahkan, {updated} diubah, {unchanged} tetap.").format(
                inserted=r.inserted, updated=r.updated, unchanged=r.unchanged
            ),
            self.tr(
                "{rejected} baris ditolak dan {ignored} baris diabaikan (tidak disimpan)."
            ).format(rejected=r.rejected, ignored=r.ignored),
        ]
        if r.deactivated:
            plan = self.wiz.plan
            done = set(r.deactivated_ids)
            names = [html.escape(m.nama) for m in (plan.missing if plan else []) if m.id in done]
            shown = ", ".join(names[:10]) + (
                self.tr(" dan {count} lainnya").format(count=len(names) - 10)
                if len(names) > 10
                else ""
            )
            lines.append(
                self.tr(
                    "{count} pegawai dinonaktifkan karena tidak ada di berkas: {names}."
                ).format(count=r.deactivated, names=shown)
            )
        if r.units_created:
            lines.append(self.tr("{count} unit kerja baru dibuat.").format(count=r.units_created))
        if r.backup:
            lines.append(self.tr("Cadangan sebelum impor: {path}").format(path=r.backup))
        self.summary.setText("<br>".join(lines))
        self._done = True
        self.completeChanged.emit()
        self.wiz.imported.emit(r)

    def _failed(self, exc: BaseException) -> None:
        self.bar.setVisible(False)
        self.summary.setStyleSheet(ERROR_STYLE)
        show_failure(self.summary, exc)
        self.summary.setText(
            self.summary.text() + "\n" + self.tr("Tidak ada perubahan yang disimpan.")
        )
        self._done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._done
