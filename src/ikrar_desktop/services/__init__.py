"""Use cases the GUI and the CLI share: each takes plain values and runs in one transaction."""
