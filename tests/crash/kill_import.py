"""Kill `import` of fifty bundles at random moments and check that the department's profile stays whole.

    python tests/crash/kill_import.py [--runs 200] [--seed N] [--keep DIR] [--schools 10] [--rounds 5]

A department's computer can be switched off while a pile of school bundles is being imported. This
script builds, once and in-process, a department with ten enrolled schools and fifty school bundles
(each school reports, attaches a file of random bytes and exports five times), put in one shuffled
order so that a school's later bundle often comes before its earlier one. It times two uninterrupted

    python -m app --data-dir P import FILE1 … FILE50

runs on fresh copies of the department (the first is the reference state), then N times: copies the
department afresh, starts that command, and kills it with SIGKILL after a random time in
[0, 1.2 × that duration] if it is still running (half the delays fall after the moment the timing runs
saw the import's backup in place, since starting Python takes a good part of a run). Right after each kill it checks, and exits 1 if any
check fails:
  1. `PRAGMA integrity_check` on the database is ok (opened with sqlite3 directly);
and after importing the same fifty files again (in-process, as the next `import` would):
  2. every file is accepted or «уже загружен», none refused;
  3. the database equals the reference state: every replicated table, the attachment list, the ledger
     of bundles and peers, and the change log's order of (entity, record, revision, operation, origin);
     only the moments of import bookkeeping are left out (received/applied/stored/accepted times, the
     stamp of a key pin, and how many times a receipt was re-stamped);
  4. every attachment row has its file in the store with that sha256, no staged member or temporary
     file is left, no bundle waits aside, and each record's last change-log entry carries its revision.

Where the kill landed is counted from the ledger: before the first bundle was applied, in the middle
(some applied), or after all were (while finishing). Runs from the repository root with
`sys.executable`, so `python -m app` is this checkout. The seed fixes the data, the order and the
delays, not the timing of the machine. Messages are Russian because people read them.
"""

from __future__ import annotations

import argparse
import hashlib
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
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DB_FILE = "orientir.sqlite3"
KILL_WINDOW = 1.2
POLL = 0.002
# Starting Python takes a good part of a run; half the delays fall after the import's backup instead,
# where bundles are being read and applied.
FOCUSED_SHARE = 0.5
COMMAND_TIMEOUT = 600
# Moments of import bookkeeping: they differ from one run to the next by design.
MOMENTS = {
    "bundle_in": {"received_at", "applied_at"},
    "attachment": {"stored_at"},
    # A receipt is rewritten with the moment of every import; when that moment falls in the same second as
    # the last, nothing changes and its revision stays: how often it was raised depends on the clock.
    "receipt": {"accepted_at", "revision"},
    "school": {"updated_at"},  # stamped when a bundle pins the school's key
    "change_log": {"seq", "changed_at", "changed_by", "data"},
    "peer_state": {"updated_at"},
}
# Local to each profile copy or rewritten by every command: not part of what an import brings.
SKIPPED_TABLES = {"alembic_version", "setting", "sqlite_sequence"}

BEFORE = "до первого применённого пакета (запуск, проверки, резервная копия)"
MIDDLE = "посреди загрузки (часть пакетов применена)"
AFTER = "после применения всех пакетов (завершение)"
PHASES = (BEFORE, MIDDLE, AFTER)


@dataclass
class Run:
    index: int
    delay: float
    returncode: int | None = None
    applied: int = 0  # bundles the killed process had committed
    staged_left: int = 0  # staged members it left behind (it was reading a bundle)
    problems: list[str] = field(default_factory=list)

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL


def app_command(profile: Path, *args: str | Path) -> list[str]:
    return [sys.executable, "-m", "app", "--data-dir", str(profile), *map(str, args)]


def connect(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=rw", uri=True, timeout=15)


def sha256_of(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def build(work: Path, rng: random.Random, schools: int, rounds: int) -> tuple[Path, list[Path]]:
    """The department before any school bundle arrived, and the school bundles in their import order."""
    from tests.exchange_helpers import export, make_district, record_progress

    names = [f"МКОУ СОШ №{i + 1}" for i in range(schools)]
    district = make_district(work / "build", names)
    bundles = work / "bundles"
    bundles.mkdir()
    sources = work / "sources"
    sources.mkdir()
    files = []
    for round_number in range(1, rounds + 1):
        for index, name in enumerate(names):
            source = sources / f"акт-{index + 1}-{round_number}.pdf"
            source.write_bytes(rng.randbytes(rng.randint(20_000, 200_000)))
            record_progress(district.schools[name], rng.choice(["1.1", "1.3"]),
                            status=rng.choice(["in_progress", "done", "not_done"]),
                            actual=f"Отчёт {round_number}: {rng.randbytes(4).hex()}", attach=[source])
            out = bundles / f"школа-{index + 1:02d}-пакет-{round_number}.orientir"
            files += export(district.schools[name], out, full=rng.random() < 0.1).paths
    rng.shuffle(files)
    return district.department, files


def fresh_copy(template: Path, target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(template, target)
    return target


def integrity(db: Path) -> list[str]:
    connection = connect(db)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()
    return [] if rows == [("ok",)] else [f"integrity_check: {rows[:5]!r}"]


def applied_count(db: Path) -> int:
    connection = connect(db)
    try:
        return connection.execute("SELECT count(*) FROM bundle_in WHERE status = 'accepted'").fetchone()[0]
    finally:
        connection.close()


def staged(profile: Path) -> list[Path]:
    folder = profile / "exchange" / "staging"
    return sorted(p for p in folder.iterdir() if p.suffix != ".lease") if folder.is_dir() else []


def canonical(db: Path) -> dict[str, list[tuple]]:
    """Every table but the local ones, without the moments of import bookkeeping, in a stable order."""
    connection = connect(db)
    try:
        tables = [t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                  if t not in SKIPPED_TABLES]
        dump = {}
        for table in tables:
            columns = [c[1] for c in connection.execute(f'PRAGMA table_info("{table}")')]
            kept = [c for c in columns if c not in MOMENTS.get(table, set())]
            order = "seq" if table == "change_log" else ", ".join(kept)
            where = "WHERE entity != 'receipt'" if table == "change_log" else ""
            dump[table] = connection.execute(f'SELECT {", ".join(kept)} FROM "{table}" {where} ORDER BY {order}').fetchall()
        return dump
    finally:
        connection.close()


def differences(reference: dict[str, list[tuple]], found: dict[str, list[tuple]]) -> list[str]:
    problems = []
    for table in sorted(reference.keys() | found.keys()):
        want, got = reference.get(table, []), found.get(table, [])
        if want != got:
            missing = [row for row in want if row not in got][:2]
            extra = [row for row in got if row not in want][:2]
            problems.append(f"таблица {table}: строк {len(got)} вместо {len(want)}; нет {missing}; лишние {extra}")
    return problems


def store_problems(profile: Path) -> list[str]:
    problems = []
    connection = connect(profile / DB_FILE)
    try:
        rows = connection.execute("SELECT sha256, coalesce(stored_sha256, sha256) FROM attachment").fetchall()
        latest = connection.execute(
            "SELECT entity, record_id, revision FROM change_log c WHERE c.seq = (SELECT max(seq) FROM change_log d "
            "WHERE d.entity = c.entity AND d.record_id = c.record_id)").fetchall()
        for entity, record_id, revision in latest:
            found = connection.execute(f'SELECT revision FROM "{entity}" WHERE id = ?', (record_id,)).fetchone()  # noqa: S608
            if found is None or found[0] != revision:
                problems.append(f"{entity} {record_id}: последняя запись change_log — ревизия {revision}, в таблице {found}")
    finally:
        connection.close()
    for sha, content in rows:
        path = profile / "attachments" / content[:2] / content
        if not path.is_file():
            problems.append(f"нет файла вложения {sha}")
        elif sha256_of(path) != content:
            problems.append(f"файл вложения {sha}: чужое содержимое")
    leftovers = staged(profile) + sorted((profile / "exchange" / "waiting").glob("*")) + sorted(
        (profile / "attachments" / "tmp").glob("*.part"))
    problems += [f"остался файл {path.relative_to(profile)}" for path in leftovers]
    return problems


def reimport(profile: Path, files: list[Path]) -> list[str]:
    from app.exchange.importing import import_bundles
    from app.profile import open_profile

    store = open_profile(profile)
    try:
        outcomes = import_bundles(store, files)
    finally:
        store.close()
    return [f"{o.path.name}: {o.result} {o.reason}" for o in outcomes if o.result not in ("accepted", "duplicate")]


def timed_import(profile: Path, files: list[Path]) -> tuple[float, float | None]:
    """An uninterrupted import: its duration, and when (seen from outside) its backup was in place,
    just before the first change to the database."""
    backups = profile / "backups"
    before = set(backups.iterdir()) if backups.is_dir() else set()
    started = time.perf_counter()
    backed_up = None
    process = subprocess.Popen(app_command(profile, "import", *files), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8")
    while process.poll() is None:
        if backed_up is None and backups.is_dir() and any(p.suffix == ".sqlite3" for p in set(backups.iterdir()) - before):
            backed_up = time.perf_counter() - started
        time.sleep(POLL)
    duration = time.perf_counter() - started
    _, errors = process.communicate(timeout=COMMAND_TIMEOUT)
    if process.returncode != 0:
        raise SystemExit(f"Загрузка без помех не удалась (код {process.returncode}):\n{errors[-2000:]}")
    return duration, backed_up


def killed_run(run: Run, template: Path, target: Path, files: list[Path], reference: dict) -> None:
    profile = fresh_copy(template, target)
    process = subprocess.Popen(app_command(profile, "import", *files), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=run.delay)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=COMMAND_TIMEOUT)
    run.returncode = process.returncode
    db = profile / DB_FILE
    run.problems += integrity(db)
    run.staged_left = len(staged(profile))
    if run.problems:
        return
    run.applied = applied_count(db)
    if not run.killed and run.returncode != 0:
        run.problems.append(f"команда завершилась с кодом {run.returncode}")
    run.problems += [f"повторная загрузка: {line}" for line in reimport(profile, files)]
    run.problems += differences(reference, canonical(db))
    run.problems += store_problems(profile)


def phase(run: Run, total: int) -> str:
    return BEFORE if run.applied == 0 else AFTER if run.applied == total else MIDDLE


def run_experiment(work: Path, runs: int, seed: int, schools: int, rounds: int) -> bool:
    started = time.perf_counter()
    rng = random.Random(seed)
    template, files = build(work, rng, schools, rounds)
    built = time.perf_counter() - started
    reference_profile = fresh_copy(template, work / "reference")
    timings = [timed_import(reference_profile, files)]
    reference = canonical(reference_profile / DB_FILE)
    setup_problems = store_problems(reference_profile)
    second = fresh_copy(template, work / "second")
    timings.append(timed_import(second, files))
    durations = [seconds for seconds, _ in timings]
    setup_problems += [f"две загрузки без помех разошлись: {p}" for p in differences(reference, canonical(second / DB_FILE))]
    if applied_count(reference_profile / DB_FILE) != len(files):
        setup_problems.append(f"без помех применено {applied_count(reference_profile / DB_FILE)} пакетов из {len(files)}")
    duration = statistics.median(durations)
    window = KILL_WINDOW * duration
    marks = [mark for _, mark in timings if mark is not None]
    focus = (min(marks), duration) if marks else None
    results = []
    for index in range(1, runs + 1):
        aimed = focus is not None and rng.random() < FOCUSED_SHARE
        run = Run(index, rng.uniform(*focus) if aimed else rng.uniform(0, window))
        killed_run(run, template, work / "run", files, reference)
        results.append(run)
    killed = [r for r in results if r.killed]
    phases = Counter(phase(r, len(files)) for r in killed)
    failed = [r for r in results if r.problems]
    rows = [
        ("Школ × пакетов", f"{schools} × {rounds} = {len(files)} файлов, {sum(f.stat().st_size for f in files) // 1024} КБ"),
        ("Подготовка", f"{built:.1f} с"),
        ("Загрузка без помех (замер)", " / ".join(f"{d:.2f}" for d in durations) + " с"),
        ("Окно убийства", f"0–{window:.2f} с"),
        ("  прицел (половина задержек)", "—" if focus is None else "{:.2f}–{:.2f} с (после резервной копии)".format(*focus)),
        ("Прогонов", len(results)),
        ("  убито SIGKILL", len(killed)),
        ("  завершились сами", sum(r.returncode == 0 for r in results)),
        ("Где застало убийство:", ""),
        *((f"  {name}", phases[name]) for name in PHASES),
        ("  при этом читался пакет (staging)", sum(r.staged_left > 0 for r in killed)),
        ("Время", f"{time.perf_counter() - started:.0f} с"),
        ("Зерно (--seed)", seed),
    ]
    width = max(len(label) for label, _ in rows) + 2
    for label, value in rows:
        print(f"{label:<{width}}{value}")
    checks = [
        ("эталон: две загрузки без помех дают одно и то же, вложения целы", setup_problems),
        ("после каждого убийства integrity_check = ok", [f"прогон {r.index}: {p}" for r in results for p in r.problems
                                                         if p.startswith("integrity_check")]),
        ("повторная загрузка сходится к эталону, ничего не отклонено и не оставлено",
         [f"прогон {r.index}: {p}" for r in failed for p in r.problems if not p.startswith("integrity_check")]),
    ]
    print("Проверки:")
    for number, (title, problems) in enumerate(checks, 1):
        print(f"  {number}. [{'OK' if not problems else 'ОШИБКА'}] {title}")
        for problem in problems[:20]:
            print(f"       {problem}")
    return not any(problems for _title, problems in checks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Убивает `import` пятидесяти пакетов в случайные моменты и проверяет профиль отдела.")
    parser.add_argument("--runs", type=int, default=200, help="сколько раз запустить и убить загрузку")
    parser.add_argument("--seed", type=int, default=None, help="зерно данных, порядка файлов и задержек")
    parser.add_argument("--keep", type=Path, default=None, help="работать в этой (новой или пустой) папке и оставить её")
    parser.add_argument("--schools", type=int, default=10, help="сколько школ")
    parser.add_argument("--rounds", type=int, default=5, help="сколько пакетов выгружает каждая школа")
    args = parser.parse_args(argv)
    if args.runs < 0 or args.schools < 1 or args.rounds < 1:
        parser.error("нужно --runs ≥ 0, --schools ≥ 1, --rounds ≥ 1")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 32)
    if args.keep is not None:
        if args.keep.exists() and any(args.keep.iterdir()):
            parser.error(f"папка {args.keep} не пуста")
        args.keep.mkdir(parents=True, exist_ok=True)
        work = args.keep.resolve()
    else:
        work = Path(tempfile.mkdtemp(prefix="orientir-kill-import-"))
    ok = run_experiment(work, args.runs, seed, args.schools, args.rounds)
    if args.keep is None and ok:
        shutil.rmtree(work)
    else:
        print(f"Папка оставлена: {work}")
    print("Итог: OK — всё в порядке" if ok else "Итог: FAIL — есть ошибки")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
