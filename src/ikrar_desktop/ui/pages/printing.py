"""Cetak page: choose document, event, scope and options; preview, print or save the PDF."""

from __future__ import annotations

import contextlib
import itertools
import shutil
import tempfile
import threading
import weakref
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.documents.model import PrintCancelled
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import printing
from ikrar_desktop.services import recap as recap_service
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.printing import PrintReport
from ikrar_desktop.ui.background import Operation, Progress
from ikrar_desktop.ui.event_picker import fill_event_combo
from ikrar_desktop.ui.pdf_preview import PdfPreview
from ikrar_desktop.ui.people_checklist import PeopleChecklist, obliged_people
from ikrar_desktop.ui.print_jobs import (
    CHOSEN,
    DESCRIPTIONS,
    KOP_LEVELS,
    LAYOUTS,
    NO_EVENT,
    NO_KOP,
    NO_PAPER,
    UNIT,
    Choice,
    describe_report,
    document_kinds,
    run_print,
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

        self.kind_combo = QComboBox()
        for kind in document_kinds():
            self.kind_combo.addItem(self.tr(printing.KIND_LABELS.get(kind, kind)), kind)
        self.description = QLabel()
        self.description.setObjectName("kindDescription")
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #4a5563;")
        self.event_combo = QComboBox()

        self.scope_whole = QRadioButton(self.tr("Seluruh kegiatan"))
        self.scope_unit = QRadioButton(self.tr("Satu unit kerja (OPD):"))
        self.scope_chosen = QRadioButton(self.tr("Pegawai terpilih"))
        self.scope_group = QButtonGroup(self)
        for n, button in enumerate((self.scope_whole, self.scope_unit, self.scope_chosen)):
            self.scope_group.addButton(button, n)
        self.scope_whole.setChecked(True)
        self.unit_combo = QComboBox()
        self.people = PeopleChecklist()
        self.people.setMinimumHeight(200)
        scope_box = QGroupBox(self.tr("Siapa yang dicetak"))
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.scope_whole)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.scope_unit)
        unit_row.addWidget(self.unit_combo, 1)
        scope_layout.addLayout(unit_row)
        scope_layout.addWidget(self.scope_chosen)
        scope_layout.addWidget(self.people, 1)
        self.scope_box = scope_box

        self.paper_combo = QComboBox()
        self.paper_combo.addItem("A4 (210 × 297 mm)", "A4")
        self.paper_combo.addItem("F4 (215 × 330 mm)", "F4")
        self.kop_combo = QComboBox()
        for value, label in KOP_LEVELS:
            self.kop_combo.addItem(self.tr(label), value)
        self.blank_spin = QSpinBox()
        self.blank_spin.setRange(0, 50)
        self.blank_spin.setValue(5)
        self.blank_spin.setSuffix(self.tr(" baris"))
        self.meterai_check = QCheckBox(self.tr("Kotak meterai"))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("kosong = titik-titik untuk ditulis tangan"))
        self.layout_combo = QComboBox()
        for value, label in LAYOUTS:
            self.layout_combo.addItem(self.tr(label), value)
        options = QGroupBox(self.tr("Pilihan dokumen"))
        self.options_form = QFormLayout(options)
        self.options_form.addRow(self.tr("Kertas:"), self.paper_combo)
        self.options_form.addRow(self.tr("Kop surat:"), self.kop_combo)
        self.options_form.addRow(self.tr("Baris kosong:"), self.blank_spin)
        self.options_form.addRow("", self.meterai_check)
        self.options_form.addRow(self.tr("Nomor berita acara:"), self.number_edit)
        self.options_form.addRow(self.tr("Tata letak:"), self.layout_combo)

        self.preview_button = QPushButton(self.tr("Pratinjau"))
        self.preview_button.setDefault(True)
        self.preview_button.setStyleSheet("font-weight: 600;")
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.save_button = QPushButton(self.tr("Simpan PDF…"))
        self.state = QLabel()
        self.state.setObjectName("previewState")
        self.state.setWordWrap(True)
        self.report = QLabel()
        self.report.setObjectName("printReport")
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        title = QLabel(self.tr("Cetak"))
        title.setObjectName("pageTitle")
        form = QFormLayout()
        form.addRow(self.tr("Dokumen:"), self.kind_combo)
        form.addRow("", self.description)
        form.addRow(self.tr("Kegiatan:"), self.event_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 6, 0)
        side_layout.addWidget(title)
        side_layout.addLayout(form)
        side_layout.addWidget(scope_box)
        side_layout.addWidget(options)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.state)
        side_layout.addWidget(self.report)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(400)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for combo in side.findChildren(QComboBox):
            # long event titles and OPD names must not widen the panel past the buttons
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.preview = PdfPreview()
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.scope_group.idToggled.connect(lambda _id, on: on and self._scope_changed())
        self.unit_combo.currentIndexChanged.connect(self._choice_changed)
        self.people.changed.connect(self._choice_changed)
        for signal in (
            self.paper_combo.currentIndexChanged,
            self.kop_combo.currentIndexChanged,
            self.blank_spin.valueChanged,
            self.meterai_check.toggled,
            self.number_edit.textChanged,
            self.layout_combo.currentIndexChanged,
        ):
            signal.connect(self._choice_changed)  # fmt: skip
        self.preview_button.clicked.connect(self.make_preview)
        self.print_button.clicked.connect(self.print_current)
        self.save_button.clicked.connect(self.save_pdf)
        self._people_event: int | None = None
        self.set_paper_default()
        self.refresh()
        self._kind_changed()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    # --- choices -----------------------------------------------------------------------------
    def set_paper_default(self) -> None:
        paper = settings_service.load(self.ctx.conn).paper or "A4"
        self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(paper.upper()), 0))

    def refresh(self) -> None:
        """Reload the events, keeping the one chosen."""
        fill_event_combo(self.event_combo, self.ctx.conn)
        self._event_changed()

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def event_id(self) -> int | None:
        value = self.event_combo.currentData()
        return int(value) if value is not None else None

    def choose(self, kind: str, event_id: int | None = None) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        if event_id is not None:
            self.event_combo.setCurrentIndex(self.event_combo.findData(event_id))

    def choice(self) -> Choice:
        kind, scope = self.kind(), self.scope_group.checkedId()
        return Choice(
            kind=kind,
            event_id=None if kind in NO_EVENT else self.event_id(),
            unit=self.unit_combo.currentData() if scope == UNIT else None,
            employee_ids=tuple(sorted(self.people.checked_ids())) if scope == CHOSEN else None,
            paper=str(self.paper_combo.currentData()),
            kop=None if kind in NO_KOP else str(self.kop_combo.currentData()),
            blank_rows=self.blank_spin.value(),
            meterai=self.meterai_check.isChecked() and kind == "pakta",
            number=self.number_edit.text().strip() if kind == "berita-acara" else "",
            layout=str(self.layout_combo.currentData()),
        )

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.description.setText(self.tr(DESCRIPTIONS.get(kind, "")))
        default_kop = printing.DEFAULT_KOP.get(kind, "regency")
        self.kop_combo.setCurrentIndex(max(self.kop_combo.findData(default_kop), 0))
        rows = {
            self.paper_combo: kind not in NO_PAPER, self.kop_combo: kind not in NO_KOP,
            self.blank_spin: kind == "daftar-hadir", self.meterai_check: kind == "pakta",
            self.number_edit: kind == "berita-acara", self.layout_combo: kind == "kartu",
        }  # fmt: skip
        for widget, shown in rows.items():
            self.options_form.setRowVisible(widget, shown)
        self.event_combo.setEnabled(kind not in NO_EVENT)
        self.scope_box.setEnabled(kind not in NO_EVENT)
        self._choice_changed()

    def _event_changed(self) -> None:
        event_id = self.event_id()
        units = []
        if event_id is not None:
            units = [
                u.unit for u in recap_service.recap(self.ctx.conn, event_id).units if u.obliged
            ]
        current = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for unit in units:
            self.unit_combo.addItem(unit, unit)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(current), 0))
        self.unit_combo.blockSignals(False)
        self._people_event = None
        self._scope_changed()

    def _scope_changed(self) -> None:
        scope = self.scope_group.checkedId()
        self.unit_combo.setEnabled(scope == UNIT)
        self.people.setVisible(scope == CHOSEN)
        event_id = self.event_id()
        if scope == CHOSEN and event_id is not None and self._people_event != event_id:
            self.people.set_people(obliged_people(self.ctx.conn, event_id))
            self._people_event = event_id
        self._choice_changed()

    def _choice_changed(self) -> None:
        choice = self.choice()
        missing = ""
        if choice.kind not in NO_EVENT and choice.event_id is None:
            missing = self.tr("Belum ada kegiatan. Buat kegiatan di halaman Kegiatan.")
        elif choice.employee_ids == ():
            missing = self.tr("Centang paling sedikit satu pegawai.")
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not missing and not self.busy)
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
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan PDF"), f"{suggested}.pdf", self.tr("Dokumen PDF (*.pdf)")
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
                return PrintReport(done.kind, path, done.pages, done.people, done.shrunk)

            return self._start(copy, choice, path, self._saved, self.tr("Menyimpan PDF…"))
        return self._run(choice, path, self._saved)

    # --- running -----------------------------------------------------------------------------
    def _run(self, choice: Choice, out: Path, then: object) -> Operation | None:
        def job(progress: Progress, cancel: threading.Event) -> PrintReport:
            conn = self.ctx.new_connection()
            try:
                return run_print(conn, choice, out, progress, cancel)
            finally:
                conn.close()

        label = self.tr("Membuat %s…") % self.kind_combo.currentText()
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
