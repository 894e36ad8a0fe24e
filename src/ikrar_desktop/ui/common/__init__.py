"""Widgets, models and helpers every feature of the shell shares."""
