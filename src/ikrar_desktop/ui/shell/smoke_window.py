"""The Qt half of ``--smoke-test``: main window, the PDF in QtPdf and the About dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from ikrar_desktop.ui.shell.about import AboutDialog
from ikrar_desktop.ui.shell.application import create_application, open_window


def exercise_gui(db: Path, pdf: Path, expect_rows: int) -> str:
    """Open the real main window on ``db``, show it, check what it lists, and close it."""
    app = create_application()
    if not isinstance(app, QApplication):
        raise RuntimeError("QApplication tidak terbentuk")
    if app.windowIcon().isNull():
        raise RuntimeError("ikon program tidak ditemukan di paket")
    window = open_window(db, app)
    if window is None:
        raise RuntimeError("jendela utama tidak terbuka")
    ctx = window.ctx  # type: ignore[attr-defined]
    try:
        window.show()  # type: ignore[attr-defined]
        app.processEvents()
        if not window.isVisible():  # type: ignore[attr-defined]
            raise RuntimeError("jendela utama tidak tampil")
        window.show_page("pegawai")  # type: ignore[attr-defined]
        rows = window.employees.model.rowCount()  # type: ignore[attr-defined]
        if rows != expect_rows:
            raise RuntimeError(f"tabel pegawai berisi {rows} baris, bukan {expect_rows}")
        pages = _render_pdf(pdf)
        about = AboutDialog(ctx.paths, window)  # type: ignore[arg-type]
        about.show()
        app.processEvents()
        about.close()
        platform = app.platformName()
    finally:
        window.close()  # type: ignore[attr-defined]
        ctx.close()
        app.processEvents()
    return f"{platform} {rows} baris, PDF {pages} hlm"


def _render_pdf(pdf: Path) -> int:
    """Load the PDF with QtPdf and render its first page, as the print preview will."""
    document = QPdfDocument()
    error = document.load(str(pdf))
    if error != QPdfDocument.Error.None_:
        raise RuntimeError(f"QtPdf tidak dapat membuka PDF: {error.name}")
    image = document.render(0, QSize(200, 283))
    if image.isNull():
        raise RuntimeError("QtPdf tidak dapat menggambar halaman PDF")
    pages = document.pageCount()
    document.close()
    if pages < 1:
        raise RuntimeError("QtPdf membaca PDF tanpa halaman")
    return pages
