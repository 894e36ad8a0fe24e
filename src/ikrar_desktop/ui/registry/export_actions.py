"""Exporting employees to xlsx from the Pegawai and Unit Kerja pages, off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ikrar_desktop.context import AppContext
from ikrar_desktop.errors import UserError
from ikrar_desktop.store.employees import EmployeeFilter
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation, Progress

DEFAULT_NAMES = {
    "list": "daftar-pegawai.xlsx",
    "units": "daftar-pegawai-per-unit.xlsx",
    "template": "templat-daftar-pegawai.xlsx",
}
_running: set[Operation] = set()


def run_export(parent: QWidget, ctx: AppContext, what: str, flt: EmployeeFilter) -> None:
    path = file_dialogs.save_file(
        parent, "Ekspor ke Excel", DEFAULT_NAMES[what], "Excel (*.xlsx)", kind="excel"
    )
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    export_to(parent, ctx, what, flt, Path(path))


def export_to(
    parent: QWidget, ctx: AppContext, what: str, flt: EmployeeFilter, path: Path
) -> Operation:
    from ikrar_desktop.exchange import roster_export

    def job(progress: Progress, cancel: threading.Event) -> object:
        if what == "template":
            roster_export.write_template(path)
            return "Templat daftar pegawai"
        conn = ctx.new_connection()
        try:
            if what == "units":
                counts = roster_export.export_unit_rosters(conn, path, flt)
                return f"{sum(counts.values())} pegawai dalam {len(counts)} lembar unit kerja"
            return f"{roster_export.export_employees(conn, path, flt)} pegawai"
        finally:
            conn.close()

    op = Operation(job, parent, "Mengekspor ke Excel…", cancellable=False)
    _running.add(op)

    def done(summary: object) -> None:
        _running.discard(op)
        ctx.interaction.inform("Ekspor selesai", f"{summary} disimpan ke {path}.")

    def failed(exc: object) -> None:
        _running.discard(op)
        if isinstance(exc, UserError):
            ctx.interaction.error("Ekspor gagal", exc.message, exc.hint)
        elif isinstance(exc, OSError):
            ctx.interaction.error(
                "Ekspor gagal",
                f"Berkas {path} tidak dapat ditulis: {exc.strerror}.",
                "Tutup berkas itu bila sedang dibuka di Excel, atau pilih folder lain.",
            )
        elif isinstance(exc, BaseException):
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

    op.finished.connect(done)
    op.failed.connect(failed)
    return op.start()
