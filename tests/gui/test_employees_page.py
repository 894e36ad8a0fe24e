"""The Pegawai page as a clerk uses it: add through the dialog, find through the search box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import registry
from ikrar_desktop.ui.registry.employee_dialog import EmployeeDialog
from ikrar_desktop.ui.registry.employee_model import EmployeeTableModel
from ikrar_desktop.ui.registry.employees_page import EmployeesPage
from ikrar_desktop.ui.registry.units_page import UnitTableModel
from ikrar_desktop.ui.shell.main_window import MainWindow


def seed(ctx: AppContext) -> None:
    for nama, nip, unit in [
        ("Dr. H. Ahmad Fauzi, S.Pd., M.Si.", "198001012005011001", "Dinas Pendidikan"),
        ("Siti Rahmawati, S.Kep.", "198502022010012002", "Dinas Kesehatan"),
        ("Budi Santoso", "197003032000031003", "Dinas Pendidikan"),
    ]:
        registry.add_employee(ctx.conn, EmployeeDraft(nama=nama, nip=nip, unit=unit))


def fill_dialog(qtbot: QtBot, dialog: EmployeeDialog) -> None:
    qtbot.keyClicks(dialog.gelar_depan, "Hj.")
    qtbot.keyClicks(dialog.nama, "Nur Aisyah")
    qtbot.keyClicks(dialog.gelar_belakang, "S.E.")
    qtbot.keyClicks(dialog.nip, "19900315 201503 2 004")
    qtbot.keyClicks(dialog.unit.lineEdit(), "Badan Keuangan Daerah")


def test_models_pass_qtmodeltester(qtmodeltester: object, ctx: AppContext) -> None:
    seed(ctx)
    model = EmployeeTableModel(ctx.conn)
    model.refresh()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    units = UnitTableModel(ctx.conn)
    units.refresh()
    qtmodeltester.check(units)  # type: ignore[attr-defined]


def test_add_through_dialog_then_find_by_search(qtbot: QtBot, ctx: AppContext) -> None:
    seed(ctx)
    page = EmployeesPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3

    def interact() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EmployeeDialog)
        fill_dialog(qtbot, dialog)
        assert "Perempuan" in dialog.nip_info.text()
        assert "15 Maret 1990" in dialog.nip_info.text()
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save.isEnabled()
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, interact)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.add_employee()
    assert page.model.rowCount() == 4

    qtbot.keyClicks(page.search, "aisyah NUR")
    assert page.model.rowCount() == 1
    found = page.model.employee(0)
    assert found is not None and found.display_name == "Hj. Nur Aisyah, S.E."
    assert page.model.index(0, 1).data() == "19900315 201503 2 004"
    assert page.model.index(0, 5).data() == "Badan Keuangan Daerah"
    assert page.count_label.text() == "1 pegawai"

    page.search.clear()
    qtbot.keyClicks(page.search, "19900315")
    assert page.model.rowCount() == 1


def test_dialog_validates_as_you_type(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = EmployeeDialog(ctx.conn)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert "Nama wajib" in dialog.message.text()
    qtbot.keyClicks(dialog.nama, "Budi")
    qtbot.keyClicks(dialog.nip, "1980010120050110")
    assert "18 digit" in dialog.message.text() and not save.isEnabled()
    qtbot.keyClicks(dialog.nip, "00")
    assert "000" in dialog.message.text() and not save.isEnabled()
    dialog.nip.setText("198001012005011001")
    assert dialog.message.text() == "" and save.isEnabled()
    assert "1 Januari 1980" in dialog.nip_info.text()
    assert "Laki-laki" in dialog.nip_info.text()
    assert "TMT CPNS Januari 2005" in dialog.nip_info.text()


def test_filters_and_deactivate(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(ctx)
    page = EmployeesPage(ctx)
    qtbot.addWidget(page)
    page.unit_filter.setCurrentIndex(page.unit_filter.findText("Dinas Pendidikan"))
    assert page.model.rowCount() == 2
    page.table.selectRow(0)
    monkeypatch.setattr(
        "ikrar_desktop.ui.registry.employees_page.QInputDialog.getItem",
        lambda *a, **k: ("Pensiun", True),
    )
    with qtbot.waitSignal(page.changed):
        page.deactivate_selected()
    assert page.model.rowCount() == 1
    page.active_filter.setCurrentIndex(page.active_filter.findText("Nonaktif"))
    assert page.model.rowCount() == 1
    assert page.model.employee(0) is not None and not page.model.employee(0).active  # type: ignore[union-attr]


def test_main_window_sidebar_and_first_run(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.current_page() == "beranda"
    assert window.home.first_run.isVisibleTo(window.home)
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert labels == [
        "Beranda",
        "Pegawai",
        "Unit Kerja",
        "Kegiatan",
        "Meja Hadir",
        "Cetak",
        "Verifikasi",
        "Laporan",
        "Pengawasan",
        "Pengaturan",
    ]
    qtbot.keyClicks(window.home.instansi, "kabupaten sukamaju")
    qtbot.mouseClick(window.home.findChild(object, "firstRunSave"), Qt.MouseButton.LeftButton)
    assert window.settings.instansi.text() == "Pemerintah Kabupaten Sukamaju"
    window.show_page("pegawai")
    assert window.current_page() == "pegawai"
