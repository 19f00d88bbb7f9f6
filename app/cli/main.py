"""Parsing the command line and the one place where every failure becomes a Russian line and an exit code.

Exit codes (the contract): 0 done; 1 refused or failed, with a one-line reason (details in the log);
2 wrong usage. No traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from app import __version__
from app.cli import argparse_ru
from app.errors import UsageError, UserError, from_database_error, from_os_error
from app.i18n import translate
from app.logs import current_log_path

log = logging.getLogger("orientir.cli")

# Command groups kept in modules of their own; each adds its parsers and lists its handlers.
# Command groups in their own modules, imported only when a command runs: the window starts without them.
EXTENSION_MODULES = ("roadmap_import_commands", "exchange_commands", "review_commands", "key_commands", "report_commands")
WINDOW_FLAGS = ("--selftest",)

STATUS_ALIASES = {
    "не начато": "not_started",
    "в работе": "in_progress",
    "выполнено": "done",
    "не выполнено": "not_done",
    "отменено": "cancelled",
}


def status_argument(text: str) -> str:
    """A status as the contract's code or as the Russian word a person would type («выполнено»)."""
    folded = " ".join(text.replace("_", " ").split()).casefold()
    code = STATUS_ALIASES.get(folded, folded.replace(" ", "_"))
    if code not in STATUS_ALIASES.values():
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "неизвестный статус «%1»: укажите выполнено, в работе, не начато, не выполнено или отменено").replace("%1", text)
        )
    return code


def build_parser() -> argparse_ru.RussianParser:
    argparse_ru.install()
    parser = argparse_ru.RussianParser(
        prog="orientir",
        description=translate("CommandLine", "Ориентир: дорожные карты школ с низкими образовательными результатами. Без команды открывает окно программы."),
    )
    parser.add_argument("--data-dir", type=Path, metavar=translate("CommandLine", "ПАПКА"), help=translate("CommandLine", "папка профиля (или переменная окружения ORIENTIR_DATA_DIR)"))
    parser.add_argument("--version", action="version", version=f"Ориентир {__version__}", help=translate("CommandLine", "показать версию программы"))
    parser.add_argument("--selftest", action="store_true", help=translate("CommandLine", "открыть окно без экрана, отрисовать его и выйти (проверка сборки)"))
    sub = parser.add_subparsers(dest="command", metavar=translate("CommandLine", "КОМАНДА"), parser_class=argparse_ru.RussianParser)

    init = sub.add_parser("init", help=translate("CommandLine", "создать профиль отдела образования или школы"))
    init_sub = init.add_subparsers(dest="kind", metavar=translate("CommandLine", "ВИД"), required=True, parser_class=argparse_ru.RussianParser)
    dep = init_sub.add_parser("department", help=translate("CommandLine", "профиль отдела (управления) образования"))
    dep.add_argument("--name", required=True, metavar=translate("CommandLine", "НАЗВАНИЕ"), help=translate("CommandLine", "название отдела образования"))
    sch = init_sub.add_parser("school", help=translate("CommandLine", "профиль школы по файлу подключения от отдела образования"))
    sch.add_argument("--enrollment", required=True, type=Path, metavar=translate("CommandLine", "ФАЙЛ"), help=translate("CommandLine", "файл подключения, полученный от отдела образования"))

    school = sub.add_parser("school", help=translate("CommandLine", "школы отдела образования"))
    school_sub = school.add_subparsers(dest="action", metavar=translate("CommandLine", "ДЕЙСТВИЕ"), required=True, parser_class=argparse_ru.RussianParser)
    add = school_sub.add_parser("add", help=translate("CommandLine", "зарегистрировать школу и создать её файл подключения"))
    add.add_argument("--name", required=True, metavar=translate("CommandLine", "НАЗВАНИЕ"), help=translate("CommandLine", "полное название школы"))
    add.add_argument("--out", required=True, type=Path, metavar=translate("CommandLine", "ФАЙЛ"), help=translate("CommandLine", "куда записать файл подключения для школы"))
    add.add_argument("--short-name", default="", metavar=translate("CommandLine", "НАЗВАНИЕ"), help=translate("CommandLine", "краткое название (МБОУ «…» СОШ)"))
    add.add_argument("--status", default="shnor", choices=("shnor", "risk_group", "non_objective", "social_risk", "other"), metavar=translate("CommandLine", "СТАТУС"),
                     help=translate("CommandLine", "статус: shnor — ШНОР, risk_group — группа риска, non_objective — признаки необъективности, social_risk — неблагоприятные социальные условия, other — другое"))
    add.add_argument("--curator", default="", metavar=translate("CommandLine", "ФИО"), help=translate("CommandLine", "куратор школы (ФИО)"))
    add.add_argument("--mentor", default="", metavar=translate("CommandLine", "ШКОЛА"), help=translate("CommandLine", "школа-наставник"))
    add.add_argument("--email", default="", metavar=translate("CommandLine", "АДРЕС"), help=translate("CommandLine", "адрес электронной почты школы"))
    reissue = school_sub.add_parser("reissue", help=translate("CommandLine", "новый файл подключения взамен потерянного (прежний перестаёт действовать)"))
    reissue.add_argument("--name", required=True, metavar=translate("CommandLine", "НАЗВАНИЕ"), help=translate("CommandLine", "название зарегистрированной школы"))
    reissue.add_argument("--out", required=True, type=Path, metavar=translate("CommandLine", "ФАЙЛ"), help=translate("CommandLine", "куда записать новый файл подключения"))
    lst = school_sub.add_parser("list", help=translate("CommandLine", "список школ: ключ, полученные пакеты, выполнение"))
    lst.add_argument("--json", action="store_true", help=translate("CommandLine", "вывести JSON"))

    roadmap = sub.add_parser("roadmap", help=translate("CommandLine", "дорожные карты"))
    roadmap_sub = roadmap.add_subparsers(dest="action", metavar=translate("CommandLine", "ДЕЙСТВИЕ"), required=True, parser_class=argparse_ru.RussianParser)
    show = roadmap_sub.add_parser("show", help=translate("CommandLine", "показать дорожные карты профиля"))
    show.add_argument("--json", action="store_true", help=translate("CommandLine", "вывести JSON"))

    progress = sub.add_parser("progress", help=translate("CommandLine", "ход выполнения мероприятий"))
    progress_sub = progress.add_subparsers(dest="action", metavar=translate("CommandLine", "ДЕЙСТВИЕ"), required=True, parser_class=argparse_ru.RussianParser)
    pset = progress_sub.add_parser("set", help=translate("CommandLine", "отметить выполнение мероприятия"))
    pset.add_argument("number", metavar=translate("CommandLine", "НОМЕР"), help=translate("CommandLine", "номер мероприятия, например 1.1"))
    pset.add_argument("--roadmap", metavar="ID", help=translate("CommandLine", "ID дорожной карты, если номер есть в нескольких"))
    pset.add_argument("--status", type=status_argument, metavar=translate("CommandLine", "СТАТУС"),
                      help=translate("CommandLine", "статус: «выполнено» (done), «в работе» (in_progress), «не начато» (not_started), «не выполнено» (not_done), «отменено» (cancelled)"))
    pset.add_argument("--actual", metavar=translate("CommandLine", "ТЕКСТ"), help=translate("CommandLine", "фактический результат"))
    pset.add_argument("--attach", action="append", default=[], type=Path, metavar=translate("CommandLine", "ФАЙЛ"), help=translate("CommandLine", "прикрепить файл (можно несколько раз)"))
    pset.add_argument("--link", action="append", default=[], metavar="URL", help=translate("CommandLine", "добавить ссылку (можно несколько раз)"))
    pset.add_argument("--document", action="append", default=[], metavar=translate("CommandLine", "ТЕКСТ"),
                      help=translate("CommandLine", "добавить документ, например «Приказ от 09.03.2022 № 52 «О посещении семинара»»"))
    pset.add_argument("--note", metavar=translate("CommandLine", "ТЕКСТ"), help=translate("CommandLine", "примечание"))
    pshow = progress_sub.add_parser("show", help=translate("CommandLine", "показать ход выполнения"))
    pshow.add_argument("--school", metavar=translate("CommandLine", "НАЗВАНИЕ"), help=translate("CommandLine", "только эта школа (для отдела образования)"))
    pshow.add_argument("--json", action="store_true", help=translate("CommandLine", "вывести JSON"))

    sub.add_parser("backup", help=translate("CommandLine", "сделать резервную копию базы профиля"))
    restore = sub.add_parser("restore", help=translate("CommandLine", "восстановить базу профиля из резервной копии"))
    restore.add_argument("file", type=Path, metavar=translate("CommandLine", "ФАЙЛ"), help=translate("CommandLine", "файл резервной копии (из папки backups профиля)"))
    demo = sub.add_parser("demo", help=translate("CommandLine", "создать демонстрационный профиль школы (в папке --data-dir, иначе в отдельной папке демонстрации, а не в рабочем профиле)"))
    demo.add_argument("--department", action="store_true",
                      help=translate("CommandLine", "профиль отдела образования с шестью школами и двумя мониторингами"))

    groups = {"school": school_sub, "roadmap": roadmap_sub, "progress": progress_sub}
    for module in extensions():
        module.add_parsers(sub, groups)
    return parser


def extensions() -> tuple:
    from importlib import import_module

    return tuple(import_module(f"app.cli.{name}") for name in EXTENSION_MODULES)


def _window_only(argv: list[str]) -> tuple[Path | None, bool] | None:
    """(data folder, selftest) when the arguments only open the window; None when a command is asked for.

    The window is the common case on a school PC; it must not wait for every command module to load.
    """
    data_dir, selftest, rest = None, False, list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in WINDOW_FLAGS:
            selftest = True
        elif arg == "--data-dir" and rest and not rest[0].startswith("-"):
            data_dir = Path(rest.pop(0))
        elif arg.startswith("--data-dir="):
            data_dir = Path(arg.split("=", 1)[1])
        else:
            return None
    return data_dir, selftest


def _exists(arg: str) -> bool:
    """A file named on the command line; a text too long to be a path is not one."""
    try:
        return Path(arg).exists()
    except (OSError, ValueError):
        return False


def _quiet_logging() -> None:
    """Before a profile's log file is open, log records go nowhere rather than to the person's screen."""
    logging.raiseExceptions = False
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


def _undecodable(argv: list[str]) -> str | None:
    """An argument holding bytes that are not UTF-8 (a name typed in another encoding), if any."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return None


def main(argv: list[str] | None = None) -> int:
    _quiet_logging()
    argv = sys.argv[1:] if argv is None else argv
    bad = _undecodable([a for a in argv if not _exists(a)])
    if bad is not None:
        _say(translate("CommandLine", "В команде есть текст в неизвестной кодировке: «%1». Наберите его заново в кодировке UTF-8.").replace("%1", bad))
        return 2
    window = _window_only(argv)
    if window is not None:
        from app.entry import start_window

        return start_window(*window)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    if args.command is None:
        from app.entry import start_window

        return start_window(args.data_dir, selftest=args.selftest)
    try:
        from app.cli import commands

        return commands.run(args, extensions())
    except UsageError as error:
        _say(error.message)
        return 2
    except UserError as error:
        log.warning("refused: %s | %s", error.message, error.details)
        _say(error.message)
        return 1
    except BrokenPipeError:
        # The reader of a listing stopped early (`… | head`): nothing is wrong, and Python must not
        # complain again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        mapped = from_os_error(error)
        log.warning("os error: %s", error, exc_info=True)
        _say(mapped.message)
        return 1
    except KeyboardInterrupt:
        _say(translate("CommandLine", "Прервано."))
        return 1
    except Exception as error:
        busy = from_database_error(error)
        if busy is not None:
            log.warning("busy: %s", error)
            _say(busy.message)
            return 1
        log.exception("internal error in %s", argv)
        where = current_log_path()
        text = translate("CommandLine", "Внутренняя ошибка программы. Ничего не изменено.")
        if where:
            text += " " + translate("CommandLine", "Подробности записаны в журнал: %1").replace("%1", str(where))
        _say(text)
        return 1


def _say(message: str) -> None:
    print(message, file=sys.stderr)
