"""Exporting employees to xlsx from the Pegawai and Unit Kerja pages, off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ikrar_desktop.context import AppContext
from ikrar_desktop.store.employees import EmployeeFilter
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation, Progress, show_failure
from ikrar_desktop.ui.common.translate import tr

DEFAULT_NAMES = {
    "list": "daftar-pegawai.xlsx",
    "units": "daftar-pegawai-per-unit.xlsx",
    "template": "templat-daftar-pegawai.xlsx",
}


def run_export(parent: QWidget, ctx: AppContext, what: str, flt: EmployeeFilter) -> None:
    path = file_dialogs.save_file(
        parent, tr("Ekspor ke Excel"), DEFAULT_NAMES[what], "Excel (*.xlsx)", kind="excel"
    )
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    export_to(parent, ctx, what, flt, Path(path))


def export_to(
    parent: QWidget, ctx: AppContext, what: str, flt: EmployeeFilter, path: Path
) -> Operation[str]:
    from ikrar_desktop.services import roster_export

    def job(progress: Progress, cancel: threading.Event) -> str:
        if what == "template":
            roster_export.write_template(path)
            return tr("Templat daftar pegawai")
        conn = ctx.new_connection()
        try:
            if what == "units":
                counts = roster_export.export_unit_rosters(conn, path, flt)
                return tr("{people} pegawai dalam {sheets} lembar unit kerja").format(
                    people=sum(counts.values()), sheets=len(counts)
                )
            return tr("{people} pegawai").format(
                people=roster_export.export_employees(conn, path, flt)
            )
        finally:
            conn.close()

    def done(summary: str) -> None:
        ctx.interaction.inform(
            tr("Ekspor selesai"),
            tr("{summary} disimpan ke {path}.").format(summary=summary, path=path),
        )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, OSError):
            ctx.interaction.error(
                tr("Ekspor gagal"),
                tr("Berkas {path} tidak dapat ditulis: {reason}.").format(
                    path=path, reason=exc.strerror
                ),
                tr("Tutup berkas itu bila sedang dibuka di Excel, atau pilih folder lain."),
            )
        else:
            show_failure(exc, ctx.interaction, tr("Ekspor gagal"))

    return Operation(
        job, parent, tr("Mengekspor ke Excel…"), cancellable=False, on_done=done, on_failed=failed
    ).start()
