"""The Cetak page's "Sertifikat per orang…": a folder of PDFs named by NIP / event code, zips
per OPD when ticked, the current scope, the refusal of a used folder, read-only disables it."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext, SilentInteraction
from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import checkin, events
from ikrar_desktop.services.certificate_split import SplitReport
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.ui.common import file_dialogs
from ikrar_desktop.ui.common.background import Operation
from ikrar_desktop.ui.printing import page as printing_page
from ikrar_desktop.ui.printing import split as print_split
from ikrar_desktop.ui.printing.jobs import CHOSEN, UNIT
from ikrar_desktop.ui.printing.page import PrintingPage

PEOPLE = (  # nama, nip / nik, status, unit
    ("Ahmad Fauzi, M.Si.", "198001012005011001", "PNS", "Dinas Pendidikan"),
    ("Siti Aminah, S.E.", "198502022010012002", "PNS", "Dinas Pendidikan"),
    ("Dewi Lestari", "3201014501900001", "Non-ASN", "Kecamatan Cibinong"),
    ("Joko Susilo", "198106062006041006", "PNS", "Kecamatan Cibinong"),  # not signed
)


class Yes(SilentInteraction):
    def confirm(self, title: str, message: str) -> bool:
        self.messages.append((title, message))
        return True


def signed_event(ctx: AppContext) -> tuple[int, list[int]]:
    ids = []
    for nama, ident, status, unit in PEOPLE:
        draft = EmployeeDraft(nama=nama, status=status, unit=unit, jabatan="Staf")
        if len(ident) == 18:
            draft.nip = ident
        else:
            draft.nik = ident
        ids.append(add_employee(ctx.conn, draft).id)
    made = events.create_event(ctx.conn, events.EventDraft(title="Apel Ikrar", date="2024-09-18"))
    for emp in ids[:3]:
        checkin.set_status(ctx.conn, made.event.id, emp, "hadir")
        checkin.toggle_pakta(ctx.conn, made.event.id, emp, True)
    return made.event.id, ids


class Picker:
    """Stands in for the clerk in the folder dialog."""

    def __init__(self) -> None:
        self.answer: list[str] = []
        self.modes: list[QFileDialog.FileMode] = []

    def __call__(self, dialog: QFileDialog) -> list[str]:
        self.modes.append(dialog.fileMode())
        return list(self.answer)


@pytest.fixture
def picker(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Picker:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    recorder = Picker()
    monkeypatch.setattr(file_dialogs, "_exec", recorder)
    return recorder


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> Iterator[PrintingPage]:
    ctx.interaction = Yes()
    widget = PrintingPage(ctx)
    qtbot.addWidget(widget)
    opened: list[Path] = []
    widget.open_folder = opened.append  # type: ignore[assignment,method-assign]
    widget.opened = opened  # type: ignore[attr-defined]
    yield widget


def outcome(qtbot: QtBot, op: Operation | None) -> tuple[str, object]:
    """Wait for the operation's end: ("finished", report) or ("failed", exception)."""
    assert op is not None
    got: list[tuple[str, object]] = []
    op.finished.connect(lambda r: got.append(("finished", r)))
    op.failed.connect(lambda e: got.append(("failed", e)))
    qtbot.waitUntil(lambda: bool(got), timeout=60000)
    return got[0]


def test_files_by_nip_or_event_code_and_a_zip_per_opd(
    qtbot: QtBot, ctx: AppContext, page: PrintingPage, picker: Picker, tmp_path: Path
) -> None:
    ev, ids = signed_event(ctx)
    page.refresh()
    page.choose("pakta", ev)
    assert not page.split_button.isVisibleTo(page)  # only for certificates
    page.choose("sertifikat", ev)
    assert page.split_button.isVisibleTo(page) and page.split_button.isEnabled()
    assert page.split_button.text() == "Sertifikat per orang…"
    folder = tmp_path / "kirim WA"
    folder.mkdir()
    picker.answer = [str(folder)]
    page.split_zip.setChecked(True)
    page.split_button.click()
    (op,) = printing_page._running  # the background operation the click started
    with qtbot.waitSignal(op.finished, timeout=60000):
        pass
    assert picker.modes == [QFileDialog.FileMode.Directory]  # asked through pick_folder
    assert page.opened == [folder]  # type: ignore[attr-defined]
    pdfs = {p.name for p in folder.glob("*.pdf")}
    code = f"IKR-{ev}-{ids[2]}.pdf"
    assert pdfs == {f"{PEOPLE[0][1]}.pdf", f"{PEOPLE[1][1]}.pdf", code}
    assert not any(PEOPLE[2][1] in p.name for p in folder.iterdir())  # never the NIK
    zips = sorted(folder.glob("*.zip"))
    assert [z.name for z in zips] == ["Dinas Pendidikan.zip", "Kecamatan Cibinong.zip"]
    with zipfile.ZipFile(zips[0]) as zf:
        assert sorted(zf.namelist()) == [f"{PEOPLE[0][1]}.pdf", f"{PEOPLE[1][1]}.pdf"]
    title, question = ctx.interaction.messages[-1]  # type: ignore[attr-defined]
    assert title == "Sertifikat per orang tersimpan"
    assert "3 berkas PDF dan 2 berkas zip per OPD" in question and str(folder) in question
    assert "3 berkas PDF" in page.report.text() and not page.busy


def test_without_zip_and_one_opd_only(
    qtbot: QtBot, ctx: AppContext, page: PrintingPage, tmp_path: Path
) -> None:
    ev, ids = signed_event(ctx)
    page.refresh()
    page.choose("sertifikat", ev)
    page.scope_group.button(UNIT).setChecked(True)
    page.unit_combo.setCurrentIndex(page.unit_combo.findData("Kecamatan Cibinong"))
    kind, report = outcome(qtbot, page.split_to(tmp_path / "baru"))
    assert kind == "finished" and isinstance(report, SplitReport)
    assert sorted(p.name for p in (tmp_path / "baru").iterdir()) == [f"IKR-{ev}-{ids[2]}.pdf"]
    assert report.zips == {}


def test_only_the_people_chosen(
    qtbot: QtBot, ctx: AppContext, page: PrintingPage, tmp_path: Path
) -> None:
    ev, ids = signed_event(ctx)
    page.refresh()
    page.choose("sertifikat", ev)
    page.scope_group.button(CHOSEN).setChecked(True)
    page.people.set_checked({ids[1]})
    assert page.choice().employee_ids == (ids[1],)
    kind, _report = outcome(qtbot, page.split_to(tmp_path / "satu"))
    assert kind == "finished"
    assert [p.name for p in (tmp_path / "satu").iterdir()] == [f"{PEOPLE[1][1]}.pdf"]
    page.people.set_checked({ids[3]})  # Joko has not signed
    kind, _exc = outcome(qtbot, page.split_to(tmp_path / "tidak"))
    assert kind == "failed" and not (tmp_path / "tidak").exists()
    assert "di antara pegawai yang dipilih" in ctx.interaction.messages[-1][1]  # type: ignore[attr-defined]


def test_cancel_writes_nothing(
    qtbot: QtBot,
    ctx: AppContext,
    page: PrintingPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Batal pressed while the PDFs are made (the service sees its cancel set)."""
    ev, _ids = signed_event(ctx)
    page.refresh()
    page.choose("sertifikat", ev)
    real = print_split.split_certificates
    seen: list[bool] = []

    def pressed_batal(*args: object, cancel: Callable[[], bool], **kw: object) -> object:
        seen.append(cancel())  # not yet pressed
        return real(*args, cancel=lambda: True, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(print_split, "split_certificates", pressed_batal)
    folder = tmp_path / "batal"
    page.split_zip.setChecked(True)
    kind, _exc = outcome(qtbot, page.split_to(folder))
    assert kind == "failed" and seen == [False]
    assert "Dibatalkan" in page.report.text()
    assert not folder.exists() or list(folder.iterdir()) == []
    assert page.opened == [] and page.split_button.isEnabled()  # type: ignore[attr-defined]


def test_a_used_folder_is_refused_through_the_error_path(
    qtbot: QtBot, ctx: AppContext, page: PrintingPage, tmp_path: Path
) -> None:
    ev, _ids = signed_event(ctx)
    page.refresh()
    page.choose("sertifikat", ev)
    folder = tmp_path / "kirim"
    folder.mkdir()
    old = folder / f"{PEOPLE[0][1]}.pdf"
    old.write_bytes(b"lama")
    kind, _exc = outcome(qtbot, page.split_to(folder))
    assert kind == "failed"
    title, message = ctx.interaction.messages[-1]  # type: ignore[attr-defined]
    assert title == "Tidak dapat mencetak" and "sudah berisi 1 berkas" in message
    assert old.read_bytes() == b"lama" and [p.name for p in folder.iterdir()] == [old.name]
    assert page.opened == [] and page.split_button.isEnabled()  # type: ignore[attr-defined]


def test_read_only_disables_it(qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    from ikrar_desktop.ui.shell import readonly

    setup = AppContext.open(db_path)
    ev, _ids = signed_event(setup)
    setup.close()
    ctx = AppContext.open(db_path, readonly=True)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        page = PrintingPage(ctx)
        window.setCentralWidget(page)
        readonly.lock_page(window, "cetak", page)
        page.refresh()
        page.choose("sertifikat", ev)
        assert page.split_button.isVisibleTo(page)
        assert not page.split_button.isEnabled()
        page.choose("pakta", ev)
        page.choose("sertifikat", ev)  # the page asks to enable it again: still disabled
        assert not page.split_button.isEnabled()
    finally:
        ctx.close()
