"""The one error a bundle refusal raises: a short reason code for programs, a Russian message for people.

`reason` lets the command line, the window and the tests tell refusals apart without reading the
text; `member` names the damaged part of the bundle (calibre reports corrupted members by name), and
goes into the details a support person reads rather than into the message.
"""

from __future__ import annotations

from collections.abc import Callable

from app.errors import UserError
from app.i18n import fill, translate


def _damaged() -> str:
    return translate("Bundle", "Файл пакета повреждён при пересылке — попросите отправителя выгрузить пакет заново.")


# Each default is a function so the text is looked up in the catalogue when shown, not at import.
DEFAULT_MESSAGES: dict[str, Callable[[], str]] = {
    "not_bundle": lambda: translate(
        "Bundle", "Это не пакет Ориентира. Проверьте, что выбран файл с расширением .orientir, полученный от школы или отдела."
    ),
    "damaged": _damaged,
    "too_big": lambda: translate(
        "Bundle",
        "Пакет больше, чем допускает Ориентир (слишком большой файл или слишком много частей). "
        "Такой пакет не мог выгрузить Ориентир — не открывайте его и сообщите отправителю.",
    ),
    "unsafe_member": lambda: translate(
        "Bundle",
        "В пакете есть файлы с недопустимыми именами или типами. Такой пакет не мог выгрузить Ориентир — "
        "не открывайте его и сообщите отправителю.",
    ),
    "signature": lambda: translate(
        "Bundle",
        "Подпись пакета не сходится: пакет изменён после выгрузки или подписан чужим ключом. "
        "Попросите отправителя выгрузить пакет заново.",
    ),
    "unknown_sender": lambda: translate(
        "Bundle", "Пакет пришёл от неизвестного отправителя: его ключ не зарегистрирован в этом профиле."
    ),
    "recipient": lambda: translate("Bundle", "Этот пакет предназначен другому получателю, а не этому профилю."),
    "members": lambda: translate(
        "Bundle",
        "Состав пакета не совпадает с его описью: после выгрузки в нём добавлены или удалены файлы. "
        "Попросите отправителя выгрузить пакет заново.",
    ),
    "newer_format": lambda: translate(
        "Bundle", "Пакет выгружен более новой версией Ориентира. Обновите программу и загрузите пакет снова."
    ),
    "schema": lambda: translate(
        "Bundle", "Содержимое пакета не соответствует формату Ориентира. Попросите отправителя выгрузить пакет заново."
    ),
    "ownership": lambda: translate(
        "Bundle", "Пакет пытается изменить данные, которые принадлежат не отправителю. Пакет не принят."
    ),
    "cancelled": lambda: translate("Bundle", "Операция отменена, ничего не изменено."),
}


class BundleError(UserError):
    """A bundle was refused, or could not be written; nothing was changed."""

    def __init__(self, reason: str, message: str | None = None, *, member: str | None = None, details: str = "") -> None:
        if message is None:
            if reason == "damaged" and member is not None:
                message = fill(
                    translate(
                        "Bundle",
                        "Файл пакета повреждён при пересылке (испорчена часть %1) — "
                        "попросите отправителя выгрузить пакет заново.",
                    ),
                    member,
                )
            else:
                message = DEFAULT_MESSAGES.get(reason, _damaged)()
        where = f"member={member}" if member else ""
        super().__init__(message, details="; ".join(part for part in (f"reason={reason}", where, details) if part))
        self.reason = reason
        self.member = member
