"""Hand-made ReportData for the report writers' tests (PDF, DOCX, XLSX), with no database behind it.

`sample_report()` is a small district in the shape of seed 003: the department and three schools, two
sections, documents, links and files as evidence, an overdue activity, indicators with targets, changes
since the previous monitoring and a signature. Its texts carry what breaks careless writers: quotes,
«&» and «<», a long address, long Russian words. `big_report()` is the same shape at any size, for
measuring a 300-school district. The values tests look for are module constants, so a test asserts
the very text the report was given.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from app.reports.model import (
    ActivityReport,
    ChangeLine,
    EvidenceLine,
    IndicatorReport,
    IndicatorValueLine,
    PartyResult,
    PartySummary,
    ReportData,
    SectionReport,
    Signature,
)

TZ = timezone(timedelta(hours=7))  # Красноярск
AS_OF = datetime(2026, 5, 20, 17, 0, tzinfo=TZ)
PREVIOUS_AS_OF = datetime(2025, 12, 15, 12, 0, tzinfo=TZ)
ISSUED_ON = date(2026, 5, 22)

DEPARTMENT = "Отдел образования администрации Уярского района"
ROADMAP = "Повышение качества образования в общеобразовательных организациях со стабильно низкими результатами"
SCHOOLS = (
    ("s-balai", "МБОУ «Балайская средняя общеобразовательная школа»", "Балайская СОШ"),
    ("s-sosn", "МБОУ «Сосновская средняя общеобразовательная школа»", "Сосновская СОШ"),
    ("s-tolst", "МБОУ «Толстихинская средняя общеобразовательная школа»", "Толстихинская СОШ"),
)

# Every school's actual result for every activity, so a test can look each one up in the output.
ACTUALS = {
    ("s-balai", "1"): "Проведён анализ данных идентификации; аналитическая записка рассмотрена на педсовете.",
    ("s-sosn", "1"): "Аналитическая записка по итогам идентификации подготовлена, выводы учтены в плане работы.",
    ("s-tolst", "1"): "Данные собраны, анализ продолжается.",
    ("s-balai", "2"): "Мониторинг рисков проведён в 5–9 классах, выявлены группы риска по математике.",
    ("s-sosn", "2"): "Мониторинг рисков & анкетирование педагогов: ответили 14 из 16 (<90 %).",
    ("s-tolst", "2"): "",
    ("s-balai", "3"): "Заключён сетевой договор с МБОУ «Толстихинская СОШ»; проведены два совместных семинара.",
    ("s-sosn", "3"): "Взаимоэкспертиза концептуальных документов проведена с куратором проекта.",
    ("s-tolst", "3"): "Договор не заключён: школа-лидер не определена.",
    ("s-balai", "4"): "Программа антирисковых мер разработана и утверждена приказом директора.",
    ("s-sosn", "4"): "Программа профилактики учебной неуспешности в разработке.",
    ("s-tolst", "4"): "Разработан проект программы; работа продолжается.",
}
DEPARTMENT_ACTUALS = {
    "1": "Размещение приказа Отдела образования на сайте с указанием критериев идентификации ШНОР.",
    "3": "Приказ о сетевом взаимодействии размещён на сайте; проведено совещание с руководителями РМО.",
}
ORDER_52 = (
    "Приказ Отдела образования от 09.03.2022 № 52 «О посещении семинара в рамках проекта адресной помощи "
    "школам с низкими образовательными результатами»"
)
LINK = "https://clck.ru/34PaDg"
LONG_LINK = "https://cloud.mail.ru/public/FSxG/kG5LS9qcg/Документы/Сетевые_договоры_2026/Толстихинская_СОШ_договор.pdf"
PROTOCOL_FILE = "Протокол_педсовета_№3_от_14.03.2026.pdf"

ACTIVITIES = (
    (
        "Подпрограмма 1 «Адресная поддержка школ с низкими образовательными результатами»",
        (
            ("1", "Анализ данных по итогам процедур идентификации ШНОР",
             "В муниципалитете сформирована система по идентификации ШНОР", "до 01.03.2026"),
            ("2", "Проведение мониторинга рисков снижения образовательных результатов",
             "В муниципалитете сформирована система мониторинга рисков снижения образовательных результатов",
             "до 30.04.2026"),
        ),
    ),
    (
        "Подпрограмма 2 «Организация работы со школами, функционирующими в зоне риска»",
        (
            ("3", "Организовать взаимодействие между ШНОР и школой-лидером, ШНОР и куратором",
             "В муниципалитете налажено сетевое взаимодействие между ШНОР и школой-лидером", "до 15.04.2026"),
            ("4", "Разработка программ профилактики учебной неуспешности (антирисковых мер)",
             "В общеобразовательных организациях реализуются программы профилактики", "до 31.08.2026"),
        ),
    ),
)
STATUSES = {
    ("s-balai", "1"): "done", ("s-sosn", "1"): "done", ("s-tolst", "1"): "in_progress",
    ("s-balai", "2"): "done", ("s-sosn", "2"): "in_progress", ("s-tolst", "2"): "not_started",
    ("s-balai", "3"): "done", ("s-sosn", "3"): "done", ("s-tolst", "3"): "not_done",
    ("s-balai", "4"): "done", ("s-sosn", "4"): "in_progress", ("s-tolst", "4"): "in_progress",
}
# Deadlines already passed on AS_OF for activities 1–3: what is not done there is overdue.
OVERDUE = {("s-tolst", "1"), ("s-sosn", "2"), ("s-tolst", "2")}

SIGNATURE = Signature(
    position="Начальник Отдела образования администрации Уярского района",
    name="Е.В. Петрова",
    executor="Исполнитель: Васильева И.С., ведущий специалист, тел. 8 (39146) 2-12-34",
)


def _evidence(party_id: str, number: str) -> tuple[EvidenceLine, ...]:
    lines: list[EvidenceLine] = []
    if STATUSES.get((party_id, number)) == "done" or party_id == "dept":
        lines.append(EvidenceLine("document", ORDER_52, LINK))
    if (party_id, number) == ("s-balai", "3"):
        lines.append(EvidenceLine("link", LONG_LINK, LONG_LINK))
    if (party_id, number) == ("s-sosn", "1"):
        lines.append(EvidenceLine("file", PROTOCOL_FILE))
    return tuple(lines)


def _result(party_id: str, name: str, number: str) -> PartyResult:
    return PartyResult(
        party_id=party_id,
        party_name=name,
        party_kind="school",
        status=STATUSES[(party_id, number)],
        actual=ACTUALS[(party_id, number)],
        evidence=_evidence(party_id, number),
        overdue=(party_id, number) in OVERDUE,
        review="accepted" if STATUSES[(party_id, number)] == "done" else None,
        updated_at=AS_OF - timedelta(days=3),
    )


def _department_result(number: str) -> PartyResult:
    return PartyResult(
        party_id="dept",
        party_name="Отдел образования",
        party_kind="department",
        status="done",
        actual=DEPARTMENT_ACTUALS[number],
        evidence=_evidence("dept", number),
        updated_at=AS_OF - timedelta(days=10),
    )


def _summary(party_id: str, name: str, short: str, statuses: list[str], overdue: int) -> PartySummary:
    return PartySummary(
        party_id=party_id,
        name=name,
        short_name=short,
        total=len(statuses),
        done=statuses.count("done"),
        in_progress=statuses.count("in_progress"),
        not_started=statuses.count("not_started"),
        not_done=statuses.count("not_done"),
        cancelled=statuses.count("cancelled"),
        overdue=overdue,
        last_report=AS_OF - timedelta(days=2),
        reported_this_round=True,
    )


def _indicators(school_names: list[str]) -> tuple[IndicatorReport, ...]:
    return (
        IndicatorReport(
            name="Доля обучающихся, не преодолевших минимальный порог ОГЭ по математике",
            unit="%",
            base_text="18,5 % (2024)",
            base_value=18.5,
            targets={2025: 15.0, 2026: 12.0},
            values=tuple(
                IndicatorValueLine(name, year, "мониторинг", value, f"{value:g}".replace(".", ",") + " %")
                for name in school_names[:2]
                for year, value in ((2025, 16.2), (2026, 13.1))
            ),
        ),
        IndicatorReport(
            name="Количество педагогов, прошедших повышение квалификации",
            unit="чел.",
            base_text="4",
            base_value=4.0,
            targets={2025: 8.0, 2026: 12.0},
            values=(IndicatorValueLine("", 2025, "", 9.0, "9"),),
        ),
    )


def sample_report(school: str | None = None) -> ReportData:
    """The district report (`school=None`) or one school's (`school` = its full name)."""
    schools = [s for s in SCHOOLS if school is None or s[1] == school]
    sections = []
    for title, activities in ACTIVITIES:
        rows = []
        for number, name, expected, deadline in activities:
            results = [_department_result(number)] if school is None and number in DEPARTMENT_ACTUALS else []
            results += [_result(party_id, short, number) for party_id, _full, short in schools]
            rows.append(ActivityReport(number, name, expected, deadline, "Заместители директоров по УВР", tuple(results)))
        sections.append(SectionReport(title, tuple(rows)))
    numbers = [n for _t, acts in ACTIVITIES for n, *_rest in acts]
    summaries = tuple(
        _summary(pid, full, short, [STATUSES[(pid, n)] for n in numbers], sum((pid, n) in OVERDUE for n in numbers))
        for pid, full, short in schools
    )
    changes = tuple(
        ChangeLine(short, n, title, before, STATUSES[(pid, n)], actual_changed=True, evidence_added=added)
        for pid, _full, short in schools
        for n, title, before, added in (("1", "Анализ данных по итогам процедур идентификации ШНОР", "in_progress", 1),
                                        ("3", "Организовать взаимодействие между ШНОР и школой-лидером", None, 2))
        if STATUSES[(pid, n)] != before
    )
    return ReportData(
        department_name=DEPARTMENT,
        roadmap_title=ROADMAP,
        order_number="89",
        order_date=date(2025, 5, 20),
        period=(date(2025, 1, 1), date(2026, 12, 31)),
        as_of=AS_OF,
        issued_on=ISSUED_ON,
        school_filter=school,
        round_name="Мониторинг за первое полугодие 2026 года",
        schools=summaries,
        department=None if school else _summary("dept", DEPARTMENT, "Отдел образования", ["done", "done"], 0),
        sections=tuple(sections),
        indicators=_indicators([short for _pid, _full, short in schools]),
        previous_as_of=PREVIOUS_AS_OF,
        changes=changes,
        signature=SIGNATURE,
    )


_WORDS = (
    "мониторинг проведён педагогами школы совместно с куратором проекта результаты рассмотрены на заседании "
    "методического объединения учителей математики подготовлены адресные рекомендации обучающимся группы риска"
).split()


def big_report(schools: int = 300, activities: int = 150, sections: int = 6) -> ReportData:
    """A district of `schools` schools and `activities` activities, each school reporting on each one."""
    cycle = ("done", "in_progress", "not_started", "done", "not_done", "done", "cancelled")
    parties = [(f"s{i:03d}", f"МБОУ «Школа № {i} посёлка Новоселово{i}»", f"Школа № {i}") for i in range(1, schools + 1)]
    per_section = -(-activities // sections)
    section_list = []
    for s in range(sections):
        acts = []
        for a in range(s * per_section, min(activities, (s + 1) * per_section)):
            results = tuple(
                PartyResult(
                    party_id=pid,
                    party_name=short,
                    party_kind="school",
                    status=cycle[(a + i) % len(cycle)],
                    actual=" ".join(_WORDS[(a + i + k) % len(_WORDS)] for k in range(12 + (a * i) % 20)).capitalize() + ".",
                    evidence=(EvidenceLine("document", ORDER_52, LINK),) if (a + i) % 3 == 0 else (),
                    overdue=(a + i) % 11 == 0,
                )
                for i, (pid, _full, short) in enumerate(parties)
            )
            acts.append(
                ActivityReport(
                    f"{s + 1}.{a - s * per_section + 1}",
                    f"Мероприятие {a + 1}: организация методической поддержки педагогов по направлению {a % 7 + 1}",
                    "В муниципалитете реализуются мероприятия по поддержке общеобразовательных организаций",
                    "до 31.12.2026",
                    "",
                    results,
                )
            )
        section_list.append(SectionReport(f"Подпрограмма {s + 1} «Направление работы № {s + 1}»", tuple(acts)))
    summaries = []
    for i, (pid, full, short) in enumerate(parties):
        statuses = [cycle[(a + i) % len(cycle)] for a in range(activities)]
        summaries.append(_summary(pid, full, short, statuses, sum((a + i) % 11 == 0 for a in range(activities))))
    return replace(
        sample_report(),
        schools=tuple(summaries),
        department=None,
        sections=tuple(section_list),
        indicators=_indicators([short for _pid, _full, short in parties]),
    )
