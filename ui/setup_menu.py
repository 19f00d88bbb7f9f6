"""The Файл menu's own actions: bundles out and in, backups, a new profile, settings.

Kept apart from the main window so the window module stays a frame; each action calls the dialog or
the exchange action that does the work.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from app.i18n import translate
from app.profile import has_profile
from app.timeutil import format_datetime


def fill_file_menu(menu: QMenu, window) -> None:
    ctx = window.ctx

    def add(text: str, slot, shortcut: str | None = None, name: str = "") -> QAction:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    window.export_action = add(translate("SetupMenu", "&Выгрузить пакет…"), lambda: export(window), "Ctrl+E", "exportAction")
    if ctx.is_department:
        window.full_export_action = add(translate("SetupMenu", "Выгрузить полный пакет для &школы…"),
                                        lambda: export_full(window), name="fullExportAction")
        window.full_export_action.setEnabled(not ctx.demo)
    window.import_action = add(translate("SetupMenu", "&Загрузить пакеты…"), lambda: load(window), "Ctrl+I", "importAction")
    menu.addSeparator()
    add(translate("SetupMenu", "Сделать &резервную копию"), lambda: backup(window), name="backupAction")
    add(translate("SetupMenu", "&Восстановить из резервной копии…"), lambda: restore(window), name="restoreAction")
    menu.addSeparator()
    add(translate("SetupMenu", "&Новый профиль…"), lambda: new_profile(window), name="newProfileAction")
    add(translate("SetupMenu", "&Настройки…"), lambda: open_settings(window), name="settingsAction")
    if ctx.demo:
        window.export_action.setEnabled(False)
        window.export_action.setToolTip(translate("SetupMenu", "В демонстрационном профиле пакеты не выгружаются."))


def export(window):
    from ui.exchange_actions import export_bundle

    return export_bundle(window.ctx, window)


def export_full(window):
    from ui.exchange_actions import export_full_for_school

    return export_full_for_school(window.ctx, window)


def load(window):
    if window.ctx.is_department:
        window.go_to("inbox")
        page = window.page("inbox")
        if hasattr(page, "pick_files"):
            page.pick_files()
        return None
    from ui.exchange_actions import import_files, pick_bundle_files

    return import_files(window.ctx, window, pick_bundle_files(window))


def backup(window):
    store = window.ctx.store

    def done(made) -> None:
        QMessageBox.information(
            window, translate("SetupMenu", "Резервная копия"),
            translate("SetupMenu", "Резервная копия сделана %1 и проверена:\n%2").replace("%1", format_datetime(made.created)).replace("%2", str(made.path)),
        )

    return window.ctx.run(window, translate("SetupMenu", "Делаю резервную копию…"), lambda progress, abort: store.backup("manual"), done,
                          cancellable=False, changes_data=False)


def restore(window):
    from ui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window)
    window.restore_dialog = dialog
    dialog.open()
    return dialog


def new_profile(window):
    from ui.launcher import show_first_run, usual_data_dir

    target = usual_data_dir()
    number = 2
    while has_profile(target) or (target.exists() and any(target.iterdir())):
        target = usual_data_dir().with_name(f"{usual_data_dir().name}-{number}")
        number += 1
    return show_first_run(window, target)


def open_settings(window):
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    window.settings_dialog = dialog
    dialog.open()
    return dialog
