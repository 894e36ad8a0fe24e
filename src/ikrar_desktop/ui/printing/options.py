"""The Cetak page's form: document, event, who is printed and the document's options."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.services import printing
from ikrar_desktop.services import recap as recap_service
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.ui.events.picker import fill_event_combo
from ikrar_desktop.ui.forms.ui_print_options import Ui_PrintOptions
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
    """Shows only the options the chosen document uses; ``changed`` on any change of choice.
    The form is ui/print_options.ui (its combo boxes keep to 14 characters, so long event
    titles and OPD names do not widen the panel past the buttons); the choices are filled here."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ui = Ui_PrintOptions()
        ui.setupUi(self)

        self.kind_combo: QComboBox = ui.kind_combo
        for kind in document_kinds():
            self.kind_combo.addItem(self.tr(printing.KIND_LABELS.get(kind, kind)), kind)
        self.description: QLabel = ui.kindDescription
        self.event_combo: QComboBox = ui.event_combo

        self.scope_whole: QRadioButton = ui.scope_whole
        self.scope_unit: QRadioButton = ui.scope_unit
        self.scope_chosen: QRadioButton = ui.scope_chosen
        self.scope_group = QButtonGroup(self)
        for n, button in enumerate((self.scope_whole, self.scope_unit, self.scope_chosen)):
            self.scope_group.addButton(button, n)
        self.unit_combo: QComboBox = ui.unit_combo
        self.people: PeopleChecklist = ui.people
        self.scope_box: QGroupBox = ui.scope_box

        self.paper_combo: QComboBox = ui.paper_combo
        self.paper_combo.addItem("A4 (210 × 297 mm)", "A4")
        self.paper_combo.addItem("F4 (215 × 330 mm)", "F4")
        self.kop_combo: QComboBox = ui.kop_combo
        for value, label in KOP_LEVELS:
            self.kop_combo.addItem(self.tr(label), value)
        self.blank_spin: QSpinBox = ui.blank_spin
        self.meterai_check: QCheckBox = ui.meterai_check
        self.number_edit: QLineEdit = ui.number_edit
        self.layout_combo: QComboBox = ui.layout_combo
        for value, label in LAYOUTS:
            self.layout_combo.addItem(self.tr(label), value)
        self.options_form: QFormLayout = ui.options_form

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        self.scope_group.idToggled.connect(self._scope_toggled)
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

    def _scope_toggled(self, _id: int, on: bool) -> None:
        if on:  # the button turned off reports too
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
