"""Save and open dialogs start in Documents, then in the folder last used; never in the
program's own folder; and they speak Indonesian."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

import ikrar_desktop
from ikrar_desktop.context import AppContext
from ikrar_desktop.ui.common import file_dialogs

UI = Path(ikrar_desktop.__file__).parent / "ui"
USES_FILE_DIALOG = re.compile(r"QFileDialog\s*[.(,)]|QFileDialog$", re.M)  # code, not prose


class Recorder:
    """Stands in for the user: notes where each dialog opened, answers with ``answer``."""

    def __init__(self) -> None:
        self.folders: list[Path] = []
        self.dialogs: list[QFileDialog] = []
        self.answer: list[str] = []

    def __call__(self, dialog: QFileDialog) -> list[str]:
        self.folders.append(Path(dialog.directory().absolutePath()))
        self.dialogs.append(dialog)
        return list(self.answer)


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home with a Documents folder, and a working folder that is not it."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    install = tmp_path / "Program Files" / "Ikrar Desktop"
    install.mkdir(parents=True)
    monkeypatch.chdir(install)
    return home / "Documents"


@pytest.fixture
def user(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(file_dialogs, "_exec", recorder)
    return recorder


def test_no_file_dialog_outside_the_helper() -> None:
    """Every save/open dialog of the program goes through ui/common/file_dialogs.py."""
    users = [
        str(p.relative_to(UI))
        for p in UI.rglob("*.py")
        if p.name != "file_dialogs.py" and USES_FILE_DIALOG.search(p.read_text("utf-8"))
    ]
    assert users == []


def test_first_in_documents_then_the_last_folder(
    documents: Path, user: Recorder, tmp_path: Path
) -> None:
    assert file_dialogs.save_file(None, "Simpan", "a.pdf", "PDF (*.pdf)", "pdf") == ""
    assert user.folders == [documents]  # cancelled: nothing remembered
    reports = tmp_path / "Laporan Desember"
    reports.mkdir()
    user.answer = [str(reports / "rekap.pdf")]
    assert file_dialogs.save_file(None, "Simpan", "rekap.pdf", "PDF (*.pdf)", "pdf") == str(
        reports / "rekap.pdf"
    )
    user.answer = []
    file_dialogs.save_file(None, "Simpan", "b.pdf", "PDF (*.pdf)", "pdf")
    file_dialogs.open_file(None, "Buka", "Excel (*.xlsx)", "daftar")  # a kind not used yet
    assert user.folders[1:] == [documents, reports, reports]  # the shared last folder
    usb = tmp_path / "USB"
    usb.mkdir()
    user.answer = [str(usb)]
    assert file_dialogs.pick_folder(None, "Folder", "cadangan") == str(usb)
    user.answer = []
    file_dialogs.save_file(None, "Simpan", "c.pdf", "PDF (*.pdf)", "pdf")
    file_dialogs.open_files(None, "Buka", "Semua (*)", "cadangan")
    assert user.folders[-2:] == [reports, usb]  # each kind its own last folder


def test_a_folder_that_is_gone_falls_back_to_documents(
    documents: Path, user: Recorder, tmp_path: Path
) -> None:
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    user.answer = [str(stick / "daftar.xlsx")]
    file_dialogs.open_file(None, "Buka", "Excel (*.xlsx)", "daftar")
    stick.rmdir()  # the stick was pulled out
    user.answer = []
    file_dialogs.open_file(None, "Buka", "Excel (*.xlsx)", "daftar")
    assert user.folders == [documents, documents]


def test_dialog_speaks_indonesian(qtbot: QtBot, documents: Path) -> None:
    """Our own labels, and Qt's strings (buttons, tooltips, columns) from ikrar_id.qm."""
    from ikrar_desktop.ui.shell.application import load_translations

    app = QApplication.instance()
    translators = load_translations(app)
    try:
        dialog = file_dialogs._dialog(None, "Simpan PDF", documents, "Dokumen PDF (*.pdf)")
        qtbot.addWidget(dialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        file_dialogs._labelled(dialog, file_dialogs.ACCEPT_SAVE)
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        places = [url.toLocalFile() for url in dialog.sidebarUrls()]
        assert places[0] == str(documents)  # Documents first in the sidebar
        texts = {w.text() for w in dialog.findChildren(QPushButton)}
        texts |= {w.text() for w in dialog.findChildren(QLabel)}
        tips = {w.toolTip() for w in dialog.findChildren(QWidget) if w.toolTip()}
        assert {"&Simpan", "Batal", "Lihat di:", "&Nama berkas:", "Jenis berkas:"} <= texts
        assert {"Kembali", "Maju", "Folder induk", "Buat folder baru"} <= tips
        from PySide6.QtWidgets import QTreeView

        tree = dialog.findChild(QTreeView, "treeView")
        model = tree.model()
        from PySide6.QtCore import Qt

        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        assert headers == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]
        english = {"Save", "&Save", "Cancel", "Look in:", "File &name:", "Files of type:"}
        assert not texts & english
    finally:
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[union-attr]


def _sites(ctx: AppContext, window: QWidget) -> Iterator[tuple[str, Callable[[], object]]]:
    from ikrar_desktop.store.employees import EmployeeFilter
    from ikrar_desktop.ui.cases.dialog import CaseDialog
    from ikrar_desktop.ui.cases.page import SupervisionPage
    from ikrar_desktop.ui.cases.print_actions import CasePrinter
    from ikrar_desktop.ui.desk import mode as desk_mode
    from ikrar_desktop.ui.desk.merge import MergeDialog
    from ikrar_desktop.ui.importing.wizard import ImportWizard
    from ikrar_desktop.ui.registry import export_actions
    from ikrar_desktop.ui.shell.settings_page import SettingsPage

    yield "ekspor pegawai", lambda: export_actions.run_export(window, ctx, "list", EmployeeFilter())
    yield "logo", SettingsPage(ctx).choose_logo
    yield "impor", ImportWizard(ctx, window).file_page.choose
    yield "bukti kasus", CaseDialog(ctx, window).choose_files
    yield "register kasus", lambda: CasePrinter(ctx, window).print_register(None)  # type: ignore[arg-type]
    yield "register pengawasan", SupervisionPage(ctx).export
    yield "paket meja", lambda: desk_mode.import_package(window, ctx)
    yield "kembalian meja", MergeDialog(ctx, None, window).choose_files


def test_every_dialog_of_the_program_opens_in_documents_then_the_last_folder(
    qtbot: QtBot, ctx: AppContext, documents: Path, user: Recorder, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    sites = list(_sites(ctx, window))
    for _name, open_dialog in sites:
        open_dialog()
    assert [f for f in user.folders] == [documents] * len(sites), [n for n, _ in sites]
    elsewhere = tmp_path / "Arsip Ikrar"
    elsewhere.mkdir()
    file_dialogs.remember("lain", elsewhere / "x.pdf")  # the clerk last worked there
    user.folders.clear()
    for _name, open_dialog in sites:
        open_dialog()
    assert user.folders == [elsewhere] * len(sites)
    assert all(Path.cwd() != folder for folder in user.folders)


def test_every_kind_of_dialog_has_indonesian_buttons(documents: Path, user: Recorder) -> None:
    file_dialogs.save_file(None, "Simpan", "a.pdf", "PDF (*.pdf)", "pdf")
    file_dialogs.open_file(None, "Buka", "PDF (*.pdf)", "pdf")
    file_dialogs.open_files(None, "Buka", "PDF (*.pdf)", "pdf")
    file_dialogs.pick_folder(None, "Folder", "cadangan")
    accept = [d.labelText(QFileDialog.DialogLabel.Accept) for d in user.dialogs]
    assert accept == ["&Simpan", "&Buka", "&Buka", "&Pilih folder"]
    assert {d.labelText(QFileDialog.DialogLabel.Reject) for d in user.dialogs} == {"Batal"}
    names = [d.labelText(QFileDialog.DialogLabel.FileName) for d in user.dialogs]
    assert names == ["&Nama berkas:"] * 3 + ["&Folder:"]
    assert all(d.testOption(QFileDialog.Option.DontUseNativeDialog) for d in user.dialogs)
