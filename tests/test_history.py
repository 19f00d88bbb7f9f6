"""An activity's history, evidence removal and the viewer's copy of a file: the services under the activity panel."""

from __future__ import annotations

import pytest

from app.errors import NotFound
from app.evidence_edit import copy_for_viewing, evidence_key, remove_evidence
from app.history import activity_history
from app.progress import own_progress_items
from app.profile import open_profile
from app.progress import ProgressChange, progress_json, set_progress
from app.reviews import reply
from tests.conftest import query


@pytest.fixture
def store(demo_school):
    opened = open_profile(demo_school)
    yield opened
    opened.close()


def items(store) -> dict[str, dict]:
    return {item["number"]: item for item in own_progress_items(store)}


def test_own_progress_is_what_progress_show_lists_for_the_school(store):
    assert own_progress_items(store) == progress_json(store)["schools"][0]["items"]


def test_own_progress_of_a_department_is_only_its_own(department):
    store = open_profile(department)
    try:
        assert [item["number"] for item in own_progress_items(store)] == ["1.2", "1.3"]
        assert own_progress_items(store) == progress_json(store)["department"]["items"]
    finally:
        store.close()


def test_history_says_who_changed_the_status_and_the_result(store):
    set_progress(store, ProgressChange("2.2", status="done", actual="Проведено 4 заседания МО"), actor="Петрова А.А.")
    set_progress(store, ProgressChange("2.2", links=["clck.ru/34PaDg"]), actor="Петрова А.А.")
    lines = [entry.text() for entry in activity_history(store, "2.2")]

    assert lines[0].endswith("мероприятие внесено в дорожную карту")
    assert any(line.endswith("· Петрова А.А. · статус: в работе → выполнено") for line in lines)
    assert any("фактический результат: «Проведено 4 заседания МО»" in line for line in lines)
    assert any("добавлена ссылка «https://clck.ru/34PaDg»" in line for line in lines)
    # ДД.ММ.ГГГГ ЧЧ:ММ first, as everywhere people read dates.
    assert lines[-1][2] == "." and lines[-1][5] == "." and lines[-1][10] == " "


def test_history_shows_the_departments_remark_and_the_schools_reply(store):
    reply(store, "1.1", "Акт приёмки приложим до пятницы", author="Иванова Е.В.")
    lines = [entry.text() for entry in activity_history(store, "1.1")]

    assert any("отдел: на доработку" in line for line in lines)
    assert any("замечание отдела: «Укажите, сколько экземпляров" in line for line in lines)
    assert lines[-1].endswith("Иванова Е.В. · ответ школы: «Акт приёмки приложим до пятницы»")


def test_removed_evidence_is_a_tombstone_that_the_history_names(store, demo_school):
    before = items(store)["2.1"]["evidence"]
    link = next(e for e in before if e["kind"] == "link")

    assert remove_evidence(store, "2.1", "link", evidence_key(link), actor="Петрова А.А.") == link["name"]

    after = items(store)["2.1"]["evidence"]
    assert link not in after and len(after) == len(before) - 1
    # Not deleted: the next bundle must carry the removal to the department.
    assert query(demo_school, "SELECT deleted FROM evidence WHERE url = ?", link["url"]) == [(1,)]
    assert activity_history(store, "2.1")[-1].what == f"убрана ссылка «{link['name']}»"
    with pytest.raises(NotFound, match="такого документа уже нет"):
        remove_evidence(store, "2.1", "link", evidence_key(link))


def test_a_file_is_copied_for_the_viewer_under_its_own_name(store, tmp_path):
    attached = next(e for e in items(store)["2.1"]["evidence"] if e["kind"] == "file")

    copy = copy_for_viewing(store, attached["sha256"], tmp_path / "view")

    assert copy.name == attached["name"] == "Протокол педсовета № 2.docx"
    assert copy.read_bytes() == store.attachments.path_for(attached["sha256"]).read_bytes()
    with pytest.raises(NotFound, match="Файла нет в папке профиля"):
        copy_for_viewing(store, "0" * 64, tmp_path / "view")
