"""Panduan pengguna inside the program: the bundled guide, its chapters, search, back/forward."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImageReader,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

GUIDE_NAME = "panduan.md"
# page key of the main window -> the guide's heading (its anchor) that tells about it
PAGE_CHAPTERS = {
    "beranda": "beranda",
    "pegawai": "2-pegawai",
    "unit": "4-unit-kerja",
    "kegiatan": "5-kegiatan",
    "meja": "6-meja-hadir",
    "cetak": "9-cetak-dan-verifikasi-sertifikat",
    "verifikasi": "verifikasi-sertifikat",
    "laporan": "8-laporan",
    "pengawasan": "11-pengawasan",
    "pengaturan": "13-pengaturan",
}
SHORTCUTS_CHAPTER = "pintasan-papan-ketik"
IMAGE_MARGIN = 40  # pixels kept free beside a picture scaled to the window


def help_dir() -> Path:
    """Where the bundled guide lives (assets/help, copied there by scripts/build_help.py)."""
    return Path(str(resources.files("ikrar_desktop").joinpath("assets", "help")))


def slug(text: str) -> str:
    """The anchor of a heading as GitHub writes it: lower case, punctuation dropped, spaces to -."""
    kept = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return kept.replace(" ", "-")


def heading_anchors(markdown: str) -> list[str]:
    """The anchors of every heading of a markdown text (a repeated one gets -1, -2, …)."""
    seen: dict[str, int] = {}
    out = []
    fenced = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        match = None if fenced else re.match(r"#{1,6}\s+(.*?)\s*#*\s*$", line)
        if match:
            text = re.sub(r"[*_`]", "", re.sub(r"\[([^]]*)\]\([^)]*\)", r"\1", match[1]))
            base = slug(text)
            count = seen.get(base, 0)
            seen[base] = count + 1
            out.append(base if count == 0 else f"{base}-{count}")
    return out


class GuideBrowser(QTextBrowser):
    """Shows the guide; links inside it move within it (kept in the back/forward history),
    other links (pictures of documents, web pages) open in the system's viewer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = QUrl()
        self.headings: list[tuple[int, str, str, int]] = []  # level, text, anchor, position
        self._revision = -1  # the document's revision once anchored and fitted
        self._keep = ("", 0)  # heading and offset below it, kept while pictures are refitted
        self._fit = QTimer(self, singleShot=True, interval=120)
        self._fit.timeout.connect(self._refit)

    def load(self, path: Path) -> None:
        self.guide = QUrl.fromLocalFile(str(path))
        self.setSearchPaths([str(path.parent)])
        self.setSource(self.guide, QTextDocument.ResourceType.MarkdownResource)
        self.clearHistory()

    def doSetSource(self, name: QUrl, kind: QTextDocument.ResourceType) -> None:
        target = self.guide.resolved(name) if self.guide.isValid() else name
        same = (target.scheme(), target.path()) == (self.guide.scheme(), self.guide.path())
        if self.guide.isValid() and not same:
            QDesktopServices.openUrl(target)
            return
        super().doSetSource(target, kind)
        self._keep = (target.fragment(), 0)  # a resize under way keeps the new place
        if self.document().revision() != self._revision:  # loaded: Qt's reader made no anchors
            self._mark_headings()
            self.fit_images()
            self.scrollToAnchor(target.fragment())

    def _quietly(self, change: Callable[[], None]) -> None:
        """Change the document without QTextBrowser noticing: a document it sees change is
        read again from the file at the next link (a second per picture-laden reload)."""
        doc = self.document()
        doc.blockSignals(True)
        try:
            change()
        finally:
            doc.blockSignals(False)
        self._revision = doc.revision()
        self.viewport().update()

    def at(self, anchor: str) -> QUrl:
        url = QUrl(self.guide)
        url.setFragment(anchor)
        return url

    def _mark_headings(self) -> None:
        self._quietly(self._anchor_headings)

    def _anchor_headings(self) -> None:
        """Give each heading its anchor (Qt's markdown reader makes none) and list them."""
        self.headings = []
        seen: dict[str, int] = {}
        block = self.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                base = slug(block.text())
                count = seen.get(base, 0)
                seen[base] = count + 1
                anchor = base if count == 0 else f"{base}-{count}"
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                fmt = QTextCharFormat()
                fmt.setAnchor(True)
                fmt.setAnchorNames([anchor])
                cursor.mergeCharFormat(fmt)
                self.headings.append((level, block.text(), anchor, block.position()))
            block = block.next()

    def fit_images(self) -> None:
        """Scale each picture down to the width of the window (never up)."""
        self._quietly(self._fit_images)

    def _fit_images(self) -> None:
        room = max(self.viewport().width() - IMAGE_MARGIN, 200)
        doc = self.document()
        pictures: list[tuple[int, int, QTextImageFormat]] = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    image = fragment.charFormat().toImageFormat()
                    pictures.append((fragment.position(), fragment.length(), image))
                it += 1
            block = block.next()
        folder = Path(self.guide.toLocalFile()).parent
        for position, length, image in pictures:  # changed after the walk, not during it
            # the size from the file's header: the picture itself is read only when seen
            size = QImageReader(str(folder / image.name())).size()
            if size.width() <= 0:
                continue
            width = min(size.width(), room)
            scaled = QTextImageFormat(image)
            scaled.setWidth(width)
            scaled.setHeight(size.height() * width / size.width())
            cursor = QTextCursor(doc)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(scaled)

    def _refit(self) -> None:
        """After a resize: pictures to the new width, the reader kept at the same place."""
        anchor, offset = self._keep
        self.fit_images()
        if anchor:
            self.verticalScrollBar().setValue(self._top_of(anchor) + max(offset, 0))

    def _top_of(self, anchor: str) -> int:
        for _level, _text, name, position in self.headings:
            if name == anchor:
                block = self.document().findBlock(position)
                return int(self.document().documentLayout().blockBoundingRect(block).top())
        return 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        if not self._fit.isActive():  # where the reader was before the text reflows
            anchor = self.anchor_at_top()
            self._keep = (anchor, self.verticalScrollBar().value() - self._top_of(anchor))
        super().resizeEvent(event)
        self._fit.start()

    def anchor_at_top(self) -> str:
        """The anchor of the heading the reader is in (the last one at or above the view's top)."""
        top = self.verticalScrollBar().value() + 4
        layout = self.document().documentLayout()
        current = ""
        for _level, _text, anchor, position in self.headings:
            if layout.blockBoundingRect(self.document().findBlock(position)).top() > top:
                break
            current = anchor
        return current


class HelpWindow(QWidget):
    """The guide in its own window: contents on the left, the text, a find box, back/forward."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Panduan Ikrar Desktop"))
        self.resize(1100, 700)
        self.browser = GuideBrowser()
        self.browser.setObjectName("helpBrowser")
        self.toc = QTreeWidget()
        self.toc.setObjectName("helpContents")
        self.toc.setHeaderHidden(True)
        self.toc.itemActivated.connect(self._toc_chosen)
        self.toc.itemClicked.connect(self._toc_chosen)

        self.back_button = QPushButton(self.tr("◀ Kembali"))
        self.back_button.setObjectName("helpBack")
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button = QPushButton(self.tr("Maju ▶"))
        self.forward_button.setObjectName("helpForward")
        self.forward_button.setEnabled(False)
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.find_box = QLineEdit()
        self.find_box.setObjectName("helpFind")
        self.find_box.setPlaceholderText(self.tr("Cari di panduan… (Enter: berikutnya)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        find_button = QPushButton(self.tr("Cari"))
        find_button.clicked.connect(self.find_next)
        self.find_note = QLabel()
        self.find_note.setObjectName("helpFindNote")
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addSpacing(16)
        bar.addWidget(self.find_box, 1)
        bar.addWidget(find_button)
        bar.addWidget(self.find_note)

        splitter = QSplitter()
        splitter.addWidget(self.toc)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 820])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_find)
        QShortcut(QKeySequence.StandardKey.Back, self, self.browser.backward)
        QShortcut(QKeySequence.StandardKey.Forward, self, self.browser.forward)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        path = help_dir() / GUIDE_NAME
        if path.is_file():
            self.browser.load(path)
        else:  # a source checkout where `make help` has not run
            self.browser.setPlainText(
                self.tr("Panduan tidak ditemukan di %s. Jalankan 'make help'.") % path
            )
        self._fill_contents()

    def _fill_contents(self) -> None:
        self.toc.clear()
        parent: QTreeWidgetItem | None = None
        for level, text, anchor, _position in self.browser.headings:
            if level == 1 or anchor == "daftar-isi":
                continue
            if level == 2 or parent is None:
                parent = QTreeWidgetItem(self.toc, [text])
                item = parent
            elif level == 3:
                item = QTreeWidgetItem(parent, [text])
            else:
                continue
            item.setData(0, Qt.ItemDataRole.UserRole, anchor)

    def anchors(self) -> list[str]:
        return [anchor for _level, _text, anchor, _position in self.browser.headings]

    def open_at(self, anchor: str) -> None:
        """Show the chapter ``anchor`` (kept in the history, so Kembali returns from it)."""
        self.browser.setSource(self.browser.at(anchor))
        self._select_in_contents(anchor)

    def current_anchor(self) -> str:
        return self.browser.anchor_at_top()

    def _toc_chosen(self, item: QTreeWidgetItem) -> None:
        anchor = item.data(0, Qt.ItemDataRole.UserRole)
        if anchor:
            self.browser.setSource(self.browser.at(anchor))

    def _select_in_contents(self, anchor: str) -> None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == anchor:
                self.toc.blockSignals(True)
                self.toc.setCurrentItem(item)
                self.toc.blockSignals(False)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.toc.topLevelItemCount()):
            top = self.toc.topLevelItem(i)
            out.append(top)
            out += [top.child(j) for j in range(top.childCount())]
        return out

    def _focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def find_next(self) -> bool:
        """Select the next place the find box's text occurs (from the top again at the end)."""
        text = self.find_box.text().strip()
        if not text:
            self.find_note.setText("")
            return False
        before, scrolled = self.browser.textCursor(), self.browser.verticalScrollBar().value()
        found = self.browser.find(text)
        if not found:  # wrap around
            cursor = QTextCursor(before)
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
            if not found:  # nowhere: the reader stays where they were
                self.browser.setTextCursor(before)
                self.browser.verticalScrollBar().setValue(scrolled)
        self.find_note.setText("" if found else self.tr("Tidak ditemukan"))
        return found
