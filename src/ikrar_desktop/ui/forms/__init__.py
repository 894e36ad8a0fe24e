"""Python compiled by pyside6-uic from the Qt Designer forms in the top-level ui/ folder (make forms); do not edit."""
