"""The Kegiatan page as a clerk uses it: create through the dialog, state rules, the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext, SilentInteraction
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import checkin, registry
from ikrar_desktop.services import events as event_service
from ikrar_desktop.services.events import EventDraft
from ikrar_desktop.store import attendance as att_store
from ikrar_desktop.ui.events import people_dialogs as dialogs
from ikrar_desktop.ui.events.dialog import EventDialog
from ikrar_desktop.ui.events.page import EventsPage
from ikrar_desktop.ui.events.people import PeopleModel
from ikrar_desktop.ui.events.people_dialogs import SusulanDialog

PEOPLE = [
    ("Dr. H. Ahmad Fauzi, S.Pd., M.Si.", "198001012005011001", "PNS", "Dinas Pendidikan"),
    ("Siti Rahmawati, S.Kep.", "198502022010012002", "PNS", "Dinas Kesehatan"),
    ("Budi Santoso", "197003032000031003", "PNS", "Dinas Pendidikan"),
    ("Rina Marlina", "", "Non-ASN", "Dinas Pendidikan"),
    ("Joko Susilo", "198104042006041004", "PNS", "Kecamatan Cibinong"),
]


class Yes(SilentInteraction):
    def confirm(self, title: str, message: str) -> bool:
        self.messages.append((title, message))
        return True


def seed(ctx: AppContext) -> dict[str, int]:
    ids = {}
    for nama, nip, status, unit in PEOPLE:
        draft = EmployeeDraft(nama=nama, nip=nip, status=status, unit=unit)
        ids[nama.split(",")[0]] = registry.add_employee(ctx.conn, draft).id
    return ids


def guarded(step: Callable[[], None]) -> Callable[[], None]:
    """Run a step inside a modal dialog; on failure close it so the test fails, not hangs."""

    def run() -> None:
        try:
            step()
        finally:
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                dialog.close()

    return run


def make_event(ctx: AppContext, title: str = "Apel Ikrar Netralitas") -> int:
    made = event_service.create_event(ctx.conn, EventDraft(title=title, date=date(2024, 1, 8)))
    return made.event.id


def obliged_ids(ctx: AppContext, event_id: int) -> set[int]:
    rows = ctx.conn.execute(
        "SELECT employee_id FROM obligations WHERE event_id = ? AND obliged", (event_id,)
    )
    return {r[0] for r in rows}


def test_models_pass_qtmodeltester(qtmodeltester: object, qtbot: QtBot, ctx: AppContext) -> None:
    seed(ctx)
    event_id = make_event(ctx)
    model = PeopleModel(ctx.conn)
    model.load(event_id, None, None, "")
    assert model.rowCount() == 5
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_create_event_through_dialog_obliged_by_units(qtbot: QtBot, ctx: AppContext) -> None:
    ids = seed(ctx)
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0 and not page.empty.isHidden()

    def interact() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EventDialog)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled()  # no title yet
        qtbot.keyClicks(dialog.title, "Apel Ikrar Netralitas ASN")
        dialog.kind.setCurrentIndex(dialog.kind.findData("pakta"))
        dialog.date.setDate(QDate(2024, 1, 8))
        qtbot.keyClicks(dialog.place, "Halaman Kantor Bupati")
        qtbot.keyClicks(dialog.leader_name, "Drs. Asep Saepudin")
        qtbot.keyClicks(dialog.leader_jabatan, "Sekretaris Daerah")
        qtbot.mouseClick(dialog.witness_rows.add_button, Qt.MouseButton.LeftButton)
        name, instansi, jabatan, _remove = dialog.witness_rows.rows[0]
        assert save.isEnabled()  # an empty witness row is ignored…
        qtbot.keyClicks(jabatan, "Ketua")  # …but a typed one needs a name
        assert not save.isEnabled()
        qtbot.keyClicks(name, "Dedi Kurnia")
        instansi.setCurrentText("Bawaslu")
        dialog.tabs.setCurrentIndex(3)
        dialog.scope_units.click()
        assert not save.isEnabled()  # no unit checked yet
        dialog.set_units_checked(["Dinas Pendidikan", "Kecamatan Cibinong"])
        dialog.asn_only.click()
        assert "3 pegawai" in dialog.scope_count.text()
        assert save.isEnabled(), dialog.message.text()
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, guarded(interact))
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.new_event()

    assert page.model.rowCount() == 1
    event = page.selected()
    assert event is not None and event.status == "draft" and event.kind == "pakta"
    assert event.date == date(2024, 1, 8)
    full = event_service.get_event(ctx.conn, event.id)
    assert [(w.name, w.instansi, w.jabatan) for w in full.witnesses] == [
        ("Dedi Kurnia", "Bawaslu", "Ketua")
    ]
    assert full.leader_jabatan == "Sekretaris Daerah" and full.time == "08:00"
    # Rina is Non-ASN, Siti is in another unit
    assert obliged_ids(ctx, event.id) == {
        ids["Dr. H. Ahmad Fauzi"],
        ids["Budi Santoso"],
        ids["Joko Susilo"],
    }
    assert page.people.model.rowCount() == 3
    assert page.model.index(0, 4).data() == "3"
    assert "Senin, 8 Januari 2024 pukul 08.00" in page.details.text()


def test_edit_keeps_the_list_and_saves_texts(qtbot: QtBot, ctx: AppContext) -> None:
    seed(ctx)
    event_id = make_event(ctx)
    dialog = EventDialog(ctx.conn, event_service.get_event(ctx.conn, event_id))
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 3  # no Peserta tab: the list is edited on the page
    dialog.pakta_points.setPlainText("Butir satu\n\nButir dua")
    dialog.has_time.setChecked(False)
    dialog.accept()
    saved = event_service.get_event(ctx.conn, event_id)
    assert saved.pakta_points == ["Butir satu", "Butir dua"] and saved.time is None
    dialog.pakta_points.setPlainText("  ")
    assert "minimal satu butir" in dialog.message.text()


def test_open_close_reopen_with_reason(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(ctx)
    event_id = make_event(ctx)
    ctx.interaction = Yes()
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    assert page.open_button.isEnabled() and page.delete_button.isEnabled()

    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert event_service.get_event(ctx.conn, event_id).status == "open"
    assert not page.open_button.isEnabled() and not page.delete_button.isEnabled()

    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert event_service.get_event(ctx.conn, event_id).status == "closed"
    people = page.people
    for button in (page.edit_button, page.close_button, page.open_button, people.add_button,
                   people.not_obliged_button, people.susulan_button):  # fmt: skip
        assert not button.isEnabled(), button.text()
    assert people.history_button.isEnabled()
    assert not people.banner.isHidden() and "ditutup" in people.banner.text()

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_text", lambda *a: asked.append(a[2]) or "")
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert asked and event_service.get_event(ctx.conn, event_id).status == "closed"

    monkeypatch.setattr(dialogs, "ask_text", lambda *a: "Salah catat status dua pegawai")
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    event = event_service.get_event(ctx.conn, event_id)
    assert event.status == "open" and event.reopen_reason == "Salah catat status dua pegawai"
    assert people.banner.isHidden() and people.add_button.isEnabled()


def test_tidak_wajib_and_back(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed(ctx)
    event_id = make_event(ctx)
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    people = page.people
    qtbot.keyClicks(people.search, "budi")
    assert people.model.rowCount() == 1
    monkeypatch.setattr(dialogs, "ask_choice", lambda *a: "Pensiun")
    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(people.not_obliged_button, Qt.MouseButton.LeftButton)
    found = att_store.get(ctx.conn, event_id, ids["Budi Santoso"])
    assert found is not None and not found.obliged and found.not_obliged_reason == "Pensiun"
    assert people.model.index(0, 5).data() == "Tidak wajib"
    assert people.model.index(0, 7).data() == "Pensiun"
    assert page.model.index(0, 4).data() == "4"  # the event list counts again
    assert people.obliged_button.isEnabled() and not people.not_obliged_button.isEnabled()

    people.search.clear()
    people.state_filter.setCurrentIndex(people.state_filter.findData("tidak-wajib"))
    assert people.model.rowCount() == 1
    qtbot.mouseClick(people.obliged_button, Qt.MouseButton.LeftButton)
    assert obliged_ids(ctx, event_id) == set(ids.values())


def test_record_susulan_and_history(qtbot: QtBot, ctx: AppContext) -> None:
    ids = seed(ctx)
    event_id = make_event(ctx)
    siti = ids["Siti Rahmawati"]
    checkin.set_status(ctx.conn, event_id, siti, "sakit")
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    people = page.people
    people.unit_filter.setCurrentIndex(people.unit_filter.findData("Dinas Kesehatan"))
    assert people.model.rowCount() == 1 and people.susulan_button.isEnabled()

    def interact() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SusulanDialog)
        assert dialog.place.text() == "Dinas Kesehatan"  # the snapshot unit by default
        dialog.date.setDate(QDate(2024, 1, 15))
        dialog.place.clear()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        qtbot.keyClicks(dialog.place, "Kantor Dinas Kesehatan")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, guarded(interact))
    with qtbot.waitSignal(page.changed, timeout=5000):
        people.record_susulan()
    found = att_store.get(ctx.conn, event_id, siti)
    assert found is not None and found.pakta_where == "susulan"
    assert (found.susulan_date, found.susulan_place) == ("2024-01-15", "Kantor Dinas Kesehatan")
    assert people.model.index(0, 6).data() == "Susulan 15 Januari 2024"
    assert people.model.index(0, 5).data() == "Sakit"

    def check_history() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, dialogs.HistoryDialog)
        texts = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
        assert texts[0].startswith("Status kehadiran") and "susulan" in texts[1].lower()
        dialog.reject()

    QTimer.singleShot(0, guarded(check_history))
    people.show_history()


def test_add_late_people_from_registry(qtbot: QtBot, ctx: AppContext) -> None:
    ids = seed(ctx)
    made = event_service.create_event(
        ctx.conn, EventDraft(title="Sosialisasi", date=date(2024, 2, 1)),
        event_service.Scope(employee_ids=[ids["Budi Santoso"]]),
    )  # fmt: skip
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    assert page.people.model.rowCount() == 1

    def interact() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, dialogs.AddPeopleDialog)
        qtbot.keyClicks(dialog.search, "s")
        assert dialog.model.rowCount() >= 3  # Siti, Budi (already, dimmed), Joko Susilo
        dialog.table.selectAll()
        chosen = dialog.chosen()
        assert ids["Budi Santoso"] not in chosen and ids["Siti Rahmawati"] in chosen
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, guarded(interact))
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.people.add_people()
    on_list = obliged_ids(ctx, made.event.id)
    assert ids["Siti Rahmawati"] in on_list and ids["Budi Santoso"] in on_list
    assert page.people.model.rowCount() == len(on_list) > 1
    added = att_store.get(ctx.conn, made.event.id, ids["Siti Rahmawati"])
    assert added is not None and added.obliged and added.unit_name == "Dinas Kesehatan"


def test_home_shows_progress_of_open_events(qtbot: QtBot, ctx: AppContext) -> None:
    """Beranda shows the latest event (here a past draft) and, once scanning opens it, its
    progress (changed on purpose by issue 20: the dashboard shows drafts too)."""
    from ikrar_desktop.ui.shell.home_page import HomePage

    ids = seed(ctx)
    event_id = make_event(ctx, "Apel Pagi")
    home = HomePage(ctx)
    qtbot.addWidget(home)
    assert "Apel Pagi" in home.event_title.text() and "Draf" in home.event_title.text()
    assert home.numbers["present"][0].text().startswith("0 ")
    checkin.set_status(ctx.conn, event_id, ids["Budi Santoso"], "hadir")  # opens the draft
    home.refresh()
    assert "Berlangsung" in home.event_title.text()
    assert home.numbers["obliged"][0].text() == "5"
    assert home.numbers["present"][0].text().startswith("1 ")
    assert home.numbers["signed"][0].text().startswith("0 ")
