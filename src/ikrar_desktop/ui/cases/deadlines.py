"""'Atur tenggat' dialog: days allowed for each handling step, whole days from 1 to 365."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import violations as rules
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import cases as svc

# What each deadline is for: the step after the one the case is at.
LABELS = {
    "reported": "Verifikasi laporan (sejak dilaporkan)",
    "verified": "Rekomendasi atau keputusan PPK (sejak terverifikasi)",
    "recommendation": "Keputusan PPK (sejak rekomendasi)",
    "decision": "Penjatuhan sanksi atau penutupan (sejak keputusan PPK)",
}  # a case not proven or sanctioned has ended: no deadline
ERROR_STYLE = "border: 1px solid #b00020;"


def parse_days(text: str, what: str) -> int:
    """Whole days 1–365 from what the clerk typed, or a message saying what is wrong."""
    raw = text.strip()
    if not raw:
        raise UserError(f"Batas waktu '{what}' belum diisi.", "Isi jumlah hari, 1 sampai 365.")
    if not raw.isdigit():
        raise UserError(
            f"Batas waktu '{what}' harus berupa bilangan bulat hari, bukan '{raw}'.",
            "Tulis angka saja tanpa koma atau satuan, misalnya 7.",
        )
    days = int(raw)
    if not 1 <= days <= 365:
        raise UserError(
            f"Batas waktu '{what}' harus 1 sampai 365 hari (tertulis {days}).",
            "Isi jumlah hari, 1 sampai 365.",
        )
    return days


class DeadlinesDialog(QDialog):
    """Edits the deadlines saved by ``services.cases.save_deadlines``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Atur tenggat penanganan"))
        intro = QLabel(
            self.tr(
                "Jumlah hari yang diberikan untuk langkah berikutnya. Kasus yang melewati "
                "batas ini ditandai merah di register. Verifikasi SBT BKN: 7 hari."
            )
        )
        intro.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for step in rules.DEFAULT_DEADLINES:
            edit = QLineEdit()
            edit.setMaximumWidth(80)
            edit.setPlaceholderText("1–365")
            edit.textEdited.connect(self._clear_error)
            self.fields[step] = edit
            form.addRow(self.tr(LABELS[step]) + self.tr(" (hari)"), edit)
        self.error = QLabel()
        self.error.setObjectName("deadlineError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.defaults = QPushButton(self.tr("Kembalikan bawaan"))
        self.buttons.addButton(self.defaults, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.defaults.clicked.connect(lambda: self.show_values(rules.DEFAULT_DEADLINES))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.show_values(svc.load_deadlines(ctx.conn))

    def show_values(self, values: dict[str, int]) -> None:
        for step, edit in self.fields.items():
            edit.setText(str(values.get(step, rules.DEFAULT_DEADLINES[step])))
        self._clear_error()

    def _clear_error(self) -> None:
        self.error.clear()
        for edit in self.fields.values():
            edit.setStyleSheet("")

    def values(self) -> dict[str, int]:
        """The typed deadlines; the first wrong one is marked, focused and explained."""
        out: dict[str, int] = {}
        for step, edit in self.fields.items():
            try:
                out[step] = parse_days(edit.text(), LABELS[step])
            except UserError:
                edit.setStyleSheet(ERROR_STYLE)
                edit.setFocus()
                edit.selectAll()
                raise
        return out

    def save(self) -> None:
        try:
            svc.save_deadlines(self.ctx.conn, dict(self.values()))
        except UserError as err:
            self.error.setText(f"{err.message} {err.hint}".strip())
            return
        self.accept()
