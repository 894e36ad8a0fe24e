"""`make i18n` leaves nothing to change: the catalogue holds exactly the code's texts, every
catalogue is compiled and shipped, and the program looks texts up where lupdate found them."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.ui.shell import application

ROOT = Path(__file__).resolve().parents[2]

Message = tuple[str, str, str, str, str]


def i18n() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_script"] = module
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> set[Message]:
    """(context, source, comment, translation, its state) of each message; locations ignored."""
    out = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.add(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    "".join(translation.itertext()),
                    translation.get("type", ""),
                )
            )
    return out


def test_the_catalogue_holds_exactly_the_texts_of_the_code(tmp_path: Path) -> None:
    script = i18n()
    fresh = tmp_path / "ikrar_en.ts"
    shutil.copy(script.CATALOGUE, fresh)
    script.extract(fresh)
    committed, extracted = messages(script.CATALOGUE), messages(fresh)
    assert committed - extracted == set(), "texts gone from the code: run `make i18n`"
    assert extracted - committed == set(), "texts missing from the catalogue: run `make i18n`"
    assert len(committed) > 500


def test_the_sources_are_the_ui_code_and_the_designer_forms() -> None:
    script = i18n()
    files = script.sources()
    assert Path("src/ikrar_desktop/ui/shell/main_window.py") in files
    assert all(p.suffix == ".py" or p.parent == Path("ui") for p in files)
    assert sorted(p.name for p in files if p.suffix == ".ui") == sorted(
        p.name for p in (ROOT / "ui").glob("*.ui")
    )
    assert not [p for p in files if "forms" in p.parts]  # generated: read from the .ui instead


def test_every_catalogue_is_compiled_shipped_and_current(tmp_path: Path) -> None:
    script = i18n()
    written = script.compile_all(script.TS_DIR, tmp_path)
    shipped = sorted(p.name for p in script.QM_DIR.glob("*.qm"))
    assert [p.name for p in written] == shipped == ["ikrar_en.qm", "qtbase_id.qm"]
    for qm in written:
        assert qm.read_bytes() == (script.QM_DIR / qm.name).read_bytes(), f"{qm.name}: make i18n"


def test_indonesian_loads_only_the_qt_strings_catalogue(qapp: QApplication) -> None:
    translators = application.load_translations(qapp)
    try:
        names = [Path(t.filePath()).name for t in translators]  # type: ignore[attr-defined]
        assert names[-1] == "qtbase_id.qm"
        assert "ikrar_en.qm" not in names
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)  # type: ignore[arg-type]


@pytest.fixture
def pseudo(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The extracted catalogue with every text translated as «text», installed."""
    script = i18n()
    tree = ET.parse(script.CATALOGUE)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        translation.text = f"«{message.findtext('source')}»"
    ts, qm = tmp_path / "pseudo.ts", tmp_path / "pseudo.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([script.tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_texts_are_looked_up_where_lupdate_found_them(
    pseudo: None, ctx: AppContext, qtbot: QtBot
) -> None:
    """Each kind of call the catalogue is filled from finds its translation at run time."""
    from ikrar_desktop.services.desk_state import Inactive, Person
    from ikrar_desktop.services.printing import PrintReport
    from ikrar_desktop.ui.common.interaction import QtInteraction
    from ikrar_desktop.ui.desk.feedback import PickList, inactive_text
    from ikrar_desktop.ui.printing.jobs import describe_report
    from ikrar_desktop.ui.registry.employee_model import EmployeeTableModel
    from ikrar_desktop.ui.safety.signin import SignInDialog
    from ikrar_desktop.ui.shell.main_window import MainWindow

    box, _yes = QtInteraction().box("t", "m")  # module-level tr(): context ""
    assert {b.text() for b in box.buttons()} == {"«Ya»", "«Tidak»"}
    dialog = SignInDialog(ctx)  # self.tr(): the class
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "«Masuk — Ikrar Desktop»"
    header = EmployeeTableModel(ctx.conn).headerData(0, Qt.Orientation.Horizontal)
    assert header == "«Nama»"  # QT_TR_NOOP marks, translated by the table model
    assert inactive_text(Inactive("mutasi", "")) == "«NONAKTIF — {reason}{since}»".format(
        reason="mutasi", since=""
    )
    person = Person(1, "Ani", None, None, "", "", on_list=False)
    assert "«di luar daftar kegiatan»" in PickList.describe(person)
    report = PrintReport("pakta", Path("x.pdf"), pages=2, people=0)
    assert describe_report(report).startswith("«<b>Pakta")  # was looked up as "PrintingPage"
    window = MainWindow(ctx)  # desk/mode.py: was extracted as context "window"
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "«&Meja»" in menus
    assert window.sidebar.item(0).text() == "«Beranda»"  # QT_TRANSLATE_NOOP("MainWindow", …)
