"""Several desks: packages, desk mode, returns, merging, conflicts, refusals, desk clocks."""

from __future__ import annotations

import json
import zipfile
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from desk_helpers import (
    NIP_FAUZI,
    PASSPHRASE,
    Site,
    at,
    export,
    no_desk_station,
    site,
    state,
    two_desks,
)
from event_helpers import event

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import desk_merge as dm
from ikrar_desktop.errors import UserError
from ikrar_desktop.exchange import desk_package as pkg
from ikrar_desktop.exchange.desk_package import PackageRefusedError
from ikrar_desktop.services import checkin, desk_conflicts, desk_returns, desk_sync, events, recap
from ikrar_desktop.store import audit_bulk
from ikrar_desktop.store import desk as desk_store
from ikrar_desktop.store.audit_check import verify
from ikrar_desktop.store.schema import open_database

NIK_DEWI = "3201014501900001"


_no_desk_station = pytest.fixture(no_desk_station, autouse=True)
two = pytest.fixture(two_desks, name="two")


def merge(s: Site, *files: Path, **options: object) -> list[desk_returns.MergeReport]:
    return [desk_returns.merge_return(s.main, f, now=at(30), **options) for f in files]  # type: ignore[arg-type]


def test_package_carries_only_what_the_desk_needs(two: Site, tmp_path: Path) -> None:
    other = event(two.main, title="Apel Lain")
    out = tmp_path / "p.ikrarmeja"
    done = export(two.main, two.event_id, "Meja 9", out)
    assert done.people == 7 and done.with_nik == 1
    sealed = pkg.open_package(pkg.read(out), PASSPHRASE)  # what the desk gets once opened
    text = json.dumps(sealed)
    people, ev = sealed["people"], sealed["event"]
    assert NIK_DEWI not in text and "Apel Lain" not in text and str(other) != ev.get("id")
    dewi = next(p for p in people if p["nama"] == "Dewi Lestari")
    assert dewi["nik_masked"] == "3201********0001" and len(dewi["nik_hash"]) == 64
    assert all("nik_hash" not in p for p in people if p["nip"])
    assert set(people[0]) >= {"display_name", "nip", "unit_name", "jabatan"}
    assert "golongan" not in people[0] and "birth_date" not in people[0]


def test_desk_mode_database_and_station(two: Site) -> None:
    desk = two.desks["Meja 1"]
    info = desk_sync.desk_info(desk)
    assert info and info.name == "Meja 1" and info.event_id == two.event_id
    assert desk_sync.desk_info(two.main) is None
    assert desk.execute("SELECT count(*) FROM employees WHERE nik IS NOT NULL").fetchone()[0] == 0
    # a typed NIK still finds the person through the keyed hash
    found = checkin.scan(desk, two.event_id, NIK_DEWI, station="Meja 1", now=at(5))
    assert found.kind == checkin.CHECKED_IN and found.person and found.person.name == "Dewi Lestari"
    # opening the desk database through the context puts the desk's name on every action
    path = Path(str(desk.execute("PRAGMA database_list").fetchone()[2]))
    ctx = AppContext.open(path)
    try:
        done = checkin.set_status(ctx.conn, two.event_id, two.people[0].id, "hadir", now=at(6))
        station = ctx.conn.execute(
            "SELECT station FROM attendance_log WHERE id = ?", (done.log_id,)
        ).fetchone()[0]
        assert station == "Meja 1"
    finally:
        ctx.close()


def test_import_is_idempotent_and_refuses_other_databases(two: Site, tmp_path: Path) -> None:
    package = tmp_path / "Meja1.ikrarmeja"
    again = desk_sync.import_package(two.desks["Meja 1"], package, PASSPHRASE)
    assert again.name == "Meja 1"
    with pytest.raises(PackageRefusedError, match="sudah berisi data"):
        desk_sync.import_package(two.main, package, PASSPHRASE)
    with pytest.raises(PackageRefusedError, match="database Meja 2"):
        desk_sync.import_package(two.desks["Meja 2"], package, PASSPHRASE)
    with pytest.raises(UserError, match="hanya di PC utama"):
        desk_sync.export_package(two.desks["Meja 1"], two.event_id, "X", tmp_path / "x")
    with pytest.raises(UserError, match="bukan database meja"):
        desk_sync.export_return(two.main, tmp_path / "r")
    with pytest.raises(UserError, match="sudah dibuatkan paket"):
        desk_sync.export_package(two.main, two.event_id, "Meja 1", tmp_path / "y")


def test_merge_is_a_union_keyed_by_id(two: Site) -> None:
    a, b = two.desks["Meja 1"], two.desks["Meja 2"]
    checkin.scan(a, two.event_id, NIP_FAUZI, station="Meja 1", now=at(5))
    checkin.set_status(b, two.event_id, two.people[3].id, "izin", station="Meja 2", now=at(6))
    checkin.toggle_pin(b, two.event_id, two.people[3].id, station="Meja 2", now=at(7))
    fa, fb = two.returned("Meja 1", timedelta(minutes=20)), two.returned("Meja 2", timedelta(20))
    first = merge(two, fa, fb)
    assert [r.new for r in first] == [2, 3]  # the first action on each desk also opened the event
    after = state(two.main, two.event_id)
    again = merge(two, fb, fa, fb)
    assert [r.new for r in again] == [0, 0, 0] and [r.duplicate for r in again] == [3, 2, 3]
    assert state(two.main, two.event_id) == after
    assert desk_returns.verify_state(two.main, two.event_id) == []
    total = recap.recap(two.main, two.event_id).total
    assert (total.hadir, total.izin) == (1, 1)
    assert events.get_event(two.main, two.event_id).status == "open"
    desks = {d.desk: d for d in desk_store.packages(two.main, two.event_id)}
    assert desks["Meja 2"].merges == 3 and desks["Meja 2"].received == 3


def test_a_merge_in_batches_keeps_the_audit_trail_whole(
    two: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_bulk, "BATCH_MIN", 1)  # a big desk's merge, on a small site
    a, b = two.desks["Meja 1"], two.desks["Meja 2"]
    checkin.scan(a, two.event_id, NIP_FAUZI, station="Meja 1", now=at(5))
    checkin.set_status(b, two.event_id, two.people[3].id, "izin", station="Meja 2", now=at(6))
    merge(two, two.returned("Meja 1", timedelta(20)), two.returned("Meja 2", timedelta(20)))
    actions = two.main.execute(
        "SELECT tbl, action FROM audit_log WHERE tbl IN ('attendance_log', 'obligations') "
        "AND action LIKE 'bulk %'"
    ).fetchall()
    assert ("attendance_log", "bulk insert") in actions
    assert ("obligations", "bulk update") in actions
    report = verify(two.main)
    assert report.ok, report.problems


def test_present_at_two_desks_keeps_the_first_arrival(two: Site) -> None:
    a, b = two.desks["Meja 1"], two.desks["Meja 2"]
    checkin.scan(b, two.event_id, NIP_FAUZI, station="Meja 2", now=at(9))
    checkin.scan(a, two.event_id, NIP_FAUZI, station="Meja 1", now=at(5))
    reports = merge(
        two, two.returned("Meja 2", timedelta(20)), two.returned("Meja 1", timedelta(20))
    )
    conflict = reports[1].conflicts[0]
    assert conflict.kind == dm.DUA_MEJA and conflict.stations == ["Meja 1", "Meja 2"]
    assert "Meja 1 pukul 08.05" in conflict.detail
    row = two.main.execute(
        "SELECT status, status_at FROM obligations WHERE employee_id = ?", (two.people[0].id,)
    ).fetchone()
    assert row[0] == "hadir" and row[1].startswith("2024-01-10T08:05")
    listed = desk_store.list_conflicts(two.main, two.event_id)
    assert [(c["kind"], c["state"], c["name"]) for c in listed] == [
        ("dua-meja", "open", "Dr. H. Ahmad Fauzi, S.Pd., M.Si.")
    ]
    desk_conflicts.confirm_conflict(two.main, int(str(listed[0]["id"])), operator="ani")
    assert desk_store.list_conflicts(two.main, two.event_id)[0]["state"] == "confirmed"


def test_different_statuses_latest_wins_and_is_listed(two: Site) -> None:
    a, b = two.desks["Meja 1"], two.desks["Meja 2"]
    person = two.people[1].id
    checkin.set_status(a, two.event_id, person, "sakit", station="Meja 1", now=at(8))
    checkin.set_status(b, two.event_id, person, "izin", station="Meja 2", now=at(6))
    merge(two, two.returned("Meja 1", timedelta(20)), two.returned("Meja 2", timedelta(20)))
    assert (
        two.main.execute(
            "SELECT status FROM obligations WHERE employee_id = ?", (person,)
        ).fetchone()[0]
        == "sakit"
    )
    (c,) = desk_store.list_conflicts(two.main, two.event_id)
    assert c["kind"] == dm.STATUS_BEDA and "Yang berlaku yang terakhir: Sakit" in str(c["detail"])
    desk_conflicts.resolve_conflict(two.main, int(str(c["id"])), "izin", operator="ani",
                                  station="PC utama", now=at(40))  # fmt: skip
    assert (
        two.main.execute(
            "SELECT status FROM obligations WHERE employee_id = ?", (person,)
        ).fetchone()[0]
        == "izin"
    )
    states = {x["kind"]: x["state"] for x in desk_store.list_conflicts(two.main, two.event_id)}
    assert states == {dm.STATUS_BEDA: "resolved"}
    assert desk_returns.verify_state(two.main, two.event_id) == []


def test_undo_on_one_desk_of_what_another_desk_recorded(two: Site) -> None:
    a, b = two.desks["Meja 1"], two.desks["Meja 2"]
    checkin.scan(a, two.event_id, NIP_FAUZI, station="Meja 1", now=at(5))
    checkin.scan(b, two.event_id, NIP_FAUZI, station="Meja 2", now=at(6))
    checkin.undo_last(a, two.event_id, station="Meja 1", now=at(5.5))
    merge(two, two.returned("Meja 1", timedelta(20)), two.returned("Meja 2", timedelta(20)))
    row = two.main.execute(
        "SELECT status, status_at FROM obligations WHERE employee_id = ?", (two.people[0].id,)
    ).fetchone()
    assert row[0] == "hadir" and row[1].startswith("2024-01-10T08:06")  # Meja 2's arrival stays
    kinds = {c["kind"]: c for c in desk_store.list_conflicts(two.main, two.event_id)}
    assert set(kinds) == {dm.BATAL_SILANG}
    assert "Meja 1 membatalkan" in str(kinds[dm.BATAL_SILANG]["detail"])


def test_undo_of_an_action_recorded_on_another_station_is_a_conflict() -> None:
    hadir = dm.Entry("a", 1, "status", "hadir", "2024-01-10T08:05:00+07:00", "Meja 1")
    undo = dm.Entry("b", 1, "undo", None, "2024-01-10T08:07:00+07:00", "Meja 2", undoes="a")
    (c,) = dm.person_conflicts(1, [hadir, undo])
    assert c.kind == dm.BATAL_SILANG and c.stations == ["Meja 1", "Meja 2"]
    assert dm.state_from_log([undo, hadir]) == {1: dict(dm.INITIAL)}


def _rewrite(path: Path, member: str, change: object) -> None:
    with zipfile.ZipFile(path) as zf:
        contents = {n: zf.read(n) for n in zf.namelist()}
    if member == pkg.SEALED:
        blob = bytearray(contents[member])
        blob[len(blob) // 2] ^= 0x01  # one bit of the sealed payload
        contents[member] = bytes(blob)
    else:
        data = json.loads(contents[member])
        change(data)  # type: ignore[operator]
        contents[member] = json.dumps(data).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, blob in contents.items():
            zf.writestr(name, blob)


def test_modified_return_is_refused_with_why(two: Site) -> None:
    checkin.set_status(two.desks["Meja 1"], two.event_id, two.people[1].id, "izin",
                       station="Meja 1", now=at(5))  # fmt: skip
    path = two.returned("Meja 1", timedelta(20))
    _rewrite(path, pkg.SEALED, None)  # the sealed log (izin → anything) changed
    with pytest.raises(PackageRefusedError, match="telah diubah sesudah dibuat"):
        merge(two, path)
    # the clear manifest is bound to the seal: naming another desk gives it away
    path2 = two.returned("Meja 1", timedelta(21))
    _rewrite(path2, "manifest.json", lambda m: m.update(desk="Meja 2"))
    with pytest.raises(PackageRefusedError, match="telah diubah"):
        merge(two, path2)
    assert two.main.execute("SELECT count(*) FROM obligations WHERE status IS NOT NULL"
                            ).fetchone()[0] == 0  # fmt: skip
    refused = [m for m in desk_store.merges(two.main, two.event_id) if m["refused"]]
    assert len(refused) == 2


def test_modified_desk_package_is_refused_on_import(two: Site, tmp_path: Path) -> None:
    out = tmp_path / "x.ikrarmeja"
    export(two.main, two.event_id, "Meja 3", out)
    _rewrite(out, pkg.SEALED, None)  # the sealed people list changed
    with (
        closing(open_database(tmp_path / "m3.sqlite")) as fresh,
        pytest.raises(PackageRefusedError, match="telah diubah"),
    ):
        desk_sync.import_package(fresh, out, PASSPHRASE)


def test_return_of_another_event_or_database_is_refused(two: Site, tmp_path: Path) -> None:
    second = event(two.main, title="Apel Kedua")
    package = tmp_path / "e2.ikrarmeja"
    export(two.main, second, "Meja 1", package)
    desk = open_database(tmp_path / "e2.sqlite")
    desk_sync.import_package(desk, package, PASSPHRASE, now=at(2))
    checkin.scan(desk, second, NIP_FAUZI, station="Meja 1", now=at(5))
    ret = tmp_path / "e2.ikrarkembali"
    desk_sync.export_return(desk, ret, now=at(20))
    with pytest.raises(
        PackageRefusedError, match=r"'Apel Kedua'.*bukan untuk kegiatan yang sedang"
    ):
        merge(two, ret, event_id=two.event_id)
    assert merge(two, ret, event_id=second)[0].new == 2  # on its own event it merges
    (tmp_path / "lain").mkdir()
    elsewhere = site(tmp_path / "lain", 0)
    with pytest.raises(PackageRefusedError, match="database lain"):
        desk_returns.merge_return(elsewhere.main, ret)
    with pytest.raises(PackageRefusedError, match=r"paket meja .*bukan berkas kembalian"):
        merge(two, package)
    elsewhere.close()
    desk.close()


def test_closed_event_refuses_merge(two: Site) -> None:
    checkin.scan(two.desks["Meja 1"], two.event_id, NIP_FAUZI, station="Meja 1", now=at(5))
    path = two.returned("Meja 1", timedelta(20))
    events.close_event(two.main, two.event_id)
    with pytest.raises(UserError, match="sudah ditutup"):
        merge(two, path)


def test_desk_clock_off_by_an_hour_is_flagged_and_shifted(tmp_path: Path) -> None:
    s = site(tmp_path, 0)
    hour = timedelta(hours=1)
    s.add_desk("Meja 1", clock=hour)
    checkin.scan(s.desks["Meja 1"], s.event_id, NIP_FAUZI, station="Meja 1", now=at(10) + hour)
    path = s.returned("Meja 1", timedelta(minutes=20), clock=hour)
    report = desk_returns.merge_return(s.main, path, now=at(21), shift=-hour)
    assert report.clock and report.clock.flagged
    assert round(report.clock.suggested_shift.total_seconds() / 60) == -59
    assert "lebih cepat sekitar 59 menit" in report.clock.message("Meja 1")
    row = s.main.execute(
        "SELECT status_at FROM obligations WHERE employee_id = ?", (s.people[0].id,)
    ).fetchone()
    assert row[0].startswith("2024-01-10T08:10")
    merged = desk_store.merges(s.main, s.event_id)[0]
    assert merged["shift_seconds"] == -3600 and merged["clock"]["flagged"] is True
    assert desk_store.packages(s.main, s.event_id)[0].shift_seconds == -3600
    # the remembered shift applies again, so a repeat merge is a pure duplicate
    again = desk_returns.merge_return(s.main, path, now=at(25))
    assert (again.new, again.duplicate, again.differing) == (0, 2, 0)
    s.close()


def test_a_right_clock_carried_late_is_not_flagged() -> None:
    check = dm.clock_check(at(0), at(40), at(60), at(95))  # type: ignore[arg-type]
    assert not check.flagged and check.suggested_shift == timedelta(0)
    slow = dm.clock_check(at(0), at(2) - timedelta(hours=1), at(20) - timedelta(hours=1), at(21))  # type: ignore[arg-type]
    assert slow.flagged and round(slow.suggested_shift.total_seconds() / 60) == 58
