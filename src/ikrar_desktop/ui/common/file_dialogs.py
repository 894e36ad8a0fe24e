"""Save and open dialogs: Documents the first time, then the folder last used; Indonesian."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

from ikrar_desktop.ui.shell.ui_settings import ui_settings

SHARED_KEY = "folder/terakhir"  # the folder of the last file chosen, whatever its kind
LABELS = {
    QFileDialog.DialogLabel.LookIn: "Lihat di:",
    QFileDialog.DialogLabel.FileType: "Jenis berkas:",
    QFileDialog.DialogLabel.Reject: "Batal",
}
ACCEPT_SAVE, ACCEPT_OPEN, ACCEPT_FOLDER = "&Simpan", "&Buka", "&Pilih folder"
FILE_NAME = "&Nama berkas:"


def documents_folder() -> Path:
    """The user's Documents folder (the home folder when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def _key(kind: str) -> str:
    return f"folder/{kind}"


def start_folder(kind: str, settings: QSettings | None = None) -> Path:
    """Where a dialog of ``kind`` opens: the folder last used for that kind, else the last
    folder used for any file, else Documents — never the program's working folder."""
    settings = settings or ui_settings()
    for key in (_key(kind), SHARED_KEY):
        value = settings.value(key, "", type=str)
        if value and Path(str(value)).is_dir():
            return Path(str(value))
    return documents_folder()


def remember(kind: str, chosen: str | Path) -> None:
    """The folder of ``chosen`` (a file, or itself when a folder) becomes the next start."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings = ui_settings()
    settings.setValue(_key(kind), str(folder))
    settings.setValue(SHARED_KEY, str(folder))
    settings.sync()


def _dialog(parent: QWidget | None, title: str, folder: Path, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder), filters)
    # Qt's own dialog, not the system's: it speaks Indonesian (our labels, and Qt's strings
    # from ikrar_id.qm) whatever the language of Windows, and it opens where we say.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setSidebarUrls(_places())
    return dialog


def _labelled(dialog: QFileDialog, accept: str, file_name: str = FILE_NAME) -> QFileDialog:
    """Our Indonesian labels, set last: changing a dialog's mode resets some of Qt's."""
    for label, text in LABELS.items():
        dialog.setLabelText(label, text)
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, file_name)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, accept)
    return dialog


def _places() -> list[QUrl]:
    """The sidebar: Documents, the desktop, the home folder, then "Komputer" (the drives)."""
    desktop = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation)
    folders: list[Path] = []
    for folder in (documents_folder(), Path(desktop) if desktop else None, Path.home()):
        if folder is not None and folder.is_dir() and folder not in folders:
            folders.append(folder)
    return [*(QUrl.fromLocalFile(str(f)) for f in folders), QUrl("file:")]


def _exec(dialog: QFileDialog) -> list[str]:
    """Show ``dialog``; the paths chosen, [] when cancelled (tests replace this)."""
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return dialog.selectedFiles()


def _start(kind: str, start: str | Path | None) -> Path:
    if start and Path(start).is_dir():
        return Path(start)
    return start_folder(kind)


def save_file(parent: QWidget | None, title: str, name: str, filters: str, kind: str) -> str:
    """Ask where to save a new file suggested as ``name``; '' when cancelled."""
    dialog = _dialog(parent, title, start_folder(kind), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(name)
    chosen = _exec(_labelled(dialog, ACCEPT_SAVE))
    if not chosen:
        return ""
    remember(kind, chosen[0])
    return chosen[0]


def open_files(
    parent: QWidget | None, title: str, filters: str, kind: str, start: str | Path | None = None
) -> list[str]:
    """Ask for one or more existing files; [] when cancelled."""
    dialog = _dialog(parent, title, _start(kind, start), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    chosen = _exec(_labelled(dialog, ACCEPT_OPEN))
    if chosen:
        remember(kind, chosen[0])
    return chosen


def open_file(
    parent: QWidget | None, title: str, filters: str, kind: str, start: str | Path | None = None
) -> str:
    """Ask for one existing file; '' when cancelled."""
    dialog = _dialog(parent, title, _start(kind, start), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _exec(_labelled(dialog, ACCEPT_OPEN))
    if not chosen:
        return ""
    remember(kind, chosen[0])
    return chosen[0]


def pick_folder(
    parent: QWidget | None, title: str, kind: str, start: str | Path | None = None
) -> str:
    """Ask for a folder; '' when cancelled."""
    dialog = _dialog(parent, title, _start(kind, start), "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _exec(_labelled(dialog, ACCEPT_FOLDER, file_name="&Folder:"))
    if not chosen:
        return ""
    remember(kind, chosen[0])
    return chosen[0]
