"""The fixed wording of the analytical report, shared by the PDF and the DOCX so both say the same words.

Each function takes the report's data and returns Russian text ready to print (dates ДД.ММ.ГГГГ). The
wording follows the справки districts already send (seed 003): the title, the approving order, the
monitoring procedure, the participants. Writers add headings here rather than in their own module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.i18n import fill, translate
from app.progress import status_name
from app.reports.model import (
    ChangeLine,
    EvidenceLine,
    IndicatorReport,
    PartyResult,
    PartySummary,
    ReportData,
    SectionReport,
)
from app.timeutil import format_date


def title_text(data: ReportData) -> str:
    """«Аналитическая справка о результатах реализации мероприятий дорожной карты «…» на 2024 год»."""
    text = fill(
        translate("Reports", "Аналитическая справка о результатах реализации мероприятий дорожной карты «%1»"),
        data.roadmap_title.strip().strip("«»\""),
    )
    if data.school_filter:
        # «в МКОУ «…»» reads well when the name starts with its abbreviation, which is not declined;
        # a name written out in full would need the prepositional case, so it follows a dash instead.
        head = data.school_filter.split()[0] if data.school_filter.split() else ""
        template = translate("Reports", "в %1") if len(head) > 1 and head.isupper() else translate("Reports", "— %1")
        text += " " + fill(template, data.school_filter)
    return text


def approval_text(data: ReportData) -> str:
    """«Дорожная карта утверждена приказом … от 20.05.2022 № 89.» or "" when the order is unknown."""
    if not (data.order_number or data.order_date):
        return ""
    # The department's name stands at the top of the справка; here it would need the genitive case,
    # which cannot be made reliably from a name typed in the nominative.
    text = translate("Reports", "Дорожная карта утверждена приказом")
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
        name = data.round_name.rstrip(".")
        # Rounds are usually named «Мониторинг за …» already; a second «Мониторинг:» would stutter.
        if name.lower().startswith("мониторинг"):
            text += " " + name + "."
        else:
            text += " " + fill(translate("Reports", "Мониторинг: %1."), name)
    return text


def participants_text(data: ReportData) -> str:
    """«В мониторинге приняли участие общеобразовательные организации (9): МКОУ «…» (далее – Заречненская СОШ); …»."""
    names = [introduced_name(school) for school in data.schools]
    if not names and not data.school_filter:
        return translate("Reports", "Общеобразовательные организации к мониторингу пока не подключены.")
    if data.school_filter:
        # The one school's summary carries its short name; a report made without one still names the school.
        name = names[0] if names else data.school_filter
        return fill(translate("Reports", "Справка составлена по общеобразовательной организации %1."), name)
    return fill(
        translate("Reports", "В мониторинге приняли участие общеобразовательные организации (%1): %2."),
        str(len(names)),
        "; ".join(names),
    )


def introduced_name(party: PartySummary) -> str:
    """The full name, then the name the tables use when it is a different one, as official papers introduce an
    abbreviation: «МКОУ «Заречненская средняя общеобразовательная школа» (далее – Заречненская СОШ)»."""
    full, short = party.name.strip(), party.short_name.strip()
    if not short or short == full:
        return full
    return fill(translate("Reports", "%1 (далее – %2)"), full, short)


def status_word(status: str) -> str:
    """«Выполнено», «В работе» …: the status with a capital letter, as a table cell shows it."""
    name = status_name(status)
    return name[:1].upper() + name[1:]


def result_label(result: PartyResult) -> str:
    """The party's label before its actual result in the district table: «Сосновская СОШ:»."""
    return result.party_name + ":"


# Headings and table wording shared by the PDF and the DOCX (the order of the parts follows seed 003).


def procedure_heading() -> str:
    return translate("Reports", "1. Процедура мониторинга.")


def results_heading() -> str:
    return translate("Reports", "2. Результаты мониторинга.")


def table_headers() -> tuple[str, str, str, str]:
    """The main table's columns, as in seed 003."""
    return (
        translate("Reports", "№ п/п"),
        translate("Reports", "Наименование мероприятия"),
        translate("Reports", "Ожидаемый результат"),
        translate("Reports", "Фактический результат"),
    )


def has_section_rows(data: ReportData) -> bool:
    """A roadmap without sections gets no section rows at all, rather than one invented heading."""
    return any(section.title for section in data.sections)


def section_title(section: SectionReport) -> str:
    """The section's row in the main table; activities outside any section get a row of their own too."""
    return section.title or translate("Reports", "Мероприятия вне разделов")


def party_status_text(result: PartyResult) -> str:
    """«выполнено», «в работе, просрочено»: the state printed after the party's label."""
    text = status_name(result.status)
    if result.overdue:
        text += overdue_mark()
    if result.review == "rework":
        text += translate("Reports", ", возвращено на доработку")
    return text


def overdue_mark() -> str:
    """What `party_status_text` adds for an overdue activity (the monitoring form counts cells by it)."""
    return translate("Reports", ", просрочено")


def no_result_text() -> str:
    """Printed where a party has not written an actual result."""
    return translate("Reports", "Фактический результат не указан.")


def summary_heading() -> str:
    return translate("Reports", "3. Сводные данные о выполнении мероприятий.")


def summary_headers() -> tuple[str, ...]:
    return (
        translate("Reports", "Организация"),
        translate("Reports", "Всего"),
        translate("Reports", "Выполнено"),
        translate("Reports", "В работе"),
        translate("Reports", "Не начато"),
        translate("Reports", "Не выполнено"),
        translate("Reports", "Отменено"),
        translate("Reports", "Просрочено"),
        translate("Reports", "Доля выполненных, %"),
    )


def summary_total_label() -> str:
    return translate("Reports", "Итого по школам")


def indicators_heading() -> str:
    return translate("Reports", "4. Показатели реализации Дорожной карты.")


def indicator_headers(years: list[int]) -> tuple[str, ...]:
    """«Показатель», «Единица измерения», «Базовое значение», «План на 2024» …, «Фактическое значение»."""
    return (
        translate("Reports", "Показатель"),
        translate("Reports", "Единица измерения"),
        translate("Reports", "Базовое значение"),
        *(fill(translate("Reports", "План на %1"), str(year)) for year in years),
        translate("Reports", "Фактическое значение"),
    )


def indicator_years(data: ReportData) -> list[int]:
    """Every year some indicator has a target for, in order: the plan columns of the indicator table."""
    return sorted({year for indicator in data.indicators for year in indicator.targets})


@dataclass(frozen=True)
class IndicatorGrid:
    """An indicator's reported values as the справка lays them out: a row per party, a column per round."""

    header: tuple[str, ...]  # «Организация», then each monitoring round (or year) values were reported for
    rows: tuple[tuple[str, ...], ...]  # the party as the main table names it, then its value per column or «—»


def indicator_grid(data: ReportData, indicator: IndicatorReport) -> IndicatorGrid | None:
    """Who reported what for which round; None when no value was reported at all. Every school of the report
    has its row, so a school that did not report stands out by its dashes; the department's own row comes
    first, as in the main table, when it reported values itself."""
    if not indicator.values:
        return None
    columns: dict[tuple, str] = {}
    cells: dict[tuple[str, tuple], str] = {}
    for line in indicator.values:
        key = (line.round_due or date(line.year or 9999, 12, 31), line.year or 0, line.round_name)
        columns[key] = line.round_name or (fill(translate("Reports", "%1 год"), str(line.year)) if line.year
                                           else translate("Reports", "Значение"))
        cells[(line.party_name, key)] = line.value_text  # values are in order: the later one stands
    order = sorted(columns)
    labels = [columns[key] for key in order]
    # Rounds of different years under one name («Мониторинг за I полугодие») are told apart by the year.
    labels = [fill(translate("Reports", "%1, %2 год"), label, str(key[1])) if labels.count(label) > 1 and key[1] else label
              for label, key in zip(labels, order)]
    own = [line.party_name for line in indicator.values if line.party_kind == "department"][:1]
    parties = own + [school.short_name for school in data.schools]
    parties += sorted({line.party_name for line in indicator.values} - set(parties))
    return IndicatorGrid(
        header=(summary_headers()[0], *labels),
        rows=tuple((party, *(cells.get((party, key)) or "—" for key in order)) for party in parties),
    )


def indicator_facts_text(indicator: IndicatorReport) -> str:
    """Under the indicator's name: «Единица измерения: %. Базовое значение: 18,5 % (2024). План: 2025 год — 15;
    2026 год — 12.»; parts the roadmap does not give are left out."""
    parts = []
    if indicator.unit:
        parts.append(fill(translate("Reports", "Единица измерения: %1."), indicator.unit))
    parts.append(fill(translate("Reports", "Базовое значение: %1."), indicator.base_text or "—"))
    if indicator.targets:
        plans = "; ".join(fill(translate("Reports", "%1 год — %2"), str(year), number_text(value))
                          for year, value in indicator.targets.items())
        parts.append(fill(translate("Reports", "План: %1."), plans))
    return " ".join(parts)


def indicator_no_reports_text() -> str:
    """In place of the grid when no school reported the indicator."""
    return translate("Reports", "Фактические значения показателя пока не представлены.")


def no_indicators_text() -> str:
    """Where the indicator table would be: that there are none, and where indicators come from."""
    return translate(
        "Reports",
        "Показатели в Дорожной карте не заданы. Они загружаются в программу вместе с дорожной картой из таблицы "
        "показателей в её файле (наименование показателя, базовое значение, значения по годам).",
    )


def changes_heading() -> str:
    return translate("Reports", "5. Что изменилось с прошлого мониторинга.")


def changes_intro(data: ReportData) -> str:
    if data.previous_as_of is None:
        return translate("Reports", "Это первый мониторинг: сравнивать не с чем.")
    when = format_date(data.previous_as_of.date())
    if not data.changes:
        return fill(translate("Reports", "С мониторинга по состоянию на %1 изменений нет."), when)
    return fill(
        translate("Reports", "По сравнению с мониторингом по состоянию на %1 изменилось выполнение мероприятий (%2):"),
        when,
        str(len(data.changes)),
    )


def change_text(line: ChangeLine) -> str:
    """«Сосновская СОШ, 1.2 «…»: не начато → выполнено; фактический результат дополнен; добавлено документов: 2»."""
    before = status_name(line.status_before) if line.status_before else translate("Reports", "сведений не было")
    now = status_name(line.status_now)
    parts = [now if line.status_before == line.status_now else f"{before} → {now}"]
    if line.actual_changed:
        parts.append(translate("Reports", "фактический результат изменён"))
    if line.evidence_added:
        parts.append(fill(translate("Reports", "добавлено подтверждений: %1"), str(line.evidence_added)))
    return f"{line.party_name}, {line.number} «{line.title}»: " + "; ".join(parts)


def signature_date_text(data: ReportData) -> str:
    return format_date(data.issued_on)


# Charts (drawn by app/reports/charts.py, shown in the PDF and as pictures in the DOCX).


def progress_chart_caption(first: int, last: int, count: int) -> str:
    """«Рисунок. Выполнение мероприятий по школам» and, when the chart is split, which schools this part shows."""
    text = translate("Reports", "Выполнение мероприятий по школам, доля от числа мероприятий (без отменённых)")
    if count > last - first + 1:
        text += " " + fill(translate("Reports", "(школы %1–%2 из %3)"), str(first), str(last), str(count))
    return text


def chart_overdue_text(count: int) -> str:
    """Beside a school's bar: «просрочено: 3»."""
    return fill(translate("Reports", "просрочено: %1"), str(count))


def chart_no_activities_text() -> str:
    return translate("Reports", "нет мероприятий")


def chart_percent_axis() -> str:
    return translate("Reports", "%")


def indicator_chart_caption(name: str) -> str:
    return fill(translate("Reports", "Показатель «%1»: план и факт по годам"), name)


def indicator_plan_label() -> str:
    return translate("Reports", "План")


def indicator_fact_label(parties: int) -> str:
    """«Факт», or «Факт (среднее по 3 школам)» when several schools reported the value."""
    if parties > 1:
        return fill(translate("Reports", "Факт (среднее по организациям: %1)"), str(parties))
    return translate("Reports", "Факт")


def indicator_base_label(value_text: str) -> str:
    return fill(translate("Reports", "Базовое значение: %1"), value_text)


def indicator_no_values_text() -> str:
    return translate("Reports", "Нет ни плановых, ни фактических значений по годам.")


def evidence_label() -> str:
    """Before a party's evidence in the main table: «Документы: …»."""
    return translate("Reports", "Документы:")


def evidence_text(line: EvidenceLine) -> str:
    """One proof as printed: a document with its address after it (as in seed 003), a link, a file by name."""
    if line.kind == "file":
        return fill(translate("Reports", "файл «%1»"), line.text)
    if line.kind == "document" and line.url and line.url not in line.text:
        return f"{line.text} {line.url}"
    return line.text


def continued_text() -> str:
    """In the main table where a page starts inside an activity, under its number."""
    return translate("Reports", "(продолжение)")


def number_text(value: float) -> str:
    """12 or 12,5: a planned or actual value with the Russian decimal comma and no trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
