"""Import wizard page 5: the plan applied, and the report of what changed."""

from __future__ import annotations

import html
import threading
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWizardPage,
)

from ikrar_desktop.ui.common.background import Progress
from ikrar_desktop.ui.importing.feedback import busy_bar, show_failure

if TYPE_CHECKING:
    from ikrar_desktop.services.roster_import import ImportResult
    from ikrar_desktop.ui.importing.wizard import ImportWizard


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
        show_failure(self.summary, exc)
        self.summary.setText(
            self.summary.text() + "\n" + self.tr("Tidak ada perubahan yang disimpan.")
        )
        self._done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._done
