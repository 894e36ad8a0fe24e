"""Run as ``python -m ikrar_desktop``."""

from ikrar_desktop.cli import main

raise SystemExit(main())
