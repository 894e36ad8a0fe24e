"""Run as ``python -m ikrar_desktop``."""

from ikrar_desktop.cli.main import main

raise SystemExit(main())
