"""The exchange's bookkeeping: which bundles came in and went out, and what is known of each peer.

Sequence rules live here. A bundle is judged by the range of the sender's changes it carries, not by
its number: it applies when it starts at or before what is held from that sender (`held_through`), so
a later bundle covers a lost earlier one; otherwise it waits aside until the missing changes arrive.
A school's bundle from an installation never accepted before (a restored copy of its database) that
does not continue the chain of bundles already received is a fork: kept aside until a person
accepts it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.fsutil import fsync_dir
from app.timeutil import now
from db.base import DEPARTMENT_OWNER, derived_id
from db.models import BundleIn, BundleOut, PeerState, Receipt

EXCHANGE_DIR = "exchange"
WAITING_DIR = "waiting"
STAGING_DIR = "staging"
ACCEPTED, WAITING, FORK = "accepted", "waiting", "fork"
GAP, PARTS = "gap", "parts"


def waiting_path(root: Path, sha256: str) -> Path:
    from app.exchange.container import EXTENSION

    return root / EXCHANGE_DIR / WAITING_DIR / f"{sha256}{EXTENSION}"


def staging_dir(root: Path) -> Path:
    """Where verified members wait to be taken: inside the profile, on the attachment store's disk."""
    path = root / EXCHANGE_DIR / STAGING_DIR
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        fsync_dir(path.parent)
    return path


@dataclass(frozen=True)
class Facts:
    """What the (verified) manifest says about a bundle."""

    kind: str
    sender_id: str
    sender_name: str
    installation_id: str
    sequence: int
    previous_sha256: str
    changes_from: int
    changes_to: int
    full: bool
    part_set: str
    part_index: int
    part_count: int
    created_at: datetime
    extra: dict

    @classmethod
    def of(cls, manifest: dict) -> Facts:
        sender, changes, part = manifest["sender"], manifest["changes"], manifest["part"]
        return cls(
            kind=sender["kind"],
            sender_id=sender["id"],
            sender_name=sender["name"],
            installation_id=sender["installation_id"],
            sequence=manifest["sequence"],
            previous_sha256=manifest.get("previous_sha256") or "",
            changes_from=changes["from"],
            changes_to=changes["to"],
            full=changes["full"],
            part_set=part["set"],
            part_index=part["index"],
            part_count=part["count"],
            created_at=_created(manifest.get("created_at")),
            extra=manifest.get("extra") or {},
        )


def _created(value) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return now()
    return parsed if parsed.tzinfo is not None else now()


def peer(session: Session, peer_id: str, kind: str) -> PeerState:
    state = session.get(PeerState, peer_id)
    if state is None:
        state = PeerState(peer_id=peer_id, kind=kind, installation_id="", last_sequence=0, last_sha256="",
                          held_through=0, acknowledged_through=0)
        session.add(state)
    return state


def seen(session: Session, sha256: str) -> BundleIn | None:
    return session.get(BundleIn, sha256)


def _accepted_installations(session: Session, sender_id: str) -> set[str]:
    return set(
        session.scalars(
            select(BundleIn.installation_id).where(BundleIn.sender_id == sender_id, BundleIn.status == ACCEPTED).distinct()
        )
    )


def new_lineage(session: Session, facts: Facts) -> bool:
    """The bundle comes from an installation of the sender never accepted before (a restored or moved
    database); once applied, its chain is the one the next bundles continue."""
    state = session.get(PeerState, facts.sender_id)
    if state is None or not state.installation_id or facts.installation_id == state.installation_id:
        return False
    # A late bundle of an installation accepted earlier is merged by revisions, harmlessly.
    return facts.installation_id not in _accepted_installations(session, facts.sender_id)


def is_fork(session: Session, facts: Facts) -> bool:
    """A school's restored copy re-sending history the department already has from the original:
    a new installation whose bundle does not continue the chain received so far."""
    if facts.kind != "school" or not new_lineage(session, facts):
        return False  # a restored department raises its revisions; schools simply take the newer state
    return facts.previous_sha256 != session.get(PeerState, facts.sender_id).last_sha256


def has_gap(session: Session, facts: Facts) -> bool:
    state = session.get(PeerState, facts.sender_id)
    held = state.held_through if state else 0
    return not facts.full and facts.changes_from > held


def record(session: Session, facts: Facts, sha256: str, file_name: str, status: str, reason: str,
           stamp: datetime) -> BundleIn:
    row = session.get(BundleIn, sha256)
    if row is None:
        row = BundleIn(sha256=sha256, received_at=stamp)
        session.add(row)
    row.file_name = file_name[:500]
    row.sender_kind, row.sender_id, row.installation_id = facts.kind, facts.sender_id, facts.installation_id
    row.sequence, row.previous_sha256 = facts.sequence, facts.previous_sha256
    row.changes_from, row.changes_to, row.full = facts.changes_from, facts.changes_to, facts.full
    row.part_set, row.part_index, row.part_count = facts.part_set, facts.part_index, facts.part_count
    row.status, row.reason, row.created_at = status, reason, facts.created_at
    row.new_records = row.updated_records = row.unchanged_records = 0
    return row


def set_parts(session: Session, facts: Facts) -> list[BundleIn]:
    """The rows of the parts of this set already here, by index."""
    rows = session.scalars(
        select(BundleIn).where(BundleIn.sender_id == facts.sender_id, BundleIn.part_set == facts.part_set)
    ).all()
    return sorted(rows, key=lambda r: r.part_index)


def advance(session: Session, facts: Facts, first_sha256: str, switch_lineage: bool) -> PeerState:
    """After applying a bundle: what is now held from the sender, and the head of its chain."""
    state = peer(session, facts.sender_id, facts.kind)
    if facts.full or facts.changes_from <= state.held_through:
        state.held_through = max(state.held_through, facts.changes_to)
    newest = switch_lineage or facts.installation_id == state.installation_id and facts.sequence >= state.last_sequence
    if newest or not state.installation_id:
        state.installation_id = facts.installation_id
        state.last_sequence = facts.sequence
        state.last_sha256 = first_sha256
        acknowledged = facts.extra.get("acknowledged")
        if isinstance(acknowledged, int) and not isinstance(acknowledged, bool) and acknowledged >= 0:
            # The newest word counts, even when lower: a restored school holds less and must get it again.
            state.acknowledged_through = acknowledged
    return state


def update_receipt(session: Session, school_id: str, state: PeerState, stamp: datetime) -> None:
    """The department's receipt for a school: what it now holds, sent back in its next bundle."""
    receipt = session.get(Receipt, receipt_id(school_id))
    if receipt is None:
        receipt = Receipt(id=receipt_id(school_id), **DEPARTMENT_OWNER, school_id=school_id)
        session.add(receipt)
    receipt.accepted_sequence = state.last_sequence
    receipt.accepted_through = state.held_through
    receipt.accepted_at = stamp


def receipt_id(school_id: str) -> str:
    return derived_id("receipt", school_id)


def receipt_for(session: Session, school_id: str) -> Receipt | None:
    """The department's latest word on what it holds of this school's changes."""
    receipt = session.get(Receipt, receipt_id(school_id))
    return None if receipt is None or receipt.deleted else receipt


def senders_waiting(session: Session) -> set[str]:
    """The senders that have bundles waiting for earlier changes."""
    return set(
        session.scalars(select(BundleIn.sender_id).where(BundleIn.status == WAITING, BundleIn.reason == GAP).distinct())
    )


def retry_candidates(session: Session, sender_id: str) -> list[BundleIn]:
    """Bundles of this sender waiting for earlier changes, in the order they should be applied."""
    return session.scalars(
        select(BundleIn)
        .where(BundleIn.sender_id == sender_id, BundleIn.status == WAITING, BundleIn.reason == GAP)
        .order_by(BundleIn.changes_from, BundleIn.sequence, BundleIn.part_index)
    ).all()


@dataclass(frozen=True)
class PeerSummary:
    bundles_received: int
    last_import: datetime | None
    attention: str | None  # "fork" or "waiting" when a bundle is kept aside


def summaries(session: Session) -> dict[str, PeerSummary]:
    """Per sender: bundles accepted (a set of parts counts once), the last import, what is kept aside."""
    counts = dict(
        session.execute(
            select(BundleIn.sender_id, func.count())
            .where(BundleIn.status == ACCEPTED, BundleIn.part_index == 1)
            .group_by(BundleIn.sender_id)
        ).all()
    )
    last = dict(
        session.execute(
            select(BundleIn.sender_id, func.max(BundleIn.applied_at))
            .where(BundleIn.applied_at.is_not(None))
            .group_by(BundleIn.sender_id)
        ).all()
    )
    aside: dict[str, set[str]] = {}
    for sender, status in session.execute(
        select(BundleIn.sender_id, BundleIn.status).where(BundleIn.status != ACCEPTED).distinct()
    ):
        aside.setdefault(sender, set()).add(status)
    senders = counts.keys() | last.keys() | aside.keys()
    return {
        sender: PeerSummary(
            counts.get(sender, 0),
            last.get(sender),
            FORK if FORK in aside.get(sender, ()) else WAITING if aside.get(sender) else None,
        )
        for sender in senders
    }


def next_sequence(session: Session) -> tuple[int, str]:
    """This profile's next bundle number, and the hash its bundle will name as the previous one."""
    last = session.scalar(select(func.max(BundleOut.sequence))) or 0
    previous = session.scalar(
        select(BundleOut.sha256).where(BundleOut.sequence == last).order_by(BundleOut.part_index).limit(1)
    )
    return last + 1, previous or ""
