"""The Unit Kerja page sets who signs: head (Plt./Plh.), parent and code; suggestions confirmed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import registry
from ikrar_desktop.store import units as unit_store
from ikrar_desktop.ui.registry.unit_dialogs import SuggestionsDialog, UnitLinksDialog
from ikrar_desktop.ui.registry.units_page import UnitsPage

PEOPLE = [
    ("Kadinkes", "197001011995031003", "IV/c", "Kepala Dinas Kesehatan", "Dinas Kesehatan"),
    ("Sekdis", "198001012005011002", "IV/a", "Sekretaris Dinas", "Dinas Kesehatan"),
    ("Kapus", "198201012008012005", "III/d", "Kepala Puskesmas Cibinong", "Puskesmas Cibinong"),
    ("Kadis PMD", "196901011994031007", "IV/c",
     "Kepala Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Pemberdayaan Masyarakat dan Desa"),
    ("Sekda", "196801011990031001", "IV/d", "Sekretaris Daerah", "Sekretariat Daerah"),
]  # fmt: skip


def seed(ctx: AppContext) -> dict[str, int]:
    ids = {}
    for nama, nip, gol, jabatan, unit in PEOPLE:
        draft = EmployeeDraft(nama=nama, nip=nip, status="PNS", golongan=gol, jabatan=jabatan,
                              unit=unit)  # fmt: skip
        ids[nama] = registry.add_employee(ctx.conn, draft).id
    return ids


def select(page: UnitsPage, name: str) -> None:
    row = next(i for i, u in enumerate(page.model.units) if u.name == name)
    page.table.selectRow(row)


def row_of(page: UnitsPage, name: str) -> list[str]:
    row = next(i for i, u in enumerate(page.model.units) if u.name == name)
    return [page.model.index(row, c).data() for c in range(page.model.columnCount())]


def test_edit_head_parent_and_code(qtbot: QtBot, ctx: AppContext) -> None:
    ids = seed(ctx)
    page = UnitsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert row_of(page, "Dinas Kesehatan")[3:5] == ["(belum ditetapkan)", ""]
    select(page, "Dinas Kesehatan")

    def interact() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, UnitLinksDialog)
        # the head-like jabatan is offered first; the clerk picks the Sekretaris as Plt.
        assert "Kadinkes" in dialog.head.itemText(1)
        dialog.head.setCurrentIndex(dialog.head.findData(ids["Sekdis"]))
        dialog.acting.setCurrentText("Plt.")
        dialog.parent_unit.setCurrentText("Sekretariat Daerah")
        dialog.code.setText("DINKES")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, interact)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.edit_links()
    assert row_of(page, "Dinas Kesehatan")[2] == "DINKES"
    assert row_of(page, "Dinas Kesehatan")[3:5] == ["Plt. Sekdis", "Sekretariat Daerah"]
    stored = unit_store.get(ctx.conn, unit_store.find_by_name(ctx.conn, "Dinas Kesehatan") or 0)
    assert stored is not None and (stored.head_id, stored.head_acting) == (ids["Sekdis"], "Plt.")


def test_suggestions_are_stored_only_as_confirmed(qtbot: QtBot, ctx: AppContext) -> None:
    ids = seed(ctx)
    page = UnitsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    seen: list[str] = []

    def interact() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SuggestionsDialog)
        texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen.extend(texts)
        # the clerk un-ticks the Puskesmas line and applies the rest
        row = next(i for i, t in enumerate(texts) if t.startswith("Puskesmas Cibinong"))
        dialog.list.item(row).setCheckState(Qt.CheckState.Unchecked)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, interact)
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.suggest()
    assert any("kepala: Kadis PMD" in t for t in seen)
    assert any(t.startswith("Puskesmas Cibinong") and "induk: Dinas Kesehatan" in t for t in seen)
    assert row_of(page, "Dinas Pemberdayaan Masyarakat dan Desa")[3:5] == [
        "Kadis PMD", "Sekretariat Daerah"
    ]  # fmt: skip
    assert row_of(page, "Sekretariat Daerah")[3:5] == ["Sekda", ""]
    assert row_of(page, "Puskesmas Cibinong")[3:5] == ["(belum ditetapkan)", ""]
    assert ids["Kapus"] not in {u.head_id for u in page.model.units}


def test_print_summary_names_sheets_without_an_acknowledger(qtbot: QtBot) -> None:
    from pathlib import Path

    from ikrar_desktop.services.printing import PrintReport
    from ikrar_desktop.ui.printing.jobs import describe_report

    report = PrintReport("pakta", Path("p.pdf"), 2, 2,
                         unknown_acknowledger=["Pakta Budi (Dinas Sosial): Kepala Dinas Sosial "
                                               "belum ditetapkan"])  # fmt: skip
    text = describe_report(report)
    assert "belum diketahui pada 1 lembar" in text and "Pakta Budi (Dinas Sosial)" in text
