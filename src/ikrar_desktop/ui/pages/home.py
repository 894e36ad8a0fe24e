"""Beranda: the registry at a glance, and the first-run choices while nothing is set up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.status import STATUSES
from ikrar_desktop.errors import UserError
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.ui.format import thousands


class HomePage(QWidget):
    go_to = Signal(str)  # name of the page to open
    demo_requested = Signal(int)
    import_requested = Signal()
    settings_saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Beranda"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("homeSummary")
        self.summary.setWordWrap(True)

        # first-run choices
        self.first_run = QGroupBox(self.tr("Selamat datang di Ikrar Desktop"))
        self.first_run.setObjectName("firstRun")
        intro = QLabel(
            self.tr("Database ini masih kosong. Mulailah dengan salah satu langkah berikut.")
        )
        intro.setWordWrap(True)
        self.instansi = QLineEdit()
        self.instansi.setObjectName("firstRunInstansi")
        self.instansi.setPlaceholderText("Pemerintah Kabupaten …")
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("nama tempat, mis. Cibinong"))
        save = QPushButton(self.tr("1. Simpan nama instansi"))
        save.setObjectName("firstRunSave")
        save.clicked.connect(self.save_instansi)
        form = QFormLayout()
        form.addRow(self.tr("Instansi"), self.instansi)
        form.addRow(self.tr("Tempat"), self.place)
        form.addRow("", save)
        self.import_button = QPushButton(self.tr("2. Impor daftar pegawai dari Excel…"))
        self.import_button.setObjectName("firstRunImport")
        self.import_button.clicked.connect(self.import_requested.emit)
        self.demo_size = QSpinBox()
        self.demo_size.setRange(100, 100_000)
        self.demo_size.setSingleStep(500)
        self.demo_size.setValue(2000)
        self.demo_size.setSuffix(self.tr(" pegawai"))
        demo = QPushButton(self.tr("atau coba dengan data contoh"))
        demo.setObjectName("firstRunDemo")
        demo.clicked.connect(lambda: self.demo_requested.emit(self.demo_size.value()))
        demo_row = QHBoxLayout()
        demo_row.addWidget(demo)
        demo_row.addWidget(self.demo_size)
        demo_row.addStretch(1)
        box = QVBoxLayout(self.first_run)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.import_button)
        box.addLayout(demo_row)

        self.by_status = QLabel()
        self.by_status.setWordWrap(True)
        self.open_events = QLabel()
        self.open_events.setObjectName("homeOpenEvents")
        self.open_events.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.first_run)
        layout.addWidget(self.by_status)
        layout.addWidget(self.open_events)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        conn = self.ctx.conn
        total = conn.execute("SELECT count(*) FROM employees WHERE active = 1").fetchone()[0]
        units = conn.execute("SELECT count(*) FROM units").fetchone()[0]
        current = settings_service.load(conn)
        name = current.instansi or self.tr("(instansi belum diisi)")
        self.summary.setText(
            self.tr("<b>%s</b><br>%s pegawai aktif di %s unit kerja.")
            % (name, thousands(total), thousands(units))
        )
        counts = dict(
            conn.execute(
                "SELECT status, count(*) FROM employees WHERE active = 1 GROUP BY status"
            ).fetchall()
        )
        self.by_status.setText(
            "  ·  ".join(f"{s}: {thousands(counts.get(s, 0))}" for s in STATUSES) if total else ""
        )
        self.first_run.setVisible(total == 0)
        self._show_open_events()
        if not self.instansi.text():
            self.instansi.setText(current.instansi)
            self.place.setText(current.place)

    def _show_open_events(self) -> None:
        from ikrar_desktop.services.events import list_events

        lines = [
            self.tr("<b>%s</b> — wajib %s · hadir %s · pakta ditandatangani %s")
            % (s.event.title, thousands(s.progress.obliged), thousands(s.progress.present),
               thousands(s.progress.signed))
            for s in list_events(self.ctx.conn)
            if s.event.status == "open"
        ]  # fmt: skip
        title = self.tr("Kegiatan yang sedang berlangsung:")
        self.open_events.setText(f"{title}<br>" + "<br>".join(lines) if lines else "")

    def save_instansi(self) -> None:
        current = settings_service.load(self.ctx.conn)
        current.instansi = self.instansi.text()
        current.place = self.place.text() or current.place
        try:
            settings_service.save(self.ctx.conn, current)
        except UserError as err:
            self.ctx.interaction.error(self.tr("Pengaturan"), err.message, err.hint)
            return
        self.refresh()
        self.settings_saved.emit()
