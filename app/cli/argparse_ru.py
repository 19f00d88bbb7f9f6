"""Russian wording for argparse's own messages (usage, missing arguments, wrong choices).

argparse looks its strings up through the module-level `_`/`ngettext` at call time, so giving it
a catalogue of our own keeps every word the command line prints Russian.
"""

from __future__ import annotations

import argparse
import sys

from app.i18n import QT_TRANSLATE_NOOP, translate

_MESSAGES = {
    "usage: ": QT_TRANSLATE_NOOP("CommandLine", "Использование: "),
    "positional arguments": QT_TRANSLATE_NOOP("CommandLine", "аргументы"),
    "options": QT_TRANSLATE_NOOP("CommandLine", "параметры"),
    "show this help message and exit": QT_TRANSLATE_NOOP("CommandLine", "показать эту справку и выйти"),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP("CommandLine", "не указаны обязательные аргументы: %s"),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("CommandLine", "лишние аргументы: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP("CommandLine", "недопустимое значение %(value)r (допустимы: %(choices)s)"),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP("CommandLine", "аргумент %(argument_name)s: %(message)s"),
    "expected one argument": QT_TRANSLATE_NOOP("CommandLine", "нужно указать значение"),
    "expected at least one argument": QT_TRANSLATE_NOOP("CommandLine", "нужно указать хотя бы одно значение"),
    "expected at most one argument": QT_TRANSLATE_NOOP("CommandLine", "можно указать не больше одного значения"),
    "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP("CommandLine", "неоднозначный параметр %(option)s: подходит %(matches)s"),
    "not allowed with argument %s": QT_TRANSLATE_NOOP("CommandLine", "нельзя указывать вместе с %s"),
    "ignored explicit argument %r": QT_TRANSLATE_NOOP("CommandLine", "лишнее значение %r"),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP("CommandLine", "недопустимое значение %(value)r"),
    "%(prog)s: error: %(message)s\n": QT_TRANSLATE_NOOP("CommandLine", "%(prog)s: ошибка: %(message)s\n"),
    "one of the arguments %s is required": QT_TRANSLATE_NOOP("CommandLine", "нужно указать один из аргументов: %s"),
    "expected %s argument": QT_TRANSLATE_NOOP("CommandLine", "нужно указать %s значение"),
    "unexpected option string: %s": QT_TRANSLATE_NOOP("CommandLine", "неожиданный параметр: %s"),
}


def _gettext(message: str) -> str:
    russian = _MESSAGES.get(message)
    return translate("CommandLine", russian) if russian else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install() -> None:
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


class RussianParser(argparse.ArgumentParser):
    """Wrong usage: a Russian line on stderr, exit code 2 (the contract's «wrong usage»)."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        hint = translate("CommandLine", "Справка: %1 --help").replace("%1", self.prog)
        self.exit(2, f"{self.prog}: {translate('CommandLine', 'ошибка')}: {message}\n{hint}\n")
