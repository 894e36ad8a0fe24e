"""Pengawasan: neutrality cases, their detail, deadlines, history and printouts."""
