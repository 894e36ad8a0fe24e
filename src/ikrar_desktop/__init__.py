"""Ikrar Desktop: employee registry, neutrality pledges and integrity pacts, offline."""

__version__ = "0.1.0"
APP_NAME = "Ikrar Desktop"
APP_ID = "ikrar-desktop"
