"""A big department profile for benchmarks: 300 schools × 150 activities of reports, built in seconds.

    .venv/bin/python tests/perf/big_department.py --out DIR [--schools 300] [--activities 150] [--seed 1]

`build_big_department(root)` makes a valid department profile (the schema through `init_profile`), then
writes every row in bulk with SQLAlchemy Core executemany: the schools, a roadmap of `activities`
activities in ten sections (every tenth one the department's own), every school's report on every
activity, evidence (documents and links) on a good share, the curators' verdicts, five indicators with
two monitorings of values, the bundles the reports came in. Each replicated row gets its change-log row
as db.changelog writes it (every column, JSON-ready; the school as origin for the school's records), and
a fifth of the reports have an earlier version logged at the first monitoring, so reports as of a date
and «что изменилось» work on it. Building through the services would take minutes; this takes seconds.

A finished folder carries a stamp with its parameters and is reused as it is.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import Table  # noqa: E402

from app.profile import has_profile, init_profile  # noqa: E402
from app.progress import progress_id  # noqa: E402
from app.reviews import review_id  # noqa: E402
from db.base import Base, derived_id  # noqa: E402
from db.changelog import ORIGIN_LOCAL  # noqa: E402

STAMP = ".big-department.json"
DEPARTMENT_ID = "7d6c2b1a-0000-4000-8000-000000000001"
DEPARTMENT_NAME = "Управление образования администрации Тестового муниципального района"
PERIOD = (date(2025, 9, 1), date(2026, 8, 31))
FIRST_DUE, SECOND_DUE = date(2025, 12, 25), date(2026, 1, 25)
SECTIONS = 10
VILLAGES = ("Сосновская", "Кедровская", "Ольховская", "Заречненская", "Луговская", "Рябиновская", "Берёзовская",
            "Озёрная", "Полевская", "Красноярская", "Никольская", "Покровская", "Троицкая", "Успенская", "Михайловская",
            "Александровская", "Ивановская", "Петровская", "Знаменская", "Воскресенская", "Каменская", "Песчанская",
            "Черёмуховская", "Калиновская", "Вишнёвская", "Дубровская", "Липовская", "Осиновская", "Еловская",
            "Тополинская")
KINDS = (("средняя общеобразовательная школа", "СОШ"), ("основная общеобразовательная школа", "ООШ"))
TITLES = (
    "Пополнение фонда школьной библиотеки (увеличение книжного фонда, пополнение медиатеки)",
    "Дооснащение оборудованием кабинетов физики и химии",
    "Разработка программы перехода школы в эффективный режим работы",
    "Участие педагогов в семинарах, вебинарах, районных методических объединениях",
    "Повышение квалификации учителей математики и русского языка по выявленным дефицитам",
    "Посещение уроков кураторами, методическая помощь учителям",
    "Организация родительского просвещения: родительские собрания по вопросам качества образования",
    "Разработка индивидуальных образовательных маршрутов для слабоуспевающих обучающихся",
    "Анализ результатов ВПР, ОГЭ по русскому языку и математике",
    "Пробные экзамены в 9 классе по русскому языку и математике",
)
RESULTS = (
    "Проведено {n} мероприятий, приняли участие {m} педагогов; материалы размещены на сайте школы.",
    "Приобретено {m} экземпляров учебной и художественной литературы, составлен акт приёмки.",
    "Разработаны индивидуальные маршруты для {n} обучающихся, проведено {m} консультаций.",
    "Курсы повышения квалификации прошли {n} учителей, результаты обсуждены на методическом совете.",
)
STATUSES = ("done", "done", "done", "in_progress", "in_progress", "not_started", "not_done")
INDICATORS = ("Доля обучающихся, не преодолевших минимальный порог ВПР по математике",
              "Доля педагогов, прошедших курсы повышения квалификации по выявленным дефицитам",
              "Доля родителей, участвующих в родительских собраниях",
              "Доля выпускников 9 классов, получивших аттестат",
              "Доля обучающихся, охваченных внеурочной деятельностью")


def _moment(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


def _json_ready(value):
    return value.isoformat() if isinstance(value, (date, datetime)) else value


class Writer:
    """Bulk rows per table, completed with the model's defaults, and their change-log rows."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = {}
        self.log: list[dict] = []

    def add(self, entity: str, values: dict, moment: datetime, origin: str = ORIGIN_LOCAL,
            op: str = "insert", actor: str = DEPARTMENT_NAME, stored: bool = True) -> dict:
        """One record (`stored`: written to its table; otherwise only its earlier version is logged)."""
        table: Table = Base.metadata.tables[entity]
        row = {}
        for column in table.columns:
            if column.key in values:
                row[column.key] = values[column.key]
            elif column.default is not None:
                row[column.key] = column.default.arg(None) if callable(column.default.arg) else column.default.arg
            else:
                row[column.key] = None
        if stored:
            self.rows.setdefault(entity, []).append(row)
        if "revision" in row:
            self.log.append({"entity": entity, "record_id": row["id"], "revision": row["revision"], "op": op,
                             "owner_kind": row["owner_kind"], "owner_school_id": row["owner_school_id"],
                             "origin": origin, "changed_at": moment, "changed_by": actor,
                             "data": {key: _json_ready(value) for key, value in row.items()}})
        return row

    def write(self, connection) -> None:
        # Parents before children, as the foreign keys want them.
        for table in Base.metadata.sorted_tables:
            if table.name in self.rows:
                connection.execute(table.insert(), self.rows[table.name])
        # In time order, so the log reads as the history it records.
        self.log.sort(key=lambda row: row["changed_at"])
        connection.execute(Base.metadata.tables["change_log"].insert(), self.log)


def _schools(writer: Writer, count: int, created: datetime, rng: random.Random) -> list[dict]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.keys import public_key_text

    schools = []
    for index in range(count):
        village = VILLAGES[index % len(VILLAGES)]
        kind, short_kind = KINDS[(index // len(VILLAGES)) % 2]
        suffix = f" № {index // (2 * len(VILLAGES)) + 1}" if index >= 2 * len(VILLAGES) else ""
        schools.append(writer.add("school", {
            "id": derived_id("big department school", str(index)), "owner_kind": "department",
            "department_id": DEPARTMENT_ID, "name": f"МКОУ «{village} {kind}{suffix}»",
            "short_name": f"{village} {short_kind}{suffix}", "status": rng.choice(("shnor", "shnor", "risk_group")),
            "curator": f"Куратор {index % 12 + 1}, методист МКУ «ИМЦ»", "mentor_school": "МБОУ «Районная СОШ № 1»",
            "enrolled_at": created, "public_key": public_key_text(Ed25519PrivateKey.generate()), "updated_at": created,
        }, created))
    return schools


def _roadmap(writer: Writer, count: int, created: datetime) -> tuple[dict, list[dict], list[dict]]:
    roadmap = writer.add("roadmap", {
        "owner_kind": "department", "title": "Дорожная карта по поддержке школ с низкими образовательными результатами "
        "на 2025-2026 учебный год", "period_start": PERIOD[0], "period_end": PERIOD[1], "order_number": "112",
        "order_date": date(2025, 8, 28), "goal": "Повышение качества образования", "updated_at": created}, created)
    per_section = -(-count // SECTIONS)
    sections, activities = [], []
    for index in range(count):
        group, place = divmod(index, per_section)
        if place == 0:
            sections.append(writer.add("section", {
                "owner_kind": "department", "roadmap_id": roadmap["id"], "number": str(group + 1),
                "title": f"{group + 1}. {TITLES[group % len(TITLES)].split(',')[0]}: направление работы",
                "position": group + 1}, created))
        end = PERIOD[0] + timedelta(days=30 + (index * 7) % 330)
        activities.append(writer.add("activity", {
            "owner_kind": "department", "roadmap_id": roadmap["id"], "section_id": sections[-1]["id"],
            "number": f"{group + 1}.{place + 1}", "title": f"{TITLES[index % len(TITLES)]} (этап {index // len(TITLES) + 1})",
            "responsible": "директор школы, заместитель директора по УВР",
            "deadline_text": f"до {end.strftime('%d.%m.%Y')}", "windows": [[PERIOD[0].isoformat(), end.isoformat()]],
            "expected_result": "Мероприятие проведено, результаты обсуждены на педагогическом совете",
            "position": index + 1, "by_department": index % 10 == 9, "by_schools": True, "updated_at": created,
        }, created))
    return roadmap, sections, activities


def _reports(writer: Writer, schools: list[dict], activities: list[dict], rng: random.Random) -> None:
    first, second = _moment(FIRST_DUE - timedelta(days=3)), _moment(SECOND_DUE - timedelta(days=3))
    parties = [(None, DEPARTMENT_NAME)] + [(s["id"], s["name"]) for s in schools]
    for school_id, name in parties:
        origin = school_id or ORIGIN_LOCAL
        owner = {"owner_kind": "school" if school_id else "department", "owner_school_id": school_id}
        for activity in activities:
            if school_id is None and not activity["by_department"]:
                continue
            status = rng.choice(STATUSES)
            if status == "not_started" and rng.random() < 0.5:
                continue  # nothing reported: the activity shows as not started
            record_id = progress_id(activity["id"], school_id or DEPARTMENT_ID)
            actual = rng.choice(RESULTS).format(n=rng.randint(2, 12), m=rng.randint(5, 60)) if status != "not_started" else ""
            values = {"id": record_id, **owner, "activity_id": activity["id"], "status": status, "actual_result": actual,
                      "updated_by": "заместитель директора по УВР"}
            if rng.random() < 0.2:  # reported earlier as in progress, finished or changed since
                writer.add("progress", {**values, "status": "in_progress", "actual_result": "Работа начата.",
                                        "updated_at": first}, first, origin, actor=name, stored=False)
                writer.add("progress", {**values, "revision": 2, "updated_at": second}, second, origin, "update", name)
                moment = second
            else:
                moment = first if rng.random() < 0.6 else second
                writer.add("progress", {**values, "updated_at": moment}, moment, origin, actor=name)
            _evidence(writer, record_id, owner, status, moment, origin, name, rng)
            if school_id and status in ("done", "in_progress") and rng.random() < 0.1:
                writer.add("review", {"id": review_id(record_id), "owner_kind": "department", "progress_id": record_id,
                                      "school_id": school_id, "state": rng.choice(("accepted", "accepted", "rework")),
                                      "updated_at": moment, "updated_by": "Куратор"}, moment)


def _evidence(writer: Writer, record_id: str, owner: dict, status: str, moment: datetime, origin: str, name: str,
              rng: random.Random) -> None:
    position = 0
    if status == "done" or (status == "in_progress" and rng.random() < 0.4):
        position += 1
        number, day = rng.randint(1, 250), PERIOD[0] + timedelta(days=rng.randint(0, 100))
        title = f"Приказ от {day.strftime('%d.%m.%Y')} № {number} «О проведении мероприятий дорожной карты»"
        writer.add("evidence", {**owner, "progress_id": record_id, "kind": "document", "title": title,
                                "doc_type": "Приказ", "doc_number": str(number), "doc_date": day, "position": position,
                                "created_at": moment}, moment, origin, actor=name)
    if status == "done" and rng.random() < 0.5:
        position += 1
        url = f"https://school-{record_id[:8]}.example.ru/news/{rng.randint(100, 999)}"
        writer.add("evidence", {**owner, "progress_id": record_id, "kind": "link", "title": url, "url": url,
                                "position": position, "created_at": moment}, moment, origin, actor=name)


def _indicators(writer: Writer, roadmap: dict, schools: list[dict], created: datetime, rng: random.Random) -> None:
    rounds = [writer.add("monitoring_round", {"owner_kind": "department", "roadmap_id": roadmap["id"], "name": name,
                                              "starts_on": due.replace(day=1), "due_date": due, "updated_at": created},
                         created)
              for name, due in (("Мониторинг за декабрь 2025 года", FIRST_DUE), ("Мониторинг за январь 2026 года", SECOND_DUE))]
    for position, name in enumerate(INDICATORS, start=1):
        base = 10.0 * position
        indicator = writer.add("indicator", {
            "owner_kind": "department", "roadmap_id": roadmap["id"], "name": name, "indicator_type": "основной",
            "unit": "%", "base_value": base, "base_text": f"{base:g} %", "targets": {"2025": base + 5, "2026": base + 10},
            "position": position, "updated_at": created}, created)
        for school in schools:
            for step, round_ in enumerate(rounds):
                value = round(base + rng.uniform(-5, 8) + 2 * step, 1)
                moment = _moment(round_["due_date"] - timedelta(days=3))
                writer.add("indicator_value", {
                    "owner_kind": "school", "owner_school_id": school["id"], "indicator_id": indicator["id"],
                    "round_id": round_["id"], "year": round_["due_date"].year, "value": value,
                    "value_text": f"{value:g} %", "updated_at": moment}, moment, school["id"], actor=school["name"])


def _bundles(writer: Writer, schools: list[dict]) -> None:
    for index, school in enumerate(schools):
        for sequence, due in enumerate((FIRST_DUE, SECOND_DUE)[: 1 if index % 25 == 0 else 2], start=1):
            moment = _moment(due - timedelta(days=3))
            writer.add("bundle_in", {
                "sha256": derived_id("bundle", school["id"], str(sequence)).replace("-", "").ljust(64, "0"),
                "file_name": f"{school['short_name']} {sequence}.orientir", "sender_kind": "school",
                "sender_id": school["id"], "installation_id": derived_id("installation", school["id"]),
                "sequence": sequence, "changes_from": 1, "changes_to": 200 * sequence, "full": sequence == 1,
                "status": "accepted", "created_at": moment, "received_at": moment, "applied_at": moment}, moment)


def build_big_department(root: Path, schools: int = 300, activities: int = 150, seed: int = 1) -> Path:
    """The profile folder `root` with the big department in it (reused when already built with these parameters)."""
    root = Path(root)
    wanted = {"schools": schools, "activities": activities, "seed": seed}
    stamp = root / STAMP
    if has_profile(root):
        built = json.loads(stamp.read_text(encoding="utf-8")) if stamp.is_file() else "another profile"
        if built == wanted:
            return root
        raise ValueError(f"{root} already holds {built}, not the big department of {wanted}: give another folder")
    rng = random.Random(seed)
    created = _moment(PERIOD[0] + timedelta(days=1), 10)

    def populate(session, info, public_key: str) -> None:
        writer = Writer()
        writer.add("department", {"id": DEPARTMENT_ID, "owner_kind": "department", "name": DEPARTMENT_NAME,
                                  "public_key": public_key, "updated_at": created}, created)
        school_rows = _schools(writer, schools, created, rng)
        roadmap, _sections, activity_rows = _roadmap(writer, activities, created)
        _reports(writer, school_rows, activity_rows, rng)
        _indicators(writer, roadmap, school_rows, created, rng)
        _bundles(writer, school_rows)
        writer.write(session.connection())

    init_profile(root, "department", DEPARTMENT_NAME, populate, department_id=DEPARTMENT_ID).close()
    stamp.write_text(json.dumps(wanted), encoding="utf-8")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="the profile folder (made, or reused when stamped)")
    parser.add_argument("--schools", type=int, default=300)
    parser.add_argument("--activities", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    root = build_big_department(args.out, args.schools, args.activities, args.seed)
    print(f"{root}: {args.schools} schools × {args.activities} activities, {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
