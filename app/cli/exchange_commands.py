"""Exchange commands: export, import and verify signed bundles.

`import` prints one line per file on stderr and exits 0 when every file was accepted, was already
imported, or waits for missing changes or parts (that is not a refusal: it applies by itself when
they arrive); 1 when any file was refused or is kept aside as a fork (a person must decide).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import key_commands
from app.cli.commands import _with_profile, emit_json, say
from app.i18n import fill, translate

MB = 1024 * 1024


def _megabytes(text: str) -> int:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = 0
    if not 0.05 <= value <= 200:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "размер «%1» не понят: укажите число мегабайт от 0,05 до 200, например 15").replace("%1", text)
        )
    return int(value * MB)


def add_parsers(sub, groups) -> None:
    """Add `export`, `import` and `verify`."""
    export = sub.add_parser("export", help=translate("CommandLine", "выгрузить подписанный пакет для отправки"))
    export.add_argument("--out", required=True, type=Path, metavar=translate("CommandLine", "ФАЙЛ"),
                        help=translate("CommandLine", "куда записать пакет (.orientir)"))
    export.add_argument("--full", action="store_true",
                        help=translate("CommandLine", "выгрузить всё, а не только то, что другая сторона ещё не подтвердила"))
    export.add_argument("--school", metavar=translate("CommandLine", "НАЗВАНИЕ"),
                        help=translate("CommandLine", "пакет только для этой школы (для отдела образования)"))
    export.add_argument("--max-size", type=_megabytes, metavar=translate("CommandLine", "МБ"),
                        help=translate("CommandLine", "наибольший размер одного файла для почты, МБ (по умолчанию 15); больше — части"))
    export.add_argument("--json", action="store_true", help=translate("CommandLine", "вывести JSON"))

    load = sub.add_parser("import", help=translate("CommandLine", "загрузить пакеты школ или отдела образования"))
    load.add_argument("files", nargs="+", type=Path, metavar=translate("CommandLine", "ФАЙЛ"),
                      help=translate("CommandLine", "файлы пакетов .orientir"))
    load.add_argument("--accept-fork", action="store_true",
                      help=translate("CommandLine", "принять пакет школы, восстановившей данные из резервной копии (более новые данные не теряются)"))
    load.add_argument("--json", action="store_true", help=translate("CommandLine", "вывести JSON"))

    verify = sub.add_parser("verify", help=translate("CommandLine", "проверить пакет, ничего не загружая"))
    verify.add_argument("file", type=Path, metavar=translate("CommandLine", "ФАЙЛ"), help=translate("CommandLine", "файл пакета .orientir"))
    verify.add_argument("--json", action="store_true", help=translate("CommandLine", "вывести JSON"))


def export(args) -> int:
    from app.exchange.exporting import export_bundle
    from app.exchange.parts import CAP_BYTES

    def work(store) -> int:
        result = export_bundle(store, args.out, full=args.full, school=args.school, ask=key_commands.ask_passphrase,
                               max_bytes=args.max_size or CAP_BYTES)
        if len(result.paths) == 1:
            say(fill(translate("CommandLine", "Пакет №%1 выгружен: %2 (записей %3, файлов %4, %5 КБ)."),
                     result.sequence, result.paths[0], result.records, result.files, max(1, round(result.size / 1024))))
        else:
            say(fill(translate("CommandLine", "Пакет №%1 выгружен частями (%2): записей %3, файлов %4, всего %5 КБ. "
                                              "Отправьте все части; загружать их можно в любом порядке:"),
                     result.sequence, len(result.paths), result.records, result.files, max(1, round(result.size / 1024))))
            for path in result.paths:
                say(f"  {path}")
        if result.only_acknowledgements:
            say(translate("CommandLine", "Новых изменений нет, пакет содержит только подтверждения."))
        for name, size in result.oversized:
            say(fill(translate("CommandLine", "Файл %1 (%2 МБ) больше ограничения для почты и выгружен отдельной частью; "
                                              "если почта его не примет, передайте эту часть на флешке или через облако."),
                     name.rsplit("/", 1)[-1], round(size / MB, 1)))
        if args.json:
            emit_json({"files": [str(p) for p in result.paths], "sequence": result.sequence, "records": result.records,
                       "attachments": result.files, "size": result.size,
                       "only_acknowledgements": result.only_acknowledgements})
        return 0

    return _with_profile(args, work)


def import_files(args) -> int:
    from app.exchange.importing import describe, import_bundles

    def work(store) -> int:
        outcomes = import_bundles(store, list(args.files), accept_fork=args.accept_fork)
        for outcome in outcomes:
            say(f"{outcome.path.name} — {describe(outcome)}")
        if args.json:
            emit_json({"files": [outcome.as_json() for outcome in outcomes]})
        return 1 if any(o.result in ("refused", "fork") for o in outcomes) else 0

    return _with_profile(args, work)


def verify(args) -> int:
    from app.exchange.importing import verify_bundle

    def work(store) -> int:
        outcome = verify_bundle(store, args.file)
        if args.json:
            emit_json({
                "valid": outcome.valid, "sender": outcome.sender, "kind": outcome.kind, "sequence": outcome.sequence,
                "fingerprint": outcome.fingerprint, "records": outcome.records, "files": outcome.files,
                "part": list(outcome.part), "reason": outcome.reason, "code": outcome.code,
            })
        if not outcome.valid:
            say(fill(translate("CommandLine", "Пакет %1 не прошёл проверку: %2"), args.file, outcome.reason))
            return 1
        kind = translate("CommandLine", "школы") if outcome.kind == "school" else translate("CommandLine", "отдела образования")
        say(fill(translate("CommandLine", "Пакет №%1 %2 «%3»: подпись проверена (отпечаток ключа %4)."),
                 outcome.sequence, kind, outcome.sender, outcome.fingerprint))
        if outcome.part[1] > 1:
            say(fill(translate("CommandLine", "Это часть %1 из %2."), *outcome.part))
        say(fill(translate("CommandLine", "Содержимое: записей %1, файлов %2."), outcome.records, outcome.files))
        return 0

    return _with_profile(args, work)


HANDLERS: dict = {
    ("export", None): export,
    ("import", None): import_files,
    ("verify", None): verify,
}
