"""The demonstration profile: a school with a real-looking roadmap, progress and evidence.

It opens when the program starts with no profile, so a newcomer sees the product at work at once.
The roadmap follows the shapes of real district documents (sections, «весь период», «до …»,
«ежеквартально», event-driven terms); the dates sit around today so some activities are done, some
due soon, some overdue. Everything is written through the same services the program uses.
"""

from __future__ import annotations

import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from docx import Document
from sqlalchemy import select

from app.attachments import AttachmentStore
from app.keys import public_key_text
from app.profile import ProfileInfo, ProfileStore, init_profile
from app.progress import progress_id
from app.references import parse_document
from app.roadmaps import ActivityFields, add_activity, add_section, create_roadmap
from app.timeutil import now
from db.base import DEPARTMENT_OWNER, derived_id
from db.changelog import mark_foreign
from db.models import (
    Activity,
    Attachment,
    Comment,
    Department,
    Evidence,
    Indicator,
    IndicatorValue,
    MonitoringRound,
    Progress,
    Roadmap,
    Review,
    RiskFactor,
    School,
    SchoolRisk,
)

DEPARTMENT_ID = "3b0f6a8e-2f5e-4e0e-9a57-2d6c1f1c0d01"
SCHOOL_ID = "3b0f6a8e-2f5e-4e0e-9a57-2d6c1f1c0d02"
DEPARTMENT_NAME = "Отдел образования администрации Берёзовского района (демонстрация)"
SCHOOL_NAME = "МКОУ «Сосновская средняя общеобразовательная школа»"
CURATOR = "Петрова Анна Сергеевна, методист МКУ «ИМЦ»"
SCHOOL_REPORTER = "Иванова Е.В., заместитель директора по УВР"


def school_year(today: date) -> tuple[date, date]:
    start_year = today.year if today.month >= 9 else today.year - 1
    return date(start_year, 9, 1), date(start_year + 1, 8, 31)


def _month_end(year: int, month: int) -> date:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)


# (number, title, deadline text, window builder, recurrence, responsible, expected result, by_department)
def _sections(period: tuple[date, date]) -> list[tuple[str, list[tuple]]]:
    start, end = period
    y1, y2 = start.year, end.year
    whole = [(start, end)]
    return [
        ("1. Улучшение материально-технической базы", [
            ("1.1", "Пополнение фонда школьной библиотеки (увеличение книжного фонда, пополнение медиатеки)",
             "весь период", whole, None, "директор школы", "100% укомплектованность библиотечного фонда", False),
            ("1.2", "Дооснащение оборудованием кабинетов физики и химии",
             f"до 25.12.{y1}", [(start, date(y1, 12, 25))], None, "директор школы, завхоз",
             "кабинеты оснащены по перечню ФГОС", False),
            ("1.3", "Обеспечение устойчивого доступа к сети Интернет",
             f"октябрь - ноябрь {y1} года", [(date(y1, 10, 1), date(y1, 11, 30))], None,
             "директор школы", "скорость доступа не ниже 50 Мбит/с", False),
        ]),
        ("2. Программно-методическое обеспечение", [
            ("2.1", "Разработка программы перехода школы в эффективный режим работы",
             f"до 30.09.{y1}", [(start, date(y1, 9, 30))], None,
             "заместитель директора по УВР", "программа утверждена приказом по школе", False),
            ("2.2", "Участие педагогов в семинарах, вебинарах, районных методических объединениях",
             "в течение года", whole, None, "заместитель директора по УВР, МКУ «ИМЦ»",
             "увеличение доли педагогов, участвующих в мероприятиях различного уровня", False),
            ("2.3", "Повышение квалификации учителей математики и русского языка по выявленным дефицитам",
             f"до 28.03.{y2}", [(start, date(y2, 3, 28))], None, "директор школы, МКУ «ИМЦ»",
             "100% учителей прошли курсы", False),
            ("2.4", "Проведение семинара для заместителей директоров «Внутришкольная система оценки качества»",
             f"ноябрь {y1} года", [(date(y1, 11, 1), date(y1, 11, 30))], None, "отдел образования",
             "повышение управленческой компетентности", True),
            ("2.5", "Посещение уроков кураторами, методическая помощь учителям",
             "1 раз в квартал", whole, "quarterly", "куратор, заместитель директора по УВР",
             "справки по итогам посещения уроков", False),
            ("2.6", "Организация работы «Школы молодого педагога»",
             "весь период (по графику ОУ)", whole, None, "заместитель директора по УВР",
             "закрепление молодых специалистов в школе", False),
        ]),
        ("3. Работа с родителями и социальное партнёрство", [
            ("3.1", "Организация родительского просвещения: родительские собрания по вопросам качества образования",
             "ежеквартально", whole, "quarterly", "классные руководители",
             "увеличение доли родителей, заинтересованных во взаимодействии со школой", False),
            ("3.2", "Совместные мероприятия с сельской библиотекой и домом культуры",
             "весь период (по плану ОУ)", whole, None, "педагог-организатор",
             "100% занятость детей во внеурочное время", False),
            ("3.3", "Выявление семей, нуждающихся в помощи, реализация индивидуальных планов помощи",
             f"сентябрь {y1} года", [(date(y1, 9, 1), date(y1, 9, 30))], None, "социальный педагог",
             "адресная помощь семьям", False),
        ]),
        ("4. Достижение положительной динамики образовательных результатов", [
            ("4.1", "Анализ результатов ВПР, ОГЭ по русскому языку и математике",
             "по результатам ВПР", [], "event", "заместитель директора по УВР",
             "аналитическая справка, адресные рекомендации учителям", False),
            ("4.2", "Разработка индивидуальных образовательных маршрутов для слабоуспевающих обучающихся",
             f"до 15.10.{y1}", [(start, date(y1, 10, 15))], None, "учителя-предметники",
             "ИОМ разработаны для 100% слабоуспевающих", False),
            ("4.3", "Пробные экзамены в 9 классе по русскому языку и математике",
             f"декабрь {y1} – март {y2} г.", [(date(y1, 12, 1), _month_end(y2, 3))], None,
             "заместитель директора по УВР", "доля обучающихся, преодолевших минимальный порог, не менее 90%", False),
            ("4.4", "Мониторинг реализации дорожной карты, отчётные сессии руководителей школ",
             f"ежеквартально ({y1}-{y2} гг.)", whole, "quarterly", "отдел образования, директор школы",
             "аппаратные совещания, протоколы", True),
        ]),
    ]


# What the school has reported: number → (status, actual result, documents, links, with the protocol file)
def school_reports(y1: int) -> dict[str, tuple]:
    return {
        "1.1": ("in_progress", "Приобретено 146 экземпляров художественной литературы и 32 учебных пособия.",
                [f"Приказ от 12.10.{y1} № 87 «О пополнении библиотечного фонда»"], [], False),
        "1.3": ("done", "Подключён оптоволоконный канал 100 Мбит/с, Wi-Fi во всех учебных кабинетах.",
                [f"Договор от 02.10.{y1} № 15/ИТ «Об оказании услуг связи»"], ["https://sosnovka-school.ru/news/internet"], False),
        "2.1": ("done", "Программа перехода в эффективный режим работы разработана, обсуждена на педсовете и утверждена.",
                [f"Приказ от 29.09.{y1} № 74 «Об утверждении программы перехода школы в эффективный режим работы»",
                 f"Протокол педагогического совета № 2 от 28.09.{y1}"], ["https://sosnovka-school.ru/docs/programma"], True),
        "2.2": ("in_progress", "4 педагога приняли участие в РМО учителей математики, 2 — в вебинаре ИРО.",
                [], [], False),
        "3.3": ("done", "Выявлено 7 семей, составлены индивидуальные планы помощи, проведено 12 консультаций психолога.",
                [f"Справка от 30.09.{y1} «О выявлении семей, нуждающихся в помощи»"], [], False),
        "4.2": ("in_progress", "ИОМ разработаны для 9 из 14 слабоуспевающих обучающихся.", [], [], False),
    }


def _protocol_file(folder: Path, y1: int) -> Path:
    """A real Word file to show an attached document."""
    document = Document()
    document.add_heading("Протокол заседания педагогического совета № 2", level=1)
    document.add_paragraph(f"МКОУ «Сосновская СОШ», 28.09.{y1}")
    document.add_paragraph("Повестка: обсуждение программы перехода школы в эффективный режим работы.")
    document.add_paragraph("Решили: одобрить программу и рекомендовать директору утвердить её приказом.")
    path = folder / "Протокол педсовета № 2.docx"
    document.save(path)
    return path


def add_demo_roadmap(session, department: ProfileInfo, period: tuple[date, date]) -> tuple[Roadmap, dict[str, Activity]]:
    """The district roadmap for the school year `period`; its activities by number."""
    y1 = period[0].year
    roadmap = create_roadmap(
        session, department,
        f"План мероприятий («дорожная карта») по поддержке школ с низкими образовательными результатами "
        f"на {y1}-{y1 + 1} учебный год",
        period=period, order_number="112", order_date=date(y1, 8, 28),
        goal="Повышение качества образования в школах с низкими результатами обучения",
    )
    activities = {}
    for section_title, rows in _sections(period):
        section = add_section(session, roadmap, section_title, number=section_title.split(".")[0])
        for number, title, deadline, windows, recurrence, responsible, result, by_department in rows:
            activities[number] = add_activity(session, roadmap, ActivityFields(
                number=number, title=title, responsible=responsible, deadline_text=deadline,
                windows=windows, recurrence=recurrence, expected_result=result,
                by_department=by_department, by_schools=not by_department or "школ" in responsible,
            ), section)
    return roadmap, activities


def store_protocol(session, root: Path, y1: int, stored_at: datetime):
    """The pedagogical council's protocol, a real Word file, in the profile's attachment store."""
    store = AttachmentStore(root / "attachments")
    with tempfile.TemporaryDirectory() as folder:
        stored = store.put(_protocol_file(Path(folder), y1))
    session.add(Attachment(sha256=stored.sha256, size=stored.size, media_type=stored.media_type,
                           original_name=stored.original_name, stored_at=stored_at))
    return stored


def evidence_for(record: Progress, documents: list[str], links: list[str], stored, created_at: datetime) -> list[Evidence]:
    """The evidence rows of a progress record: documents as cited, then links, then the file (if `stored`)."""
    owner = {"owner_kind": record.owner_kind, "owner_school_id": record.owner_school_id}
    rows = []
    for text in documents:
        ref = parse_document(text)
        rows.append(Evidence(progress_id=record.id, kind="document", title=ref.text, doc_type=ref.doc_type,
                             doc_number=ref.number, doc_date=ref.date, created_at=created_at, **owner))
    rows += [Evidence(progress_id=record.id, kind="link", title=url, url=url, created_at=created_at, **owner)
             for url in links]
    if stored is not None:
        rows.append(Evidence(progress_id=record.id, kind="file", title=stored.original_name,
                             attachment_sha256=stored.sha256, created_at=created_at, **owner))
    for position, row in enumerate(rows, start=1):
        row.position = position
    return rows


def build_demo_school(root: Path, today: date | None = None) -> ProfileStore:
    today = today or date.today()
    period = school_year(today)
    y1 = period[0].year

    def populate(session, info: ProfileInfo, public_key: str) -> None:
        stamp = now()
        # The demo department's private key is thrown away: nobody can sign as it.
        department_key = public_key_text(Ed25519PrivateKey.generate())
        session.add(Department(id=DEPARTMENT_ID, **DEPARTMENT_OWNER, name=DEPARTMENT_NAME, email="roo-demo@example.ru",
                               public_key=department_key, updated_at=stamp))
        session.flush()
        session.add(School(id=SCHOOL_ID, **DEPARTMENT_OWNER, department_id=DEPARTMENT_ID, name=SCHOOL_NAME,
                           short_name="Сосновская СОШ", status="shnor", curator=CURATOR,
                           mentor_school="МБОУ «Берёзовская СОШ № 1»", enrolled_at=stamp,
                           public_key=public_key, updated_at=stamp))
        session.flush()
        department = ProfileInfo("department", DEPARTMENT_NAME, DEPARTMENT_ID, None)
        roadmap, activities = add_demo_roadmap(session, department, period)
        _add_reports(session, info, root, activities, y1)
        _add_indicators(session, department, info, roadmap, y1)
        _add_risks(session, info)
        session.flush()
        # As on a real school's computer, the department's records arrived from the department.
        for record in list(session.identity_map.values()):
            if getattr(record, "owner_kind", None) == "department":
                mark_foreign(session, record, DEPARTMENT_ID)

    return init_profile(root, "school", SCHOOL_NAME, populate, department_id=DEPARTMENT_ID, school_id=SCHOOL_ID)


def _add_reports(session, info: ProfileInfo, root: Path, activities: dict, y1: int) -> None:
    stored = store_protocol(session, root, y1, now())
    for number, (status, actual, documents, links, with_file) in school_reports(y1).items():
        activity = activities[number]
        record = Progress(id=progress_id(activity.id, info.party_id), activity_id=activity.id, **info.owner,
                          status=status, actual_result=actual, updated_at=now(), updated_by=SCHOOL_REPORTER)
        session.add(record)
        session.flush()
        session.add_all(evidence_for(record, documents, links, stored if with_file else None, now()))
    session.flush()
    reviewed = progress_id(activities["1.3"].id, info.party_id)
    returned = progress_id(activities["1.1"].id, info.party_id)
    session.add(Review(id=derived_id("review", reviewed), progress_id=reviewed, school_id=info.school_id, state="accepted",
                       updated_at=now(), updated_by=CURATOR, **DEPARTMENT_OWNER))
    session.add(Review(id=derived_id("review", returned), progress_id=returned, school_id=info.school_id, state="rework",
                       updated_at=now(), updated_by=CURATOR, **DEPARTMENT_OWNER))
    session.add(Comment(progress_id=returned, school_id=info.school_id, verdict="rework", author=CURATOR, created_at=now(),
                        text="Укажите, сколько экземпляров получено по программам внеклассного чтения, и приложите акт приёмки.",
                        **DEPARTMENT_OWNER))


# (name, unit, base value, targets by year, the demo school's actual value)
def indicator_plan(y1: int) -> list[tuple]:
    return [
        ("Доля обучающихся, не преодолевших минимальный порог ВПР по математике", "%", 18.0, {y1: 15, y1 + 1: 10}, 16.0),
        ("Доля педагогов, прошедших курсы повышения квалификации по выявленным дефицитам", "%", 40.0, {y1: 70, y1 + 1: 100}, 55.0),
        ("Доля родителей, участвующих в родительских собраниях", "%", 35.0, {y1: 50, y1 + 1: 60}, 42.0),
    ]


def indicator_record(department: ProfileInfo, roadmap, position: int, plan: tuple, updated_at: datetime) -> Indicator:
    name, unit, base, targets, _actual = plan
    return Indicator(**department.owner, roadmap_id=roadmap.id, name=name, indicator_type="основной",
                     unit=unit, base_value=base, base_text=f"{base:g} {unit}",
                     targets={str(year): value for year, value in targets.items()},
                     position=position, updated_at=updated_at)


def _add_indicators(session, department: ProfileInfo, school: ProfileInfo, roadmap, y1: int) -> None:
    round_ = MonitoringRound(**department.owner, roadmap_id=roadmap.id, name=f"Мониторинг за I полугодие {y1}-{y1 + 1} уч. года",
                             starts_on=date(y1, 12, 1), due_date=date(y1, 12, 25), updated_at=now())
    session.add(round_)
    session.flush()
    for position, plan in enumerate(indicator_plan(y1), start=1):
        unit, actual = plan[1], plan[4]
        indicator = indicator_record(department, roadmap, position, plan, now())
        session.add(indicator)
        session.flush()
        session.add(IndicatorValue(**school.owner, indicator_id=indicator.id, round_id=round_.id, year=y1,
                                   value=actual, value_text=f"{actual:g} {unit}", updated_at=now()))


def _add_risks(session, school: ProfileInfo) -> None:
    levels = {"teacher_competence": "high", "failure_risk": "high", "parents": "medium", "motivation": "medium",
              "equipment": "low"}
    for factor in session.scalars(select(RiskFactor).order_by(RiskFactor.position)):
        session.add(SchoolRisk(**school.owner, school_id=school.school_id, factor_code=factor.code,
                               level=levels.get(factor.code, "none"), updated_at=now()))
