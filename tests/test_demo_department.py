"""The demonstration department, as a newcomer or a report would see it through the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.demo import DEPARTMENT_ID
from app.demo_department import SILENT, build_demo_department, timeline
from app.profile import open_profile
from tests.conftest import query

TODAY = date(2026, 1, 20)


@pytest.fixture(scope="module")
def demo_department(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "department"
    build_demo_department(root, TODAY).close()
    return root


def _json(cli, root: Path, *args: str) -> dict:
    run = cli("--data-dir", root, *args, "--json")
    assert run.code == 0, run.err
    return json.loads(run.out)


def test_the_profile_opens_as_the_demonstration_department(demo_department):
    store = open_profile(demo_department)
    try:
        assert store.info.kind == "department"
        # The launcher announces a demonstration by this id.
        assert store.info.department_id == DEPARTMENT_ID
    finally:
        store.close()


def test_school_list_shows_six_schools_each_with_a_last_bundle(cli, demo_department):
    schools = _json(cli, demo_department, "school", "list")["schools"]
    assert len(schools) == 6
    assert all(s["short_name"] and s["curator"] and s["mentor_school"] and s["key_fingerprint"] for s in schools)
    assert all(s["last_import"] for s in schools)
    current_round_start = timeline(TODAY).first_due
    silent = [s for s in schools if date.fromisoformat(s["last_import"][:10]) <= current_round_start]
    assert [s["short_name"] for s in silent] == [SILENT]
    assert len({s["progress"]["done"] for s in schools}) > 2  # the schools are not all alike

    text = cli("--data-dir", demo_department, "school", "list")
    assert text.code == 0
    assert "Рябиновская средняя общеобразовательная школа имени Героя Советского Союза" in text.out


def test_progress_shows_varied_reports_with_documents_links_and_a_file(cli, demo_department):
    shown = _json(cli, demo_department, "progress", "show")
    items = [item for school in shown["schools"] for item in school["items"]]
    statuses = {item["status"] for item in items}
    assert {"done", "in_progress", "not_started", "not_done"} <= statuses
    evidence = [e for item in items for e in item["evidence"]]
    kinds = {e["kind"] for e in evidence}
    assert kinds == {"document", "link", "file"}
    orders = [e for e in evidence if e["kind"] == "document" and e["document"]["type"] == "Приказ"]
    assert any("Об утверждении программы перехода школы" in e["name"] and e["document"]["number"] for e in orders)
    own = {item["number"]: item for item in shown["department"]["items"]}
    assert own["2.4"]["status"] == "done" and own["2.4"]["evidence"]


def test_roadmap_show_has_the_demo_roadmap_with_the_departments_activities(cli, demo_department):
    roadmaps = _json(cli, demo_department, "roadmap", "show")["roadmaps"]
    assert len(roadmaps) == 1
    items = roadmaps[0]["items"]
    assert len(items) == 16
    assert len({item["section"] for item in items}) == 4
    text = cli("--data-dir", demo_department, "roadmap", "show").out
    assert "Проведение семинара для заместителей директоров" in text


def test_reviews_returned_for_rework_carry_the_curators_remark(demo_department):
    remarks = query(demo_department, "SELECT c.text FROM comment c JOIN review r ON r.progress_id = c.progress_id "
                                     "WHERE r.state = 'rework' AND c.verdict = 'rework'")
    assert len(remarks) >= 3


def _statuses_as_of(root: Path, moment: str) -> dict[str, str]:
    """Each progress record's status as the change log had it at `moment` (ISO text)."""
    rows = query(root, "SELECT record_id, data FROM change_log WHERE entity = 'progress' AND changed_at <= ? "
                       "ORDER BY seq", moment)
    return {record_id: json.loads(data)["status"] for record_id, data in rows}


def test_the_first_monitoring_is_a_different_state_from_now(demo_department):
    first_due = timeline(TODAY).first_due.isoformat()
    then = _statuses_as_of(demo_department, first_due + "T23:59:59")
    now = dict(query(demo_department, "SELECT id, status FROM progress"))
    assert then and then != now
    assert set(then) < set(now)  # reports came in after the first monitoring too
    assert sum(then[key] != now[key] for key in then) >= 8
    # Every school record came from its school; the department's own are local.
    origins = query(demo_department, "SELECT DISTINCT p.owner_kind, c.origin = p.owner_school_id FROM change_log c "
                                     "JOIN progress p ON p.id = c.record_id")
    assert sorted(origins) == [("department", None), ("school", 1)]


def test_the_first_monitorings_changes_are_dated_before_its_due_date(demo_department):
    first_due = timeline(TODAY).first_due.isoformat()
    rounds = query(demo_department, "SELECT due_date FROM monitoring_round ORDER BY due_date")
    assert [r[0] for r in rounds] == [first_due, "2026-01-25"]
    # The roadmap and the schools existed at the first monitoring.
    early = dict(query(demo_department, "SELECT entity, MIN(changed_at) FROM change_log GROUP BY entity"))
    assert all(early[entity] < first_due for entity in ("roadmap", "activity", "section", "school", "progress"))


def test_demo_department_from_the_command_line(cli, tmp_path):
    root = tmp_path / "demo"
    run = cli("--data-dir", root, "demo", "--department")
    assert run.code == 0, run.err
    assert "отдела образования" in run.err
    assert len(_json(cli, root, "school", "list")["schools"]) == 6


def test_a_report_as_of_the_first_monitoring_says_what_it_said_then(demo_department):
    from app.reports.collect import ReportOptions, collect_report

    store = open_profile(demo_department)
    try:
        now = collect_report(store, ReportOptions(as_of=TODAY))
        then = collect_report(store, ReportOptions(as_of=timeline(TODAY).first_due))
    finally:
        store.close()
    assert [s.done for s in then.schools] != [s.done for s in now.schools]
    assert sum(s.done for s in then.schools) < sum(s.done for s in now.schools)
    assert now.round_name != then.round_name
    assert now.changes and now.previous_as_of is not None
    assert {line.party_name for line in now.changes} >= {"Кедровская ООШ", "Ольховская СОШ", "Рябиновская СОШ"}
    assert SILENT not in {line.party_name for line in now.changes}
    silent = next(s for s in now.schools if s.short_name == SILENT)
    assert silent.reported_this_round is False and silent.last_report is not None
    assert all(s.reported_this_round for s in now.schools if s.short_name != SILENT)
