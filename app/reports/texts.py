"""The fixed wording of the analytical report, shared by the PDF and the DOCX so both say the same words.

Each function takes the report's data and returns Russian text ready to print (dates ДД.ММ.ГГГГ). The
wording follows the справки districts already send (seed 003): the title, the approving order, the
monitoring procedure, the participants. Writers add headings here rather than in their own module.
"""

from __future__ import annotations

from app.i18n import fill, translate
from app.progress import status_name
from app.reports.model import PartyResult, ReportData
from app.timeutil import format_date


def title_text(data: ReportData) -> str:
    """«Аналитическая справка о результатах реализации мероприятий дорожной карты «…» на 2024 год»."""
    text = fill(
        translate("Reports", "Аналитическая справка о результатах реализации мероприятий дорожной карты «%1»"),
        data.roadmap_title.strip().strip("«»\""),
    )
    if data.school_filter:
        text += " " + fill(translate("Reports", "в %1"), data.school_filter)
    return text


def approval_text(data: ReportData) -> str:
    """«Дорожная карта утверждена приказом … от 20.05.2022 № 89.» or "" when the order is unknown."""
    if not (data.order_number or data.order_date):
        return ""
    text = fill(translate("Reports", "Дорожная карта утверждена приказом %1"), data.department_name)
    if data.order_date:
        text += " " + fill(translate("Reports", "от %1"), format_date(data.order_date))
    if data.order_number:
        text += " " + fill(translate("Reports", "№ %1"), data.order_number)
    return text + translate("Reports", " (далее – Дорожная карта).")


def state_text(data: ReportData) -> str:
    """«Сведения приведены по состоянию на 24.11.2026.»"""
    return fill(translate("Reports", "Сведения приведены по состоянию на %1."), format_date(data.as_of.date()))


def procedure_text(data: ReportData) -> str:
    text = translate(
        "Reports",
        "Информация о выполнении мероприятий Дорожной карты получена от общеобразовательных организаций в "
        "электронном виде: пакеты с отчётами, подписанные электронной подписью школы, загружены в программу "
        "«Ориентир», подлинность и целостность каждого пакета проверены. Далее проводилась систематизация "
        "полученной информации и анализ данных.",
    )
    if data.round_name:
        text += " " + fill(translate("Reports", "Мониторинг: %1."), data.round_name)
    return text


def participants_text(data: ReportData) -> str:
    """«В мониторинге приняли участие 9 общеобразовательных организаций: …»."""
    names = [school.name for school in data.schools]
    if data.school_filter:
        return fill(translate("Reports", "Справка составлена по общеобразовательной организации %1."), data.school_filter)
    return fill(
        translate("Reports", "В мониторинге приняли участие общеобразовательные организации (%1): %2."),
        str(len(names)),
        "; ".join(names),
    )


def status_word(status: str) -> str:
    """«Выполнено», «В работе» …: the status with a capital letter, as a table cell shows it."""
    name = status_name(status)
    return name[:1].upper() + name[1:]


def result_label(result: PartyResult) -> str:
    """The party's label before its actual result in the district table: «Сосновская СОШ:»."""
    return result.party_name + ":"
