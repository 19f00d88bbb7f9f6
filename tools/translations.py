"""Refresh the message catalogue: every user-visible string of `app/` and `ui/` in one reviewable file.

    python tools/translations.py          # update resources/translations/orientir_ru.ts and build .qm
    python tools/translations.py --check  # exit 1 if the .ts misses a string the code shows

Source strings are Russian; a reviewer changes any of them by filling its <translation> in the .ts
(Qt Linguist or a text editor) and running this script, which compiles the .qm the program loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "orientir_ru.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} не найден: установите зависимости (python3 dev.py test)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py"))


def messages(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if (message.find("translation") is None or message.find("translation").get("type") != "vanished")
        and (message.find("translation") is None or message.find("translation").get("type") != "obsolete")
    }


def update(ts: Path) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "ru_RU", "-target-language", "ru_RU",
         *sources(), "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / TS.name
            update(fresh)
            missing = messages(fresh) - (messages(TS) if TS.exists() else set())
        for context, source in sorted(missing):
            print(f"нет в {TS.name}: [{context}] {source}")
        return 1 if missing else 0
    update(TS)
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True, capture_output=True)
    print(f"{TS.relative_to(ROOT)}: {len(messages(TS))} строк; {QM.relative_to(ROOT)} собран")
    return 0


if __name__ == "__main__":
    sys.exit(main())
