"""Cetak page: choose document, event, scope and options; preview, print or save the PDF."""

from __future__ import annotations

import contextlib
import itertools
import shutil
import tempfile
import threading
import weakref
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.documents.model import PrintCancelled
from ikrar_desktop.errors import UserError
from ikrar_desktop.services.printing import PrintReport
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation, Progress
from ikrar_desktop.ui.printing.jobs import NO_EVENT, Choice, describe_report, run_print
from ikrar_desktop.ui.printing.options import PrintOptions
from ikrar_desktop.ui.printing.pdf_preview import PdfPreview
from ikrar_desktop.ui.printing.split import (
    SPLIT_BUTTON,
    ZIP_CHECK,
    describe_split,
    open_question,
    run_split,
)

_running: set[Operation] = set()  # kept alive while they run


class PrintingPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tmp = Path(tempfile.mkdtemp(prefix="ikrar-cetak-"))
        weakref.finalize(self, shutil.rmtree, self._tmp, True)  # previews go with the page
        self._serial = itertools.count(1)
        self.preview_path: Path | None = None
        self.preview_choice: Choice | None = None
        self.last_report: PrintReport | None = None
        self.busy = False

        self.options = PrintOptions(ctx)
        # the form's widgets stay reachable as the page's own (tests, printing_screenshots.py)
        form = self.options
        self.kind_combo, self.description = form.kind_combo, form.description
        self.event_combo, self.unit_combo = form.event_combo, form.unit_combo
        self.people, self.scope_group = form.people, form.scope_group
        self.scope_whole, self.scope_unit = form.scope_whole, form.scope_unit
        self.scope_chosen, self.scope_box = form.scope_chosen, form.scope_box
        self.paper_combo, self.kop_combo = form.paper_combo, form.kop_combo
        self.blank_spin, self.meterai_check = form.blank_spin, form.meterai_check
        self.number_edit, self.layout_combo = form.number_edit, form.layout_combo
        self.options_form = form.options_form

        self.preview_button = QPushButton(self.tr("Pratinjau"))
        self.preview_button.setDefault(True)
        self.preview_button.setStyleSheet("font-weight: 600;")
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.save_button = QPushButton(self.tr("Simpan PDF…"))
        self.split_button = QPushButton(self.tr(SPLIT_BUTTON))
        self.split_button.setToolTip(
            self.tr("Satu PDF per orang (nama berkas NIP, atau kode kegiatan bagi non-ASN) di "
                    "folder yang dipilih, untuk dikirim lewat WhatsApp atau pos-el.")
        )  # fmt: skip
        self.split_zip = QCheckBox(self.tr(ZIP_CHECK))
        self.open_folder = lambda folder: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(folder))
        )  # tests replace this
        self.state = QLabel()
        self.state.setObjectName("previewState")
        self.state.setWordWrap(True)
        self.report = QLabel()
        self.report.setObjectName("printReport")
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        title = QLabel(self.tr("Cetak"))
        title.setObjectName("pageTitle")
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        self.split_row = QWidget()
        split_layout = QHBoxLayout(self.split_row)
        split_layout.setContentsMargins(0, 0, 0, 0)
        split_layout.addWidget(self.split_button)
        split_layout.addWidget(self.split_zip)
        split_layout.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 6, 0)
        side_layout.addWidget(title)
        side_layout.addWidget(self.options)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.split_row)
        side_layout.addWidget(self.state)
        side_layout.addWidget(self.report)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(400)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = PdfPreview()
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.options.changed.connect(self._choice_changed)
        self.preview_button.clicked.connect(self.make_preview)
        self.print_button.clicked.connect(self.print_current)
        self.save_button.clicked.connect(self.save_pdf)
        self.split_button.clicked.connect(self.split_certificates)
        self._choice_changed()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    # --- choices -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the events, keeping the one chosen."""
        self.options.refresh()

    def choose(self, kind: str, event_id: int | None = None) -> None:
        self.options.choose(kind, event_id)

    def choice(self) -> Choice:
        return self.options.choice()

    def _choice_changed(self) -> None:
        choice = self.choice()
        missing = ""
        if choice.kind not in NO_EVENT and choice.event_id is None:
            missing = self.tr("Belum ada kegiatan. Buat kegiatan di halaman Kegiatan.")
        elif choice.employee_ids == ():
            missing = self.tr("Centang paling sedikit satu pegawai.")
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not missing and not self.busy)
        self.split_row.setVisible(choice.kind == "sertifikat")
        self.split_button.setEnabled(choice.kind == "sertifikat" and not missing and not self.busy)
        if missing:
            self.state.setText(missing)
        elif self.preview_choice is None:
            self.state.setText("")
        elif self.preview_choice == choice:
            self.state.setText(self.tr("Pratinjau di kanan sesuai pilihan ini."))
        else:
            self.state.setText(
                self.tr("Pilihan berubah sesudah pratinjau: klik Pratinjau lagi, atau Cetak / "
                        "Simpan PDF akan membuat PDF baru.")
            )  # fmt: skip

    # --- actions -----------------------------------------------------------------------------
    def make_preview(self) -> Operation | None:
        """Generate into a temporary file in the background, then show it."""
        out = self._tmp / f"pratinjau-{next(self._serial)}.pdf"
        return self._run(self.choice(), out, self._show_preview)

    def print_current(self) -> Operation | None:
        """The system print dialog for the preview, made first when the choices changed."""
        if self.preview_path is not None and self.preview_choice == self.choice():
            self.preview.print_dialog()
            return None
        out = self._tmp / f"pratinjau-{next(self._serial)}.pdf"

        def then(report: PrintReport, choice: Choice) -> None:
            self._show_preview(report, choice)
            self.preview.print_dialog()

        return self._run(self.choice(), out, then)

    def save_pdf(self) -> None:
        choice = self.choice()
        suggested = choice.kind
        if choice.unit:
            suggested += "-" + "".join(c if c.isalnum() else "-" for c in choice.unit).lower()
        path = file_dialogs.save_file(
            self, self.tr("Simpan PDF"), f"{suggested}.pdf", self.tr("Dokumen PDF (*.pdf)"), "pdf"
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> Operation | None:
        """The previewed PDF written atomically (no second certificate print), or a new batch."""
        choice = self.choice()
        preview, done = self.preview_path, self.last_report
        if preview is not None and done is not None and self.preview_choice == choice:
            from ikrar_desktop.documents.output import write_atomic

            def copy(progress: Progress, cancel: threading.Event) -> PrintReport:
                write_atomic(path, preview.read_bytes())
                return PrintReport(done.kind, path, done.pages, done.people, done.shrunk,
                                   unknown_acknowledger=done.unknown_acknowledger)  # fmt: skip

            return self._start(copy, choice, path, self._saved, self.tr("Menyimpan PDF…"))
        return self._run(choice, path, self._saved)

    def split_certificates(self) -> Operation | None:
        """Ask for a folder, then write one certificate PDF per person (and zips) into it."""
        folder = file_dialogs.pick_folder(self, self.tr("Folder sertifikat per orang"),
                                          "sertifikat")  # fmt: skip
        return self.split_to(Path(folder)) if folder else None

    def split_to(self, folder: Path) -> Operation | None:
        """The certificates of the current choice, one file each, in the background."""
        choice, make_zip = self.choice(), self.split_zip.isChecked()

        def job(progress: Progress, cancel: threading.Event) -> object:
            conn = self.ctx.new_connection()
            try:
                return run_split(conn, choice, folder, make_zip, progress, cancel)
            finally:
                conn.close()

        if self.busy:
            return None
        op = Operation(job, self, self.tr("Membuat sertifikat per orang…"))
        _running.add(op)
        self.busy = True
        self._choice_changed()

        def finished(report: object) -> None:
            self._finish(op)
            self.report.setText(describe_split(report))  # type: ignore[arg-type]
            title = self.tr("Sertifikat per orang tersimpan")
            if self.ctx.interaction.confirm(title, open_question(report)):  # type: ignore[arg-type]
                self.open_folder(folder)

        op.finished.connect(finished)
        op.failed.connect(lambda exc: self._failed(op, folder, exc))
        return op.start()

    # --- running -----------------------------------------------------------------------------
    def _run(self, choice: Choice, out: Path, then: object) -> Operation | None:
        def job(progress: Progress, cancel: threading.Event) -> PrintReport:
            conn = self.ctx.new_connection()
            try:
                return run_print(conn, choice, out, progress, cancel)
            finally:
                conn.close()

        label = self.tr("Membuat %s…") % self.options.kind_label()
        return self._start(job, choice, out, then, label)

    def _start(self, job: object, choice: Choice, out: Path, then: object,
               label: str) -> Operation | None:  # fmt: skip
        if self.busy:
            return None
        op = Operation(job, self, label)  # type: ignore[arg-type]
        _running.add(op)
        self.busy = True
        self._choice_changed()

        def finished(report: object) -> None:
            self._finish(op)
            assert isinstance(report, PrintReport)
            self.report.setText(describe_report(report))
            then(report, choice)  # type: ignore[operator]

        op.finished.connect(finished)
        op.failed.connect(lambda exc: self._failed(op, out, exc))
        return op.start()

    def _finish(self, op: Operation) -> None:
        _running.discard(op)
        self.busy = False
        self._choice_changed()

    def _show_preview(self, report: PrintReport, choice: Choice) -> None:
        old = self.preview_path
        self.preview.load(report.path)
        self.preview_path, self.preview_choice = report.path, choice
        self.last_report = report
        if old is not None and old != report.path:
            with contextlib.suppress(OSError):
                old.unlink()
        self._choice_changed()

    def _saved(self, report: PrintReport, choice: Choice) -> None:
        self.ctx.interaction.inform(
            self.tr("PDF tersimpan"), self.tr("Disimpan ke %s.") % report.path
        )

    def _failed(self, op: Operation, out: Path, exc: object) -> None:
        self._finish(op)
        if isinstance(exc, PrintCancelled):
            self.report.setText(self.tr("<b>Dibatalkan.</b> Tidak ada berkas yang ditulis."))
        elif isinstance(exc, UserError):
            self.report.setText("")
            self.ctx.interaction.error(self.tr("Tidak dapat mencetak"), exc.message, exc.hint)
        elif isinstance(exc, BaseException):
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)
