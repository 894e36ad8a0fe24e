"""The command line (`ikrar-desktop`, `python -m ikrar_desktop`): one module per command group."""
