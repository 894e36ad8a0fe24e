"""The Cetak page's form: document, event, who is printed and the document's options."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.services import printing
from ikrar_desktop.services import recap as recap_service
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.ui.events.picker import fill_event_combo
from ikrar_desktop.ui.printing.jobs import (
    CHOSEN,
    DESCRIPTIONS,
    KOP_LEVELS,
    LAYOUTS,
    NO_EVENT,
    NO_KOP,
    NO_PAPER,
    UNIT,
    WHOLE,
    WHOLE_ONLY,
    Choice,
    document_kinds,
)
from ikrar_desktop.ui.printing.people_checklist import PeopleChecklist, obliged_people


class PrintOptions(QWidget):
    """Shows only the options the chosen document uses; ``changed`` on any change of choice."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

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
        self.number_edit.setPlaceholderText(
            self.tr("kosong = nomor berikutnya dari register (pola di Pengaturan)")
        )
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

        form = QFormLayout()
        form.addRow(self.tr("Dokumen:"), self.kind_combo)
        form.addRow("", self.description)
        form.addRow(self.tr("Kegiatan:"), self.event_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(scope_box)
        layout.addWidget(options)
        for combo in self.findChildren(QComboBox):
            # long event titles and OPD names must not widen the panel past the buttons
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)

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
        self._people_event: int | None = None
        self.set_paper_default()
        self.refresh()
        self._kind_changed()

    def set_paper_default(self) -> None:
        paper = settings_service.load(self.ctx.conn).paper or "A4"
        self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(paper.upper()), 0))

    def refresh(self) -> None:
        """Reload the events, keeping the one chosen."""
        fill_event_combo(self.event_combo, self.ctx.conn)
        self._event_changed()

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def kind_label(self) -> str:
        return self.kind_combo.currentText()

    def event_id(self) -> int | None:
        value = self.event_combo.currentData()
        return int(value) if value is not None else None

    def choose(self, kind: str, event_id: int | None = None) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        if event_id is not None:
            self.event_combo.setCurrentIndex(self.event_combo.findData(event_id))

    def choice(self) -> Choice:
        kind, scope = self.kind(), self.scope_group.checkedId()
        scope = WHOLE if kind in WHOLE_ONLY else scope
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
        self.scope_box.setEnabled(kind not in NO_EVENT and kind not in WHOLE_ONLY)
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
        self.changed.emit()
