"""Demo regency generator: a realistic, fictional kabupaten to try the registry on."""

from ikrar_desktop.services.demo.generate import MAX_EMPLOYEES, DemoSummary, generate_demo
from ikrar_desktop.services.demo.people import REFERENCE_DATE

__all__ = ["MAX_EMPLOYEES", "REFERENCE_DATE", "DemoSummary", "generate_demo"]
