"""Screenshots of the import wizard on the sample BKPSDM roster (run under Xvfb)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from shot_helpers import ROOT, application, grab

SAMPLE = ROOT.parent / "shared" / "samples" / "daftar-nominatif.xlsx"


def main() -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    from ikrar_desktop.context import AppContext
    from ikrar_desktop.ui.importing.wizard import ImportWizard

    if not SAMPLE.exists():
        print("sample roster not found:", SAMPLE)
        return 1
    app = application()
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

    wait_until(lambda: wizard.currentPage().isComplete())
    wizard.next()
    wait_until(lambda: wizard.currentPage().isComplete())
    grab(wizard, app, "impor-lembar.png")
    wizard.next()
    wait_until(lambda: wizard.currentPage().isComplete())
    grab(wizard, app, "impor-pemetaan.png")
    wizard.next()
    wait_until(lambda: wizard.plan is not None)
    preview = wizard.preview_page
    grab(wizard, app, "impor-pratinjau.png")
    rejected = next(i for i, (key, *_r) in enumerate(preview.TABS) if key == "rejected")
    preview.tabs.setCurrentIndex(rejected)
    grab(wizard, app, "impor-ditolak.png")
    wizard.next()
    wait_until(lambda: wizard.result is not None)
    grab(wizard, app, "impor-hasil.png")
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
