"""Printing from the Pengawasan page: a case sheet or the register, saved as PDF in background."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ikrar_desktop.context import AppContext
from ikrar_desktop.services.cases import CaseFilter
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation, Progress, show_failure

if TYPE_CHECKING:
    from ikrar_desktop.services.printing import PrintReport


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text).strip("-").lower()


class CasePrinter(QObject):
    """Asks where to save, renders in the thread pool, reports the result to the clerk."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent

    def _ask(self, title: str, suggested: str) -> Path | None:
        path = file_dialogs.save_file(
            self.widget, title, suggested, self.tr("Dokumen PDF (*.pdf)"), kind="pdf"
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else path + ".pdf")

    def print_case(self, case_id: int, number: str) -> None:
        path = self._ask(self.tr("Cetak lembar kasus"), f"kasus-{_safe(number)}.pdf")
        if path is not None:
            self.print_case_to(case_id, path)

    def print_register(self, flt: CaseFilter) -> None:
        path = self._ask(self.tr("Cetak register kasus"), "register-kasus.pdf")
        if path is not None:
            self.print_register_to(flt, path)

    def print_case_to(self, case_id: int, path: Path) -> Operation[PrintReport]:
        from ikrar_desktop.services.case_print import print_case

        return self._start(lambda conn, _p, _c: print_case(conn, case_id, path), path,
                           self.tr("Membuat lembar kasus…"))  # fmt: skip

    def print_register_to(self, flt: CaseFilter, path: Path) -> Operation[PrintReport]:
        from ikrar_desktop.services.case_print import print_register

        def render(
            conn: sqlite3.Connection, progress: Progress, cancel: threading.Event
        ) -> PrintReport:
            return print_register(conn, path, flt, progress=progress, cancel=cancel.is_set)

        return self._start(render, path, self.tr("Membuat register kasus…"))

    def _start(
        self,
        render: Callable[[sqlite3.Connection, Progress, threading.Event], PrintReport],
        path: Path,
        label: str,
    ) -> Operation[PrintReport]:
        def job(progress: Progress, cancel: threading.Event) -> PrintReport:
            conn = self.ctx.new_connection()
            try:
                return render(conn, progress, cancel)
            finally:
                conn.close()

        return Operation(
            job, self.widget, label, on_done=self._done,
            on_failed=lambda exc: self._failed(path, exc), interaction=self.ctx.interaction,
        ).start()  # fmt: skip

    def _done(self, report: PrintReport) -> None:
        self.ctx.interaction.inform(
            self.tr("Cetak selesai"), f"PDF tersimpan ke {report.path} ({report.pages} halaman)."
        )

    def _failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.ctx.interaction.error(
                self.tr("Cetak gagal"),
                f"Berkas {path} tidak dapat ditulis: {exc.strerror}.",
                "Tutup berkas itu bila sedang dibuka, atau pilih folder lain.",
            )
        else:
            show_failure(exc, self.ctx.interaction, self.tr("Cetak gagal"))
