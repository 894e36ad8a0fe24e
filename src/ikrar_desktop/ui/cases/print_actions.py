"""Printing from the Pengawasan page: a case sheet or the register, saved as PDF in background."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import UserError
from ikrar_desktop.services.cases import CaseFilter
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation, Progress


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text).strip("-").lower()


class CasePrinter(QObject):
    """Asks where to save, renders in the thread pool, reports the result to the clerk."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self._operations: set[Operation] = set()

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

    def print_case_to(self, case_id: int, path: Path) -> Operation:
        from ikrar_desktop.services.case_print import print_case

        return self._start(lambda conn, _p, _c: print_case(conn, case_id, path), path,
                           self.tr("Membuat lembar kasus…"))  # fmt: skip

    def print_register_to(self, flt: CaseFilter, path: Path) -> Operation:
        from ikrar_desktop.services.case_print import print_register

        def render(conn: object, progress: Progress, cancel: threading.Event) -> object:
            return print_register(conn, path, flt, progress=progress,  # type: ignore[arg-type]
                                  cancel=cancel.is_set)  # fmt: skip

        return self._start(render, path, self.tr("Membuat register kasus…"))

    def _start(
        self, render: Callable[[object, Progress, threading.Event], object], path: Path, label: str
    ) -> Operation:
        def job(progress: Progress, cancel: threading.Event) -> object:
            conn = self.ctx.new_connection()
            try:
                return render(conn, progress, cancel)
            finally:
                conn.close()

        op = Operation(job, self.widget, label)
        self._operations.add(op)
        op.finished.connect(lambda report: self._done(op, report))
        op.failed.connect(lambda exc: self._failed(op, path, exc))
        return op.start()

    def _done(self, op: Operation, report: object) -> None:
        self._operations.discard(op)
        path, pages = getattr(report, "path", ""), getattr(report, "pages", 0)
        self.ctx.interaction.inform(
            self.tr("Cetak selesai"), f"PDF tersimpan ke {path} ({pages} halaman)."
        )

    def _failed(self, op: Operation, path: Path, exc: object) -> None:
        self._operations.discard(op)
        if isinstance(exc, UserError):
            self.ctx.interaction.error(self.tr("Cetak gagal"), exc.message, exc.hint)
        elif isinstance(exc, OSError):
            self.ctx.interaction.error(
                self.tr("Cetak gagal"),
                f"Berkas {path} tidak dapat ditulis: {exc.strerror}.",
                "Tutup berkas itu bila sedang dibuka, atau pilih folder lain.",
            )
        elif isinstance(exc, BaseException):
            sys.excepthook(type(exc), exc, exc.__traceback__)
