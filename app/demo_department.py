"""The demonstration department: a district of six schools reporting on the demo roadmap over two monitorings.

`orientir demo --department` makes it; reports, the monitoring form and the window's department pages are
shown on it. The roadmap is the school demo's (app/demo.py), with the department's own activities. The
schools' records are as they arrived in their bundles (owned by the school, logged with the school as
origin), some done with documents, links and a file, some in progress, not started or overdue, some
returned «на доработку»; each school has a last bundle, and one has not reported in the current round.

The history is written in two commits: the state at the first monitoring's due date, then today's. The
profile's own sessions log every change with the wall clock, which would put the whole past at the
moment the demo was made. So, as the exchange import writes a bundle's records (app/exchange/merge.py),
the records are written here through a plain session on the same transaction and their change-log rows,
in the shape db.changelog gives them, carry the moment each record arrived. «По состоянию на» the first
monitoring then finds that monitoring's state, and «что изменилось с прошлого мониторинга» has content.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.demo import (
    CURATOR,
    DEPARTMENT_ID,
    DEPARTMENT_NAME,
    SCHOOL_ID,
    SCHOOL_REPORTER,
    add_demo_roadmap,
    evidence_for,
    indicator_plan,
    indicator_record,
    school_reports,
    school_year,
    store_protocol,
)
from app.keys import public_key_text
from app.profile import ProfileInfo, ProfileStore, init_profile, open_profile
from app.progress import progress_id
from app.reviews import review_id
from app.timeutil import format_date, now
from db.base import DEPARTMENT_OWNER, OWNER_SCHOOL, derived_id
from db.changelog import ORIGIN_LOCAL, record_data
from db.models import (
    Activity,
    BundleIn,
    ChangeLog,
    Comment,
    Department,
    IndicatorValue,
    MonitoringRound,
    Progress,
    Review,
    School,
    Section,
)

HEAD = "Смирнова Людмила Викторовна, начальник отдела образования"
SPECIALIST = "Васильева Ирина Сергеевна, ведущий специалист отдела образования"
CURATORS = (CURATOR, "Козлов Дмитрий Александрович, методист МКУ «ИМЦ»", SPECIALIST)
MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
          "декабрь")

# (id, full name, short name, status, curator, mentor school, the school's site)
SCHOOLS = (
    (SCHOOL_ID, "МКОУ «Сосновская средняя общеобразовательная школа»", "Сосновская СОШ", "shnor", 0,
     "МБОУ «Берёзовская СОШ № 1»", "sosnovka-school.ru"),
    ("3b0f6a8e-2f5e-4e0e-9a57-2d6c1f1c0d03", "МКОУ «Кедровская основная общеобразовательная школа»", "Кедровская ООШ",
     "shnor", 1, "МБОУ «Берёзовская гимназия»", "kedr-oosh.ru"),
    ("3b0f6a8e-2f5e-4e0e-9a57-2d6c1f1c0d04", "МБОУ «Ольховская средняя общеобразовательная школа»", "Ольховская СОШ",
     "risk_group", 0, "МБОУ «Берёзовская СОШ № 1»", "olhovka-sosh.ru"),
    ("3b0f6a8e-2f5e-4e0e-9a57-2d6c1f1c0d05", "МКОУ «Заречненская средняя общеобразовательная школа»", "Заречненская СОШ",
     "social_risk", 2, "МБОУ «Берёзовская СОШ № 2»", "zarechnoe-school.ru"),
    ("3b0f6a8e-2f5e-4e0e-9a57-2d6c1f1c0d06", "МКОУ «Луговская основная общеобразовательная школа»", "Луговская ООШ",
     "shnor", 1, "МБОУ «Берёзовская гимназия»", "lugovaya-oosh.ru"),
    ("3b0f6a8e-2f5e-4e0e-9a57-2d6c1f1c0d07",
     "МКОУ «Рябиновская средняя общеобразовательная школа имени Героя Советского Союза И.П. Никитина»",
     "Рябиновская СОШ", "shnor", 2, "МБОУ «Берёзовская СОШ № 2»", "ryabinovka-sosh.ru"),
)
# The school whose bundle for the current monitoring has not come.
SILENT = "Луговская ООШ"
# Each school's indicator values run this far from the demo school's (first monitoring; the second is better).
INDICATOR_SHIFT = {"Сосновская СОШ": 0, "Кедровская ООШ": -4, "Ольховская СОШ": 3, "Заречненская СОШ": 7,
                   "Луговская ООШ": 1, "Рябиновская СОШ": -2}


@dataclass(frozen=True)
class Timeline:
    """The moments of the demo's history, all in the past of `today`."""

    today: date
    first_due: date  # the first monitoring's due date: the 25th of the month before today's

    @property
    def period(self) -> tuple[date, date]:
        return school_year(self.first_due)

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """Local time on `day`, never later than the clock (a demo made this morning has no afternoon yet)."""
        return min(datetime(day.year, day.month, day.day, hour, minute).astimezone(), now())

    def early(self, days: int) -> date:
        """A date in the first monitoring's time: `days` after the school year began, before any bundle of it."""
        return min(self.period[0] + timedelta(days=days), self.first_due - timedelta(days=5))

    def late(self, days: int) -> date:
        """A date in the current monitoring's time: `days` before today, after the first due date."""
        return max(self.today - timedelta(days=days), self.first_due + timedelta(days=2))


def timeline(today: date) -> Timeline:
    month_start = today.replace(day=1)
    return Timeline(today, (month_start - timedelta(days=1)).replace(day=25))


class Commit:
    """Records written in one transaction of the demo's history, each logged with the moment it arrived.

    `add` and `change` say what happened and when; `finish` flushes the plain session and appends one
    change-log row per record (a changed record's revision goes up by one, as db.changelog does).
    """

    def __init__(self, outer: Session) -> None:
        self.session = Session(bind=outer.connection())
        self._logged: list[tuple[object, str, str, datetime, str]] = []

    def add(self, record, moment: datetime, origin: str = ORIGIN_LOCAL, actor: str = ""):
        _stamp(record, moment)
        self.session.add(record)
        self._logged.append((record, "insert", origin, moment, actor))
        return record

    def change(self, record, moment: datetime, origin: str, actor: str, **values) -> None:
        for key, value in values.items():
            setattr(record, key, value)
        _stamp(record, moment)
        record.revision += 1
        self._logged.append((record, "update", origin, moment, actor))

    def finish(self) -> None:
        self.session.flush()
        rows = []
        # In time order: a report «по состоянию на» cuts the log at the last change made by then.
        for record, op, origin, moment, actor in sorted(self._logged, key=lambda logged: logged[3]):
            data = record_data(record)
            rows.append({"entity": record.__tablename__, "record_id": data["id"], "revision": data["revision"],
                         "op": op, "owner_kind": data["owner_kind"], "owner_school_id": data["owner_school_id"],
                         "origin": origin, "changed_at": moment, "changed_by": actor or DEPARTMENT_NAME, "data": data})
        self.session.execute(ChangeLog.__table__.insert(), rows)
        self.session.close()


def _stamp(record, moment: datetime) -> None:
    for column in ("updated_at", "created_at", "enrolled_at"):
        if hasattr(record, column):
            setattr(record, column, moment)


def build_demo_department(root: Path, today: date | None = None) -> ProfileStore:
    """The demo department in `root`: six schools, two monitorings, the state of both in the change log."""
    times = timeline(today or date.today())
    built: dict = {}

    def populate(session: Session, info: ProfileInfo, public_key: str) -> None:
        commit = Commit(session)
        built.update(_first_monitoring(commit, root, info, public_key, times))
        commit.finish()

    init_profile(root, "department", DEPARTMENT_NAME, populate, department_id=DEPARTMENT_ID).close()
    store = open_profile(root)
    with store.writing() as session:
        commit = Commit(session)
        _second_monitoring(commit, built, times)
        commit.finish()
    return store


def _first_monitoring(commit: Commit, root: Path, info: ProfileInfo, public_key: str, times: Timeline) -> dict:
    """The district as it stood at the first monitoring's due date."""
    created = times.at(times.period[0] + timedelta(days=1), 10)
    commit.add(Department(id=DEPARTMENT_ID, **DEPARTMENT_OWNER, name=DEPARTMENT_NAME,
                          short_name="Отдел образования Берёзовского района", email="roo-demo@example.ru",
                          public_key=public_key), created)
    commit.session.flush()
    schools = {}
    for school_id, name, short, status, curator, mentor, site in SCHOOLS:
        # Each school's private key stays on its (imaginary) computer; only the public half is pinned here.
        schools[short] = commit.add(School(
            id=school_id, **DEPARTMENT_OWNER, department_id=DEPARTMENT_ID, name=name, short_name=short, status=status,
            curator=CURATORS[curator], mentor_school=mentor, email=f"school@{site}",
            public_key=public_key_text(Ed25519PrivateKey.generate())), created)
    commit.session.flush()
    roadmap, activities = add_demo_roadmap(commit.session, info, times.period)
    for record in [roadmap, *_roadmap_parts(commit.session, roadmap)]:
        commit.add(record, created)
    y1 = times.period[0].year
    indicators = [commit.add(indicator_record(info, roadmap, position, plan, created), created)
                  for position, plan in enumerate(indicator_plan(y1), start=1)]
    first = times.first_due
    rounds = [commit.add(MonitoringRound(**DEPARTMENT_OWNER, roadmap_id=roadmap.id,
                                         name=f"Мониторинг за {MONTHS[first.month - 1]} {first.year} года",
                                         starts_on=first.replace(day=1), due_date=first), created)]
    commit.session.flush()
    stored = store_protocol(commit.session, root, y1, times.at(times.early(27), 15))
    built = {"schools": schools, "activities": activities, "roadmap": roadmap, "indicators": indicators,
             "rounds": rounds, "stored": stored, "progress": {}}
    for position, (short, school) in enumerate(schools.items()):
        moment = times.at(first - timedelta(days=1 + position % 4), 11 + position)
        _school_reports(commit, built, school, moment, times, first=True)
        _indicator_values(commit, built, school, rounds[0], 0, moment)
        _bundle(commit.session, school, 1, moment, times)
    _department_work(commit, built, times, first=True)
    return built


def _roadmap_parts(session: Session, roadmap) -> list:
    # add_demo_roadmap flushes as it goes, so its sections and activities are read back rather than found "new".
    return [*session.scalars(select(Section).where(Section.roadmap_id == roadmap.id).order_by(Section.position)),
            *session.scalars(select(Activity).where(Activity.roadmap_id == roadmap.id).order_by(Activity.position))]


def _second_monitoring(commit: Commit, built: dict, times: Timeline) -> None:
    """What came in since: the current monitoring, new reports, the curators' verdicts."""
    session = commit.session
    built["schools"] = {short: session.merge(s, load=False) for short, s in built["schools"].items()}
    built["roadmap"] = session.merge(built["roadmap"], load=False)
    built["activities"] = {n: session.merge(a, load=False) for n, a in built["activities"].items()}
    built["indicators"] = [session.merge(i, load=False) for i in built["indicators"]]
    built["progress"] = {key: session.get(Progress, record.id) for key, record in built["progress"].items()}
    first, today = times.first_due, times.today
    due = today.replace(day=25) if today.day <= 25 else (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    current = commit.add(MonitoringRound(**DEPARTMENT_OWNER, roadmap_id=built["roadmap"].id,
                                         name=f"Мониторинг за {MONTHS[today.month - 1]} {today.year} года",
                                         starts_on=first + timedelta(days=1), due_date=due),
                         times.at(first + timedelta(days=1), 9))
    session.flush()
    for position, (short, school) in enumerate(built["schools"].items()):
        if short == SILENT:
            continue
        moment = times.at(times.late(1 + position % 4), 9 + position)
        _school_reports(commit, built, school, moment, times, first=False)
        _indicator_values(commit, built, school, current, 1, moment)
        _bundle(session, school, 2, moment, times)
    _department_work(commit, built, times, first=False)


def _documents_and_links(items: list[str]) -> tuple[list[str], list[str], bool]:
    links = [item for item in items if item.startswith("https://")]
    with_file = "файл" in items
    return [i for i in items if i not in links and i != "файл"], links, with_file


def _school_reports(commit: Commit, built: dict, school: School, moment: datetime, times: Timeline, first: bool) -> None:
    short = school.short_name
    for number, then, later in progress_plan(times).get(short, ()):
        state = then if first else later
        if state is None:
            continue
        status, actual, items = state
        activity = built["activities"][number]
        key = (short, number)
        documents, links, with_file = _documents_and_links(items)
        record = built["progress"].get(key)
        if record is None:
            record = commit.add(Progress(id=progress_id(activity.id, school.id), activity_id=activity.id,
                                         owner_kind=OWNER_SCHOOL, owner_school_id=school.id, status=status,
                                         actual_result=actual, updated_by=_reporter(short)), moment, school.id, school.name)
            built["progress"][key] = record
            commit.session.flush()
            start = 0
        else:
            commit.change(record, moment, school.id, school.name, status=status, actual_result=actual)
            start = len(record.evidence)
        for evidence in evidence_for(record, documents, links, built["stored"] if with_file else None, moment):
            evidence.position += start
            commit.add(evidence, moment, school.id, school.name)
    for number, verdict, remark, reply in reviews_plan().get((short, first), ()):
        _review(commit, built, school, number, verdict, remark, reply, times, first)


def _reporter(short: str) -> str:
    return SCHOOL_REPORTER if short == "Сосновская СОШ" else f"заместитель директора по УВР ({short})"


def _review(commit: Commit, built: dict, school: School, number: str, verdict: str, remark: str, reply: str,
            times: Timeline, first: bool) -> None:
    record = built["progress"][(school.short_name, number)]
    moment = times.at(times.first_due - timedelta(days=1), 17) if first else times.at(times.late(1), 16)
    curator = school.curator
    existing = commit.session.get(Review, review_id(record.id))
    if existing is None:
        commit.add(Review(id=review_id(record.id), progress_id=record.id, school_id=school.id, state=verdict,
                          updated_by=curator, **DEPARTMENT_OWNER), moment, actor=curator)
    else:
        commit.change(existing, moment, ORIGIN_LOCAL, curator, state=verdict, updated_by=curator)
    if remark:
        commit.add(Comment(progress_id=record.id, school_id=school.id, verdict=verdict, author=curator, text=remark,
                           **DEPARTMENT_OWNER), moment, actor=curator)
    if reply:
        commit.add(Comment(progress_id=record.id, school_id=school.id, text=reply, author=_reporter(school.short_name),
                           owner_kind=OWNER_SCHOOL, owner_school_id=school.id),
                   moment + timedelta(minutes=1) if moment + timedelta(minutes=1) <= now() else moment, school.id, school.name)


def _indicator_values(commit: Commit, built: dict, school: School, round_, step: int, moment: datetime) -> None:
    y1 = built["roadmap"].period_start.year
    for indicator, plan in zip(built["indicators"], indicator_plan(y1), strict=True):
        _name, unit, base, _targets, actual = plan
        # The share of failing pupils should fall, the others rise; the second monitoring is a little better.
        better = -1 if base > actual else 1
        value = max(0.0, actual + INDICATOR_SHIFT[school.short_name] + better * 3 * step)
        commit.add(IndicatorValue(owner_kind=OWNER_SCHOOL, owner_school_id=school.id, indicator_id=indicator.id,
                                  round_id=round_.id, year=round_.due_date.year, value=value,
                                  value_text=f"{value:g} {unit}"), moment, school.id, school.name)


def _bundle(session: Session, school: School, sequence: int, moment: datetime, times: Timeline) -> None:
    """The ledger row of the bundle the school's records came in."""
    digest = hashlib.sha256(f"demo bundle {school.id} {sequence}".encode()).hexdigest()
    session.add(BundleIn(
        sha256=digest, file_name=f"{school.short_name} — отчёт {format_date(moment.date())}.orientir",
        sender_kind=OWNER_SCHOOL, sender_id=school.id, installation_id=derived_id("demo installation", school.id),
        sequence=sequence, previous_sha256=hashlib.sha256(f"demo bundle {school.id} {sequence - 1}".encode()).hexdigest()
        if sequence > 1 else "", changes_from=1 if sequence == 1 else 40, changes_to=39 if sequence == 1 else 75,
        full=sequence == 1, status="accepted", created_at=moment - timedelta(hours=2), received_at=moment,
        applied_at=moment, new_records=39 if sequence == 1 else 12, updated_records=0 if sequence == 1 else 24))


def _department_work(commit: Commit, built: dict, times: Timeline, first: bool) -> None:
    """The department's own report on the activities it carries out itself."""
    department = ProfileInfo("department", DEPARTMENT_NAME, DEPARTMENT_ID, None)
    moment = times.at(times.first_due - timedelta(days=2), 16) if first else times.at(times.late(2), 15)
    for number, then, later in department_plan(times):
        status, actual, items = then if first else later
        activity = built["activities"][number]
        documents, links, _file = _documents_and_links(items)
        key = ("", number)
        record = built["progress"].get(key)
        if record is None:
            record = commit.add(Progress(id=progress_id(activity.id, DEPARTMENT_ID), activity_id=activity.id,
                                         **department.owner, status=status, actual_result=actual,
                                         updated_by=SPECIALIST), moment, actor=SPECIALIST)
            built["progress"][key] = record
            commit.session.flush()
            start = 0
        else:
            commit.change(record, moment, ORIGIN_LOCAL, SPECIALIST, status=status, actual_result=actual)
            start = len(record.evidence)
        for evidence in evidence_for(record, documents, links, None, moment):
            evidence.position += start
            commit.add(evidence, moment, actor=SPECIALIST)


def department_plan(t: Timeline) -> list[tuple]:
    """(number, state at the first monitoring, state now); a state is (status, actual result, evidence)."""
    e, late = (lambda days: format_date(t.early(days))), (lambda days: format_date(t.late(days)))
    return [
        ("2.4",
         ("in_progress", "Подготовлена программа семинара, в школы направлено информационное письмо.",
          [f"Письмо отдела образования от {e(40)} № 01-12/845 «О проведении семинара для заместителей директоров»"]),
         ("done", "Семинар «Внутришкольная система оценки качества» проведён; приняли участие 14 заместителей "
                  "директоров из 6 школ, материалы размещены на сайте отдела образования.",
          [f"Приказ отдела образования от {late(12)} № 215 «О проведении семинара для заместителей директоров»",
           "https://beryozovsky-roo.ru/seminar-vsoko"])),
        ("4.4",
         ("in_progress", "Проведена отчётная сессия руководителей школ по итогам I четверти.",
          [f"Протокол аппаратного совещания от {e(60)} № 7"]),
         ("in_progress", "Проведены отчётные сессии руководителей школ по итогам I и II четверти; по двум школам "
                         "даны адресные рекомендации.",
          [f"Протокол аппаратного совещания от {late(6)} № 9"])),
    ]


def reviews_plan() -> dict[tuple[str, bool], list[tuple[str, str, str, str]]]:
    """(school, first monitoring?) → [(number, verdict, the curator's remark, the school's reply)]."""
    return {
        ("Кедровская ООШ", True): [("2.1", "accepted", "", "")],
        ("Кедровская ООШ", False): [("1.2", "accepted", "", "")],
        ("Ольховская СОШ", True): [("1.1", "rework", "Не указано, сколько экземпляров закуплено и на какие средства; "
                                                     "приложите акт приёмки.", "")],
        ("Ольховская СОШ", False): [("1.1", "accepted", "", "")],
        ("Заречненская СОШ", True): [("2.1", "rework", "Программа не содержит мероприятий по выявленным рисковым "
                                                       "факторам; доработайте раздел 3 и утвердите программу приказом.",
                                      "")],
        ("Заречненская СОШ", False): [("2.1", "rework", "Раздел 3 по-прежнему не доработан. Срок — до конца месяца.",
                                       "Программа доработана, выносится на педсовет.")],
        ("Луговская ООШ", True): [("2.1", "accepted", "", "")],
        ("Сосновская СОШ", False): [("1.3", "accepted", "", ""),
                                    ("1.1", "rework", "Укажите, сколько экземпляров получено по программам внеклассного "
                                                      "чтения, и приложите акт приёмки.", "")],
        ("Рябиновская СОШ", False): [("1.1", "rework", "Не приложен приказ о пополнении фонда; укажите число "
                                                       "экземпляров.", ""),
                                     ("4.1", "accepted", "", "")],
    }


def progress_plan(t: Timeline) -> dict[str, list[tuple]]:
    """School → [(number, state at the first monitoring or None, state now or None for «unchanged»)]."""
    e, late = (lambda days: format_date(t.early(days))), (lambda days: format_date(t.late(days)))
    y1 = t.period[0].year
    sosnovka = school_reports(y1)

    def now_of(number: str) -> tuple:
        status, actual, documents, links, with_file = sosnovka[number]
        return status, actual, [*documents, *links, *(["файл"] if with_file else [])]

    return {
        "Сосновская СОШ": [
            ("1.1", ("in_progress", "Приобретено 60 экземпляров художественной литературы.", []), now_of("1.1")),
            ("1.3", ("in_progress", "Заключён договор с провайдером, ведётся прокладка кабеля.", []), now_of("1.3")),
            ("2.1", now_of("2.1"), None),
            ("2.2", None, now_of("2.2")),
            ("3.3", now_of("3.3"), None),
            ("4.2", ("not_started", "", []), now_of("4.2")),
        ],
        "Кедровская ООШ": [
            ("1.1", ("in_progress", "Закуплено 80 экземпляров учебной литературы.", []),
             ("done", "Библиотечный фонд пополнен на 214 экземпляров, школа подключена к НЭБ.",
              [f"Приказ от {late(15)} № 96 «О пополнении библиотечного фонда»", "https://kedr-oosh.ru/biblioteka"])),
            ("1.2", ("not_started", "", []),
             ("done", "Кабинет физики дооснащён цифровой лабораторией, кабинет химии — вытяжным шкафом.",
              [f"Акт приёмки оборудования от {late(10)} № 3"])),
            ("1.3", ("done", "Подключён канал 100 Мбит/с.", ["https://kedr-oosh.ru/news/internet"]), None),
            ("2.1", ("done", "Программа перехода в эффективный режим работы утверждена.",
                     [f"Приказ от {e(11)} № 41 «Об утверждении программы перехода школы в эффективный режим работы»",
                      "https://kedr-oosh.ru/docs/programma"]), None),
            ("2.2", ("in_progress", "3 педагога приняли участие в РМО.", []),
             ("in_progress", "7 педагогов приняли участие в РМО и в 2 вебинарах ИРО.", [])),
            ("2.3", None, ("in_progress", "Курсы прошли 2 из 3 учителей математики и русского языка.",
                           [f"Удостоверение о повышении квалификации от {late(20)} № 772400012345"])),
            ("3.3", ("done", "Выявлено 3 семьи, планы помощи составлены.", []), None),
            ("4.2", ("in_progress", "ИОМ разработаны для 4 из 6 обучающихся.", []),
             ("done", "ИОМ разработаны для всех 6 слабоуспевающих обучающихся.",
              [f"Приказ от {late(14)} № 98 «Об утверждении индивидуальных образовательных маршрутов»"])),
        ],
        "Ольховская СОШ": [
            ("1.1", ("in_progress", "Закуплены книги для начальной школы.", []),
             ("in_progress", "Закуплено 120 экземпляров (субвенция), акт приёмки приложен.",
              [f"Акт приёмки от {late(9)} № 14"])),
            ("1.3", ("not_started", "", []),
             ("in_progress", "Подана заявка на подключение по программе устранения цифрового неравенства.", [])),
            ("2.1", ("in_progress", "Проект программы разработан, обсуждается с педагогами.", []),
             ("done", "Программа утверждена после обсуждения на педагогическом совете.",
              [f"Приказ от {late(11)} № 5 «Об утверждении программы перехода школы в эффективный режим работы»"])),
            ("2.2", ("in_progress", "2 педагога на РМО.", []), None),
            ("3.1", ("in_progress", "Проведено общешкольное родительское собрание.",
                     [f"Протокол родительского собрания от {e(50)} № 1"]), None),
            ("4.1", None, ("done", "Проведён поэлементный анализ ВПР по математике, даны рекомендации учителям.",
                           [f"Аналитическая справка от {late(16)} «Об итогах ВПР по математике»"])),
        ],
        "Заречненская СОШ": [
            ("1.1", ("not_started", "", []), ("in_progress", "Составлена заявка на комплектование фонда.", [])),
            ("2.1", ("in_progress", "Программа разработана и направлена куратору.", []),
             ("in_progress", "Программа на доработке по замечаниям куратора.", [])),
            ("2.2", ("in_progress", "1 педагог на РМО учителей математики.", []), None),
            ("4.2", ("in_progress", "ИОМ разрабатываются.", []),
             ("not_done", "ИОМ не разработаны: учитель математики длительно отсутствовал.", [])),
        ],
        "Луговская ООШ": [
            ("1.1", ("in_progress", "Закуплено 45 экземпляров художественной литературы.", []), None),
            ("1.3", ("done", "Подключён спутниковый канал 50 Мбит/с.", ["https://lugovaya-oosh.ru/internet"]), None),
            ("2.1", ("done", "Программа утверждена.",
                     [f"Приказ от {e(20)} № 33 «Об утверждении программы перехода школы в эффективный режим работы»"]),
             None),
            ("2.2", ("in_progress", "2 педагога на РМО.", []), None),
            ("3.3", ("done", "Выявлено 2 семьи, оказана адресная помощь.",
                     [f"Справка от {e(25)} «О выявлении семей, нуждающихся в помощи»"]), None),
            ("4.2", ("in_progress", "ИОМ разработаны для 3 из 5 обучающихся.", []), None),
        ],
        "Рябиновская СОШ": [
            ("1.1", ("in_progress", "Закуплено 90 экземпляров.", []),
             ("done", "Библиотечный фонд пополнен на 180 экземпляров, обновлена медиатека.",
              ["https://ryabinovka-sosh.ru/biblioteka"])),
            ("1.2", ("in_progress", "Объявлен аукцион на поставку оборудования.", []), None),
            ("1.3", ("done", "Подключён канал 100 Мбит/с, Wi-Fi в учебных кабинетах.", []), None),
            ("2.1", ("done", "Программа утверждена.",
                     [f"Приказ от {e(9)} № 58 «Об утверждении программы перехода школы в эффективный режим работы»"]),
             None),
            ("2.2", None, ("in_progress", "5 педагогов приняли участие в РМО.", [])),
            ("2.5", ("in_progress", "Куратор посетил 6 уроков математики.",
                     [f"Справка по итогам посещения уроков от {e(45)}"]),
             ("in_progress", "Куратор посетил 14 уроков математики и русского языка.",
              [f"Справка по итогам посещения уроков от {late(8)}"])),
            ("3.1", ("in_progress", "Проведено родительское собрание 9 класса.", []), None),
            ("4.1", None, ("done", "Проведён анализ результатов ВПР, адресные рекомендации доведены до учителей.",
                           [f"Аналитическая справка от {late(18)} «Об итогах ВПР»"])),
        ],
    }
