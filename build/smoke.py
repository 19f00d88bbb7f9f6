"""Smoke test of the built program: the one-folder app does what the source does, with nothing else installed.

    python3 build/smoke.py [dist/orientir]

Runs the built executable (not Python) through a department and a school exchanging bundles, as
../shared/spec/cli.md describes: `init department`, `roadmap import` of a real Word roadmap, `school add`,
`export`, `init school`, `import`, `progress set` with an attached file, the school's `export`, the
department's `import` and `verify`, the справка as PDF and DOCX and the monitoring form as XLSX; then a
damaged bundle, which must be refused in Russian with exit code 1 and no traceback; last `--selftest`,
which opens the main window offscreen and draws it. Each step prints one line; the first failure stops
the run with exit code 1. Standard library only: it runs where the build ran, and on a bare target system.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROADMAP = ROOT / "tests" / "fixtures" / "roadmaps" / "001_municipal_plan.docx"
SCHOOL = "МКОУ Смоковская СОШ"


def executable(folder: Path) -> Path:
    """The command-line executable: `orientir` on Linux, `orientir-cli.exe` on Windows (it has a console)."""
    name = "orientir-cli.exe" if os.name == "nt" else "orientir"
    return folder / name


class Smoke:
    def __init__(self, program: Path, work: Path) -> None:
        self.program = program
        self.work = work
        # A home of its own: the run must not read or write the person's real profile.
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(work / "home"),
                    "APPDATA": str(work / "home"), "LOCALAPPDATA": str(work / "home")}
        self.env.pop("ORIENTIR_DATA_DIR", None)

    def run(self, label: str, *args: str, expect: int = 0) -> subprocess.CompletedProcess:
        started = time.perf_counter()
        completed = subprocess.run([str(self.program), *args], cwd=self.work, env=self.env,
                                   capture_output=True, text=True, encoding="utf-8", timeout=300)
        seconds = time.perf_counter() - started
        if completed.returncode != expect:
            print(f"FAIL {label}: exit {completed.returncode}, expected {expect}\n"
                  f"stdout: {completed.stdout[-2000:]}\nstderr: {completed.stderr[-4000:]}")
            self.show_logs()
            raise SystemExit(1)
        if "Traceback" in completed.stderr:
            print(f"FAIL {label}: a traceback reached the person:\n{completed.stderr[-4000:]}")
            raise SystemExit(1)
        print(f"ok   {label} ({seconds:.2f} s)")
        return completed

    def show_logs(self) -> None:
        """The profiles' log files hold the details a refusal keeps from the person: the build's missing pieces."""
        for log in sorted(self.work.glob("*/logs/orientir.log")):
            lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
            print(f"--- {log.relative_to(self.work)} (end)\n" + "\n".join(lines[-40:]))

    def file(self, label: str, path: Path, magic: bytes) -> None:
        data = (self.work / path).read_bytes() if (self.work / path).exists() else b""
        if not data.startswith(magic):
            print(f"FAIL {label}: {path} missing or not a {magic!r} file ({len(data)} bytes)")
            raise SystemExit(1)
        print(f"ok   {label}: {path} ({len(data) // 1024} KB)")


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "dist" / "orientir"
    program = executable(folder).resolve()
    if not program.exists():
        print(f"FAIL no built program at {program}: run `python3 dev.py dist` first")
        return 1
    with tempfile.TemporaryDirectory(prefix="orientir-smoke-") as temporary:
        work = Path(temporary)
        smoke = Smoke(program, work)
        (work / "scan.pdf").write_bytes(b"%PDF-1.4\n% protocol scan\n")
        smoke.run("init department", "--data-dir", "dept", "init", "department",
                  "--name", "Отдел образования администрации Смоковского района")
        smoke.run("roadmap import (Word)", "--data-dir", "dept", "roadmap", "import", str(ROADMAP))
        shown = json.loads(smoke.run("roadmap show --json", "--data-dir", "dept", "roadmap", "show", "--json").stdout)
        first = shown["roadmaps"][0]["items"][0]["number"]
        smoke.run("school add", "--data-dir", "dept", "school", "add", "--name", SCHOOL, "--out", "school.orientir-enroll")
        smoke.run("export (department)", "--data-dir", "dept", "export", "--out", "dept-1.orientir")
        smoke.run("init school", "--data-dir", "school", "init", "school", "--enrollment", "school.orientir-enroll")
        smoke.run("import (school)", "--data-dir", "school", "import", "dept-1.orientir")
        smoke.run("progress set", "--data-dir", "school", "progress", "set", first, "--status", "done",
                  "--actual", "Проведён педагогический совет, протокол № 3", "--attach", "scan.pdf",
                  "--document", "Приказ от 09.03.2026 № 52 «О проведении педсовета»")
        smoke.run("export (school)", "--data-dir", "school", "export", "--out", "school-1.orientir")
        smoke.run("verify", "--data-dir", "dept", "verify", "school-1.orientir")
        result = json.loads(smoke.run("import (department)", "--data-dir", "dept", "import", "school-1.orientir",
                                      "--json").stdout)["files"][0]
        if result.get("result") != "accepted":
            print(f"FAIL the department did not accept the school's bundle: {result}")
            return 1
        smoke.run("report spravka pdf", "--data-dir", "dept", "report", "spravka", "--format", "pdf", "--out", "spravka.pdf")
        smoke.file("справка PDF", Path("spravka.pdf"), b"%PDF")
        smoke.run("report spravka docx", "--data-dir", "dept", "report", "spravka", "--format", "docx",
                  "--out", "spravka.docx", "--school", "Смоковская")
        smoke.file("справка DOCX", Path("spravka.docx"), b"PK")
        smoke.run("report monitoring xlsx", "--data-dir", "dept", "report", "monitoring", "--format", "xlsx",
                  "--out", "monitoring.xlsx")
        smoke.file("мониторинг XLSX", Path("monitoring.xlsx"), b"PK")
        for name in ("spravka.docx", "monitoring.xlsx"):
            with zipfile.ZipFile(work / name) as document:
                if document.testzip() is not None:
                    print(f"FAIL {name} is a damaged zip")
                    return 1
        broken = work / "broken.orientir"
        broken.write_bytes((work / "school-1.orientir").read_bytes()[:-200])
        refused = smoke.run("a damaged bundle is refused", "--data-dir", "dept", "import", "broken.orientir", expect=1)
        if not any("а" <= ch <= "я" for ch in refused.stderr.lower()):
            print(f"FAIL the refusal is not in Russian: {refused.stderr!r}")
            return 1
        drawn = smoke.run("--selftest (window offscreen)", "--data-dir", "dept", "--selftest")
        print(f"     {drawn.stderr.strip() or drawn.stdout.strip()}")
    print("Собранная программа прошла проверку.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
