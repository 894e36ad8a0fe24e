"""The desk's big result panel (green / amber / red), its pick list and the beep patterns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.domain.nik import mask_nik
from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.services.desk_state import Inactive, Person

OK, WARN, ERROR, INFO, IDLE = "ok", "warn", "error", "info", "idle"
# background, text: readable from two metres, and not by colour alone (the headline says it)
TONES = {
    OK: ("#1b7f3b", "#ffffff"),
    WARN: ("#f5b301", "#2b2100"),
    ERROR: ("#b3261e", "#ffffff"),
    INFO: ("#1f5f9f", "#ffffff"),
    IDLE: ("#eef1f5", "#1f3a5f"),
}
BEEPS = {OK: 1, WARN: 2, ERROR: 3}


def id_text(person: Person) -> str:
    if person.nip:
        return f"NIP {format_nip(person.nip)}"
    return f"NIK {mask_nik(person.nik)}" if person.nik else ""


class Beeper:
    """One beep for done, two for 'look' (already / offer), three for an error."""

    def __init__(self, beep: Callable[[], None] = QApplication.beep) -> None:
        self.beep = beep
        self.played: list[str] = []

    def play(self, tone: str) -> None:
        count = BEEPS.get(tone, 0)
        if not count:
            return
        self.played.append(tone)
        self.beep()
        for n in range(1, count):
            QTimer.singleShot(160 * n, self.beep)


class FeedbackPanel(QFrame):
    """What happened to the last scan, in large type: headline, name, unit and jabatan, time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskFeedback")
        self.tone = IDLE
        self._style: tuple[str, int] = ("", 0)
        self.headline = QLabel()
        self.name = QLabel()
        self.detail = QLabel()
        self.extra = QLabel()
        self.headline.setObjectName("feedbackHeadline")
        self.name.setObjectName("feedbackName")
        self.detail.setObjectName("feedbackDetail")
        self.extra.setObjectName("feedbackExtra")
        for label in (self.headline, self.name, self.detail, self.extra):
            label.setWordWrap(True)  # a long headline wraps; it never widens the column
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 14, 22, 16)
        layout.setSpacing(4)
        layout.addWidget(self.headline)
        layout.addWidget(self.name)
        layout.addWidget(self.detail)
        layout.addWidget(self.extra)
        layout.addStretch(1)
        self.setMinimumHeight(210)
        self.show_message(IDLE, "", "", "")

    def show_message(
        self, tone: str, headline: str, name: str, detail: str, extra: str = ""
    ) -> None:
        self.tone = tone
        background, color = TONES[tone]
        size = 25 if len(name) <= 34 else 20  # long titled names still fit in three lines
        if (tone, size) != self._style:  # restyling re-polishes every label: only on change
            self._style = (tone, size)
            self._restyle(background, color, size)
        self.headline.setText(headline)
        self.name.setText(name)
        self.name.setVisible(bool(name))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.extra.setText(extra)
        self.extra.setVisible(bool(extra))

    def _restyle(self, background: str, color: str, size: int) -> None:
        self.setStyleSheet(
            f"""QFrame#deskFeedback {{ background: {background}; border-radius: 10px; }}
            QLabel {{ color: {color}; background: transparent; }}
            QLabel#feedbackHeadline {{ font-size: 17pt; font-weight: 700; }}
            QLabel#feedbackName {{ font-size: {size}pt; font-weight: 700; }}
            QLabel#feedbackDetail {{ font-size: 15pt; }}
            QLabel#feedbackExtra {{ font-size: 13pt; }}"""
        )

    def show_person(self, tone: str, headline: str, person: Person, extra: str = "") -> None:
        where = " · ".join(p for p in (person.unit, person.jabatan) if p)
        line = " · ".join(p for p in (id_text(person), extra) if p)
        self.show_message(tone, headline, person.name, where, line)

    def text(self) -> str:
        """Everything the panel says, for tests and accessibility."""
        parts = (self.headline, self.name, self.detail, self.extra)
        return "\n".join(label.text() for label in parts if label.text())


def inactive_text(note: Inactive) -> str:
    """ "NONAKTIF — mutasi ke Kab. Bogor (sejak 12-03-2024)"."""
    since = ""
    if note.since:
        y, m, d = [*note.since.split("-"), "", ""][:3]
        since = f" (sejak {d}-{m}-{y})"
    return f"NONAKTIF — {note.reason or 'alasan tidak dicatat'}{since}"


class PickList(QListWidget):
    """Candidates, driven from the always-focused input (arrows, Enter, Esc): each row shows
    the full name, the status, the whole NIP (or masked NIK), the unit and the jabatan."""

    MAX_ROWS = 6  # more scroll; the history underneath is hidden while picking

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskPickList")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setStyleSheet(
            "QListWidget#deskPickList { font-size: 11pt; border: 2px solid #1f5f9f; }"
            "QListWidget#deskPickList::item { padding: 3px 0px;"
            " border-bottom: 1px solid #c9d3df; }"
            "QListWidget#deskPickList::item:selected { background: #1f5f9f; color: white; }"
        )
        self.people: list[Person] = []
        self.hide()

    @staticmethod
    def describe(person: Person, note: Inactive | None = None) -> str:
        if note is not None:
            status = inactive_text(note)
        elif person.on_list:
            status = person.status_label
        else:
            status = "di luar daftar kegiatan"
        where = " · ".join((person.unit or "(tanpa unit)", person.jabatan or "(tanpa jabatan)"))
        return f"{person.name}  —  {status}\n{id_text(person) or 'tanpa NIP/NIK'}\n{where}"

    def set_people(self, people: list[Person], inactive: dict[int, Inactive] | None = None) -> None:
        self.clear()
        self.people = list(people)
        notes = inactive or {}
        for person in self.people:
            self.addItem(self.describe(person, notes.get(person.employee_id)))
        if self.people:
            self.setCurrentRow(0)
        self.setVisible(bool(self.people))
        holder = self.parentWidget()
        layout = holder.layout() if holder is not None else None
        if self.people and layout is not None:
            layout.activate()  # rows wrap at the width the list really has
        self._fit()

    def _fit(self) -> None:
        """Tall enough for up to MAX_ROWS whole candidates at the current width."""
        rows = min(len(self.people), self.MAX_ROWS)
        if not rows:
            return
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if len(self.people) > rows
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff  # a bar would narrow and re-wrap rows
        )
        self.doItemsLayout()
        height = sum(self.visualItemRect(self.item(i)).height() for i in range(rows))
        self.setMinimumHeight(height + 2 * self.frameWidth() + 2)  # grows into spare room

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.people and event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self._fit)

    def step(self, step: int) -> None:
        if self.people:
            self.setCurrentRow((self.currentRow() + step) % len(self.people))

    def chosen(self) -> Person | None:
        row = self.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def dismiss(self) -> None:
        self.set_people([])
