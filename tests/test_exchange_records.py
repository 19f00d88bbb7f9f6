"""The records checker: whatever a signed bundle's records.json holds, the answer is the records or a
BundleError (schema or ownership), never another exception."""

from __future__ import annotations

import copy
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.exchange.errors import BundleError
from app.exchange.records import parse_records

SCHOOL_ID = str(uuid.uuid4())
STAMP = "2024-05-12T10:00:00+07:00"


def _progress() -> dict:
    return {
        "entity": "progress",
        "id": str(uuid.uuid4()),
        "revision": 2,
        "deleted": False,
        "data": {
            "activity_id": str(uuid.uuid4()), "status": "done", "actual_result": "Проведено", "note": "",
            "updated_at": STAMP, "updated_by": "Завуч", "owner_kind": "school", "owner_school_id": SCHOOL_ID,
        },
    }


def _evidence() -> dict:
    return {
        "entity": "evidence",
        "id": str(uuid.uuid4()),
        "revision": 1,
        "deleted": False,
        "data": {
            "progress_id": str(uuid.uuid4()), "kind": "file", "title": "скан.pdf", "url": "", "doc_type": "",
            "doc_issuer": "", "doc_number": "", "doc_date": "2024-03-09", "attachment_sha256": "ab" * 32,
            "position": 1, "created_at": STAMP, "owner_kind": "school", "owner_school_id": SCHOOL_ID,
        },
    }


def test_valid_records_come_back_with_typed_values():
    parsed = parse_records([_progress(), _evidence()], "school", SCHOOL_ID)
    assert parsed.count() == 2
    evidence = parsed.records["evidence"][0]
    assert evidence.values["doc_date"].isoformat() == "2024-03-09"
    assert evidence.values["created_at"].utcoffset().total_seconds() == 7 * 3600


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda r: r["data"].update(extra="новое поле"), "schema"),
        (lambda r: r["data"].pop("note"), "schema"),
        (lambda r: r["data"].update(updated_at="2024-05-12T10:00:00"), "schema"),  # no offset
        (lambda r: r["data"].update(activity_id="не uuid"), "schema"),
        (lambda r: r.update(revision=0), "schema"),
        (lambda r: r["data"].update(note="\ud800"), "schema"),  # JSON may carry text SQLite cannot store
        (lambda r: r.update(entity="profile"), "schema"),
        (lambda r: r.update(entity="review", data={
            "progress_id": r["id"], "school_id": SCHOOL_ID, "state": "accepted", "updated_at": STAMP, "updated_by": "",
            "owner_kind": "school", "owner_school_id": SCHOOL_ID}), "ownership"),  # only the department reviews
        (lambda r: r["data"].update(owner_school_id=str(uuid.uuid4())), "ownership"),
        (lambda r: r["data"].update(owner_kind="department", owner_school_id=None), "ownership"),
    ],
)
def test_a_defect_refuses_the_whole_list(change, reason):
    record = _progress()
    change(record)
    with pytest.raises(BundleError) as refused:
        parse_records([_evidence(), record], "school", SCHOOL_ID)
    assert refused.value.reason == reason


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["entity", "id", "revision", "deleted", "data", "column"]), JSON, st.data())
def test_any_value_anywhere_is_accepted_or_refused_as_a_bundle_error(where, value, data):
    records = [_progress(), _evidence()]
    target = copy.deepcopy(records[data.draw(st.integers(0, 1))])
    if where == "column":
        target["data"][data.draw(st.sampled_from(sorted(target["data"])))] = value
    else:
        target[where] = value
    try:
        parse_records([*records, target], "school", SCHOOL_ID)
    except BundleError:
        pass
