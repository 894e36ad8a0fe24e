"""The Laporan page on a known event: hand-computed recap, transfers later, xlsx export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import checkin, recap, registry
from ikrar_desktop.services import events as event_service
from ikrar_desktop.services.events import EventDraft
from ikrar_desktop.ui.events.reports_page import ReportsPage, recap_cells

PEOPLE = [
    ("Ahmad Fauzi", "198001012005011001", "Dinas Pendidikan"),
    ("Siti Rahmawati", "198502022010012002", "Dinas Pendidikan"),
    ("Budi Santoso", "197003032000031003", "Dinas Pendidikan"),
    ("Rina Marlina", "198104042006042004", "Dinas Kesehatan"),
    ("Dewi Lestari", "198205052007052005", "Dinas Kesehatan"),
]
# Recap columns: unit, wajib, hadir, izin, sakit, cuti, DL, TB, TK, belum, TTD acara, susulan,
# belum TTD, % hadir, % TTD — counted by hand from known_event below.
EXPECTED = [
    ("Dinas Kesehatan", 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, "100,0%", "0,0%"),
    ("Dinas Pendidikan", 3, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, "33,3%", "66,7%"),
    ("Jumlah", 4, 2, 1, 0, 0, 0, 0, 1, 0, 1, 1, 2, "50,0%", "50,0%"),
]


def known_event(ctx: AppContext) -> tuple[int, dict[str, int]]:
    ids = {
        nama: registry.add_employee(ctx.conn, EmployeeDraft(nama=nama, nip=nip, unit=unit)).id
        for nama, nip, unit in PEOPLE
    }
    ev = event_service.create_event(
        ctx.conn, EventDraft(title="Apel Ikrar Netralitas", date=date(2024, 1, 8))
    ).event.id
    conn = ctx.conn
    checkin.set_status(conn, ev, ids["Ahmad Fauzi"], "hadir")
    checkin.toggle_pakta(conn, ev, ids["Ahmad Fauzi"])  # signed at the event
    checkin.set_status(conn, ev, ids["Siti Rahmawati"], "izin")  # not signed
    checkin.set_status(conn, ev, ids["Budi Santoso"], "tanpa-keterangan")
    checkin.record_susulan(conn, ev, ids["Budi Santoso"], "2024-01-15", "Dinas Pendidikan")
    checkin.set_status(conn, ev, ids["Rina Marlina"], "hadir")  # present, not signed
    event_service.set_obliged(conn, ev, ids["Dewi Lestari"], False, "Mutasi keluar")
    return ev, ids


def shown(page: ReportsPage) -> list[tuple[object, ...]]:
    return [tuple(r) for r in page.recap_model.rows]


def test_recap_matches_hand_count_and_service(
    qtbot: QtBot, qtmodeltester: object, ctx: AppContext
) -> None:
    ev, _ = known_event(ctx)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    assert page.event_id() == ev
    assert shown(page) == EXPECTED
    service = recap.recap(ctx.conn, ev)
    assert shown(page) == [recap_cells(r) for r in [*service.units, service.total]]
    assert page.recap_model.index(2, 1).data() == "4"
    assert "tidak wajib 1" in page.summary.text()
    qtmodeltester.check(page.recap_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.matrix_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.list_model)  # type: ignore[attr-defined]


def test_not_signed_list_per_opd(qtbot: QtBot, ctx: AppContext) -> None:
    known_event(ctx)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    names = [page.list_model.index(r, 1).data() for r in range(page.list_model.rowCount())]
    assert names == ["Rina Marlina", "Siti Rahmawati"]
    assert page.list_count.text() == "2 orang belum TTD"
    page.unit_combo.setCurrentIndex(page.unit_combo.findData("Dinas Pendidikan"))
    assert page.list_model.rowCount() == 1
    assert page.list_model.index(0, 5).data() == "Izin"


def test_transfer_after_the_event_leaves_the_recap_unchanged(qtbot: QtBot, ctx: AppContext) -> None:
    ev, ids = known_event(ctx)
    event_service.close_event(ctx.conn, ev)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    before = shown(page)
    registry.update_employee(
        ctx.conn,
        ids["Ahmad Fauzi"],
        EmployeeDraft(nama="Ahmad Fauzi", nip=PEOPLE[0][1], unit="Dinas Kesehatan"),
    )
    registry.add_employee(ctx.conn, EmployeeDraft(nama="Orang Baru", nip="199001012015011001",
                                                   unit="Dinas Kesehatan"))  # fmt: skip
    page.refresh()
    assert shown(page) == before == EXPECTED
    # the matrix shows today's roster beside the event's own snapshot
    matrix = {r[0]: r for r in page.matrix_model.rows}
    assert matrix["Dinas Kesehatan"][1] == 4 and matrix["Dinas Kesehatan"][2] == "1 → 1 → 0"
    assert matrix["Dinas Pendidikan"][1] == 2 and matrix["Dinas Pendidikan"][2] == "3 → 1 → 2"
    assert matrix["Jumlah"][2] == "4 → 2 → 2"


def test_export_writes_recap_with_totals(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    known_event(ctx)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    out = tmp_path / "rekap.xlsx"
    op = page.export_to(out, "recap")
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=10000):
        pass
    rows = list(load_workbook(out)["Rekap"].iter_rows(values_only=True))
    total = next(r for r in rows if r[1] == "Jumlah")
    assert total[2:13] == (4, 2, 1, 0, 0, 0, 0, 1, 0, 1, 1)
    assert ctx.interaction.messages[-1][0] == "Ekspor selesai"  # type: ignore[attr-defined]

    one = tmp_path / "belum-ttd.xlsx"
    page.unit_combo.setCurrentIndex(page.unit_combo.findData("Dinas Kesehatan"))
    op = page.export_to(one, "list", "Dinas Kesehatan")
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=10000):
        pass
    listed = list(load_workbook(one)["Belum TTD"].iter_rows(values_only=True))
    assert [r[2] for r in listed if r[0] == "Dinas Kesehatan"] == ["Rina Marlina"]


def test_empty_database(qtbot: QtBot, ctx: AppContext) -> None:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    assert page.event_id() is None and page.recap_model.rowCount() == 0
    assert not page.export_button.isEnabled()
    assert page.export_to(Path("x.xlsx"), "recap") is None
