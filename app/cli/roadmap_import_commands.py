"""roadmap import: reading the district's Word/Excel roadmap into this profile.

The report goes to stderr in Russian: what was imported, which header went to which field, the
deadlines that could not be read (by number), and the tables skipped with the reason.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.cli.commands import _with_profile, emit_json, say
from app.i18n import QT_TRANSLATE_NOOP, fill, translate
from app.timeutil import format_date, parse_date

FIELD_NAMES = {
    "number": QT_TRANSLATE_NOOP("CommandLine", "номер"),
    "title": QT_TRANSLATE_NOOP("CommandLine", "мероприятие"),
    "deadline": QT_TRANSLATE_NOOP("CommandLine", "срок"),
    "responsible": QT_TRANSLATE_NOOP("CommandLine", "ответственные"),
    "result": QT_TRANSLATE_NOOP("CommandLine", "ожидаемый результат"),
    "section": QT_TRANSLATE_NOOP("CommandLine", "раздел"),
    "ignored": QT_TRANSLATE_NOOP("CommandLine", "не используется"),
}


def period_argument(text: str) -> tuple[date, date]:
    """«2024-01-01:2024-12-31» or «01.01.2024:31.12.2024» → (start, end)."""
    parts = text.split(":")
    try:
        if len(parts) != 2:
            raise ValueError(text)
        start, end = parse_date(parts[0]), parse_date(parts[1])
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "период «%1» не понят: укажите ГГГГ-ММ-ДД:ГГГГ-ММ-ДД, например 2024-09-01:2025-08-31").replace("%1", text)
        ) from None
    if start > end:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "в периоде «%1» начало позже конца").replace("%1", text)
        )
    return start, end


def add_parsers(sub, groups) -> None:
    """Add `roadmap import` to the roadmap command group."""
    parser = groups["roadmap"].add_parser(
        "import", help=translate("CommandLine", "загрузить дорожную карту из файла Word (.docx) или Excel (.xlsx)")
    )
    parser.add_argument("file", type=Path, metavar=translate("CommandLine", "ФАЙЛ"),
                        help=translate("CommandLine", "файл дорожной карты .docx или .xlsx"))
    parser.add_argument("--period", type=period_argument, metavar=translate("CommandLine", "НАЧАЛО:КОНЕЦ"),
                        help=translate("CommandLine", "период дорожной карты, например 2024-09-01:2025-08-31 (если в документе его нет или он другой)"))
    parser.add_argument("--title", metavar=translate("CommandLine", "НАЗВАНИЕ"),
                        help=translate("CommandLine", "название дорожной карты вместо найденного в документе"))
    parser.add_argument("--json", action="store_true", help=translate("CommandLine", "вывести отчёт о загрузке в JSON"))


def roadmap_import(args) -> int:
    # Loaded only for this command: the readers pull in python-docx, openpyxl and lxml.
    from app.roadmap_import.service import import_roadmap

    def work(store) -> int:
        report = import_roadmap(store, args.file, period=args.period, title=args.title)
        for line in report_lines(report):
            say(line)
        if args.json:
            emit_json(report.as_json())
        return 0

    return _with_profile(args, work)


def report_lines(report) -> list[str]:
    """The import report as lines for a person."""
    lines = []
    if report.created:
        lines.append(translate("CommandLine", "Загружена новая дорожная карта «%1» (ID %2).").replace("%1", report.title).replace("%2", report.roadmap_id))
    else:
        lines.append(translate("CommandLine", "Обновлена дорожная карта «%1» (ID %2).").replace("%1", report.title).replace("%2", report.roadmap_id))
    if report.period:
        lines.append(fill(translate("CommandLine", "Период: %1–%2."), format_date(report.period[0]), format_date(report.period[1])))
    else:
        lines.append(translate(
            "CommandLine",
            "Период в документе не найден: сроки «весь период», «в течение года» не прочитаны. Укажите его: --period ГГГГ-ММ-ДД:ГГГГ-ММ-ДД.",
        ))
    if report.order_number and report.order_date:
        lines.append(fill(translate("CommandLine", "Утверждена документом от %1 № %2."), format_date(report.order_date), report.order_number))
    elif report.order_date:
        lines.append(fill(translate("CommandLine", "Утверждена %1."), format_date(report.order_date)))
    lines.append(fill(
        translate("CommandLine", "Импортировано: разделов — %1, мероприятий — %2 (новых — %3, изменено — %4, без изменений — %5, удалено — %6)."),
        report.sections, report.activities, report.new, report.updated, report.unchanged, report.removed,
    ))
    if report.indicators:
        lines.append(fill(translate("CommandLine", "Показателей: %1."), report.indicators))
    if report.columns:
        columns = ", ".join(
            fill(translate("CommandLine", "«%1» → %2"), header, translate("CommandLine", FIELD_NAMES[name]))
            for header, name in report.columns
        )
        lines.append(fill(translate("CommandLine", "Столбцы: %1."), columns))
    if report.unnumbered:
        lines.append(fill(translate("CommandLine", "Мероприятий без номера: %1 (отметить их выполнение можно в окне программы)."), report.unnumbered))
    if report.duplicate_numbers:
        lines.append(fill(translate("CommandLine", "Номера, которые встречаются несколько раз: %1."), ", ".join(report.duplicate_numbers)))
    if report.deadlines_not_understood:
        lines.append(translate("CommandLine", "Сроки, которые не удалось прочитать (исправьте их в файле или в программе):"))
        for number, text, issue in report.deadlines_not_understood:
            lines.append(fill(translate("CommandLine", "  %1: «%2» — %3"), number, text, issue))
    if report.skipped_tables:
        lines.append(translate("CommandLine", "Пропущенные таблицы:"))
        for where, why in report.skipped_tables:
            lines.append(fill(translate("CommandLine", "  %1 — %2"), where, why))
    return lines


HANDLERS = {("roadmap", "import"): roadmap_import}
