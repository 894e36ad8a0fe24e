"""Projector window: live progress per OPD in big type, with no names or NIPs of anyone."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ikrar_desktop.services.desk_log import Counters, UnitCounter
from ikrar_desktop.ui.common.format import thousands
from ikrar_desktop.ui.desk.model import percent_text

BAR = QColor("#2e9d4f")
BAR_BACK = QColor("#2a3d55")
TEXT = QColor("#ffffff")
DIM = QColor("#b8c7da")


def unit_label(unit: UnitCounter) -> str:
    return unit.unit or "(tanpa unit)"


def count_label(unit: UnitCounter) -> str:
    return f"{thousands(unit.present)}/{thousands(unit.obliged)}"


# the usual short forms of the words many OPD names begin with
SHORT = (
    ("Rumah Sakit Umum Daerah", "RSUD"), ("Unit Pelaksana Teknis", "UPT"),
    ("Satuan Polisi Pamong Praja", "Satpol PP"), ("Kecamatan", "Kec."), ("Kelurahan", "Kel."),
    ("Sekretariat", "Sekr."), ("Badan", "Bdn."), ("Puskesmas", "PKM"),
)  # fmt: skip


def elide_unit(metrics: QFontMetrics, name: str, width: int) -> str:
    """An OPD name that fits ``width``. The first word is shared by many ("Kecamatan …",
    "Badan …") and the next ones tell them apart, so a long name first takes the usual
    short form of its first words, and only then loses its end."""
    if metrics.horizontalAdvance(name) <= width:
        return name
    for long, short in SHORT:
        if name.startswith(long + " "):
            name = short + name[len(long) :]
            break
    return metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)


def target_screen(screens: list[QScreen], desk: QScreen | None) -> QScreen | None:
    """The screen for the projector: the first one that is not the desk's."""
    others = [s for s in screens if s is not desk]
    return others[0] if others else None


class ProgressBoard(QWidget):
    """One bar per OPD (present of obliged) in one or two columns; when they do not fit at a
    size readable from the back of the hall, pages turn every few seconds."""

    MIN_ROW = 40.0
    FOOT = 30.0
    TURN_MS = 8000
    TWO_COLUMNS = 900  # narrower (a window beside the desk): one column, names readable

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units: list[UnitCounter] = []
        self.page = 0
        self.timer = QTimer(self)
        self.timer.setInterval(self.TURN_MS)
        self.timer.timeout.connect(self.next_page)
        self.setMinimumSize(400, 200)

    def set_units(self, units: list[UnitCounter]) -> None:
        self.units = [u for u in units if u.obliged]
        self._layout_changed()

    def _geometry(self) -> tuple[int, int, int]:
        """Columns, rows per column and number of pages for the current size."""
        n = len(self.units)
        fit = max(1, int(self.height() // self.MIN_ROW))
        cols = 1 if n <= min(fit, 8) or self.width() < self.TWO_COLUMNS else 2
        if n <= cols * fit:
            return cols, max(1, math.ceil(n / cols)), 1
        per_col = max(1, int((self.height() - self.FOOT) // self.MIN_ROW))
        return cols, per_col, math.ceil(n / (cols * per_col))

    def _layout_changed(self) -> None:
        pages = self._geometry()[2]
        self.page = min(self.page, pages - 1)
        if pages > 1 and not self.timer.isActive():
            self.timer.start()
        elif pages <= 1:
            self.timer.stop()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_changed()

    def next_page(self) -> None:
        self.page = (self.page + 1) % self._geometry()[2]
        self.update()

    def shown_units(self) -> list[UnitCounter]:
        cols, per_col, _pages = self._geometry()
        size = cols * per_col
        return self.units[self.page * size : (self.page + 1) * size]

    def drawn_text(self) -> list[str]:
        """Every string the board paints on its current page (tests check no one is named)."""
        out: list[str] = []
        for unit in self.shown_units():
            out += [unit_label(unit), percent_text(unit.present, unit.obliged), count_label(unit)]
        pages = self._geometry()[2]
        if pages > 1:
            out.append(self.page_label(pages))
        return out

    def page_label(self, pages: int) -> str:
        return self.tr("Halaman %s dari %s") % (self.page + 1, pages)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.units:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cols, per_col, pages = self._geometry()
        gap = 40.0
        col_w = (self.width() - gap * (cols - 1)) / cols
        usable = self.height() - (self.FOOT if pages > 1 else 0)
        row_h = min(usable / per_col, 64.0)
        font = QFont(self.font())
        font.setPixelSize(max(12, int(row_h * 0.5)))
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        shown = self.shown_units()
        tails = [f"{percent_text(u.present, u.obliged)}  {count_label(u)}" for u in shown]
        tail_w = float(max(metrics.horizontalAdvance(t) for t in tails)) + 6
        name_w = max(min(col_w * 0.52, col_w - tail_w - 60), 40.0)  # never under the tail
        for i, unit in enumerate(shown):
            x = (i // per_col) * (col_w + gap)
            y = (i % per_col) * row_h
            painter.setPen(TEXT)
            name = elide_unit(metrics, unit_label(unit), int(name_w))
            left = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            right = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
            painter.drawText(QRectF(x, y, name_w, row_h), left, name)
            bar_w = max(col_w - name_w - tail_w - 20, 20)
            bar = QRectF(x + name_w + 10, y + row_h * 0.22, bar_w, row_h * 0.56)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR_BACK)
            painter.drawRoundedRect(bar, 4, 4)
            share = min(unit.present / unit.obliged, 1.0) if unit.obliged else 0.0
            if share > 0:
                painter.setBrush(BAR)
                painter.drawRoundedRect(
                    QRectF(bar.x(), bar.y(), max(bar.width() * share, 4), bar.height()), 4, 4
                )
            painter.setPen(TEXT)
            painter.drawText(QRectF(x + col_w - tail_w, y, tail_w, row_h), right, tails[i])
        if pages > 1:
            painter.setPen(DIM)
            painter.drawText(
                QRectF(0, self.height() - self.FOOT, self.width(), self.FOOT),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                self.page_label(pages),
            )
        painter.end()


class ProjectorWindow(QWidget):
    """A second window for the hall's projector, driven from the desk (F12, Shift+F12). It
    never takes the keyboard: any key that still reaches it goes on to the desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.forward_key: Callable[[QKeyEvent], object] | None = None
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("Ikrar Desktop — Layar Proyektor"))
        self._scale = 0.0
        self._restyle(1.0)
        self.title = QLabel()
        self.title.setObjectName("projTitle")
        self.title.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("projTotal")
        self.sub = QLabel()
        self.sub.setObjectName("projSub")
        for label in (self.title, self.total, self.sub):
            label.setWordWrap(True)  # a window beside the desk is narrow: wrap, never widen
            label.setMinimumWidth(1)
        self.board = ProgressBoard()
        self.board.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.addLayout(head)
        layout.addWidget(self.total)
        layout.addWidget(self.sub)
        layout.addSpacing(10)
        layout.addWidget(self.board, 1)
        self.resize(1024, 700)

    def _restyle(self, scale: float) -> None:
        """Type sized to the window: full size from 1024 pixels wide, smaller below."""
        if abs(scale - self._scale) < 0.05:
            return
        self._scale = scale
        self.setStyleSheet(
            "QWidget#projector { background: #14243a; }"
            "QLabel { color: #ffffff; background: transparent; }"
            f"QLabel#projTitle {{ font-size: {max(12, round(24 * scale))}pt; font-weight: 700; }}"
            f"QLabel#projTotal {{ font-size: {max(16, round(40 * scale))}pt; font-weight: 800;"
            " color: #7ee2a0; }"
            f"QLabel#projSub {{ font-size: {max(10, round(17 * scale))}pt; color: #b8c7da; }}"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restyle(min(1.0, event.size().width() / 1024))

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def set_counters(self, counters: Counters) -> None:
        t = counters.total
        self.total.setText(
            self.tr("Hadir %s dari %s  (%s)")
            % (thousands(t.present), thousands(t.obliged), percent_text(t.present, t.obliged))
        )
        self.sub.setText(
            self.tr("Pakta ditandatangani %s  ·  Izin/sakit/cuti/DL/TB %s  ·  Belum hadir %s")
            % (thousands(t.signed), thousands(t.excused), thousands(t.missing))
        )
        self.board.set_units(counters.units)

    def visible_text(self) -> str:
        """All text on the window, labels and painted bars alike."""
        labels = [w.text() for w in self.findChildren(QLabel)]
        return "\n".join([self.windowTitle(), *labels, *self.board.drawn_text()])

    def show_beside(self, desk: QWidget) -> None:
        """Show without taking focus: full screen on a second screen when there is one,
        else as a window over the right part of the desk's screen (never behind it)."""
        if self.isVisible():
            self._raise()
            return
        screen = target_screen(QGuiApplication.screens(), desk.screen())
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.availableGeometry())
            self._full_screen(True)
        else:
            area = desk.screen().availableGeometry()
            width = max(min(area.width() * 2 // 5, 1024), 480)  # over the OPD table only
            height = max(min(area.height() * 3 // 5, 700), 360)
            self.setGeometry(area.right() - width, area.top() + 40, width, height)
            self.show()
        self._raise()

    def toggle_full_screen(self) -> None:
        self._full_screen(not self.isFullScreen())
        self._raise()

    def _raise(self) -> None:
        if QGuiApplication.platformName() != "offscreen":  # headless tests: no stacking
            self.raise_()

    def _full_screen(self, on: bool) -> None:
        """Like showFullScreen / showNormal, but never asking for the keyboard."""
        state = self.windowState() & ~Qt.WindowState.WindowFullScreen
        self.setWindowState(state | Qt.WindowState.WindowFullScreen if on else state)
        self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.forward_key is not None:
            self.forward_key(event)  # the desk's keys: scans, F-keys, F12 for this window
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
        super().closeEvent(event)
