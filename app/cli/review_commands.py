"""Curators' reviews, comments and the department's edits to the roadmap.

`review` (department) marks a school's report «принято» or «на доработку»; `reply` (school) answers in
the thread; `roadmap add|edit|remove` change the profile's own roadmap.
"""

from __future__ import annotations

import argparse

from app import reviews, roadmap_edit
from app.cli.commands import _with_profile, say
from app.errors import UsageError
from app.i18n import QT_TRANSLATE_NOOP, fill, translate
from app.profile import ProfileStore
from app.roadmaps import normalize_number

STATE_ALIASES = {
    "accepted": "accepted",
    "принято": "accepted",
    "принят": "accepted",
    "rework": "rework",
    "на доработку": "rework",
    "доработка": "rework",
    "на доработке": "rework",
}

FIELD_NAMES = {
    "number": QT_TRANSLATE_NOOP("CommandLine", "номер"),
    "title": QT_TRANSLATE_NOOP("CommandLine", "название"),
    "section": QT_TRANSLATE_NOOP("CommandLine", "раздел"),
    "deadline": QT_TRANSLATE_NOOP("CommandLine", "срок"),
    "responsible": QT_TRANSLATE_NOOP("CommandLine", "ответственные"),
    "result": QT_TRANSLATE_NOOP("CommandLine", "ожидаемый результат"),
    "performers": QT_TRANSLATE_NOOP("CommandLine", "исполнители"),
}


def state_argument(text: str) -> str:
    """A verdict as the code or as the Russian words a curator would type («на доработку»)."""
    folded = " ".join(text.replace("«", " ").replace("»", " ").replace("_", " ").split()).casefold()
    if folded not in STATE_ALIASES:
        raise argparse.ArgumentTypeError(
            fill(translate("CommandLine", "неизвестная отметка «%1»: укажите «принято» или «на доработку»"), text)
        )
    return STATE_ALIASES[folded]


def add_parsers(sub, groups) -> None:
    """Add this module's commands: `sub` holds the top-level commands, `groups` the existing command groups."""
    number_help = translate("CommandLine", "номер мероприятия, например 1.1")
    roadmap_help = translate("CommandLine", "ID дорожной карты, если номер есть в нескольких")

    review = sub.add_parser("review", help=translate("CommandLine", "проверить отчёт школы по мероприятию: принято или на доработку"))
    review.add_argument("number", metavar=translate("CommandLine", "НОМЕР"), help=number_help)
    review.add_argument("--school", required=True, metavar=translate("CommandLine", "НАЗВАНИЕ"), help=translate("CommandLine", "школа, чей отчёт проверен"))
    review.add_argument("--state", required=True, type=state_argument, metavar=translate("CommandLine", "ОТМЕТКА"),
                        help=translate("CommandLine", "«принято» (accepted) или «на доработку» (rework)"))
    review.add_argument("--comment", default="", metavar=translate("CommandLine", "ТЕКСТ"),
                        help=translate("CommandLine", "замечание для школы (обязательно для «на доработку»)"))
    review.add_argument("--author", default="", metavar=translate("CommandLine", "ФИО"), help=translate("CommandLine", "кто проверил (куратор)"))
    review.add_argument("--roadmap", metavar="ID", help=roadmap_help)

    answer = sub.add_parser("reply", help=translate("CommandLine", "ответить на замечание куратора по мероприятию"))
    answer.add_argument("number", metavar=translate("CommandLine", "НОМЕР"), help=number_help)
    answer.add_argument("--text", required=True, metavar=translate("CommandLine", "ТЕКСТ"), help=translate("CommandLine", "текст ответа"))
    answer.add_argument("--author", default="", metavar=translate("CommandLine", "ФИО"), help=translate("CommandLine", "кто отвечает"))
    answer.add_argument("--roadmap", metavar="ID", help=roadmap_help)

    roadmap = groups["roadmap"]
    performers_help = translate("CommandLine", "кто выполняет: schools — школы, department — отдел образования, both — и те и другие")
    add = roadmap.add_parser("add", help=translate("CommandLine", "добавить мероприятие в свою дорожную карту"))
    add.add_argument("number", metavar=translate("CommandLine", "НОМЕР"), help=number_help)
    add.add_argument("--title", required=True, metavar=translate("CommandLine", "ТЕКСТ"), help=translate("CommandLine", "название мероприятия"))
    add.add_argument("--section", metavar=translate("CommandLine", "РАЗДЕЛ"),
                     help=translate("CommandLine", "номер раздела («2») или номер и название нового («3. Работа с родителями»)"))
    add.add_argument("--deadline", default="", metavar=translate("CommandLine", "СРОК"), help=translate("CommandLine", "срок, как в документе: «март 2024 года», «ежеквартально»"))
    add.add_argument("--responsible", default="", metavar=translate("CommandLine", "ТЕКСТ"), help=translate("CommandLine", "ответственные"))
    add.add_argument("--result", default="", metavar=translate("CommandLine", "ТЕКСТ"), help=translate("CommandLine", "ожидаемый результат"))
    add.add_argument("--by", default="schools", choices=tuple(roadmap_edit.PERFORMERS), metavar=translate("CommandLine", "КТО"), help=performers_help)
    add.add_argument("--roadmap", metavar="ID", help=translate("CommandLine", "ID дорожной карты, если их несколько"))

    edit = roadmap.add_parser("edit", help=translate("CommandLine", "изменить мероприятие своей дорожной карты"))
    edit.add_argument("number", metavar=translate("CommandLine", "НОМЕР"), help=number_help)
    edit.add_argument("--title", metavar=translate("CommandLine", "ТЕКСТ"), help=translate("CommandLine", "новое название"))
    edit.add_argument("--deadline", metavar=translate("CommandLine", "СРОК"), help=translate("CommandLine", "новый срок"))
    edit.add_argument("--responsible", metavar=translate("CommandLine", "ТЕКСТ"), help=translate("CommandLine", "новые ответственные"))
    edit.add_argument("--result", metavar=translate("CommandLine", "ТЕКСТ"), help=translate("CommandLine", "новый ожидаемый результат"))
    edit.add_argument("--number", dest="new_number", metavar=translate("CommandLine", "НОМЕР"), help=translate("CommandLine", "новый номер мероприятия"))
    edit.add_argument("--section", metavar=translate("CommandLine", "РАЗДЕЛ"), help=translate("CommandLine", "перенести в раздел (номер или номер и название нового)"))
    edit.add_argument("--by", choices=tuple(roadmap_edit.PERFORMERS), metavar=translate("CommandLine", "КТО"), help=performers_help)
    edit.add_argument("--roadmap", metavar="ID", help=roadmap_help)

    remove = roadmap.add_parser("remove", help=translate("CommandLine", "убрать мероприятие из своей дорожной карты (отчёты по нему сохраняются)"))
    remove.add_argument("number", metavar=translate("CommandLine", "НОМЕР"), help=number_help)
    remove.add_argument("--roadmap", metavar="ID", help=roadmap_help)


def _who_receives(owner_kind: str) -> str:
    if owner_kind == "department":
        return translate("CommandLine", "Школы получат изменение со следующим пакетом отдела.")
    return translate("CommandLine", "Отдел образования получит изменение со следующим пакетом школы.")


def _deadline_warning(result: roadmap_edit.EditResult) -> str:
    """What could not be read in the deadline, and how to put it right."""
    if result.deadline_issue is None:
        return ""
    return " " + result.deadline_issue + " " + fill(
        translate("CommandLine", "Уточнить срок: orientir roadmap edit %1 --deadline «…»."), result.number
    )


def review(args) -> int:
    def work(store: ProfileStore) -> int:
        result = reviews.review_progress(store, args.school, args.number, args.state, comment=args.comment,
                                         roadmap_id=args.roadmap, author=args.author)
        state = reviews.review_state_name(result.state)
        if not result.changed:
            say(fill(translate("CommandLine", "Мероприятие %1 школы «%2» уже отмечено: %3. Ничего не изменилось."),
                     result.number, result.school, state))
        elif result.state == "rework":
            say(fill(translate("CommandLine", "Мероприятие %1 школы «%2»: %3. Замечание уйдёт школе со следующим пакетом отдела."),
                     result.number, result.school, state))
        else:
            say(fill(translate("CommandLine", "Мероприятие %1 школы «%2»: %3. Отметка уйдёт школе со следующим пакетом отдела."),
                     result.number, result.school, state))
        return 0

    return _with_profile(args, work)


def reply(args) -> int:
    def work(store: ProfileStore) -> int:
        reviews.reply(store, args.number, args.text, roadmap_id=args.roadmap, author=args.author)
        say(fill(translate("CommandLine", "Ответ по мероприятию %1 записан. Он уйдёт в отдел образования со следующим пакетом школы."),
                 normalize_number(args.number)))
        return 0

    return _with_profile(args, work)


def roadmap_add(args) -> int:
    def work(store: ProfileStore) -> int:
        result = roadmap_edit.add_activity_cmd(
            store, args.number, args.title, section=args.section, deadline=args.deadline, responsible=args.responsible,
            result=args.result, performers=args.by, roadmap_id=args.roadmap,
        )
        say(fill(translate("CommandLine", "Мероприятие %1 «%2» добавлено в дорожную карту «%3»."), result.number, result.title,
                 result.roadmap_title) + " " + _who_receives(result.owner_kind) + _deadline_warning(result))
        return 0

    return _with_profile(args, work)


def roadmap_edit_command(args) -> int:
    changes = {"title": args.title, "deadline": args.deadline, "responsible": args.responsible, "result": args.result,
               "number": args.new_number, "section": args.section, "performers": args.by}
    if all(value is None for value in changes.values()):
        raise UsageError(translate(
            "CommandLine",
            "Укажите, что изменить: --title, --deadline, --responsible, --result, --number, --section или --by "
            "(справка: orientir roadmap edit --help).",
        ))

    def work(store: ProfileStore) -> int:
        result = roadmap_edit.edit_activity(store, args.number, changes, roadmap_id=args.roadmap)
        if not result.changed:
            say(fill(translate("CommandLine", "Мероприятие %1: ничего не изменилось — всё это уже записано."), result.number))
            return 0
        fields = ", ".join(translate("CommandLine", FIELD_NAMES[name]) for name in result.changed)
        say(fill(translate("CommandLine", "Мероприятие %1 «%2» изменено: %3."), result.number, result.title, fields)
            + " " + _who_receives(result.owner_kind) + _deadline_warning(result))
        return 0

    return _with_profile(args, work)


def roadmap_remove(args) -> int:
    def work(store: ProfileStore) -> int:
        result = roadmap_edit.remove_activity(store, args.number, roadmap_id=args.roadmap)
        line = fill(translate("CommandLine", "Мероприятие %1 «%2» убрано из дорожной карты «%3»."), result.number, result.title,
                    result.roadmap_title)
        if result.reports_kept:
            line += " " + fill(translate("CommandLine", "Отчёты по нему сохранены (%1)."), result.reports_kept)
        say(line + " " + _who_receives(result.owner_kind))
        return 0

    return _with_profile(args, work)


HANDLERS: dict = {
    ("review", None): review,
    ("reply", None): reply,
    ("roadmap", "add"): roadmap_add,
    ("roadmap", "edit"): roadmap_edit_command,
    ("roadmap", "remove"): roadmap_remove,
}
