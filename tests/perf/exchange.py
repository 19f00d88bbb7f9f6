"""Benchmark (not a test): a department importing the bundles of 300 schools.

    .venv/bin/python tests/perf/exchange.py [--schools 300] [--activities 150] [--keep DIR] [--profile]

Builds, in-process through the services, a department with a roadmap of 150 activities and 300
enrolled schools; each school (its own profile and key, made from its enrollment file, in two worker
processes) reports on every activity with a link as evidence, attaches three files of ~100 KB of
random bytes (so they do not compress) and exports its first bundle. The setup is timed but not
counted. Then, in a child process, `orientir import` of the 300 files into the department: its time
and its peak memory (VmHWM of that process). Beside it, the floor measured in the same run on the
same machine: reading and sha256 of the same 300 files, plus a raw sqlite3 executemany of as many
rows as the bundles carry records into a similar table. Targets: within 2× of the floor, peak memory
≤ 300 MB. Last, the size of a school's incremental bundle after one edit with no new file, once the
department's receipt has reached it (target ≤ 20 KB).

Two more lines explain the ratio: the floor with a durable commit per bundle and the files written with
fsync (what crash safety costs), and the same records written raw into the department's own tables
(their indexes, foreign keys and a change-log row each, a commit per bundle, the import's pragmas: what
the schema costs). `--profile` runs the measured import under cProfile and prints where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import multiprocessing
import os
import pstats
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.perf.table import Row, exit_code, print_table  # noqa: E402

SECTIONS = 10
FILES_PER_SCHOOL = 3
FILE_BYTES = 100_000
TARGET_RATIO, TARGET_MB, TARGET_INCREMENTAL = 2.0, 300, 20 * 1024


def make_department(root: Path, schools: int, activities: int, enrollments: Path) -> list[Path]:
    from app.roadmaps import ActivityFields, add_activity, add_section, create_roadmap
    from app.schools import add_school, create_department

    store = create_department(root, "Управление образования Тестового района")
    try:
        with store.writing() as session:
            roadmap = create_roadmap(session, store.info, "Дорожная карта на 2024-2025 учебный год",
                                     period=(date(2024, 9, 1), date(2025, 8, 31)))
            per_section = -(-activities // SECTIONS)
            for number in range(activities):
                if number % per_section == 0:
                    section = add_section(session, roadmap, f"{number // per_section + 1}. Направление работы",
                                          number=str(number // per_section + 1))
                add_activity(session, roadmap, ActivityFields(
                    f"{number // per_section + 1}.{number % per_section + 1}",
                    f"Мероприятие {number + 1}: семинар для педагогов по формированию функциональной грамотности",
                    deadline_text="в течение учебного года", responsible="заместитель директора по УВР"), section)
        return [add_school(store, f"МКОУ СОШ №{n + 1}", enrollments / f"school-{n + 1}.orientir-enroll")[1]
                for n in range(schools)]
    finally:
        store.close()


def make_school(job: tuple[Path, Path, Path, Path, int]) -> tuple[Path, int]:
    """One school: its profile from its enrollment file, the department's bundle, a report on every
    activity with a link, three attached files, and its first bundle. Returns the bundle and its records."""
    from app.exchange.exporting import export_bundle
    from app.exchange.importing import import_bundles
    from app.profile import open_profile
    from app.progress import ProgressChange, progress_id, set_progress
    from app.roadmaps import live_activities, visible_roadmaps
    from app.schools import create_school
    from app.timeutil import now
    from db.models import Evidence, Progress

    root, enrollment, department_bundle, out, seed = job
    rng = random.Random(seed)
    create_school(root, enrollment).close()
    store = open_profile(root)
    try:
        assert import_bundles(store, [department_bundle])[0].result == "accepted"
        info = store.info
        # One transaction for the 150 reports (the change log is written as for any edit).
        with store.writing() as session:
            activities = [a for r in visible_roadmaps(session, info) for a in live_activities(session, r.id)]
            for activity in activities:
                record = Progress(id=progress_id(activity.id, info.party_id), activity_id=activity.id, **info.owner,
                                  status=rng.choice(["in_progress", "done", "not_done"]),
                                  actual_result=f"Проведено: {activity.title.lower()}; участников {rng.randint(5, 40)}",
                                  updated_at=now(), updated_by=info.name)
                session.add(record)
                session.add(Evidence(progress=record, kind="link", title=f"https://school.example.ru/{activity.number}",
                                     url=f"https://school.example.ru/{activity.number}", position=1, created_at=now(),
                                     **info.owner))
        sources = root.parent / f"{root.name}-sources"
        sources.mkdir()
        for index in range(FILES_PER_SCHOOL):
            source = sources / f"протокол-{index + 1}.pdf"
            source.write_bytes(rng.randbytes(FILE_BYTES))
            set_progress(store, ProgressChange(number=activities[index].number, attach=[source]))
        shutil.rmtree(sources)
        result = export_bundle(store, out)
        return result.paths[0], result.records
    finally:
        store.close()


def peak_mb() -> float | None:
    """This process's own peak memory (VmHWM): unlike ru_maxrss it does not carry the parent's peak across fork
    and exec (under bench.py the parent holds a window and the big department). None where there is no /proc."""
    status = Path("/proc/self/status")
    found = re.search(r"VmHWM:\s+(\d+) kB", status.read_text()) if status.is_file() else None
    return int(found.group(1)) / 1024 if found else None


def child_import(department: Path, listing: Path, profile: Path | None = None) -> None:
    """Run in a fresh process: `orientir import` of the listed files; prints seconds and peak RSS."""
    from app.cli.main import main

    files = listing.read_text(encoding="utf-8").split("\n")
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    code = main(["--data-dir", str(department), "import", *files])
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    seconds = time.perf_counter() - started
    print(json.dumps({"code": code, "seconds": seconds, "peak_mb": peak_mb()}))


def _table(folder: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(folder / f"floor-{time.monotonic_ns()}.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE record (id TEXT PRIMARY KEY, entity TEXT, revision INTEGER, deleted INTEGER, "
                       "owner_kind TEXT, owner_school_id TEXT, data TEXT)")
    return connection


def _hash_all(files: list[Path]) -> None:
    for path in files:
        with path.open("rb") as handle:
            hashlib.file_digest(handle, "sha256")


def floor(files: list[Path], rows: list[list[tuple]], folder: Path) -> tuple[float, float]:
    """Reading and hashing the same files; a raw executemany of as many rows into a similar table."""
    started = time.perf_counter()
    _hash_all(files)
    reading = time.perf_counter() - started
    connection = _table(folder)
    started = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO record VALUES (?, ?, ?, ?, ?, ?, ?)", [row for group in rows for row in group])
    connection.execute("COMMIT")
    writing = time.perf_counter() - started
    connection.close()
    return reading, writing


def durable_floor(files: list[Path], rows: list[list[tuple]], members: list[list[bytes]], folder: Path) -> float:
    """For comparison only: the same, but one durable commit per bundle (WAL, synchronous=FULL) and each
    carried file written, fsynced and renamed into a folder that is fsynced — what crash safety costs."""
    store = folder / f"store-{time.monotonic_ns()}"
    store.mkdir()
    connection = _table(folder)
    started = time.perf_counter()
    _hash_all(files)
    for group, carried in zip(rows, members):
        for data in carried:
            name = hashlib.sha256(data).hexdigest()
            temporary = store / f"{name}.part"
            with temporary.open("wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            temporary.rename(store / name)
            directory = os.open(store, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO record VALUES (?, ?, ?, ?, ?, ?, ?)", group)
        connection.execute("COMMIT")
    seconds = time.perf_counter() - started
    connection.close()
    shutil.rmtree(store)
    return seconds


def contents(files: list[Path]) -> tuple[list[list[tuple]], list[list[bytes]]]:
    """Per bundle: the records it carries, as rows of the floor's table, and the files it carries."""
    import zipfile

    rows, members = [], []
    for path in files:
        with zipfile.ZipFile(path) as archive:
            rows.append([(f"{path.name}/{entry['entity']}/{entry['id']}", entry["entity"], entry["revision"],
                          int(entry["deleted"]), entry["data"].get("owner_kind"), entry["data"].get("owner_school_id"),
                          json.dumps(entry["data"], ensure_ascii=False))
                         for entry in json.loads(archive.read("records.json"))])
            members.append([archive.read(name) for name in archive.namelist() if name.startswith("files/")])
    return rows, members


def schema_floor(department: Path, files: list[Path]) -> float:
    """The bundles' records written raw (executemany) into a copy of the department's own tables, with a
    change-log row each, a durable commit per bundle and the import's pragmas; rows made beforehand."""
    import zipfile

    from app.exchange.importing import IMPORT_PRAGMAS

    connection = sqlite3.connect(department / "orientir.sqlite3", isolation_level=None)
    for pragma in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", *IMPORT_PRAGMAS):
        connection.execute(pragma)
    tables = ("attachment", "progress", "evidence", "change_log")
    columns = {t: [c[1] for c in connection.execute(f"PRAGMA table_info({t})") if c[1] != "seq"] for t in tables}
    sql = {t: f"INSERT INTO {t} ({', '.join(columns[t])}) VALUES ({', '.join('?' * len(columns[t]))})" for t in tables}
    stamp = "2024-05-12T10:00:00+00:00"
    batches = []
    for path in files:
        with zipfile.ZipFile(path) as archive:
            sender = json.loads(archive.read("manifest.json"))["sender"]["id"]
            rows: dict[str, list[tuple]] = {t: [] for t in tables}
            for entry in json.loads(archive.read("records.json")):
                record = {**entry["data"], "id": entry["id"], "revision": entry["revision"], "deleted": entry["deleted"],
                          "sha256": entry["id"], "stored_at": stamp}
                rows[entry["entity"]].append(tuple(json.dumps(v) if isinstance(v, (dict, list)) else v
                                                   for v in (record[c] for c in columns[entry["entity"]])))
                if entry["entity"] != "attachment":
                    rows["change_log"].append((entry["entity"], entry["id"], entry["revision"], "insert",
                                               record["owner_kind"], record["owner_school_id"], sender, stamp, "",
                                               json.dumps(record, ensure_ascii=False)))
        batches.append(rows)
    started = time.perf_counter()
    for rows in batches:
        connection.execute("BEGIN IMMEDIATE")
        for table in tables:
            connection.executemany(sql[table], rows[table])
        connection.execute("COMMIT")
    seconds = time.perf_counter() - started
    connection.close()
    return seconds


def incremental_size(department: Path, school: Path, folder: Path) -> int:
    """A school's bundle after the department's receipt and one edit with no new file."""
    from tests.exchange_helpers import export, load, record_progress

    receipt = export(department, folder / "receipts.orientir").paths[0]
    assert load(school, receipt)[0].result == "accepted"
    record_progress(school, "1.1", status="done", actual="Проведён итоговый семинар, протокол №7")
    return export(school, folder / "incremental.orientir").size


def measure(work: Path, schools: int, activities: int, profile: bool = False) -> list[Row]:
    """Everything above in the empty folder `work`: the setup (not counted), then the measured import and its floors."""
    from app.exchange.exporting import export_bundle
    from app.profile import open_profile

    started = time.perf_counter()
    enrollments = work / "enrollments"
    enrollments.mkdir()
    outbox = work / "outbox"
    outbox.mkdir()
    department = work / "department"
    enrollment_files = make_department(department, schools, activities, enrollments)
    store = open_profile(department)
    try:
        department_bundle = export_bundle(store, work / "department.orientir").paths[0]
    finally:
        store.close()
    made_department = time.perf_counter() - started
    jobs = [(work / "schools" / f"school-{n + 1}", enrollment_files[n], department_bundle,
             outbox / f"school-{n + 1:03d}.orientir", n) for n in range(schools)]
    (work / "schools").mkdir()
    with multiprocessing.get_context("spawn").Pool(max(1, min(4, os.cpu_count() or 1))) as pool:
        made = pool.map(make_school, jobs, chunksize=4)
    setup = time.perf_counter() - started
    files = [path for path, _ in made]
    records = sum(count for _, count in made)
    total_bytes = sum(path.stat().st_size for path in files)

    listing = work / "files.txt"
    listing.write_text("\n".join(map(str, files)), encoding="utf-8")
    measured = work / "measured"
    shutil.copytree(department, measured)
    stats = work / "import.prof"
    completed = subprocess.run([sys.executable, __file__, "--child-import", str(measured), str(listing),
                                *([str(stats)] if profile else [])], cwd=ROOT,
                               capture_output=True, text=True, encoding="utf-8", timeout=3600)
    if completed.returncode != 0:
        raise RuntimeError(f"the measured import failed:\n{completed.stdout}{completed.stderr[-3000:]}")
    child = json.loads(completed.stdout.strip().splitlines()[-1])
    if profile:
        for order in ("tottime", "cumulative"):
            pstats.Stats(str(stats)).sort_stats(order).print_stats(25)

    rows, members = contents(files)
    reading, writing = min((floor(files, rows, work) for _ in range(3)), key=sum)
    base = reading + writing
    ratio = child["seconds"] / base
    durable = durable_floor(files, rows, members, work)
    shutil.copytree(department, work / "schema-floor")
    schema = schema_floor(work / "schema-floor", files)
    increment = incremental_size(measured, jobs[0][0], work)

    print(f"setup: department and {schools} enrollments {made_department:.1f} s; schools and bundles {setup - made_department:.1f} s "
          f"(not counted)")
    print(f"{schools} school bundles: {total_bytes / 2**20:.1f} MB, {records} records, {schools * FILES_PER_SCHOOL} files "
          f"of {FILE_BYTES // 1000} KB; exit code {child['code']}")
    print(f"floor: read + sha256 of the same files {reading:.2f} s + sqlite3 executemany of {sum(map(len, rows))} rows "
          f"{writing:.2f} s = {base:.2f} s")
    imported = child["code"] == 0
    refused = "" if imported else f"exit code {child['code']}"
    name = f"department import of {schools} school bundles"
    return [
        Row("exchange", name, child["seconds"], "s", "read + sha256 of the same files + sqlite3 executemany", base,
            f"≤ {TARGET_RATIO:.0f}×", imported and ratio <= TARGET_RATIO,
            refused or f"{total_bytes / 2**20:.1f} MB, {records} records"),
        Row("exchange", "import peak memory", child["peak_mb"], "MB", target=f"≤ {TARGET_MB} MB",
            met=None if child["peak_mb"] is None else imported and child["peak_mb"] <= TARGET_MB,
            note="VmHWM of the importing process" if child["peak_mb"] is not None else "not measured: no /proc"),
        Row("exchange", f"{name}: vs durable floor", child["seconds"], "s",
            f"the floor with a durable commit per bundle and the {sum(map(len, members))} carried files fsynced", durable),
        Row("exchange", f"{name}: vs schema floor", child["seconds"], "s",
            "the same records raw into the department's own tables, a durable commit per bundle", schema),
        Row("exchange", "incremental school bundle, one edit, no new file", increment / 1024, "KB",
            target=f"≤ {TARGET_INCREMENTAL // 1024} KB", met=increment <= TARGET_INCREMENTAL),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=300)
    parser.add_argument("--activities", type=int, default=150)
    parser.add_argument("--keep", type=Path, default=None, help="work in this new or empty folder and leave it")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the measured import")
    parser.add_argument("--child-import", nargs="+", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_import:
        child_import(*args.child_import)
        return 0
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        work = args.keep.resolve()
    else:
        work = Path(tempfile.mkdtemp(prefix="orientir-perf-exchange-"))
    try:
        rows = measure(work, args.schools, args.activities, args.profile)
        print_table(rows)
        return exit_code(rows)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
