"""Frozen entry point: the same ``main()`` as the ``ikrar-desktop`` command."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Must run first: a spawned child (the sandboxed spreadsheet reader) re-enters this exe.
    multiprocessing.freeze_support()
    from ikrar_desktop.cli.main import main

    sys.exit(main())
