"""Screenshots of the backup/restore UI for docs/panduan.md (run under Xvfb:
`xvfb-run -a .venv/bin/python scripts/safety_screenshots.py`)."""

from __future__ import annotations

from shot_helpers import DOCS, application, demo_database, grab, shown_window


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from ikrar_desktop.store import backup as store_backup
    from ikrar_desktop.ui.safety.panel import describe_counts

    db = demo_database("ikrar-shots-", 2000, "ikrar.sqlite")
    app = application()
    window = shown_window(db, app, 1280, 860)
    window.show_page("pengaturan")  # type: ignore[attr-defined]
    panel = window.settings.safety  # type: ignore[attr-defined]
    panel.backup_now().wait()  # in the background since issue 20
    app.processEvents()  # its outcome in the panel
    info = store_backup.verify_file(sorted((db.parent / "backups").glob("*.sqlite"))[-1])
    box = QMessageBox(QMessageBox.Icon.Question, "Pulihkan cadangan", (
        f"Pulihkan database dari cadangan tanggal {info.created:%d-%m-%Y %H:%M}?\n\n"
        f"Isi cadangan: {describe_counts(info.counts)}.\n\n"
        "Database yang sekarang disimpan di sampingnya dengan nama bertanggal "
        "(tidak ditimpa), dan perubahan sesudah tanggal cadangan tidak ada di cadangan."
    ), parent=window)  # type: ignore[arg-type]  # fmt: skip
    box.addButton("Ya", QMessageBox.ButtonRole.YesRole)
    box.addButton("Tidak", QMessageBox.ButtonRole.NoRole)

    def shots() -> None:
        grab(window, app, "cadangan.png")
        box.show()
        app.processEvents()
        QTimer.singleShot(300, lambda: (grab(box, app, "pulihkan.png"), app.quit()))

    QTimer.singleShot(500, shots)
    app.exec()
    window.ctx.close()  # type: ignore[attr-defined]
    print("images in", DOCS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
