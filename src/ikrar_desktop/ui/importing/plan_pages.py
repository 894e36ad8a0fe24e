"""Import wizard pages that need the roster rules: column mapping and the preview of changes."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Progress
from ikrar_desktop.ui.common.rows_model import RowsModel
from ikrar_desktop.ui.common.translate import QT_TR_NOOP, QT_TRANSLATE_NOOP
from ikrar_desktop.ui.importing.cells import row_names, sample_text, scope_text
from ikrar_desktop.ui.importing.feedback import ERROR_STYLE, busy_bar, show_failure

if TYPE_CHECKING:
    from ikrar_desktop.services.roster_import import ImportPlan
    from ikrar_desktop.ui.importing.wizard import ImportWizard

NOT_USED = QT_TRANSLATE_NOOP("MappingPage", "— tidak dipakai —")
WRAPPED_ROWS = 2000  # rejected rows measured for wrapping (more would slow the preview)
SOURCES = {
    "auto": QT_TRANSLATE_NOOP("MappingPage", "Pemetaan dikenali otomatis dari judul kolom."),
    "saved": QT_TRANSLATE_NOOP(
        "MappingPage", "Pemetaan diambil dari impor sebelumnya dengan susunan kolom yang sama."
    ),
    "manual": QT_TRANSLATE_NOOP("MappingPage", "Pemetaan diatur manual."),
}  # shown through MappingPage's self.tr


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("3. Pemetaan kolom"))
        self.setSubTitle(
            self.tr(
                "Periksa kolom berkas mana yang berisi data apa. Pemetaan ini diingat "
                "untuk berkas berikutnya dengan susunan kolom yang sama."
            )
        )
        self.source = QLabel()
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.default_unit = QComboBox()
        self.default_unit.setEditable(True)
        self.default_unit_label = QLabel(
            self.tr("Tidak ada kolom unit kerja. Unit untuk seluruh berkas:")
        )
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.default_unit_label)
        unit_row.addWidget(self.default_unit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(scroll, 1)
        layout.addLayout(unit_row)
        layout.addWidget(self.message)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        from ikrar_desktop.store import units as unit_store

        session = self.wiz.session
        assert session is not None and session.sheet is not None
        header = session.header
        base = session.map_columns(self.wiz.ctx.conn)  # the one detection; the clerk adjusts it
        field_of = {index: name for name, index in base.columns.items()}
        source = SOURCES.get(base.source)
        self.source.setText(self.tr(source) if source else "")
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item and (widget := item.widget()):
                widget.deleteLater()
        self.combos = []
        heads = (
            self.tr("Kolom"),
            self.tr("Judul di berkas"),
            self.tr("Contoh isi"),
            self.tr("Dipakai sebagai"),
        )
        for col, text in enumerate(heads):
            head = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(head, 0, col)
        sheet = session.sheet
        for index, cell in enumerate(header):
            combo = QComboBox()
            combo.addItem(self.tr(NOT_USED), None)
            for name, label in cols.FIELD_LABELS.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(combo.findData(field_of.get(index)), 0))
            combo.currentIndexChanged.connect(self._changed)
            self.combos.append(combo)
            row = index + 1
            self.grid.addWidget(QLabel(cols.column_letter(index)), row, 0)
            self.grid.addWidget(QLabel(cols.header_label(cell, index)), row, 1)
            self.grid.addWidget(
                QLabel(sample_text(sheet.rows, session.header_index + 1, index)), row, 2
            )
            self.grid.addWidget(combo, row, 3)
        self.grid.setRowStretch(len(header) + 1, 1)  # rows stay together at the top
        self.default_unit.clear()
        self.default_unit.addItems(["", *(name for _, name in unit_store.names(self.wiz.ctx.conn))])
        self._changed()

    def chosen(self) -> dict[str, int | None]:
        mapping: dict[str, int | None] = dict.fromkeys(cols.FIELD_LABELS)
        for index, combo in enumerate(self.combos):
            name = combo.currentData()
            if name is not None:
                mapping[name] = index
        return mapping

    def _problem(self) -> str:
        used: dict[str, int] = {}
        for combo in self.combos:
            name = combo.currentData()
            if name is not None:
                used[name] = used.get(name, 0) + 1
        twice = [cols.FIELD_LABELS[n] for n, count in used.items() if count > 1]
        if twice:
            return self.tr("Satu jenis data dipetakan ke lebih dari satu kolom: {fields}.").format(
                fields=", ".join(twice)
            )
        if not any(n in used for n in cols.IDENTITY_FIELDS):
            return self.tr(
                "Tunjuk kolom yang berisi NIP, NIK atau nama; tanpa itu pegawai tak dikenali."
            )
        return ""

    def _changed(self) -> None:
        has_unit = any(c.currentData() == cols.UNIT for c in self.combos)
        self.default_unit.setVisible(not has_unit)
        self.default_unit_label.setVisible(not has_unit)
        self.message.setText(self._problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._problem()

    def validatePage(self) -> bool:
        chosen = self.chosen()
        has_unit = chosen.get(cols.UNIT) is not None
        unit = "" if has_unit else self.default_unit.currentText().strip()
        assert self.wiz.session is not None
        self.wiz.session.adjust_mapping(chosen, default_unit=unit or None)
        return True


class PreviewPage(QWizardPage):
    """Everything the import would change, before anything is written."""

    # tab labels through self.tr; column titles through the model's tr (QT_TR_NOOP)
    TABS = (
        ("new", QT_TRANSLATE_NOOP("PreviewPage", "Baru"),
         (QT_TR_NOOP("Baris"), QT_TR_NOOP("Nama"), QT_TR_NOOP("NIP / NIK"), QT_TR_NOOP("Status"),
          QT_TR_NOOP("Unit kerja"))),
        ("changed", QT_TRANSLATE_NOOP("PreviewPage", "Berubah"),
         (QT_TR_NOOP("Baris"), QT_TR_NOOP("Nama"), QT_TR_NOOP("Data"), QT_TR_NOOP("Lama"),
          QT_TR_NOOP("Baru"))),
        ("rejected", QT_TRANSLATE_NOOP("PreviewPage", "Ditolak"),
         (QT_TR_NOOP("Baris"), QT_TR_NOOP("Nama"), QT_TR_NOOP("Kolom"), QT_TR_NOOP("Nilai"),
          QT_TR_NOOP("Alasan"))),
        ("duplicates", QT_TRANSLATE_NOOP("PreviewPage", "Ganda di berkas"),
         (QT_TR_NOOP("Kunci"), QT_TR_NOOP("Nilai"), QT_TR_NOOP("Baris"))),
        ("missing", QT_TRANSLATE_NOOP("PreviewPage", "Tidak ada di berkas"),
         (QT_TR_NOOP("Nama"), QT_TR_NOOP("NIP / NIK"), QT_TR_NOOP("Status"),
          QT_TR_NOOP("Unit kerja"))),
        ("ignored", QT_TRANSLATE_NOOP("PreviewPage", "Diabaikan"),
         (QT_TR_NOOP("Baris"), QT_TR_NOOP("Alasan"), QT_TR_NOOP("Isi"))),
        ("warnings", QT_TRANSLATE_NOOP("PreviewPage", "Peringatan"),
         (QT_TR_NOOP("Baris"), QT_TR_NOOP("Pesan"))),
        ("unchanged", QT_TRANSLATE_NOOP("PreviewPage", "Tetap"),
         (QT_TR_NOOP("Baris"), QT_TR_NOOP("Nama"), QT_TR_NOOP("NIP / NIK"))),
    )  # fmt: skip

    WIDTHS: ClassVar[dict[str, tuple[int, ...]]] = {
        "new": (260, 170, 110),
        "changed": (240, 130, 180),
        "rejected": (220, 130, 170),
        "missing": (170, 110, 260),
        "ignored": (220,),
        "unchanged": (260,),
    }

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("4. Pratinjau perubahan"))
        self.setSubTitle(
            self.tr(
                "Belum ada yang disimpan. Periksa perubahan di bawah, lalu klik "
                "'Terapkan perubahan'. Baris yang ditolak tidak disimpan."
            )
        )
        self.setCommitPage(True)
        self.bar = busy_bar()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.tabs = QTabWidget()
        self.models: dict[str, RowsModel] = {}
        self.views: dict[str, QTableView] = {}
        for key, _label, headers in self.TABS:
            model = RowsModel(headers)
            view = QTableView()
            view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
            view.setWordWrap(True)  # long reasons wrap; the full text is also the tooltip
            view.setModel(model)
            view.setAlternatingRowColors(True)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
            view.setColumnWidth(0, 70)
            for col, width in enumerate(self.WIDTHS.get(key, ()), start=1):
                view.setColumnWidth(col, width)
            self.models[key] = model
            self.views[key] = view
            self.tabs.addTab(view, self.tr(_label))
        self.scope = QLabel()
        self.scope.setWordWrap(True)
        self.scope.setObjectName("importScope")
        self.scope.setTextFormat(Qt.TextFormat.PlainText)
        self.deactivate = QCheckBox()
        self.save_rejected = QPushButton(self.tr("Simpan baris ditolak ke Excel…"))
        self.save_rejected.clicked.connect(self._save_rejected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.deactivate, 1)
        bottom.addWidget(self.save_rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.scope)
        layout.addLayout(bottom)

    def initializePage(self) -> None:
        self.wiz.plan = None
        self.bar.setVisible(True)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Memeriksa setiap baris dan membandingkan dengan database…"))
        self.tabs.setEnabled(False)
        self.completeChanged.emit()
        wiz = self.wiz
        session = wiz.session
        assert session is not None

        def job(progress: Progress, cancel: threading.Event) -> ImportPlan:
            conn = wiz.ctx.new_connection()
            try:  # the table and the mapping the clerk saw: nothing is detected again
                return session.make_plan(conn, cancel=cancel)
            finally:
                conn.close()

        wiz.run(job, self._planned, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.bar.setVisible(False)
        show_failure(self.summary, exc)

    def _planned(self, plan: ImportPlan) -> None:
        self.bar.setVisible(False)
        self.wiz.plan = plan
        self.show_plan(plan)
        self.completeChanged.emit()

    def show_plan(self, plan: ImportPlan) -> None:
        def ident(values: dict[str, object]) -> str:
            return str(values.get("nip") or values.get("nik") or "")

        name_of = row_names(self.wiz, plan)

        rows: dict[str, list[tuple[object, ...]]] = {
            "new": [
                (c.row, c.values.get("nama"), ident(c.values), c.values.get("status"), c.unit)
                for c in plan.new
            ],
            "changed": [
                (
                    ch.candidate.row,
                    ch.candidate.values.get("nama"),
                    cols.FIELD_LABELS.get(name, name.replace("_", " ")),
                    old,
                    new,
                )
                for ch in plan.changed
                for name, (old, new) in ch.diffs.items()
            ],
            "rejected": [
                (e.row, name_of(e.row), e.column, e.value, e.message) for e in plan.errors
            ],
            "duplicates": [(d.key, d.value, ", ".join(map(str, d.rows))) for d in plan.duplicates],
            "missing": [(m.nama, m.nip or m.nik or "", m.status, m.unit) for m in plan.missing],
            "ignored": [(i.row, i.reason, i.text) for i in plan.ignored],
            "warnings": [(w.get("row"), w.get("message")) for w in plan.warnings],
            "unchanged": [
                (c.row, c.values.get("nama"), ident(c.values)) for c, _ in plan.unchanged
            ],
        }
        counts = {key: len(value) for key, value in rows.items()}
        counts["rejected"] = len(plan.rejected_rows)
        counts["changed"] = len(plan.changed)
        for index, (key, label, _headers) in enumerate(self.TABS):
            self.models[key].set_rows(rows[key])
            self.tabs.setTabText(index, f"{self.tr(label)} ({counts[key]})")
        if len(rows["rejected"]) <= WRAPPED_ROWS:  # taller rows for wrapped reasons
            self.views["rejected"].resizeRowsToContents()
        self.tabs.setEnabled(True)
        parts = [
            self.tr("<b>{count}</b> pegawai baru").format(count=len(plan.new)),
            self.tr("<b>{count}</b> berubah").format(count=len(plan.changed)),
            self.tr("<b>{count}</b> tetap").format(count=len(plan.unchanged)),
            self.tr("<b>{count}</b> baris ditolak").format(count=counts["rejected"]),
            self.tr("<b>{count}</b> ganda").format(count=len(plan.duplicates)),
            self.tr("<b>{count}</b> baris diabaikan").format(count=len(plan.ignored)),
        ]
        if plan.new_units:
            parts.append(
                self.tr("<b>{count}</b> unit kerja baru: {units}").format(
                    count=len(plan.new_units),
                    units=", ".join(plan.new_units[:5]) + ("…" if len(plan.new_units) > 5 else ""),
                )
            )
        text = self.tr("Lembar '{sheet}', judul di baris {row}: {parts}").format(
            sheet=plan.sheet, row=plan.header_row, parts=" · ".join(parts)
        )
        if plan.applicable == 0:
            text += (
                "<br><span style='color:#b00020'>"
                + self.tr("Tidak ada baris yang dapat disimpan.")
                + "</span>"
            )
        self.summary.setText(text)
        self.scope.setText(scope_text(plan))
        self.deactivate.setText(
            self.tr(
                "Nonaktifkan {count} pegawai di tab 'Tidak ada di berkas' — hanya "
                "mereka (data tidak dihapus)"
            ).format(count=len(plan.missing))
        )
        self.deactivate.setChecked(False)
        self.deactivate.setVisible(bool(plan.missing))
        self.save_rejected.setEnabled(bool(plan.errors))
        first = next((i for i, (key, *_rest) in enumerate(self.TABS) if counts[key]), 0)
        self.tabs.setCurrentIndex(first)

    def _save_rejected(self) -> None:
        from ikrar_desktop.errors import UserError
        from ikrar_desktop.exchange.roster_export import write_rejected_rows

        plan, book = self.wiz.plan, self.wiz.book
        if plan is None or book is None:
            return
        title = self.tr("Simpan baris ditolak")
        path = file_dialogs.save_file(
            self, title, "baris-ditolak.xlsx", "Excel (*.xlsx)", kind="excel"
        )
        if not path:
            return
        try:
            count = write_rejected_rows(book, plan, path)
        except (UserError, OSError) as exc:
            self.wiz.ctx.interaction.error(title, str(exc))
            return
        self.wiz.ctx.interaction.inform(
            title,
            self.tr(
                "{count} baris ditolak disimpan ke {path}. Perbaiki di Excel (lihat kolom "
                "KETERANGAN GALAT), lalu impor berkas itu lagi."
            ).format(count=count, path=path),
        )

    def isComplete(self) -> bool:
        return self.wiz.plan is not None and (
            self.wiz.plan.applicable > 0 or bool(self.wiz.plan.missing)
        )
