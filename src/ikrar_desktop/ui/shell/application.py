"""Qt start-up: the application object, translations, the main window or a clear refusal."""

from __future__ import annotations

import gc
import logging
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import ikrar_desktop
from ikrar_desktop import APP_ID, APP_NAME, __version__

log = logging.getLogger(__name__)
# the package's own folder (also in the bundle); importlib.resources would cost ~3 ms at start
ASSETS = Path(ikrar_desktop.__file__).parent / "assets"


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the program starts: imports and Qt's
    enum types allocate ~100,000 long-lived objects, and the collections they set off cost
    ~10 ms for almost nothing to free. Reference counting still frees everything else; the
    collector runs again as soon as the block ends, however it ends."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def load_translations(app: object) -> list[object]:
    """Install the Indonesian translations: Qt's own ``qtbase_id.qm`` when PySide6 ships one
    (6.12 does not), then ours, searched first — it also covers Qt's buttons and the file
    dialog (the contexts QPlatformTheme, QFileDialog and QFileSystemModel of ``ikrar_id.ts``)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    translators: list[object] = []
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for resource in (qt_folder / "qtbase_id.qm", ASSETS / "i18n" / "ikrar_id.qm"):
        if resource.is_file():
            translator = QTranslator(app)  # type: ignore[arg-type]
            if translator.load(str(resource)):
                app.installTranslator(translator)  # type: ignore[attr-defined]
                translators.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    return translators


def create_application(argv: list[str] | None = None) -> object:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ikrar_desktop.ui.shell.refguard import keep_singletons_alive

    keep_singletons_alive()  # PySide6 6.12 on CPython 3.11 leaks None/True refs on every call
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(ASSETS / "icons" / "ikrar-desktop-256.png")))
    load_translations(app)
    return app


def begin_health_check(db: str | Path | None) -> Callable[[], object]:
    """Start ``quick_check`` in a thread (SQLite releases the GIL while it checks) so it runs
    beside Qt's start-up; the returned function waits and gives None when the file passed,
    the UserError when it is damaged, or whatever else stopped the check from running (the
    caller then checks again on its own connection, so the check is never skipped).
    """
    import threading

    # Imported here, before the thread starts and before Qt: two threads importing at once
    # can hand one of them a half-initialised module (CPython's answer to an import
    # deadlock), which used to end the check with an AttributeError now and then.
    from ikrar_desktop.errors import UserError
    from ikrar_desktop.paths import Paths
    from ikrar_desktop.store.schema import check_file_health

    path = Paths.for_db(db).db
    outcome: list[object] = []

    def check() -> None:
        try:
            check_file_health(path)
        except UserError as err:
            outcome.append(err)
        except BaseException as exc:  # reported to the caller, who checks again itself
            outcome.append(exc)
        else:
            outcome.append(None)

    checker = threading.Thread(target=check, name="quick_check", daemon=True)
    checker.start()

    def result() -> object:
        checker.join()
        found = outcome[0] if outcome else RuntimeError("quick_check thread gave no result")
        if found is not None and not isinstance(found, UserError):
            log.warning("integrity check thread failed; checking again: %r", found)
        return found

    return result


def open_window(
    db: str | Path | None, app: object, health: Callable[[], object] | None = None
) -> object | None:
    """Open the database and the main window, or explain why not (returns None).

    The integrity check (``health``, started by the caller as early as it can) must pass
    before the window is built; on damage the damaged-file flow (restore offer) takes over,
    and a check that could not run in its thread is run again by ``open_context``.
    """
    health = health or begin_health_check(db)
    from ikrar_desktop.ui.common.interaction import QtInteraction
    from ikrar_desktop.ui.safety.start import after_open, open_context
    from ikrar_desktop.ui.shell.main_window import MainWindow

    interaction = QtInteraction()
    try:
        ctx = open_context(db, interaction, check=False)  # lock, location
    except sqlite3.DatabaseError:
        # opened before its check is in, a damaged file can fail right here: the check decides
        if health() is None:
            raise
        ctx = open_context(db, interaction)  # damage → restore offer, or a clear refusal
    else:
        if ctx is not None and health() is not None:
            ctx.close()
            ctx = open_context(db, interaction)  # damage → restore offer, or a clear refusal
    if ctx is None:
        return None
    try:
        window = MainWindow(ctx)
        interaction.parent = window
        after_open(ctx, window)  # read-only banner, sign-in
    except BaseException:
        ctx.close()  # a window that never came up must not keep the file (and its WAL) open
        raise
    return window


def after_shown(window: object) -> None:
    """What waits until the window is on screen: the first backup of the day, in the
    background (the window is usable meanwhile; the exit waits for it)."""
    from ikrar_desktop.ui.safety.start import start_daily_backup

    start_daily_backup(window.ctx, window)  # type: ignore[attr-defined, arg-type]


def run_gui(db: str | Path | None) -> int:
    with collector_paused():  # until the window is shown
        health = begin_health_check(db)  # first: the check runs while Qt is imported and set up
        from ikrar_desktop.logsetup import setup_logging
        from ikrar_desktop.paths import Paths
        from ikrar_desktop.ui.common.interaction import QtInteraction
        from ikrar_desktop.ui.shell.crash import install_excepthook

        log_file = setup_logging(Paths.for_db(db).log_file)
        app = create_application()
        install_excepthook(log_file, QtInteraction().error)
        window = open_window(db, app, health)
        if window is None:
            return 2
        window.show()  # type: ignore[attr-defined]
        after_shown(window)
    try:
        code = int(app.exec())  # type: ignore[attr-defined]
        from ikrar_desktop.ui.safety.start import backup_on_exit

        backup_on_exit(window.ctx)  # type: ignore[attr-defined]  # waits for a running backup first
    finally:
        window.ctx.close()  # type: ignore[attr-defined]
    return code
