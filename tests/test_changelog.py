"""The change log the exchange and the as-of reports rely on: one row per committed change, nothing lost, nothing twice."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.profile import open_profile
from db.changelog import HardDeleteRefused, mark_foreign
from db.models import Activity, Progress
from tests.conftest import query


def _log(root, after: int = 0) -> list[tuple]:
    return query(root, "SELECT entity, record_id, revision, op, origin FROM change_log WHERE seq > ? ORDER BY seq", after)


def _last_seq(root) -> int:
    return query(root, "SELECT max(seq) FROM change_log")[0][0]


def test_a_rolled_back_savepoint_does_not_lose_what_came_before(demo_school):
    start = _last_seq(demo_school)
    store = open_profile(demo_school)
    try:
        with store.writing() as session:
            first, second = session.scalars(select(Progress).order_by(Progress.id).limit(2)).all()
            kept_id, dropped_id = first.id, second.id
            first.actual_result = "Правка, которая остаётся"
            session.flush()
            try:
                with session.begin_nested():
                    second.actual_result = "Правка, от которой отказались"
                    session.flush()
                    raise ValueError("refused inside the savepoint")
            except ValueError:
                pass
    finally:
        store.close()
    rows = _log(demo_school, start)
    assert [(r[1], r[3]) for r in rows] == [(kept_id, "update")]
    assert dropped_id not in {r[1] for r in rows}


def test_a_rolled_back_transaction_logs_nothing(demo_school):
    start = _last_seq(demo_school)
    store = open_profile(demo_school)
    try:
        with pytest.raises(RuntimeError):
            with store.writing() as session:
                session.scalars(select(Progress)).first().status = "not_done"
                session.flush()
                raise RuntimeError("the command was refused halfway")
        with store.writing() as session:
            session.scalars(select(Progress)).first().note = "после отказа"
    finally:
        store.close()
    rows = _log(demo_school, start)
    assert len(rows) == 1 and rows[0][3] == "update"


def test_records_are_tombstoned_never_deleted(demo_school):
    store = open_profile(demo_school)
    try:
        with pytest.raises(HardDeleteRefused):
            with store.writing() as session:
                session.delete(session.scalars(select(Activity)).first())
        with store.writing() as session:
            activity = session.scalars(select(Activity)).first()
            activity.deleted = True
            removed = activity.id
    finally:
        store.close()
    entity, record_id, revision, op, origin = _log(demo_school)[-1]
    assert (entity, record_id, op, origin) == ("activity", removed, "update", "local")


def test_records_from_another_party_keep_their_revision_and_origin(demo_school):
    start = _last_seq(demo_school)
    store = open_profile(demo_school)
    try:
        with store.writing() as session:
            activity = session.scalars(select(Activity).where(Activity.number == "1.2")).one()
            mark_foreign(session, activity, "department-id")
            activity.title = "Изменено отделом"
            activity.revision = 7
            record = session.scalars(select(Progress)).first()
            record.note = "своя правка в той же транзакции"
            before = record.revision
    finally:
        store.close()
    rows = {r[0]: r for r in _log(demo_school, start)}
    assert rows["activity"][2:] == (7, "update", "department-id")
    assert rows["progress"][2:] == (before + 1, "update", "local")


def test_the_demo_department_records_are_logged_as_the_departments(demo_school):
    origins = {(entity, origin) for entity, _id, _rev, _op, origin in _log(demo_school)}
    assert ("activity", "local") not in origins
    assert ("progress", "local") in origins


def test_released_savepoints_log_once_at_the_real_commit(demo_school):
    start = _last_seq(demo_school)
    store = open_profile(demo_school)
    try:
        with store.writing() as session:
            first, second = session.scalars(select(Progress).order_by(Progress.id).limit(2)).all()
            kept_id, before = first.id, first.revision
            first.note = "снаружи"
            session.flush()
            try:
                with session.begin_nested():
                    with session.begin_nested():
                        second.note = "внутри, принято"
                    raise ValueError("the outer savepoint is refused")
            except ValueError:
                pass
            with session.begin_nested():
                first.note = "снова внутри, принято"
            first.note = "итог"
    finally:
        store.close()
    rows = _log(demo_school, start)
    assert [(r[1], r[2], r[3]) for r in rows] == [(kept_id, before + 1, "update")]
    assert query(demo_school, "SELECT json_extract(data, '$.note') FROM change_log WHERE seq > ?", start) == [("итог",)]


def test_origin_survives_a_released_savepoint(demo_school):
    start = _last_seq(demo_school)
    store = open_profile(demo_school)
    try:
        with store.writing() as session:
            activity = session.scalars(select(Activity).where(Activity.number == "1.2")).one()
            mark_foreign(session, activity, "department-id")
            with session.begin_nested():
                session.scalars(select(Progress)).first().note = "своё"
            activity.title = "Изменено отделом"
    finally:
        store.close()
    origins = {r[0]: r[4] for r in _log(demo_school, start)}
    assert origins == {"activity": "department-id", "progress": "local"}
