"""The window never freezes (issue 20): long work runs in worker threads, progress is coalesced,
the first backup of the day runs after the window is shown and the exit waits for it."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication

from ikrar_desktop.context import AppContext, SilentInteraction
from ikrar_desktop.services import backups
from ikrar_desktop.store import backup as store_backup
from ikrar_desktop.store.schema import open_database
from ikrar_desktop.ui.common import background
from ikrar_desktop.ui.shell import application

GATE_SECONDS = 20.0  # only a safety net against a hung test: every gate is opened by the test


def on_worker() -> bool:
    app = QCoreApplication.instance()
    assert app is not None
    return QThread.currentThread() is not app.thread()


@pytest.fixture
def stepped_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The progress clock moves 1 ms each time it is read: 1,000 updates are one second."""
    ticks = iter(range(10**9))
    monkeypatch.setattr(background, "clock", lambda: next(ticks) / 1000)


def test_progress_reaches_the_gui_coalesced(qtbot: Any, stepped_clock: None) -> None:
    updates = 5000  # one per row: five seconds of the stepped clock

    def job(progress: background.Progress, cancel: threading.Event) -> str:
        for done in range(1, updates + 1):
            progress(done, updates)
        return "klaar"

    heard: list[tuple[int, int]] = []
    op = background.Operation(job, None, "Menghitung…")
    op.progress.connect(lambda done, total: heard.append((done, total)))
    with qtbot.waitSignal(op.finished):
        op.start()
    qtbot.waitUntil(lambda: heard and heard[-1] == (updates, updates))
    seconds = updates / 1000
    assert len(heard) <= seconds * background.PROGRESS_PER_SECOND + 2  # not one per row
    assert heard[0] == (1, updates)  # the first at once, the last always


def test_coalesced_progress_keeps_the_first_and_the_last(stepped_clock: None) -> None:
    passed: list[int] = []
    progress = background.Coalesced(lambda done, total: passed.append(done))
    for done in range(1, 10_001):
        progress(done, 10_000)
    assert passed[0] == 1 and passed[-1] == 10_000
    assert len(passed) <= 10 * background.PROGRESS_PER_SECOND + 2  # ten seconds stepped
    unknown = background.Coalesced(lambda done, total: passed.append(-done))
    for done in range(1, 1001):  # a total of 0 (not known yet) is no "last" update
        unknown(done, 0)
    assert len([p for p in passed if p < 0]) <= 1 * background.PROGRESS_PER_SECOND + 1


def test_backup_now_runs_in_a_worker_and_is_verified(
    qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ikrar_desktop.ui.safety.panel import SafetyPanel

    threads: list[bool] = []
    real = backups.backup_now

    def watched(conn: Any, reason: str = "manual", **kw: Any) -> Any:
        threads.append(on_worker())
        return real(conn, reason, **kw)

    monkeypatch.setattr(backups, "backup_now", watched)
    ctx = AppContext.open(db_path, SilentInteraction())
    panel = SafetyPanel(ctx)
    qtbot.addWidget(panel)
    panel.backup_button.click()
    qtbot.waitUntil(lambda: "sudah diperiksa" in panel.status.text())
    assert threads == [True]  # the GUI thread never ran the backup
    made = backups.list_backups(db_path.parent / "backups", "ikrar")
    assert len(made) == 1 and store_backup.verify_file(made[0].path).counts
    assert panel.backup_button.isEnabled()
    ctx.close()


def test_merging_desk_returns_runs_in_a_worker(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
    from datetime import timedelta

    from desk_helpers import site
    from event_helpers import T0

    from ikrar_desktop.services import checkin, desk_returns
    from ikrar_desktop.ui.desk.merge import MergeDialog

    monkeypatch.delenv("IKRAR_STATION", raising=False)
    s = site(tmp_path, 1)
    checkin.scan(s.desks["Meja 1"], s.event_id, "198001012005011001", station="Meja 1",
                 now=T0 + timedelta(minutes=5))  # fmt: skip
    files = [str(s.returned("Meja 1", timedelta(minutes=20)))]
    s.close()
    threads: list[bool] = []
    real = desk_returns.merge_files

    def watched(*args: Any, **kw: Any) -> Any:
        threads.append(on_worker())
        return real(*args, **kw)

    monkeypatch.setattr(desk_returns, "merge_files", watched)
    ctx = AppContext.open(tmp_path / "main.sqlite", SilentInteraction())
    dialog = MergeDialog(ctx, 1)
    qtbot.addWidget(dialog)
    dialog.merge(files)
    qtbot.waitUntil(lambda: "tindakan baru" in dialog.message.text())
    assert threads == [True]
    assert dialog.message.text().startswith("Meja 1: ")
    assert dialog.desks.rowCount() == 1  # the screen shows what the worker read after merging
    assert dialog.merge_button.isEnabled()
    ctx.close()


# --- the first start of the day -----------------------------------------------------------------
class Started:
    """run_gui up to its event loop, with the test in place of the clerk (``exec``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, qapp: QApplication, tmp: Path) -> None:
        from ikrar_desktop import logsetup
        from ikrar_desktop.ui.shell import crash

        monkeypatch.setattr(application, "create_application", lambda: qapp)
        monkeypatch.setattr(logsetup, "setup_logging", lambda path: tmp / "log.txt")
        monkeypatch.setattr(crash, "install_excepthook", lambda *a: None)
        self.order: list[tuple[str, str]] = []  # (start/end/failed, reason) of every backup
        self.names: list[str] = []
        self.worker: dict[str, bool] = {}
        self.gate = threading.Event()  # the daily backup waits here, before its check
        self.entered = threading.Event()
        real_backup_to, real_verify = store_backup.backup_to, store_backup.verify_file

        def backup_to(conn: Any, target: Path, reason: str = "") -> Any:
            self.order.append(("start", reason))
            self.names.append(target.name)
            self.worker[reason] = on_worker()
            try:
                made = real_backup_to(conn, target, reason)
            except BaseException:
                self.order.append(("failed", reason))
                raise
            self.order.append(("end", reason))
            return made

        def verify_file(path: Path, expected: Any = None) -> Any:
            made = store_backup.read_name(path.name.removesuffix(store_backup.PART))
            if (
                path.name.endswith(store_backup.PART)
                and made
                and made.reason == "harian"
                and on_worker()
            ):
                self.entered.set()  # written, not yet checked nor renamed
                assert self.gate.wait(GATE_SECONDS)
            return real_verify(path, expected)

        monkeypatch.setattr(store_backup, "backup_to", backup_to)
        monkeypatch.setattr(store_backup, "verify_file", verify_file)


def window_of(qapp: QApplication) -> Any:
    from ikrar_desktop.ui.shell.main_window import MainWindow

    return next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())


def test_first_start_of_the_day_shows_the_window_before_the_daily_backup(
    qtbot: Any, qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ikrar_desktop.ui.safety.panel import BUSY
    from ikrar_desktop.ui.safety.start import DAILY_RUNNING

    open_database(db_path).close()  # no backup of today yet: the first start of the day
    started = Started(monkeypatch, qapp, db_path.parent)
    seen: dict[str, object] = {}

    def clerk(*_a: object) -> int:
        window = window_of(qapp)  # shown, the event loop running ...
        qtbot.waitUntil(started.entered.is_set)  # ... while the daily backup is being made
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == DAILY_RUNNING)
        panel = window.settings.safety
        seen["panel"] = (panel.status.text(), panel.backup_button.isEnabled())
        started.gate.set()
        qtbot.waitUntil(lambda: "sudah diperiksa" in window.statusBar().currentMessage())
        seen["daily"] = [f for f in backups.list_backups(db_path.parent / "backups", "ikrar")
                         if f.reason == "harian"]  # fmt: skip
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", clerk)
    assert application.run_gui(db_path) == 0
    assert started.worker["harian"] is True
    assert seen["panel"] == (BUSY, False)  # Cadangkan sekarang waits for the running one
    daily: Any = seen["daily"]
    assert len(daily) == 1 and daily[0].path.name in started.names  # made while the window was up
    assert ("end", "harian") in started.order  # written, checked, renamed into place
    assert ("start", "keluar") in started.order  # the exit backup still follows (and as the
    # day's newest, rotation keeps it in place of the daily one, as before)


def test_closing_the_window_during_the_daily_backup_waits_for_it(
    qtbot: Any, qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_database(db_path)
    conn.execute("INSERT INTO settings (key, value) VALUES ('catatan', 'x')")
    conn.close()
    started = Started(monkeypatch, qapp, db_path.parent)

    def clerk(*_a: object) -> int:
        window = window_of(qapp)
        qtbot.waitUntil(started.entered.is_set)  # the daily backup is half-way ...
        window.close()  # ... when the clerk closes the window
        started.gate.set()
        return 0

    monkeypatch.setattr(QApplication, "exec", clerk)
    assert application.run_gui(db_path) == 0
    assert started.worker == {"harian": True, "keluar": False}
    # the exit backup started only after the daily one had ended: they never raced
    assert started.order == [("start", "harian"), ("end", "harian"),
                             ("start", "keluar"), ("end", "keluar")]  # fmt: skip
    folder = db_path.parent / "backups"
    assert not list(folder.glob("*.part*"))  # no half file left
    made = backups.list_backups(folder, "ikrar")  # the daily one is rotated away by the exit
    assert [f.reason for f in made] == ["keluar"]  # backup, the day's newest, as it always was
    assert store_backup.verify_file(made[0].path).counts["settings"] >= 1


def test_a_job_holds_full_garbage_collections_until_it_ends(qtbot: Any) -> None:
    import gc

    from ikrar_desktop.collector import CollectorHeld

    before = gc.get_threshold()
    inside: dict[str, object] = {}

    def job(progress: background.Progress, cancel: threading.Event) -> None:
        inside["worker"] = on_worker()
        inside["oldest"] = gc.get_threshold()[2]
        inside["frozen"] = gc.get_freeze_count()

    op = background.Operation(job)
    with qtbot.waitSignal(op.finished):
        op.start()
    # the program's objects were frozen and the full collection held while the job ran ...
    assert inside["worker"] is True
    assert inside["oldest"] == CollectorHeld.FULL_NEVER
    assert isinstance(inside["frozen"], int) and inside["frozen"] > 0
    # ... the full collections are back once it ended; the program's objects stay frozen
    # (its whole-program scan waits for the clerk to be idle: tests/gui/test_idle_settle.py)
    assert gc.get_threshold() == before
    assert background.collector.unsettled and gc.get_freeze_count() > 0
    assert background.collector.settle() and gc.get_freeze_count() == 0


def test_a_long_pdf_is_previewed_a_page_at_a_time(qtbot: Any, tmp_path: Path) -> None:
    from fpdf import FPDF
    from PySide6.QtPdfWidgets import QPdfView

    from ikrar_desktop.ui.printing.pdf_preview import LONG_DOCUMENT, PdfPreview

    def pdf(pages: int) -> Path:
        doc = FPDF()
        for _ in range(pages):
            doc.add_page()
        path = tmp_path / f"{pages}.pdf"
        doc.output(str(path))
        return path

    preview = PdfPreview()
    qtbot.addWidget(preview)
    # every page of a long document laid out in one scroll is work on the GUI thread
    assert preview.load(pdf(LONG_DOCUMENT + 1)) == LONG_DOCUMENT + 1
    assert preview.view.pageMode() == QPdfView.PageMode.SinglePage
    assert preview.view.document() is preview.document
    assert preview.load(pdf(3)) == 3
    assert preview.view.pageMode() == QPdfView.PageMode.MultiPage
