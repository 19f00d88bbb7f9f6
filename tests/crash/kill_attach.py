"""Kill `progress set --attach` at random moments and check that the profile stays whole.

    python tests/crash/kill_attach.py [--runs 100] [--seed N] [--keep DIR] [--min-mb 4] [--max-mb 16]

A school's computer can be switched off, or the program closed by force, while a scan is being
attached. This script builds a demo school profile in a temporary folder, times one uninterrupted

    python -m app --data-dir P progress set NUMBER --status in_progress --actual TEXT --attach FILE

and then starts that command N times, each time with a new file of random content (so every run
really writes), and kills it with SIGKILL after a random time in [0, 1.2 × that duration] if it is
still running. Right after each kill it looks at the store to see where the kill landed: before
the file was written, during the copy (a partial `.part`), during the fsync and rename (a complete
`.part`), after the rename but before the database commit (a stored file nobody refers to), or after
the commit.

After all runs it checks, and exits 1 if any check fails:
  1. `PRAGMA quick_check` on the database is ok (opened with sqlite3 directly);
  2. an ordinary command (`progress show --json`) succeeds and afterwards no `*.part` file is left in
     `attachments/tmp` (and after every run that completed, none from earlier runs was left either);
  3. every `attachment` row and every `evidence.attachment_sha256` has its file in the store, with
     exactly that sha256 and size, and every file in the store has the content its name promises;
  4. every run that exited 0 has its attachment in the database and in what `progress show` prints;
  5. the change log agrees: each evidence row has its `insert` entry; each progress and evidence
     row's last entry carries its current revision; a run's file and its actual text were committed
     together or not at all; each activity shows the text of the last run that committed.

Files in the store that no row refers to (left by a kill between the rename and the commit) are
allowed and counted. Runs from the repository root with `sys.executable`, so `python -m app` is
this checkout. The seed fixes the sizes, delays and activities, not the timing of the machine.
Messages are Russian because people read them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DB_FILE = "orientir.sqlite3"
MB = 1 << 20
KILL_WINDOW = 1.2
TIMING_RUNS = 3
COMMAND_TIMEOUT = 120
POLL = 0.001
# Startup takes most of a run, so uniform delays rarely hit the store and the commit (about one kill
# in twenty). Half the delays are drawn around where the timing runs saw those steps instead.
FOCUSED_SHARE = 0.5
FOCUS_MARGIN = 0.1  # of the measured duration, for the jitter of startup

BEFORE_STORE = "до записи файла (запуск, проверки)"
COPYING = "копирование (.part неполный)"
FLUSHING = "fsync/переименование (.part полный)"
BEFORE_COMMIT = "после переименования, до фиксации в БД"
AFTER_COMMIT = "после фиксации в БД (завершение)"
PHASES = (BEFORE_STORE, COPYING, FLUSHING, BEFORE_COMMIT, AFTER_COMMIT)


@dataclass
class Run:
    index: int
    number: str
    actual: str
    name: str
    sha256: str
    size: int
    delay: float | None = None
    returncode: int | None = None
    stderr: str = ""
    part_size: int | None = None  # size of the `.part` this run left behind, if any
    stored: bool = False  # its file sat at its final address right after it ended

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL


@dataclass
class Check:
    title: str
    problems: list[str]


def app_command(profile: Path, *args: str | Path) -> list[str]:
    return [sys.executable, "-m", "app", "--data-dir", str(profile), *map(str, args)]


def run_app(profile: Path, *args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(app_command(profile, *args), cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=COMMAND_TIMEOUT)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(MB):
            digest.update(chunk)
    return digest.hexdigest()


def store_path(profile: Path, sha256: str) -> Path:
    return profile / "attachments" / sha256[:2] / sha256


def temp_files(profile: Path) -> dict[str, int]:
    folder = profile / "attachments" / "tmp"
    return {p.name: p.stat().st_size for p in folder.glob("*.part")} if folder.is_dir() else {}


def size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def store_files(profile: Path) -> list[Path]:
    folder = profile / "attachments"
    return [p for p in folder.glob("??/*") if p.is_file()]


class Experiment:
    def __init__(self, work: Path, rng: random.Random, min_mb: int, max_mb: int) -> None:
        self.profile = work / "profile"
        self.sources = work / "sources"
        self.rng = rng
        self.min_bytes, self.max_bytes = min_mb * MB, max_mb * MB
        self.runs: list[Run] = []
        self.numbers: list[str] = []
        self.seen_parts: set[str] = set()
        self.leftovers_after_completed: list[str] = []

    def build(self) -> None:
        made = run_app(self.profile, "demo")
        if made.returncode != 0:
            raise SystemExit(f"Демо-профиль не создан (код {made.returncode}):\n{made.stderr}")
        shown = run_app(self.profile, "progress", "show", "--json")
        self.numbers = [item["number"] for item in json.loads(shown.stdout)["schools"][0]["items"]]
        self.sources.mkdir()
        self.seen_parts = set(temp_files(self.profile))

    def new_run(self, size: int | None = None) -> tuple[Run, Path]:
        index = len(self.runs) + 1
        size = size or self.rng.randint(self.min_bytes, self.max_bytes)
        data = os.urandom(size)
        name = f"акт-проверки-{index:03d}.pdf"
        source = self.sources / name
        source.write_bytes(data)
        run = Run(index, self.rng.choice(self.numbers), f"Прогон {index:03d}: {os.urandom(6).hex()}", name,
                  hashlib.sha256(data).hexdigest(), size)
        self.runs.append(run)
        return run, source

    def start(self, run: Run, source: Path) -> subprocess.Popen:
        command = app_command(self.profile, "progress", "set", run.number, "--status", "in_progress",
                              "--actual", run.actual, "--attach", source)
        return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True, encoding="utf-8")

    def timed_run(self) -> tuple[float, dict[str, float]]:
        """One uninterrupted run with the largest file: its duration, and when (seen from outside)
        the temporary file appeared, the file reached its address and the database was written."""
        run, source = self.new_run(self.max_bytes)
        # The last connection to close removes the WAL and the next open creates it empty; the
        # first frames are written by the commit.
        wal = self.profile / (DB_FILE + "-wal")
        final = store_path(self.profile, run.sha256)
        marks: dict[str, float] = {}
        started = time.perf_counter()
        process = self.start(run, source)
        while process.poll() is None:
            elapsed = time.perf_counter() - started
            if "part" not in marks and set(temp_files(self.profile)) - self.seen_parts:
                marks["part"] = elapsed
            if "stored" not in marks and final.is_file():
                marks["stored"] = elapsed
            if "committed" not in marks and size_of(wal) > 0:
                marks["committed"] = elapsed
            time.sleep(POLL)
        duration = time.perf_counter() - started
        _, run.stderr = process.communicate(timeout=COMMAND_TIMEOUT)
        run.returncode = process.returncode
        self.after(run, source)
        return duration, marks

    def killed_run(self, window: float, focus: tuple[float, float] | None) -> None:
        run, source = self.new_run()
        if focus is not None and self.rng.random() < FOCUSED_SHARE:
            run.delay = self.rng.uniform(*focus)
        else:
            run.delay = self.rng.uniform(0, window)
        process = self.start(run, source)
        try:
            process.wait(timeout=run.delay)
        except subprocess.TimeoutExpired:
            process.kill()
        _, run.stderr = process.communicate(timeout=COMMAND_TIMEOUT)
        run.returncode = process.returncode
        self.after(run, source)

    def after(self, run: Run, source: Path) -> None:
        """Note where the run stopped, before the next run's start cleans up after it."""
        parts = temp_files(self.profile)
        new = {name: size for name, size in parts.items() if name not in self.seen_parts}
        if run.returncode == 0 and parts:
            self.leftovers_after_completed.append(f"прогон {run.index}: {sorted(parts)}")
        if new:
            run.part_size = max(new.values())
        run.stored = store_path(self.profile, run.sha256).is_file()
        self.seen_parts = set(parts)
        source.unlink()

    def phase(self, run: Run, committed: set[str]) -> str:
        if run.sha256 in committed:
            return AFTER_COMMIT
        if run.stored:
            return BEFORE_COMMIT
        if run.part_size is None:
            return BEFORE_STORE
        return FLUSHING if run.part_size == run.size else COPYING


def connect(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=rw", uri=True, timeout=15)


def check_quick(db: Path) -> Check:
    connection = connect(db)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    finally:
        connection.close()
    return Check("PRAGMA quick_check = ok", [] if rows == [("ok",)] else [repr(rows[:10])])


def check_ordinary_command(experiment: Experiment) -> tuple[Check, dict | None]:
    problems = list(experiment.leftovers_after_completed)
    shown = run_app(experiment.profile, "progress", "show", "--json")
    data = None
    if shown.returncode != 0:
        problems.append(f"progress show --json: код {shown.returncode}: {shown.stderr.strip()}")
    else:
        data = json.loads(shown.stdout)
    left = temp_files(experiment.profile)
    if left:
        problems.append(f"остались временные файлы: {sorted(left)}")
    return Check("обычная команда работает, .part убраны", problems), data


def check_store(profile: Path, connection: sqlite3.Connection) -> Check:
    problems = []
    sizes = dict(connection.execute("SELECT sha256, size FROM attachment"))
    referenced = {sha for (sha,) in connection.execute(
        "SELECT attachment_sha256 FROM evidence WHERE attachment_sha256 IS NOT NULL")}
    for sha in sorted(referenced - sizes.keys()):
        problems.append(f"evidence ссылается на {sha}, а строки attachment нет")
    for sha, size in sorted(sizes.items()):
        path = store_path(profile, sha)
        if not path.is_file():
            problems.append(f"нет файла {path}")
        elif path.stat().st_size != size or sha256_of(path) != sha:
            problems.append(f"файл {path}: размер {path.stat().st_size} вместо {size} или чужое содержимое")
    for path in store_files(profile):
        if sha256_of(path) != path.name:
            problems.append(f"содержимое {path} не совпадает с именем")
    return Check("у каждой строки attachment/evidence есть верный файл", problems)


def check_completed(runs: list[Run], connection: sqlite3.Connection, shown: dict | None) -> Check:
    problems = []
    evidence = {sha for (sha,) in connection.execute(
        "SELECT attachment_sha256 FROM evidence WHERE deleted = 0 AND attachment_sha256 IS NOT NULL")}
    visible = set()
    if shown is not None:
        for item in shown["schools"][0]["items"]:
            visible |= {(item["number"], e["sha256"]) for e in item["evidence"] if e["kind"] == "file"}
    for run in runs:
        if run.returncode not in (0, -signal.SIGKILL):
            problems.append(f"прогон {run.index} завершился с кодом {run.returncode}: {run.stderr.strip()[-500:]}")
        if run.returncode != 0:
            continue
        if run.sha256 not in evidence:
            problems.append(f"прогон {run.index} завершился успешно, а его файла нет в evidence")
        if shown is not None and (run.number, run.sha256) not in visible:
            problems.append(f"прогон {run.index}: файла нет в progress show у мероприятия {run.number}")
    return Check("каждый успешный прогон записан в БД и виден", problems)


def check_change_log(runs: list[Run], connection: sqlite3.Connection, shown: dict | None) -> Check:
    problems = []
    inserts = dict(connection.execute(
        "SELECT record_id, json_extract(data, '$.attachment_sha256') FROM change_log "
        "WHERE entity = 'evidence' AND op = 'insert'"))
    for record_id, sha in connection.execute("SELECT id, attachment_sha256 FROM evidence"):
        if record_id not in inserts:
            problems.append(f"у evidence {record_id} нет записи insert в change_log")
        elif inserts[record_id] != sha:
            problems.append(f"evidence {record_id}: в change_log другой файл")
    for table in ("progress", "evidence"):
        stale = connection.execute(
            f"SELECT t.id FROM {table} t WHERE t.revision IS NOT (SELECT c.revision FROM change_log c "  # noqa: S608
            f"WHERE c.entity = '{table}' AND c.record_id = t.id ORDER BY c.seq DESC LIMIT 1)").fetchall()
        problems += [f"{table} {record_id}: последняя запись change_log не та ревизия" for (record_id,) in stale]
    logged_texts = {text for (text,) in connection.execute(
        "SELECT json_extract(data, '$.actual_result') FROM change_log WHERE entity = 'progress'")}
    files = {sha for (sha,) in connection.execute("SELECT sha256 FROM attachment")}
    last_text: dict[str, str] = {}
    for run in runs:
        with_file, with_text = run.sha256 in files, run.actual in logged_texts
        if with_file != with_text:
            problems.append(f"прогон {run.index}: файл {'есть' if with_file else 'нет'}, текст {'есть' if with_text else 'нет'} — транзакция не целая")
        if with_file and with_text:
            last_text[run.number] = run.actual
    if shown is not None:
        actual = {item["number"]: item["actual"] for item in shown["schools"][0]["items"]}
        for number, text in last_text.items():
            if actual.get(number) != text:
                problems.append(f"мероприятие {number}: показано «{actual.get(number)}», ожидалось «{text}»")
    return Check("change_log согласован, транзакции целые", problems)


def report(experiment: Experiment, checks: list[Check], figures: dict) -> None:
    runs = experiment.runs[TIMING_RUNS:]
    killed = [r for r in runs if r.killed]
    delays = [r.delay for r in killed]
    connection = connect(experiment.profile / DB_FILE)
    try:
        committed = {sha for (sha,) in connection.execute("SELECT sha256 FROM attachment")}
    finally:
        connection.close()
    phases = Counter(experiment.phase(r, committed) for r in killed)
    rows = [
        ("Прогонов", len(runs)),
        ("  убито SIGKILL", len(killed)),
        ("  завершились сами", sum(r.returncode == 0 for r in runs)),
        ("  завершились с ошибкой", sum(not r.killed and r.returncode != 0 for r in runs)),
        ("Длительность прогона (замер)", f"{figures['duration']:.2f} с, файл {experiment.max_bytes // MB} МБ"),
        *timeline_rows(figures["timeline"]),
        ("Окно убийства", f"0–{figures['window']:.2f} с"),
        ("  прицел (половина задержек)", "—" if figures["focus"] is None else "{:.2f}–{:.2f} с".format(*figures["focus"])),
        ("Моменты убийства", f"{min(delays):.3f}–{max(delays):.3f} с" if delays else "—"),
        ("Размеры файлов", f"{experiment.min_bytes // MB}–{experiment.max_bytes // MB} МБ"),
        ("Где застало убийство:", ""),
        *((f"  {phase}", phases[phase]) for phase in PHASES),
        ("Файлы-сироты в хранилище", figures["orphans"]),
        ("Временные .part до/после команды", f"{figures['parts_before']} / {figures['parts_after']}"),
        ("Время", f"{figures['elapsed']:.0f} с"),
        ("Зерно (--seed)", figures["seed"]),
    ]
    width = max(len(label) for label, _ in rows) + 2
    for label, value in rows:
        print(f"{label:<{width}}{value}")
    print("Проверки:")
    for number, check in enumerate(checks, 1):
        print(f"  {number}. [{'OK' if not check.problems else 'ОШИБКА'}] {check.title}")
        for problem in check.problems[:20]:
            print(f"       {problem}")


def timeline_rows(timed: list[tuple[float, dict[str, float]]]) -> list[tuple[str, str]]:
    def seen(key: str) -> str:
        values = [marks[key] for _, marks in timed if key in marks]
        return "/".join(f"{v:.3f}" for v in values) if values else "не замечено"

    return [("  появился .part", f"{seen('part')} с"), ("  файл на месте", f"{seen('stored')} с"),
            ("  запись в БД", f"{seen('committed')} с"),
            ("  конец процесса", "/".join(f"{seconds:.3f}" for seconds, _ in timed) + " с")]


def orphan_count(profile: Path, connection: sqlite3.Connection) -> int:
    known = {sha for (sha,) in connection.execute("SELECT sha256 FROM attachment")}
    return sum(path.name not in known for path in store_files(profile))


def focus_window(timings: list[dict[str, float]], duration: float) -> tuple[float, float] | None:
    """Where the timing runs were storing and committing, widened a little."""
    starts = [marks["part"] for marks in timings if "part" in marks]
    ends = [marks["committed"] for marks in timings if "committed" in marks]
    if not starts or not ends:
        return None
    margin = FOCUS_MARGIN * duration
    return max(0.0, min(starts) - margin), min(KILL_WINDOW * duration, max(ends) + margin)


def run_experiment(work: Path, runs: int, seed: int, min_mb: int, max_mb: int, uniform: bool) -> bool:
    started = time.perf_counter()
    experiment = Experiment(work, random.Random(seed), min_mb, max_mb)
    experiment.build()
    timed = [experiment.timed_run() for _ in range(TIMING_RUNS)]
    duration = statistics.median(seconds for seconds, _ in timed)
    window = KILL_WINDOW * duration
    focus = None if uniform else focus_window([marks for _, marks in timed], duration)
    for _ in range(runs):
        experiment.killed_run(window, focus)
    db = experiment.profile / DB_FILE
    checks = [check_quick(db)]
    parts_before = len(temp_files(experiment.profile))
    ordinary, shown = check_ordinary_command(experiment)
    checks.append(ordinary)
    connection = connect(db)
    try:
        checks.append(check_store(experiment.profile, connection))
        checks.append(check_completed(experiment.runs, connection, shown))
        checks.append(check_change_log(experiment.runs, connection, shown))
        orphans = orphan_count(experiment.profile, connection)
    finally:
        connection.close()
    figures = {"duration": duration, "window": window, "focus": focus, "timeline": timed,
               "orphans": orphans, "parts_before": parts_before,
               "parts_after": len(temp_files(experiment.profile)), "elapsed": time.perf_counter() - started,
               "seed": seed}
    report(experiment, checks, figures)
    return all(not check.problems for check in checks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Убивает `progress set --attach` в случайные моменты и проверяет профиль.")
    parser.add_argument("--runs", type=int, default=100, help="сколько раз запустить и убить команду")
    parser.add_argument("--seed", type=int, default=None, help="зерно случайных размеров, задержек и мероприятий")
    parser.add_argument("--keep", type=Path, default=None, help="работать в этой (новой или пустой) папке и оставить её")
    parser.add_argument("--min-mb", type=int, default=4, help="наименьший размер вложения, МБ")
    parser.add_argument("--max-mb", type=int, default=16, help="наибольший размер вложения, МБ")
    parser.add_argument("--uniform", action="store_true", help="все задержки равномерно во всём окне, без прицела")
    args = parser.parse_args(argv)
    if not 1 <= args.min_mb <= args.max_mb:
        parser.error("нужно 1 ≤ --min-mb ≤ --max-mb")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 32)
    if args.keep is not None:
        if args.keep.exists() and any(args.keep.iterdir()):
            parser.error(f"папка {args.keep} не пуста")
        args.keep.mkdir(parents=True, exist_ok=True)
        work = args.keep.resolve()
    else:
        work = Path(tempfile.mkdtemp(prefix="orientir-kill-attach-"))
    ok = run_experiment(work, args.runs, seed, args.min_mb, args.max_mb, args.uniform)
    if args.keep is None and ok:
        shutil.rmtree(work)
    else:
        print(f"Папка с профилем оставлена: {work / 'profile'}")
    print("Итог: всё в порядке" if ok else "Итог: есть ошибки")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
