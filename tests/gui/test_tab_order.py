"""Tab walks every dialog's fields top to bottom, one stop per field, the save button reachable."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

STEPS = 40


def opened(qtbot: object, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show()
    qtbot.waitExposed(widget)  # type: ignore[attr-defined]
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # type: ignore[attr-defined]
    return widget


def walk(qtbot: object, names: dict[str, QWidget], steps: int = STEPS) -> list[str]:
    """The names of the widgets Tab visits, from the focused one until it comes round again."""
    label = {id(w): n for n, w in names.items()}
    start = QApplication.focusWidget()
    seen = [start]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # type: ignore[attr-defined]
        now = QApplication.focusWidget()
        if now is start:
            break
        seen.append(now)
    return [label.get(id(w), type(w).__name__) for w in seen]


def button(box: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> QWidget:
    found = box.button(which)
    assert found is not None
    return found


SAVE, CANCEL, OK = (
    QDialogButtonBox.StandardButton.Save,
    QDialogButtonBox.StandardButton.Cancel,
    QDialogButtonBox.StandardButton.Ok,
)


def rotated(order: Sequence[str], first: str) -> list[str]:
    i = list(order).index(first)
    return [*order[i:], *order[:i]]


def event_names(d: object) -> dict[str, QWidget]:
    from ikrar_desktop.ui.events.dialog import EventDialog

    assert isinstance(d, EventDialog)
    return {
        "jenis": d.kind, "nama": d.title, "tanggal": d.date, "pukul?": d.has_time,
        "jam": d.time, "tempat": d.place, "pemimpin": d.leader_name,
        "jabatan pemimpin": d.leader_jabatan, "pemilihan": d.election,
        "Simpan": d.save_button, "Batal": button(d.buttons, CANCEL), "tab": d.tabs.tabBar(),
    }  # fmt: skip


def test_event_dialog_walks_each_field_once(qtbot, ctx) -> None:
    from ikrar_desktop.ui.events.dialog import EventDialog

    d = opened(qtbot, EventDialog(ctx.conn))
    assert QApplication.focusWidget() is d.title
    qtbot.keyClicks(d.title, "Apel")  # Simpan is enabled once the event has a name
    assert walk(qtbot, event_names(d)) == rotated(list(event_names(d)), "nama")


def test_event_dialog_typed_with_tab_fills_place_and_leader(qtbot, ctx) -> None:
    """The clerk types the form straight through: every text lands in its own field."""
    from ikrar_desktop.ui.events.dialog import EventDialog

    d = opened(qtbot, EventDialog(ctx.conn))

    def typed(text: str = "", tabs: int = 1) -> None:
        if text:
            qtbot.keyClicks(QApplication.focusWidget(), text)
        for _ in range(tabs):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    typed("Apel Ikrar Netralitas", tabs=4)  # over the date, "Pukul" and the hour
    typed("Halaman Kantor Bupati")
    typed("Dr. H. Budi Santoso")
    typed("Bupati Contoh", tabs=2)  # over the election
    assert QApplication.focusWidget() is d.save_button
    qtbot.keyClick(d.save_button, Qt.Key.Key_Space)
    assert d.result() == d.DialogCode.Accepted
    from ikrar_desktop.services.events import EventSummary
    from ikrar_desktop.store import events as event_store

    assert isinstance(d.saved, EventSummary)
    event = event_store.get_event(ctx.conn, d.saved.event.id)
    assert event is not None
    assert (event.title, event.place, event.leader_name, event.leader_jabatan) == (
        "Apel Ikrar Netralitas", "Halaman Kantor Bupati", "Dr. H. Budi Santoso", "Bupati Contoh",
    )  # fmt: skip
    assert event.time == "08:00"


def test_event_dialog_other_tabs_keep_their_order(qtbot, ctx) -> None:
    from ikrar_desktop.ui.events.dialog import EventDialog

    d = opened(qtbot, EventDialog(ctx.conn))
    qtbot.keyClicks(d.title, "Apel")
    d.tabs.setCurrentIndex(2)
    d.ikrar_text.setFocus()
    names = {"naskah": d.ikrar_text, "pakta": d.pakta_points, "bawaan": d.reset_button,
             "Simpan": d.save_button, "Batal": button(d.buttons, CANCEL),
             "tab": d.tabs.tabBar()}  # fmt: skip
    assert walk(qtbot, names) == list(names)  # Tab leaves the texts instead of typing a tab
    d.tabs.setCurrentIndex(1)
    qtbot.keyClick(d.witness_rows.add_button, Qt.Key.Key_Space)
    name, instansi, jabatan, remove = d.witness_rows.rows[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    names = {"saksi": name, "instansi": instansi, "jabatan": jabatan, "hapus": remove,
             "tambah": d.witness_rows.add_button, "Simpan": d.save_button,
             "Batal": button(d.buttons, CANCEL), "tab": d.tabs.tabBar()}  # fmt: skip
    qtbot.keyClicks(name, "Ketua KPU")  # every witness needs a name before Simpan
    assert walk(qtbot, names) == list(names)


def test_case_dialog_date_and_description_are_one_stop_each(qtbot, ctx) -> None:
    from ikrar_desktop.ui.cases.dialog import CaseDialog

    d = opened(qtbot, CaseDialog(ctx))
    assert QApplication.focusWidget() is d.employee.search
    names = {
        "pegawai": d.employee.search, "hasil": d.employee.results, "tanggal": d.reported,
        "sumber": d.source, "nomor": d.ref, "pemilihan": d.election, "bentuk": d.form,
        "uraian": d.description, "bukti": d.files, "tambah bukti": d.add_file,
        "Simpan": button(d.buttons, SAVE), "Batal": button(d.buttons, CANCEL),
    }  # fmt: skip
    assert walk(qtbot, names) == list(names)  # "bentuk lain" is off until "Lainnya"


def test_employee_dialog_walks_the_form_top_to_bottom(qtbot, ctx) -> None:
    from ikrar_desktop.domain.status import NON_ASN
    from ikrar_desktop.ui.registry.employee_dialog import EmployeeDialog

    d = opened(qtbot, EmployeeDialog(ctx.conn))
    assert QApplication.focusWidget() is d.nama
    qtbot.keyClicks(d.nama, "Budi Santoso")
    d.nik.setText("3201010101900001")  # a valid person: Simpan is on
    d.status.setCurrentText(NON_ASN)
    assert d.revalidate(), d.message.text()
    d.nama.setFocus()
    names = {
        "gelar depan": d.gelar_depan, "nama": d.nama, "gelar belakang": d.gelar_belakang,
        "status": d.status, "nip": d.nip, "nik": d.nik, "golongan": d.golongan,
        "jabatan": d.jabatan, "jenis jabatan": d.jenis_jabatan, "unit": d.unit,
        "Simpan": button(d.buttons, SAVE), "Batal": button(d.buttons, CANCEL),
    }  # fmt: skip
    assert walk(qtbot, names) == rotated(list(names), "nama")


def test_settings_page_logo_buttons_follow_the_address(qtbot, ctx) -> None:
    from ikrar_desktop.ui.shell.settings_page import SettingsPage

    page = opened(qtbot, SettingsPage(ctx))
    page.instansi.setFocus()
    names = {
        "instansi": page.instansi, "unit": page.unit_name, "alamat": page.address,
        "pilih logo": page.findChild(QWidget, "chooseLogo"),
        "hapus logo": page.findChild(QWidget, "removeLogo"), "tempat": page.place,
        "kertas": page.paper, "zona": page.zone, "pimpinan": page.leader_name,
        "jabatan": page.leader_jabatan, "nip": page.leader_nip, "pangkat": page.leader_pangkat,
        **{f"pola {doc}": edit for doc, edit in page.patterns.items()},
        "Simpan": page.save_button,
    }  # fmt: skip
    assert walk(qtbot, names)[: len(names)] == list(names)  # then the backup panel


def test_users_dialog_walks_list_then_new_user_form(qtbot, ctx) -> None:
    from ikrar_desktop.ui.safety.users_dialog import UsersDialog

    d = opened(qtbot, UsersDialog(ctx))
    d.table.setFocus()
    names = {
        "daftar": d.table, "login": d.login, "nama": d.full_name, "peran": d.role,
        "sandi": d.password, "ulangi": d.repeat, "tambah": d.add_button,
        "Tutup": d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close),
    }  # fmt: skip
    assert walk(qtbot, names) == list(names)  # reset/deactivate wait for a chosen user


def test_susulan_dialog_date_is_one_stop(qtbot) -> None:
    from ikrar_desktop.ui.events.people_dialogs import SusulanDialog

    d = opened(qtbot, SusulanDialog("Budi", "Kantor Bupati"))
    assert QApplication.focusWidget() is d.date
    names = {"tanggal": d.date, "tempat": d.place, "Simpan": button(d.buttons, OK),
             "Batal": button(d.buttons, CANCEL)}  # fmt: skip
    assert walk(qtbot, names) == list(names)


def test_print_options_walk_document_event_scope_options(qtbot, ctx) -> None:
    from ikrar_desktop.ui.printing.options import PrintOptions

    form = opened(qtbot, PrintOptions(ctx))
    form.kind_combo.setFocus()
    names = {
        "dokumen": form.kind_combo, "kegiatan": form.event_combo, "siapa": form.scope_whole,
        "kertas": form.paper_combo, "kop": form.kop_combo, "meterai": form.meterai_check,
    }  # fmt: skip
    assert walk(qtbot, names) == list(names)


def test_unit_links_dialog_walks_head_to_code(qtbot, ctx) -> None:
    from ikrar_desktop.services import units as unit_service
    from ikrar_desktop.ui.registry.unit_dialogs import UnitLinksDialog

    unit = unit_service.add_unit(ctx.conn, "Dinas Kesehatan")
    d = opened(qtbot, UnitLinksDialog(ctx.conn, unit, [unit]))
    assert QApplication.focusWidget() is d.head
    names = {"kepala": d.head, "nip lain": d.other_nip, "sebagai": d.acting,
             "induk": d.parent_unit, "kode": d.code, "Simpan": button(d.buttons, OK),
             "Batal": button(d.buttons, CANCEL)}  # fmt: skip
    assert walk(qtbot, names) == list(names)


def test_import_wizard_file_page_path_then_choose_then_buttons(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QWizard

    from ikrar_desktop.ui.importing.wizard import ImportWizard

    wiz = opened(qtbot, ImportWizard(ctx))
    page = wiz.file_page
    assert QApplication.focusWidget() is page.path
    names = {"berkas": page.path, "pilih": page.choose_button,
             "Batal": wiz.button(QWizard.WizardButton.CancelButton)}  # fmt: skip
    assert walk(qtbot, names) == list(names)  # Lanjut waits for a file that was read


def test_desk_package_dialogs_walk_left_to_right(qtbot, tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
    from desk_helpers import export, site

    from ikrar_desktop.context import AppContext, SilentInteraction
    from ikrar_desktop.ui.desk.passphrase import PackageOpen, PassphraseShown

    s = site(tmp_path, 0)
    package = tmp_path / "Meja1.ikrarmeja"
    done = export(s.main, s.event_id, "Meja 1", package)
    s.close()
    shown = opened(qtbot, PassphraseShown(done))
    names = {"salin": shown.copy_button, "sudah dicatat": shown.done_button}
    assert walk(qtbot, names) == list(names)
    shown.close()
    ctx = AppContext.open(tmp_path / "meja1.sqlite", SilentInteraction())
    try:
        d = opened(qtbot, PackageOpen(ctx, str(package)))
        assert QApplication.focusWidget() is d.passphrase
        names = {"kata sandi": d.passphrase, "Batal": d.cancel_button, "Buka": d.open_button}
        assert walk(qtbot, names) == list(names)
        d.close()
    finally:
        ctx.close()


def test_import_wizard_preview_walks_tabs_table_then_choices(qtbot, ctx, shared_dir) -> None:
    import shutil

    from PySide6.QtWidgets import QWizard

    from ikrar_desktop.ui.importing.wizard import ImportWizard

    roster = shared_dir / "samples" / "daftar-nominatif.xlsx"
    shutil.copy(roster, ctx.paths.db.parent / roster.name)
    wiz = opened(qtbot, ImportWizard(ctx, path=str(ctx.paths.db.parent / roster.name)))
    for _ in range(2):  # file → sheet → mapping
        qtbot.waitUntil(wiz.currentPage().isComplete, timeout=30_000)
        wiz.next()
    mapping = wiz.mapping_page
    combos = {f"kolom {i + 1}": c for i, c in enumerate(mapping.combos)}
    mapping.combos[0].setFocus()
    order = walk(qtbot, {**combos, "Kembali": wiz.button(QWizard.WizardButton.BackButton)})
    assert order[: len(combos) + 1] == [*combos, "Kembali"]
    wiz.next()
    qtbot.waitUntil(lambda: wiz.plan is not None, timeout=30_000)
    preview = wiz.preview_page
    preview.tabs.tabBar().setFocus()
    view = preview.tabs.currentWidget()
    names = {"tab": preview.tabs.tabBar(), "tabel": view, "simpan ditolak": preview.save_rejected,
             "Kembali": wiz.button(QWizard.WizardButton.BackButton),
             "Terapkan": wiz.button(QWizard.WizardButton.CommitButton),
             "Batal": wiz.button(QWizard.WizardButton.CancelButton)}  # fmt: skip
    assert walk(qtbot, names) == list(names)
