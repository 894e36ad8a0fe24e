"""The installer sources: Windows workflow, NSIS script, PyInstaller spec and bundle rules."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
NSIS = INSTALLER / "ikrar-desktop.nsi"

STEPS = (
    "Set up Python 3.13",
    "Install dependencies (pinned)",
    "Run the test suite on the shipped Python",
    "Build the one-folder bundle (PyInstaller)",
    "Smoke-test the frozen exe",
    "Build the setup (NSIS)",
    "Upload the bundle",
    "Upload the setup",
)


def _steps() -> list[dict[str, object]]:
    doc = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    jobs = doc["jobs"]
    assert list(jobs) == ["windows"]
    job = jobs["windows"]
    assert job["runs-on"] == "windows-latest"
    return list(job["steps"])


def test_workflow_is_valid_yaml_with_the_named_steps() -> None:
    names = [str(step.get("name", "")) for step in _steps()]
    for name in STEPS:
        assert name in names, name
    assert [n for n in names if n in STEPS] == list(STEPS), "steps out of order"


def test_workflow_smoke_runs_the_exe_offscreen_and_uploads_both() -> None:
    steps = {str(step.get("name")): step for step in _steps()}
    smoke = steps["Smoke-test the frozen exe"]
    assert "dist\\ikrar-desktop\\ikrar-desktop.exe" in str(smoke["run"])
    assert '-ArgumentList "--smoke-test"' in str(smoke["run"])
    assert "qwindows.dll" in str(smoke["run"])
    assert smoke["env"]["QT_QPA_PLATFORM"] == "offscreen"  # type: ignore[index]
    python = steps["Set up Python 3.13"]["with"]
    assert str(python["python-version"]) == "3.13"  # type: ignore[index]
    assert "pytest" in str(steps["Run the test suite on the shipped Python"]["run"])
    assert "-c constraints.txt" in str(steps["Install dependencies (pinned)"]["run"])
    assert "makensis" in str(steps["Build the setup (NSIS)"]["run"])
    for name in ("Upload the bundle", "Upload the setup"):
        assert str(steps[name]["uses"]).startswith("actions/upload-artifact@")


def test_nsis_script_installs_per_user_in_indonesian() -> None:
    text = NSIS.read_text(encoding="utf-8")
    assert re.search(r"^RequestExecutionLevel user$", text, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\\$\{APPNAME\}"$', text, re.M)
    assert '!insertmacro MUI_LANGUAGE "Indonesian"' in text
    assert re.search(r"^Unicode true$", text, re.M)
    for value in ("DisplayName", "DisplayVersion", "Publisher", "DisplayIcon", "EstimatedSize"):
        assert re.search(rf'WriteReg\w+ HKCU "\$\{{UNINST_KEY\}}" "{value}"', text), value
    assert "HKLM" not in text
    assert "$SMPROGRAMS" in text and "$DESKTOP" in text


def test_nsis_never_deletes_the_database_by_default() -> None:
    text = NSIS.read_text(encoding="utf-8")
    assert '!define DATADIR "$LOCALAPPDATA\\${APPID}"' in text
    deletions = [line for line in text.splitlines() if "DATADIR}" in line and "RMDir" in line]
    assert len(deletions) == 1
    # ... and it lives in an optional uninstall section that starts unticked (/o).
    section = text.split('Section /o "un.Data', 1)[1].split("SectionEnd", 1)[0]
    assert deletions[0] in section
    assert "/SD IDNO" in section  # silent uninstalls keep the data too
    install = text.split(
        "; ---------------------------------------------------------------- uninstall", 1
    )[0]
    assert "DATADIR" not in install.split("Section ", 1)[1]
    assert "TIDAK dihapus kecuali Anda mencentang" in text


def test_spec_and_its_inputs_exist() -> None:
    spec = (INSTALLER / "ikrar-desktop.spec").read_text(encoding="utf-8")
    assert '"unittest"' not in spec, "fpdf2 needs unittest.mock"
    assert "launcher.py" in spec and "ikrar_desktop/assets" in spec
    for name in (
        "launcher.py",
        "bundle_rules.py",
        "icons/ikrar-desktop.ico",
        "linux/ikrar-desktop.desktop",
        "requirements-windows.txt",
    ):
        assert (INSTALLER / name).is_file(), name
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (INSTALLER / "icons" / f"ikrar-desktop-{size}.png").is_file()
    assert "freeze_support()" in (INSTALLER / "launcher.py").read_text(encoding="utf-8")


def test_windows_requirements_cover_the_runtime() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = {
        line.strip().lower()
        for line in (INSTALLER / "requirements-windows.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower()
        assert name in listed, name
    assert "pyinstaller" in listed


@pytest.fixture
def rules() -> object:
    sys.path.insert(0, str(INSTALLER))
    try:
        import bundle_rules

        yield bundle_rules
    finally:
        sys.path.remove(str(INSTALLER))


def test_bundle_rules_keep_what_the_program_loads(rules: object) -> None:
    keep = rules.keep  # type: ignore[attr-defined]
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep("PySide6/plugins/platforms/qwindows.dll")
    assert keep("PySide6/plugins/platforms/qoffscreen.dll")
    assert keep("PySide6/plugins/styles/qmodernwindowsstyle.dll")
    assert keep("PySide6/Qt6Core.dll")
    assert keep("ikrar_desktop/assets/i18n/qtbase_id.qm")
    assert not keep("PySide6/opengl32sw.dll")
    assert not keep("PySide6/translations/qtbase_de.qm")
    assert not keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not keep("PySide6/Qt/plugins/platforms/libqminimalegl.so")
    assert not keep("PySide6/plugins/tls/qopensslbackend.dll")
    assert not keep("PySide6/Qt6Quick.dll")


def test_bundle_rules_drop_libraries_only_dropped_plugins_linked(rules: object) -> None:
    links = {
        "/x/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/x/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/x/libQt6Core.so.6": [],
        "/x/libgtk-3.so.0": [],
        "/x/libcairo.so.2": [],
        "/x/libqxcb.so": ["libQt6Gui.so.6"],
    }
    binaries = [
        ("PySide6/QtGui.abi3.so", "/x/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
        ("libcairo.so.2", "/x/libcairo.so.2", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    kept, dropped = rules.drop_orphans(binaries, lambda src: links[src])  # type: ignore[attr-defined]
    assert [entry[0] for entry in dropped] == ["libcairo.so.2"]
    assert len(kept) == 5
