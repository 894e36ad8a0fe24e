"""A small horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

ALL_COLOR = QColor("#9db7d5")
OPEN_COLOR = QColor("#1f3a5f")
BAR_HEIGHT = 16
GAP = 6


class BarChart(QWidget):
    """Bars of (label, all cases, open cases); the open part is drawn darker over the whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.rows: list[tuple[str, int, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(260)

    def set_data(self, title: str, rows: list[tuple[str, int, int]], limit: int = 10) -> None:
        self.title = title
        self.rows = rows[:limit]
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 52 + max(len(self.rows), 1) * (BAR_HEIGHT + GAP))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        painter.setPen(QColor("#1f3a5f"))
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(0, metrics.ascent() + 2, self.title)
        painter.setFont(self.font())
        if not self.rows:
            painter.setPen(QColor("#7a7a7a"))
            painter.drawText(0, 26 + metrics.ascent(), "Belum ada kasus.")
            painter.end()
            return
        label_width = min(int(self.width() * 0.5), 170)
        most = max(total for _, total, _ in self.rows) or 1
        bar_space = max(self.width() - label_width - 40, 20)
        y = 24
        for label, total, still_open in self.rows:
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 6)
            painter.setPen(QColor("#222222"))
            right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(QRectF(0, y, label_width - 6, BAR_HEIGHT), right, text)
            full = bar_space * total / most
            painter.fillRect(QRectF(label_width, y, full, BAR_HEIGHT), ALL_COLOR)
            painter.fillRect(
                QRectF(label_width, y, bar_space * still_open / most, BAR_HEIGHT), OPEN_COLOR
            )
            painter.drawText(QRectF(label_width + full + 4, y, 36, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter, str(total))  # fmt: skip
            y += BAR_HEIGHT + GAP
        painter.setPen(QColor("#555555"))
        legend = max(self.width() - 170, 0)
        painter.fillRect(QRectF(legend, y + 2, 10, 10), OPEN_COLOR)
        painter.drawText(legend + 14, y + 11, "berjalan")
        painter.fillRect(QRectF(legend + 84, y + 2, 10, 10), ALL_COLOR)
        painter.drawText(legend + 98, y + 11, "selesai")
        painter.end()
