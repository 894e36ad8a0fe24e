"""The Designer forms: every ui/*.ui is valid Designer XML and its committed ui_*.py is what
`make forms` makes of it now (a form edited without recompiling fails here)."""

from __future__ import annotations

import shutil
import subprocess
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "ui"
GENERATED = ROOT / "src" / "ikrar_desktop" / "ui" / "forms"
NAMES = sorted(path.stem for path in FORMS.glob("*.ui"))


def uic() -> str:
    """The venv's pyside6-uic, the one `make forms` runs ($(BIN)/pyside6-uic)."""
    found = shutil.which("pyside6-uic", path=sysconfig.get_path("scripts"))
    found = found or shutil.which("pyside6-uic")
    assert found, "pyside6-uic not found beside the Python running the tests"
    return found


def lines(path: Path) -> bytes:
    return path.read_bytes().replace(b"\r\n", b"\n")


def test_the_forms_folder_holds_the_converted_dialogs() -> None:
    assert {"employee_dialog", "case_dialog", "users_dialog"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_form_is_designer_xml(name: str) -> None:
    root = ET.parse(FORMS / f"{name}.ui").getroot()
    assert (root.tag, root.get("version")) == ("ui", "4.0")
    form_class, widget = root.find("class"), root.find("widget")
    assert form_class is not None and widget is not None
    assert widget.get("name") == form_class.text  # Ui_<class> is what the dialog imports


@pytest.mark.parametrize("name", NAMES)
def test_generated_module_is_what_make_forms_makes(name: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"ui_{name}.py"
    subprocess.run(
        [uic(), f"ui/{name}.ui", "-o", str(fresh)], cwd=ROOT, check=True, capture_output=True
    )
    committed = GENERATED / f"ui_{name}.py"
    assert committed.is_file(), f"ui/{name}.ui is not compiled: run `make forms`"
    # Byte for byte, but for line ends: a Windows checkout may turn LF into CRLF.
    assert lines(committed) == lines(fresh), (
        f"ui/{name}.ui changed since {committed.name} was made: run `make forms`"
    )


def test_every_generated_module_has_its_form() -> None:
    modules = {path.stem for path in GENERATED.glob("*.py")} - {"__init__"}
    assert modules == {f"ui_{name}" for name in NAMES}  # no orphan left after a form went away
