"""Every user-visible string goes through `translate(context, text)`.

Source strings are written in Russian; `resources/translations/orientir_ru.qm` (built from
`orientir_ru.ts` by lrelease) lets reviewers change any of them in one place. The translator is used
directly, without a QCoreApplication, so the command line and the window read the same catalogue;
when PySide6 is absent (domain tests) the source text is returned unchanged.
"""

from __future__ import annotations

from functools import lru_cache

from app.paths import resource_path

CATALOGUE = "orientir_ru"


@lru_cache(maxsize=1)
def translator():
    """The loaded QTranslator, or None when Qt or the catalogue is not available."""
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:
        return None
    qm_dir = resource_path("translations")
    found = QTranslator()
    if not found.load(CATALOGUE, str(qm_dir)):
        return None
    return found


def _plural_ru(n: int) -> int:
    """Index of the Russian plural form for n: 0 «одна школа», 1 «две школы», 2 «пять школ»."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The Russian text for a message, with `%n` replaced by n.

    A source text with plural forms is written as «форма1|форма2|форма5» when no catalogue
    entry provides them, so plurals are right even before the catalogue is built.
    """
    found = translator()
    result = ""
    if found is not None:
        result = found.translate(context, text, disambiguation, n)
    if not result:
        result = text
        if n >= 0 and "|" in result:
            forms = result.split("|")
            result = forms[min(_plural_ru(n), len(forms) - 1)]
    if n >= 0:
        result = result.replace("%n", str(n))
    return result


def fill(template: str, *values) -> str:
    """Put values into a translated template's %1, %2, … (Qt's placeholder style, as in QString.arg)."""
    for index in range(len(values), 0, -1):
        template = template.replace(f"%{index}", str(values[index - 1]))
    return template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a string for the catalogue where it is defined; translate it where it is shown."""
    return text
