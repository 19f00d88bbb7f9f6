"""What each command does: open the profile, call a service, print the result.

Messages for people go to stderr in Russian; `--json` output goes to stdout only, UTF-8.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

from app import progress, reviews, roadmaps, schools
from app.cli import key_commands
from app.errors import InvalidInput, UsageError
from app.i18n import fill, translate
from app.keys import fingerprint
from app.paths import default_data_dir, demo_data_dir
from app.profile import ProfileStore, open_profile
from app.restore import restore_profile
from app.timeutil import format_date, format_datetime


def say(message: str) -> None:
    """A message for the person: what was done or why not (stderr)."""
    print(message, file=sys.stderr)


def show(line: str) -> None:
    """A line of a listing the person asked for (stdout, so it can be saved to a file)."""
    if sys.stdout is not None:
        print(line)


def emit_json(document: dict) -> None:
    out = sys.stdout
    if out is None:  # a windowed build has no console to print to
        return
    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    out.write(json.dumps(document, ensure_ascii=False, indent=2))
    out.write("\n")
    out.flush()


def data_dir(args) -> Path:
    return Path(args.data_dir) if args.data_dir else default_data_dir()


def run(args, extensions=()) -> int:
    """Call the handler for the parsed command: this module's or one of the command-group modules'."""
    key = (args.command, getattr(args, "kind", None) if args.command == "init" else getattr(args, "action", None))
    for handlers in (HANDLERS, *(module.HANDLERS for module in extensions)):
        if key in handlers:
            return handlers[key](args)
    raise KeyError(key)


def _with_profile(args, work) -> int:
    store = open_profile(data_dir(args))
    try:
        return work(store)
    finally:
        store.close()


def init_department(args) -> int:
    store = schools.create_department(data_dir(args), args.name)
    try:
        say(
            translate("CommandLine", "Создан профиль отдела образования «%1» в папке %2.").replace("%1", store.info.name).replace("%2", str(store.root))
        )
        say(translate("CommandLine", "Отпечаток ключа подписи: %1").replace("%1", fingerprint(store.info.public_key)))
    finally:
        store.close()
    return 0


def init_school(args) -> int:
    store = schools.create_school(data_dir(args), args.enrollment)
    try:
        say(translate("CommandLine", "Создан профиль школы «%1» в папке %2.").replace("%1", store.info.name).replace("%2", str(store.root)))
        say(translate("CommandLine", "Отпечаток ключа школы: %1 — продиктуйте его в отдел образования, если попросят.").replace("%1", fingerprint(store.info.public_key)))
    finally:
        store.close()
    return 0


def school_add(args) -> int:
    def work(store: ProfileStore) -> int:
        school, school_file = schools.add_school(
            store, args.name, args.out, short_name=args.short_name, status=args.status,
            curator=args.curator, mentor_school=args.mentor, email=args.email, ask=key_commands.ask_passphrase,
        )
        say(fill(translate("CommandLine", "Школа «%1» зарегистрирована. Отправьте школе файл подключения: %2"), school.name, school_file))
        say(fill(translate("CommandLine", "Отпечаток ключа отдела образования: %1 — школа может сверить его с вами по телефону."),
                 fingerprint(store.info.public_key)))
        return 0

    return _with_profile(args, work)


def school_reissue(args) -> int:
    def work(store: ProfileStore) -> int:
        school, school_file = schools.reissue_enrollment(store, args.name, args.out, ask=key_commands.ask_passphrase)
        say(fill(translate("CommandLine", "Новый файл подключения школы «%1»: %2. Прежний файл больше не действует."),
                 school.name, school_file))
        return 0

    return _with_profile(args, work)


def school_list(args) -> int:
    def work(store: ProfileStore) -> int:
        rows = schools.list_schools(store)
        if args.json:
            emit_json({"schools": [row.as_json() for row in rows]})
            return 0
        if not rows:
            say(translate("CommandLine", "Школ пока нет. Добавьте школу: orientir school add --name … --out ФАЙЛ"))
        for row in rows:
            key = row.key_fingerprint or translate("CommandLine", "ещё не получен")
            line = fill(translate("CommandLine", "%1 — %2; выполнено %3 из %4 (%5 %); ключ: %6"),
                        row.name, schools.school_status_name(row.status), row.done, row.activities, row.percent_done, key)
            line += "; " + fill(translate("CommandLine", "пакетов получено: %1"), row.bundles_received)
            if row.last_import:
                line += ", " + fill(translate("CommandLine", "последний %1"), format_date(datetime.fromisoformat(row.last_import)))
            if row.exchange_attention == "fork":
                line += "; " + translate("CommandLine", "ВНИМАНИЕ: отложен пакет, не совпадающий с полученными (школа восстанавливала данные?)")
            elif row.exchange_attention == "waiting":
                line += "; " + translate("CommandLine", "есть отложенные пакеты")
            show(line)
        return 0

    return _with_profile(args, work)


def roadmap_show(args) -> int:
    def work(store: ProfileStore) -> int:
        document = roadmaps.roadmaps_json(store)
        if args.json:
            emit_json(document)
            return 0
        if not document["roadmaps"]:
            say(translate("CommandLine", "Дорожных карт пока нет."))
        for roadmap in document["roadmaps"]:
            show(fill(translate("CommandLine", "%1 (мероприятий: %2; ID %3)"), roadmap["title"], len(roadmap["items"]), roadmap["id"]))
            for item in roadmap["items"]:
                # An imported row may have no number: it is listed in its place all the same.
                number = f"{item['number']}. " if item["number"] else "— "
                show(f"  {number}{item['title']} — {item['deadline_text']}")
        return 0

    return _with_profile(args, work)


def progress_set(args) -> int:
    if all(value in (None, []) for value in (args.status, args.actual, args.note, args.attach, args.link, args.document)):
        raise UsageError(translate(
            "CommandLine",
            "Укажите, что отметить: --status, --actual, --attach, --link, --document или --note (справка: orientir progress set --help).",
        ))

    def work(store: ProfileStore) -> int:
        result = progress.set_progress(
            store,
            progress.ProgressChange(
                number=args.number, roadmap_id=args.roadmap, status=args.status, actual=args.actual, note=args.note,
                attach=list(args.attach), links=list(args.link), documents=list(args.document),
            ),
        )
        line = translate("CommandLine", "Мероприятие %1 «%2»: %3.").replace("%1", result.number).replace("%2", result.title).replace(
            "%3", progress.status_name(result.status)
        )
        if not result.changed:
            line += " " + translate("CommandLine", "Ничего не изменилось: всё это уже было записано.")
        if result.evidence_added:
            line += " " + translate("CommandLine", "Добавлено подтверждений: %1.").replace("%1", str(result.evidence_added))
        if result.evidence_skipped:
            line += " " + translate("CommandLine", "Уже были прикреплены раньше: %1.").replace("%1", str(result.evidence_skipped))
        say(line)
        return 0

    return _with_profile(args, work)


def progress_show(args) -> int:
    def work(store: ProfileStore) -> int:
        if args.school and store.info.kind == "school":
            raise InvalidInput(translate("CommandLine", "Параметр --school — для профиля отдела образования; профиль школы показывает свой ход выполнения."))
        document = progress.progress_json(store, args.school)
        if args.json:
            emit_json(document)
            return 0
        groups = []
        if "department" in document and not args.school:
            groups.append((store.info.name, document["department"]["items"]))
        groups += [(s["name"], s["items"]) for s in document["schools"]]
        for name, items in groups:
            done = sum(1 for i in items if i["status"] == "done")
            show(fill(translate("CommandLine", "%1: выполнено %2 из %3"), name, done, len(items)))
            received = document["schools"][0].get("received_by_department") if store.info.kind == "school" else None
            if received:
                show("  " + fill(translate("CommandLine", "принято отделом %1"), format_date(date.fromisoformat(received))))
            for item in items:
                if item["updated_at"]:
                    show(f"  {item['number']} — {progress.status_name(item['status'])}: {item['actual']}")
                    for line in _review_lines(item):
                        show(f"    {line}")
        return 0

    return _with_profile(args, work)


def _review_lines(item: dict) -> list[str]:
    """Under an item of `progress show`: the curator's verdict and the last message of the thread."""
    lines = []
    review = item.get("review") or {}
    if review.get("state"):
        line = fill(translate("CommandLine", "Проверка: %1 (%2)"), reviews.review_state_name(review["state"]),
                    format_date(datetime.fromisoformat(review["updated_at"])))
        if review.get("updated_since_review"):
            line += "; " + translate("CommandLine", "отчёт изменён после проверки")
        lines.append(line)
    if item.get("comments"):
        last = item["comments"][-1]
        side = translate("CommandLine", "отдел образования") if last["from"] == "department" else translate("CommandLine", "школа")
        who = f"{side}, {last['author']}" if last["author"] else side
        # A verdict given without a remark is shown as the verdict itself.
        text = last["text"] or (reviews.review_state_name(last["verdict"]) if last["verdict"] else "")
        lines.append(fill(translate("CommandLine", "Последнее сообщение (%1): %2"), who, text))
    return lines


def backup(args) -> int:
    def work(store: ProfileStore) -> int:
        made = store.backup("manual")
        say(translate("CommandLine", "Резервная копия сохранена и проверена: %1").replace("%1", str(made.path)))
        return 0

    return _with_profile(args, work)


def restore(args) -> int:
    result = restore_profile(data_dir(args), args.file)
    say(translate("CommandLine", "Профиль восстановлен из копии от %1.").replace("%1", format_datetime(result.restored.created)))
    if result.safety is not None:
        say(translate("CommandLine", "Прежнее состояние сохранено в %1").replace("%1", str(result.safety.path)))
    if result.records_superseded:
        say(translate("CommandLine", "Записей, которые будут заново отправлены как более новые: %1.").replace(
            "%1", str(result.records_superseded)))
    if result.key_missing and result.kind == "school":
        say(translate(
            "CommandLine",
            "Ключа подписи в этой папке нет (в резервную копию он не входит). Чтобы снова отправлять пакеты, "
            "попросите отдел образования подключить школу заново.",
        ))
    elif result.key_missing:
        say(translate(
            "CommandLine",
            "Ключа подписи в этой папке нет (в резервную копию он не входит). Перенесите папку keys со старого "
            "компьютера; если её нет, школам придётся заново подключиться к отделу образования.",
        ))
    return 0


def make_demo(args) -> int:
    # Never into the working profile's folder: a school would go on to record real data in the demo.
    root = Path(args.data_dir) if args.data_dir else demo_data_dir()
    # Loaded here only: the demo pulls in python-docx, which no other command needs at start-up.
    if args.department:
        from app.demo_department import build_demo_department

        build_demo_department(root).close()
        say(translate("CommandLine", "Демонстрационный профиль отдела образования создан в папке %1.").replace("%1", str(root)))
        return 0
    from app.demo import build_demo_school

    store = build_demo_school(root)
    store.close()
    say(translate("CommandLine", "Демонстрационный профиль школы создан в папке %1.").replace("%1", str(root)))
    return 0


HANDLERS = {
    ("init", "department"): init_department,
    ("init", "school"): init_school,
    ("school", "add"): school_add,
    ("school", "list"): school_list,
    ("school", "reissue"): school_reissue,
    ("roadmap", "show"): roadmap_show,
    ("progress", "set"): progress_set,
    ("progress", "show"): progress_show,
    ("backup", None): backup,
    ("restore", None): restore,
    ("demo", None): make_demo,
}
