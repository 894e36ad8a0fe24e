"""Child process for the start-up benchmark: open the real main window on --db, paint, exit."""

from __future__ import annotations

import sys


def main() -> int:
    from ikrar_desktop.ui.shell.application import (
        begin_health_check,
        collector_paused,
        create_application,
        open_window,
    )

    with collector_paused():  # the same steps as run_gui
        health = begin_health_check(sys.argv[1])
        app = create_application()
        window = open_window(sys.argv[1], app, health)
        if window is None:
            return 2
        window.show()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]  # first paint of the window and the table
    print("shown", flush=True)  # the parent stops its clock here; teardown is not measured
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
