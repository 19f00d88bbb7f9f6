"""Layers point one way: `app/` and `db/` import no widgets, and every domain module loads without Qt at all."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The single, lazy doorway from the program's entry to the window.
ALLOWED = {("app/entry.py", "ui.launcher")}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_domain_never_imports_widgets():
    offenders = []
    for folder in ("app", "db"):
        for path in (ROOT / folder).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            for name in _imports(path):
                bad = name == "ui" or name.startswith("ui.") or name.startswith(("PySide6.QtWidgets", "PySide6.QtGui"))
                if bad and (relative, name) not in ALLOWED:
                    offenders.append(f"{relative}: {name}")
    assert offenders == []


def test_every_domain_module_imports_without_qt():
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for folder in ("app", "db")
        for path in (ROOT / folder).rglob("*.py")
        if "migrations" not in path.parts and path.name != "__main__.py"
    )
    script = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
        "            raise ImportError('Qt is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "from app.i18n import translate\n"
        "assert translate('Ctx', 'Проверка') == 'Проверка'\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
