"""A generated PDF inside the program: page navigation, zoom, and printing through QPrinter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

LONG_DOCUMENT = 300  # pages; longer documents are previewed a page at a time
PRINT_DPI = 300  # pages are rasterised for the printer; 300 dpi keeps small print and QR sharp
MM_PER_POINT = 25.4 / 72
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0)


def page_size_for(points: QSizeF) -> tuple[QPageSize, QPageLayout.Orientation]:
    """The printer paper for a PDF page: A4 by its id, anything else (F4) at its exact size.

    Qt would snap 215 × 330 mm to FanFoldGermanLegal (215.9 × 330.2 mm) without ExactMatch.
    """
    w, h = points.width() * MM_PER_POINT, points.height() * MM_PER_POINT
    landscape = w > h
    short, long_ = (h, w) if landscape else (w, h)
    orient = QPageLayout.Orientation
    orientation = orient.Landscape if landscape else orient.Portrait
    if abs(short - 210) < 1 and abs(long_ - 297) < 1:
        return QPageSize(QPageSize.PageSizeId.A4), orientation
    name = "F4" if abs(short - 215) < 1 and abs(long_ - 330) < 1 else ""
    size = QPageSize(
        QSizeF(round(short, 1), round(long_, 1)), QPageSize.Unit.Millimeter, name,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )  # fmt: skip
    return size, orientation


def prepare_printer(printer: QPrinter, document: QPdfDocument) -> None:
    """Paper and orientation from the document's first page; the PDF carries its own margins."""
    size, orientation = page_size_for(document.pagePointSize(0))
    printer.setPageSize(size)
    printer.setPageOrientation(orientation)
    printer.setFullPage(True)
    printer.setDocName(document.metaData(QPdfDocument.MetaDataField.Title) or "Ikrar Desktop")


def paint_pages(printer: QPrinter, document: QPdfDocument, first: int = 0, last: int = -1) -> int:
    """Render pages ``first``..``last`` (0-based, inclusive; -1 = the end) onto the printer."""
    last = document.pageCount() - 1 if last < 0 else min(last, document.pageCount() - 1)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer tidak dapat dibuka")
    dpi = min(printer.resolution(), PRINT_DPI)
    printed = 0
    try:
        for page in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, pixels)
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            painter.fillRect(target, QColor("white"))
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreview(QWidget):
    """QPdfView with a page spinner, zoom buttons and a note while nothing is loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._blank = QPdfDocument(self)  # shown by the view while a document loads
        self.printer: QPrinter | None = None  # kept: a collected QPrinter crashes Qt's dialogs
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setStyleSheet("QPdfView { background: #7a8591; }")
        self.empty = QLabel(
            self.tr("Belum ada pratinjau.\nPilih dokumen dan kegiatan, lalu klik Pratinjau.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; background: #eef1f5; border: 1px dashed #aab;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        self.prev_button = QPushButton(self.tr("◀"))
        self.prev_button.setToolTip(self.tr("Halaman sebelumnya (Page Up)"))
        self.next_button = QPushButton(self.tr("▶"))
        self.next_button.setToolTip(self.tr("Halaman berikutnya (Page Down)"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_total = QLabel()
        self.page_total.setMinimumWidth(60)
        self.zoom_out = QPushButton(self.tr("−"))
        self.zoom_out.setToolTip(self.tr("Perkecil"))
        self.zoom_in = QPushButton(self.tr("+"))
        self.zoom_in.setToolTip(self.tr("Perbesar"))
        for button in (self.zoom_out, self.zoom_in):
            button.setFixedWidth(32)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(44)
        self.fit_width = QPushButton(self.tr("Pas lebar"))
        self.fit_page = QPushButton(self.tr("Satu halaman"))
        for button in (self.fit_width, self.fit_page):
            button.setCheckable(True)

        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(QLabel(self.tr("Halaman")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_total)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        for widget in (self.zoom_out, self.zoom_label, self.zoom_in, self.fit_width,
                       self.fit_page):  # fmt: skip
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        nav = self.view.pageNavigator()
        nav.currentPageChanged.connect(self._page_changed)
        self.page_spin.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.prev_button.clicked.connect(lambda: self.go_to(nav.currentPage() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(nav.currentPage() + 1))
        self.zoom_in.clicked.connect(lambda: self._zoom_step(1))
        self.zoom_out.clicked.connect(lambda: self._zoom_step(-1))
        self.fit_width.clicked.connect(lambda: self._fit(QPdfView.ZoomMode.FitToWidth))
        self.fit_page.clicked.connect(lambda: self._fit(QPdfView.ZoomMode.FitInView))
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self._update_controls()

    # --- loading -----------------------------------------------------------------------------
    def load(self, path: Path) -> int:
        """Show ``path``; returns its page count (0 when QtPdf cannot read it)."""
        self.document.close()
        self.view.setDocument(self._blank)  # the page mode is chosen before the view lays it out
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.clear()
            return 0
        # one scroll of every page lays them all out on the GUI thread (~0.2 ms a page: 600 ms
        # for 3,000 pakta sheets); a long document is shown a page at a time (issue 20)
        long = self.document.pageCount() > LONG_DOCUMENT
        self.view.setPageMode(QPdfView.PageMode.SinglePage if long else QPdfView.PageMode.MultiPage)
        self.view.setDocument(self.document)
        self.stack.setCurrentWidget(self.view)
        self.go_to(0)
        self._update_controls()
        return self.document.pageCount()

    def clear(self) -> None:
        self.document.close()
        self.stack.setCurrentWidget(self.empty)
        self._update_controls()

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # --- navigation and zoom -----------------------------------------------------------------
    def go_to(self, page: int) -> None:
        if not 0 <= page < self.page_count():
            return
        nav = self.view.pageNavigator()
        if page != nav.currentPage() or page == 0:
            nav.jump(page, QPointF(), nav.currentZoom())
        self._page_changed(page)

    def _page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count() - 1)

    def _zoom_step(self, direction: int) -> None:
        current = self.view.zoomFactor()
        steps = [z for z in ZOOM_STEPS if (z > current + 0.01 if direction > 0 else
                                            z < current - 0.01)]  # fmt: skip
        if not steps:
            return
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(steps[0] if direction > 0 else steps[-1])

    def _fit(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._show_zoom()

    def _show_zoom(self) -> None:
        mode = self.view.zoomMode()
        custom = mode == QPdfView.ZoomMode.Custom
        self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)}%" if custom else "")
        self.fit_width.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page.setChecked(mode == QPdfView.ZoomMode.FitInView)

    def _update_controls(self) -> None:
        count = self.page_count()
        loaded = count > 0
        self.page_spin.setMaximum(max(count, 1))
        self.page_total.setText(self.tr("dari %s") % count if loaded else "")
        for widget in (self.page_spin, self.zoom_in, self.zoom_out, self.fit_width, self.fit_page):
            widget.setEnabled(loaded)
        self._show_zoom()
        if not loaded:
            self.prev_button.setEnabled(False)
            self.next_button.setEnabled(False)
        else:
            self._page_changed(self.current_page())

    # --- printing ----------------------------------------------------------------------------
    def print_dialog(self) -> bool:
        """The system print dialog for the loaded PDF; True when pages went to the printer."""
        if self.page_count() == 0:
            return False
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(self.printer, self.document)
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Cetak"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        first, last = self.printer.fromPage(), self.printer.toPage()
        if first == 0:
            first, last = 1, self.page_count()
        return paint_pages(self.printer, self.document, first - 1, last - 1) > 0
