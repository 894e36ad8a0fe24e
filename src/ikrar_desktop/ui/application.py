"""Qt start-up: the application object, translations, the main window or a clear refusal."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from ikrar_desktop import APP_ID, APP_NAME, __version__

log = logging.getLogger(__name__)


def load_translations(app: object) -> list[object]:
    """Install the Indonesian translations shipped in the package (Qt's own buttons too)."""
    from importlib.resources import files

    from PySide6.QtCore import QLocale, QTranslator

    translators: list[object] = []
    folder = files("ikrar_desktop") / "assets" / "i18n"
    for name in ("ikrar_id.qm",):
        resource = folder / name
        if resource.is_file():
            translator = QTranslator(app)  # type: ignore[arg-type]
            if translator.load(str(resource)):
                app.installTranslator(translator)  # type: ignore[attr-defined]
                translators.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    return translators


def create_application(argv: list[str] | None = None) -> object:
    from importlib.resources import files

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ikrar_desktop.ui.refguard import keep_singletons_alive

    keep_singletons_alive()  # PySide6 6.12 on CPython 3.11 leaks None/True refs on every call
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(files("ikrar_desktop") / "assets/icons/ikrar-desktop-256.png")))
    load_translations(app)
    return app


def begin_health_check(db: str | Path | None) -> Callable[[], object]:
    """Start ``quick_check`` in a thread (SQLite releases the GIL while it checks) so it runs
    beside Qt's start-up; the returned function waits and gives the UserError, or None."""
    import threading

    damage: list[object] = []

    def check() -> None:
        # imported here, in the thread, so even the imports overlap Qt's start-up
        from ikrar_desktop.errors import UserError
        from ikrar_desktop.paths import Paths
        from ikrar_desktop.store.schema import check_file_health

        try:
            check_file_health(Paths.for_db(db).db)
        except UserError as err:
            damage.append(err)

    checker = threading.Thread(target=check, name="quick_check", daemon=True)
    checker.start()

    def result() -> object:
        checker.join()
        return damage[0] if damage else None

    return result


def open_window(
    db: str | Path | None, app: object, health: Callable[[], object] | None = None
) -> object | None:
    """Open the database and the main window, or explain why not (returns None).

    The integrity check (``health``, started by the caller as early as it can) must pass
    before the window is built; on damage the damaged-file flow (restore offer) takes over.
    """
    health = health or begin_health_check(db)
    from ikrar_desktop.ui.interaction import QtInteraction
    from ikrar_desktop.ui.main_window import MainWindow
    from ikrar_desktop.ui.safety_start import after_open, open_context

    interaction = QtInteraction()
    ctx = open_context(db, interaction, check=False)  # lock, location
    if ctx is not None and health() is not None:
        ctx.close()
        ctx = open_context(db, interaction)  # damage → restore offer, or a clear refusal
    if ctx is None:
        return None
    window = MainWindow(ctx)
    interaction.parent = window
    after_open(ctx, window)  # read-only banner, sign-in, first backup of the day
    return window


def run_gui(db: str | Path | None) -> int:
    from ikrar_desktop.logsetup import setup_logging
    from ikrar_desktop.paths import Paths
    from ikrar_desktop.ui.crash import install_excepthook
    from ikrar_desktop.ui.interaction import QtInteraction

    health = begin_health_check(db)
    log_file = setup_logging(Paths.for_db(db).log_file)
    app = create_application()
    install_excepthook(log_file, QtInteraction().error)
    window = open_window(db, app, health)
    if window is None:
        return 2
    window.show()  # type: ignore[attr-defined]
    code = int(app.exec())  # type: ignore[attr-defined]
    from ikrar_desktop.ui.safety_start import backup_on_exit

    backup_on_exit(window.ctx)  # type: ignore[attr-defined]
    window.ctx.close()  # type: ignore[attr-defined]
    return code
