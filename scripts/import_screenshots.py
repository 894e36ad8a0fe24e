"""Screenshots of the import wizard on the sample BKPSDM roster (run under Xvfb)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "samples" / "daftar-nominatif.xlsx"
DOCS = ROOT / "docs" / "img"


def main() -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ikrar_desktop.context import AppContext
    from ikrar_desktop.ui.importing.wizard import ImportWizard
    from ikrar_desktop.ui.shell.application import create_application

    if not SAMPLE.exists():
        print("sample roster not found:", SAMPLE)
        return 1
    app = create_application()
    assert isinstance(app, QApplication)
    ctx = AppContext.open(Path(tempfile.mkdtemp()) / "impor.sqlite")
    wizard = ImportWizard(ctx, path=str(SAMPLE))
    wizard.resize(1100, 700)
    wizard.show()

    def wait_until(ready: object, timeout_ms: int = 30_000) -> None:
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: ready() and loop.quit())  # type: ignore[operator]
        timer.start(50)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        timer.stop()

    def grab(name: str) -> None:
        app.processEvents()
        DOCS.mkdir(parents=True, exist_ok=True)
        wizard.screen().grabWindow(wizard.winId()).save(str(DOCS / name))
        print("saved", DOCS / name)

    wait_until(lambda: wizard.currentPage().isComplete())
    wizard.next()
    wait_until(lambda: wizard.currentPage().isComplete())
    grab("impor-lembar.png")
    wizard.next()
    wait_until(lambda: wizard.currentPage().isComplete())
    grab("impor-pemetaan.png")
    wizard.next()
    wait_until(lambda: wizard.plan is not None)
    preview = wizard.preview_page
    grab("impor-pratinjau.png")
    rejected = next(i for i, (key, *_r) in enumerate(preview.TABS) if key == "rejected")
    preview.tabs.setCurrentIndex(rejected)
    grab("impor-ditolak.png")
    wizard.next()
    wait_until(lambda: wizard.result is not None)
    grab("impor-hasil.png")
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
