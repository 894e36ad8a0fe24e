"""Meja Hadir: the check-in desk, its projector, desk mode, returns and their merge."""
