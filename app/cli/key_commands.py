"""The profile's signing key: its fingerprint, and protecting it with a passphrase.

The passphrase comes from the environment variable ORIENTIR_PASSPHRASE (scripts, tests), else is typed
at the terminal; with neither, the command is refused as wrong usage. `ask_passphrase` is the callback
other commands give services that unlock the key (`keys.load_signing_key(root, ask)`).
"""

from __future__ import annotations

import getpass
import os
import sys

from app import keys
from app.cli import argparse_ru, commands
from app.errors import InvalidInput, UsageError, UserError
from app.i18n import fill, translate
from app.key_info import profile_keys
from app.profile import ProfileStore

PASSPHRASE_ENV = "ORIENTIR_PASSPHRASE"
# Changing a passphrase by script needs both: the current one above, the new one here.
NEW_PASSPHRASE_ENV = "ORIENTIR_NEW_PASSPHRASE"


def add_parsers(sub, groups) -> None:
    """Add this module's commands: `sub` holds the top-level commands, `groups` the existing command groups."""
    key = sub.add_parser("key", help=translate("CommandLine", "ключ подписи профиля: отпечаток и пароль"))
    key_sub = key.add_subparsers(
        dest="action", metavar=translate("CommandLine", "ДЕЙСТВИЕ"), required=True, parser_class=argparse_ru.RussianParser
    )
    show = key_sub.add_parser("show", help=translate("CommandLine", "показать отпечаток ключа и защищён ли он паролем"))
    show.add_argument("--json", action="store_true", help=translate("CommandLine", "вывести JSON"))
    passphrase = key_sub.add_parser(
        "passphrase",
        help=translate("CommandLine", "пароль ключа подписи (из переменной окружения ORIENTIR_PASSPHRASE или с клавиатуры)"),
    )
    passphrase_sub = passphrase.add_subparsers(
        dest="passphrase_action", metavar=translate("CommandLine", "ДЕЙСТВИЕ"), required=True,
        parser_class=argparse_ru.RussianParser,
    )
    passphrase_sub.add_parser(
        "set",
        help=translate("CommandLine", "задать или сменить пароль (для смены из сценария новый пароль — в ORIENTIR_NEW_PASSPHRASE)"),
    )
    passphrase_sub.add_parser("remove", help=translate("CommandLine", "снять пароль с ключа"))


def _at_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _typed(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UserError(translate("CommandLine", "Пароль не введён. Ничего не изменено.")) from None


def ask_passphrase() -> str:
    """The current passphrase of the profile's key: ORIENTIR_PASSPHRASE, else typed at the terminal."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    if not _at_terminal():
        raise UsageError(translate(
            "CommandLine",
            "Ключ подписи защищён паролем. Запустите команду в окне терминала, чтобы ввести пароль, "
            "или передайте его в переменной окружения ORIENTIR_PASSPHRASE.",
        ))
    return _typed(translate("CommandLine", "Пароль ключа подписи: "))


def _ask_new_passphrase(protected: bool) -> str:
    given = os.environ.get(NEW_PASSPHRASE_ENV)
    if given is None and not protected:
        # The first passphrase: ORIENTIR_PASSPHRASE is what will unlock the key from now on.
        given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    if not _at_terminal():
        raise UsageError(translate(
            "CommandLine",
            "Новый пароль вводится в окне терминала или передаётся в переменной окружения ORIENTIR_NEW_PASSPHRASE "
            "(при первой установке пароля — ORIENTIR_PASSPHRASE).",
        ))
    first = _typed(translate("CommandLine", "Новый пароль ключа подписи: "))
    if first != _typed(translate("CommandLine", "Повторите новый пароль: ")):
        raise InvalidInput(translate("CommandLine", "Пароли не совпадают. Ничего не изменено."))
    return first


def key_show(args) -> int:
    def work(store: ProfileStore) -> int:
        keys.check_folder_key(store.root, store.info.public_key)
        found = profile_keys(store)
        protected = found.protected
        document = {
            "fingerprint": found.fingerprint,
            "public_key": found.public_key,
            "protected": protected,
            "department_fingerprint": found.department_fingerprint,
        }
        if args.json:
            commands.emit_json(document)
            return 0
        commands.show(fill(translate("CommandLine", "Отпечаток ключа подписи: %1"), document["fingerprint"]))
        if protected:
            commands.show(translate("CommandLine", "Ключ защищён паролем."))
        else:
            commands.show(translate("CommandLine", "Ключ не защищён паролем. Задать пароль: orientir key passphrase set"))
        if document["department_fingerprint"]:
            commands.show(fill(translate("CommandLine", "Отпечаток ключа отдела образования: %1"), document["department_fingerprint"]))
        return 0

    return commands._with_profile(args, work)


def key_passphrase(args) -> int:
    def work(store: ProfileStore) -> int:
        keys.check_folder_key(store.root, store.info.public_key)
        protected = keys.is_protected(store.root)
        if args.passphrase_action == "remove":
            if not protected:
                commands.say(translate("CommandLine", "Ключ подписи и так не защищён паролем."))
                return 0
            keys.set_passphrase(store.root, ask_passphrase(), None)
            commands.say(translate(
                "CommandLine",
                "Пароль снят: ключ подписи больше не защищён паролем. Берегите папку профиля от посторонних.",
            ))
            return 0
        old = None
        if protected:
            old = ask_passphrase()
            # Checked before the new one is asked for: no one should type a new passphrase twice in vain.
            keys.load_signing_key(store.root, lambda: old)
        keys.set_passphrase(store.root, old, _ask_new_passphrase(protected))
        commands.say(translate(
            "CommandLine",
            "Пароль ключа подписи задан. Его спросят при выгрузке пакетов и создании файлов подключения. "
            "Запомните его: забытый пароль восстановить нельзя.",
        ))
        return 0

    return commands._with_profile(args, work)


HANDLERS: dict = {
    ("key", "show"): key_show,
    ("key", "passphrase"): key_passphrase,
}
