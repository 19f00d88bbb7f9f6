"""`report spravka` and `report monitoring`: the analytical report (PDF, DOCX) and the monitoring form (XLSX).

Both call `app.reports.service.make_report`, the same function the window calls. The signature block
given here (--signer-position, --signer-name, --executor) is remembered in the profile for next time.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from app.cli.argparse_ru import RussianParser
from app.cli.commands import _with_profile, emit_json, say
from app.errors import InvalidInput
from app.i18n import fill, translate
from app.profile import ProfileStore
from app.reports.model import Signature
from app.reports.service import ReportOptions, ReportResult, make_report, save_signature, signature_settings
from app.timeutil import parse_date


def add_parsers(sub, groups) -> None:
    """Add this module's commands: `sub` holds the top-level commands, `groups` the existing command groups."""
    report = sub.add_parser("report", help=translate("CommandLine", "отчёты: аналитическая справка и форма мониторинга"))
    report_sub = report.add_subparsers(dest="action", metavar=translate("CommandLine", "ОТЧЁТ"), required=True,
                                       parser_class=RussianParser)
    spravka = report_sub.add_parser("spravka", help=translate("CommandLine", "аналитическая справка о реализации дорожной карты (PDF или DOCX)"))
    spravka.add_argument("--format", required=True, choices=("pdf", "docx"), metavar=translate("CommandLine", "ФОРМАТ"),
                         help=translate("CommandLine", "pdf или docx"))
    _common(spravka)
    spravka.add_argument("--school", metavar=translate("CommandLine", "НАЗВАНИЕ"),
                         help=translate("CommandLine", "справка по одной школе (для отдела образования)"))
    spravka.add_argument("--signer-position", metavar=translate("CommandLine", "ДОЛЖНОСТЬ"),
                         help=translate("CommandLine", "должность подписывающего, например «Начальник отдела образования» (запоминается)"))
    spravka.add_argument("--signer-name", metavar=translate("CommandLine", "ФИО"),
                         help=translate("CommandLine", "инициалы и фамилия подписывающего, например «И.О. Фамилия» (запоминается)"))
    spravka.add_argument("--executor", metavar=translate("CommandLine", "ТЕКСТ"),
                         help=translate("CommandLine", "исполнитель: ФИО, должность, телефон (запоминается)"))
    monitoring = report_sub.add_parser("monitoring", help=translate("CommandLine", "форма мониторинга: школы × мероприятия (XLSX)"))
    monitoring.add_argument("--format", required=True, choices=("xlsx",), metavar=translate("CommandLine", "ФОРМАТ"),
                            help=translate("CommandLine", "xlsx"))
    _common(monitoring)


def _common(parser) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar=translate("CommandLine", "ФАЙЛ"),
                        help=translate("CommandLine", "куда сохранить отчёт"))
    parser.add_argument("--as-of", metavar=translate("CommandLine", "ДАТА"),
                        help=translate("CommandLine", "по состоянию на дату (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ); без неё — на сегодня"))
    parser.add_argument("--json", action="store_true", help=translate("CommandLine", "вывести JSON"))


def as_of_argument(text: str | None) -> date | None:
    """--as-of as YYYY-MM-DD or ДД.ММ.ГГГГ."""
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise InvalidInput(fill(translate("CommandLine", "Дата «%1» не распознана. Укажите её как 2024-05-31 или 31.05.2024."),
                                text)) from None


def _signature(store: ProfileStore, args) -> tuple[Signature, bool]:
    """The saved signature block with what was given on the command line put in; True when something was given."""
    saved = signature_settings(store)
    given = {field: " ".join(getattr(args, option).split()) for field, option in
             (("position", "signer_position"), ("name", "signer_name"), ("executor", "executor"))
             if getattr(args, option, None) is not None}
    return replace(saved, **given), bool(given)


def _run(args, kind: str) -> int:
    as_of = as_of_argument(args.as_of)

    def work(store: ProfileStore) -> int:
        signature, given = _signature(store, args)
        options = ReportOptions(school=getattr(args, "school", None), as_of=as_of, signature=signature)
        result = make_report(store, kind, args.format, args.out, options)
        if given:  # remembered only once a report was made with it
            save_signature(store, signature)
        _tell(kind, result)
        if args.json:
            emit_json({"kind": kind, "format": args.format, "path": str(result.path), "size": result.size,
                       "schools": result.schools, "activities": result.activities, "pages": result.pages,
                       "as_of": as_of.isoformat() if as_of else None})
        return 0

    return _with_profile(args, work)


def _tell(kind: str, result: ReportResult) -> None:
    counts = [translate("CommandLine", "%n школа|%n школы|%n школ", n=result.schools),
              translate("CommandLine", "%n мероприятие|%n мероприятия|%n мероприятий", n=result.activities)]
    if result.pages is not None:
        counts.append(translate("CommandLine", "%n стр.", n=result.pages))
    if kind == "spravka":
        text = translate("CommandLine", "Справка сохранена: %1 (%2).")
    else:
        text = translate("CommandLine", "Форма мониторинга сохранена: %1 (%2).")
    say(fill(text, result.path, ", ".join(counts)))


def spravka(args) -> int:
    return _run(args, "spravka")


def monitoring(args) -> int:
    return _run(args, "monitoring")


HANDLERS = {("report", "spravka"): spravka, ("report", "monitoring"): monitoring}
