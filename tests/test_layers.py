"""The layers hold: import-linter contracts pass, every root module has a layer, no widget SQL."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import ikrar_desktop

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(ikrar_desktop.__file__).resolve().parent
SQL_CALLS = {"execute", "executemany", "executescript"}


def _contracts() -> list[dict[str, Any]]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        contracts: list[dict[str, Any]] = tomllib.load(f)["tool"]["importlinter"]["contracts"]
    return contracts


def test_import_contracts_hold() -> None:
    """`lint-imports` (as `make lint` runs it) over the package these tests import."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PACKAGE.parent), *sys.path])}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())",
            "--no-cache",
            "--no-logo",
            str(ROOT / "pyproject.toml"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert f"{len(_contracts())} kept, 0 broken" in report


def test_every_root_module_and_package_has_a_layer() -> None:
    """A new top-level module outside the layers contract would escape every rule."""
    (layers,) = [c["layers"] for c in _contracts() if c["type"] == "layers"]
    placed = [name.strip() for layer in layers for name in re.split(r"[|:]", layer)]
    found = {f"ikrar_desktop.{p.stem}" for p in PACKAGE.glob("*.py") if p.name != "__init__.py"}
    found |= {f"ikrar_desktop.{p.parent.name}" for p in PACKAGE.glob("*/__init__.py")}
    assert sorted(placed) == sorted(found)


def _sql_calls(path: Path, base: Path = PACKAGE) -> list[str]:
    """Every ``.execute(…)``/``.executemany(…)``/``.executescript(…)`` call in one source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    calls = sorted(
        (node.lineno, node.col_offset, node.func.attr)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in SQL_CALLS
    )
    return [f"{path.relative_to(base)}:{line} .{name}(…)" for line, _col, name in calls]


def test_no_widget_runs_sql_itself() -> None:
    """Widgets call services (or store query functions); SQL lives below ui/."""
    calls = [call for path in sorted((PACKAGE / "ui").rglob("*.py")) for call in _sql_calls(path)]
    assert calls == []


def test_the_sql_check_sees_a_query_however_it_is_reached(tmp_path: Path) -> None:
    widget = tmp_path / "page.py"
    widget.write_text(
        "def shown(self, conn):\n"
        "    first = conn.execute('SELECT 1').fetchone()\n"
        "    self.ctx.conn.executemany('DELETE FROM x WHERE id = ?', [(1,)])\n"
        "    return first  # conn.execute( in a comment is no call\n"
    )
    assert _sql_calls(widget, tmp_path) == ["page.py:2 .execute(…)", "page.py:3 .executemany(…)"]
