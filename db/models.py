"""The profile's tables.

One SQLite file holds one profile: a department (its schools, the municipal roadmap, every school's
reports) or one school (its department's roadmap, its own roadmap, its reports). Which party owns each
record is explicit (`Owned`); the exchange lets a party change only what it owns.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import (
    Base,
    DepartmentOwned,
    IsoDate,
    IsoDateTime,
    Owned,
    department_only_check,
    owner_check,
)

PROFILE_KINDS = ("department", "school")
SCHOOL_STATUSES = ("shnor", "risk_group", "non_objective", "social_risk", "other")
PROGRESS_STATUSES = ("not_started", "in_progress", "done", "not_done", "cancelled")
RECURRENCES = ("weekly", "monthly", "quarterly", "semiannual", "yearly", "event")
EVIDENCE_KINDS = ("file", "link", "document")
REVIEW_STATES = ("accepted", "rework")
RISK_LEVELS = ("none", "low", "medium", "high")


def _in(column: str, values: tuple[str, ...], name: str, nullable: bool = False) -> CheckConstraint:
    allowed = ", ".join(f"'{v}'" for v in values)
    condition = f"{column} IN ({allowed})"
    if nullable:
        condition = f"{column} IS NULL OR {condition}"
    return CheckConstraint(condition, name=name)


class Profile(Base):
    """Who this database belongs to: exactly one row."""

    __tablename__ = "profile"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        _in("kind", PROFILE_KINDS, "kind"),
        CheckConstraint(
            "(kind = 'department' AND school_id IS NULL) OR (kind = 'school' AND school_id IS NOT NULL)",
            name="kind_school",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(500))
    department_id: Mapped[str] = mapped_column(String(36), ForeignKey("department.id"))
    school_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("school.id"))
    # A fresh id per installation tells a restored or copied database apart from the original.
    installation_id: Mapped[str] = mapped_column(String(36))
    # This profile's own signing key (base64); the private half is in keys/ only.
    public_key: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    created_by_version: Mapped[str] = mapped_column(String(20))


class Setting(Base):
    """Local preferences of this installation (never exchanged)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class Department(DepartmentOwned, Base):
    """The municipal education department; owned by itself."""

    __tablename__ = "department"
    __table_args__ = (department_only_check(),)

    name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    public_key: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)


class School(DepartmentOwned, Base):
    """A school on the department's list; the department owns the entry (the school only reads it)."""

    __tablename__ = "school"
    __table_args__ = (department_only_check(), _in("status", SCHOOL_STATUSES, "status"))

    department_id: Mapped[str] = mapped_column(String(36), ForeignKey("department.id"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="shnor")
    curator: Mapped[str] = mapped_column(String(300), default="")
    mentor_school: Mapped[str] = mapped_column(String(500), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # False once the school leaves the list: its history stays, it gets no new roadmap.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    enrolled_at: Mapped[datetime] = mapped_column(IsoDateTime)
    # The school's key as the department pinned it ("" until the first bundle proves it).
    public_key: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)


class EnrollmentSecret(Base):
    """The department's record of the one-time secret in a school's enrollment file (never exchanged).

    Only its hash is kept; the school's first bundle proves it holds the secret. Reissuing the file
    replaces the hash, so a lost file stops working. The row is removed when a bundle proves the
    secret and the school's key is pinned: a secret vouches for one key only.
    """

    __tablename__ = "enrollment_secret"

    school_id: Mapped[str] = mapped_column(String(36), ForeignKey("school.id"), primary_key=True)
    secret_sha256: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(IsoDateTime)


class Roadmap(Owned, Base):
    """A roadmap: the department's municipal one, or a school's own."""

    __tablename__ = "roadmap"
    __table_args__ = (owner_check(),)

    title: Mapped[str] = mapped_column(Text)
    period_start: Mapped[date | None] = mapped_column(IsoDate)
    period_end: Mapped[date | None] = mapped_column(IsoDate)
    order_number: Mapped[str] = mapped_column(String(100), default="")
    order_date: Mapped[date | None] = mapped_column(IsoDate)
    goal: Mapped[str] = mapped_column(Text, default="")
    source_file_name: Mapped[str] = mapped_column(String(500), default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)

    sections: Mapped[list[Section]] = relationship(back_populates="roadmap", order_by="Section.position")
    activities: Mapped[list[Activity]] = relationship(back_populates="roadmap", order_by="Activity.position")


class Section(Owned, Base):
    """A section row of the roadmap table («1. Улучшение материально-технической базы»)."""

    __tablename__ = "section"
    __table_args__ = (owner_check(),)

    roadmap_id: Mapped[str] = mapped_column(String(36), ForeignKey("roadmap.id"), index=True)
    number: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)

    roadmap: Mapped[Roadmap] = relationship(back_populates="sections")


class Activity(Owned, Base):
    """One activity («мероприятие») of a roadmap."""

    __tablename__ = "activity"
    __table_args__ = (owner_check(), _in("recurrence", RECURRENCES, "recurrence", nullable=True))

    roadmap_id: Mapped[str] = mapped_column(String(36), ForeignKey("roadmap.id"), index=True)
    section_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("section.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(Text, default="")
    deadline_text: Mapped[str] = mapped_column(Text, default="")
    # Inclusive date ranges read from deadline_text: [["2024-01-01", "2024-02-29"], …].
    windows: Mapped[list] = mapped_column(JSON, default=list)
    recurrence: Mapped[str | None] = mapped_column(String(12))
    # What a person should look at in the deadline (None when it was understood).
    deadline_issue: Mapped[str | None] = mapped_column(Text)
    expected_result: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)
    # Who carries the activity out: the department itself, the schools, or both.
    by_department: Mapped[bool] = mapped_column(Boolean, default=False)
    by_schools: Mapped[bool] = mapped_column(Boolean, default=True)
    # School ids the activity is meant for; None means every school of the roadmap.
    target_school_ids: Mapped[list | None] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)

    roadmap: Mapped[Roadmap] = relationship(back_populates="activities")


class Indicator(Owned, Base):
    """A roadmap indicator: base value and a target for each year."""

    __tablename__ = "indicator"
    __table_args__ = (owner_check(),)

    roadmap_id: Mapped[str] = mapped_column(String(36), ForeignKey("roadmap.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    indicator_type: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(50), default="")
    base_value: Mapped[float | None] = mapped_column(Float)
    base_text: Mapped[str] = mapped_column(String(200), default="")
    # {"2021": 5, "2022": 7}: JSON keys are year strings.
    targets: Mapped[dict] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)


class MonitoringRound(Owned, Base):
    """A monitoring round («первый мониторинг», «мониторинг за май»)."""

    __tablename__ = "monitoring_round"
    __table_args__ = (owner_check(),)

    roadmap_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("roadmap.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    starts_on: Mapped[date | None] = mapped_column(IsoDate)
    due_date: Mapped[date] = mapped_column(IsoDate)
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)


class IndicatorValue(Owned, Base):
    """The actual value of an indicator reported by a school (or the department) for a round or year."""

    __tablename__ = "indicator_value"
    __table_args__ = (owner_check(),)

    indicator_id: Mapped[str] = mapped_column(String(36), ForeignKey("indicator.id"), index=True)
    round_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("monitoring_round.id"))
    year: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[float | None] = mapped_column(Float)
    value_text: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)


class Progress(Owned, Base):
    """What a school (or the department, for its own activities) reports on one activity."""

    __tablename__ = "progress"
    __table_args__ = (
        owner_check(),
        _in("status", PROGRESS_STATUSES, "status"),
        UniqueConstraint("activity_id", "owner_kind", "owner_school_id"),
    )

    activity_id: Mapped[str] = mapped_column(String(36), ForeignKey("activity.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="not_started")
    actual_result: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)
    updated_by: Mapped[str] = mapped_column(String(300), default="")

    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="progress", order_by="Evidence.position"
    )


class Attachment(Base):
    """A file in the profile's content-addressed store (`attachments/ab/<sha256>`).

    Content is identified by its hash, so it has no owner of its own: it belongs to whoever's
    evidence refers to it, and the same file attached twice is stored once.
    """

    __tablename__ = "attachment"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(200))
    original_name: Mapped[str] = mapped_column(String(500))
    stored_at: Mapped[datetime] = mapped_column(IsoDateTime)
    # The hash of the file actually stored when it is not the original: the department keeps the
    # email copy of a school's photo under the original's identity, so both sides name it alike.
    stored_sha256: Mapped[str | None] = mapped_column(String(64))

    @property
    def content_sha256(self) -> str:
        """The address of the stored file in the attachment store."""
        return self.stored_sha256 or self.sha256

    @property
    def reduced(self) -> bool:
        return self.stored_sha256 is not None


class Evidence(Owned, Base):
    """One piece of evidence for a progress record: a file, a link, or a document reference."""

    __tablename__ = "evidence"
    __table_args__ = (
        owner_check(),
        _in("kind", EVIDENCE_KINDS, "kind"),
        CheckConstraint("kind != 'file' OR attachment_sha256 IS NOT NULL", name="file_has_content"),
        CheckConstraint("kind != 'link' OR url != ''", name="link_has_url"),
    )

    progress_id: Mapped[str] = mapped_column(String(36), ForeignKey("progress.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    # What a person sees: the file name, the link, or the document citation.
    title: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text, default="")
    doc_type: Mapped[str] = mapped_column(String(200), default="")
    doc_issuer: Mapped[str] = mapped_column(String(500), default="")
    doc_number: Mapped[str] = mapped_column(String(100), default="")
    doc_date: Mapped[date | None] = mapped_column(IsoDate)
    attachment_sha256: Mapped[str | None] = mapped_column(String(64), ForeignKey("attachment.sha256"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)

    progress: Mapped[Progress] = relationship(back_populates="evidence")
    attachment: Mapped[Attachment | None] = relationship()


class RiskFactor(Base):
    """A factor of the 500+ risk profile («рисковый профиль школы»); reference data."""

    __tablename__ = "risk_factor"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class SchoolRisk(Owned, Base):
    """A school's level on one risk factor."""

    __tablename__ = "school_risk"
    __table_args__ = (
        owner_check(),
        _in("level", RISK_LEVELS, "level"),
        UniqueConstraint("school_id", "factor_code"),
    )

    school_id: Mapped[str] = mapped_column(String(36), ForeignKey("school.id"), index=True)
    factor_code: Mapped[str] = mapped_column(String(20), ForeignKey("risk_factor.code"))
    level: Mapped[str] = mapped_column(String(10))
    assessed_on: Mapped[date | None] = mapped_column(IsoDate)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)


class Review(Owned, Base):
    """The curator's verdict on a school's progress record («принято» / «на доработку»)."""

    __tablename__ = "review"
    __table_args__ = (owner_check(), _in("state", REVIEW_STATES, "state"))

    progress_id: Mapped[str] = mapped_column(String(36), ForeignKey("progress.id"), unique=True)
    # The school the verdict is addressed to, so an export for that school needs no join.
    school_id: Mapped[str] = mapped_column(String(36), ForeignKey("school.id"), index=True)
    state: Mapped[str] = mapped_column(String(10))
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime)
    updated_by: Mapped[str] = mapped_column(String(300), default="")


class Comment(Owned, Base):
    """A message in the thread under a progress record: the curator's remark or the school's reply."""

    __tablename__ = "comment"
    __table_args__ = (owner_check(), _in("verdict", REVIEW_STATES, "verdict", nullable=True))

    progress_id: Mapped[str] = mapped_column(String(36), ForeignKey("progress.id"), index=True)
    # The school whose report the thread is about, so an export for that school needs no join.
    school_id: Mapped[str] = mapped_column(String(36), ForeignKey("school.id"), index=True)
    verdict: Mapped[str | None] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)


class RevisionFloor(Base):
    """Revisions already issued for records a restore rolled back out of existence (never exchanged).

    Records keyed by what they are about (progress per activity and reporter) may be created again
    after a restore with the same id; they must start above the revision the other side has seen.
    """

    __tablename__ = "revision_floor"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    revision: Mapped[int] = mapped_column(Integer)


class ChangeLog(Base):
    """Append-only log: every change to a replicated record, in local order.

    `seq` is the local sequence number; `revision` is the record's own counter. `origin` is "local"
    for changes made here, or the id of the party whose bundle brought the change. `data` is the
    record as it stood after the change, which lets reports reproduce any past moment.
    """

    __tablename__ = "change_log"
    # AUTOINCREMENT: a sequence number is never reused, even after a restore rolls rows back.
    __table_args__ = (_in("op", ("insert", "update", "delete"), "op"), {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(6))
    owner_kind: Mapped[str | None] = mapped_column(String(10))
    owner_school_id: Mapped[str | None] = mapped_column(String(36))
    origin: Mapped[str] = mapped_column(String(36), default="local")
    changed_at: Mapped[datetime] = mapped_column(IsoDateTime)
    changed_by: Mapped[str] = mapped_column(String(300), default="")
    data: Mapped[dict] = mapped_column(JSON)


class Receipt(Owned, Base):
    """The department's acknowledgement of one school's bundles («квитанция»); travels to the school.

    `accepted_through` is the school's change number up to which the department holds everything,
    so the school's next export starts there; `accepted_at` is what the school shows as
    «принято отделом».
    """

    __tablename__ = "receipt"
    __table_args__ = (owner_check(),)

    school_id: Mapped[str] = mapped_column(String(36), ForeignKey("school.id"), unique=True)
    accepted_sequence: Mapped[int] = mapped_column(Integer)
    accepted_through: Mapped[int] = mapped_column(Integer)
    accepted_at: Mapped[datetime] = mapped_column(IsoDateTime)


BUNDLE_IN_STATUSES = ("accepted", "waiting", "fork")


class BundleIn(Base):
    """Every bundle file this profile took in (never exchanged): accepted, or kept aside as waiting or fork.

    A refused file is not recorded: a refusal changes nothing. Files kept aside stay in
    `exchange/waiting/<sha256>.orientir` until they are applied.
    """

    __tablename__ = "bundle_in"
    __table_args__ = (_in("status", BUNDLE_IN_STATUSES, "status"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sender_kind: Mapped[str] = mapped_column(String(10))
    sender_id: Mapped[str] = mapped_column(String(36), index=True)
    installation_id: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[int] = mapped_column(Integer)
    previous_sha256: Mapped[str] = mapped_column(String(64), default="")
    changes_from: Mapped[int] = mapped_column(Integer)
    changes_to: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean)
    part_set: Mapped[str] = mapped_column(String(64), default="")
    part_index: Mapped[int] = mapped_column(Integer, default=1)
    part_count: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(10))
    # Why a bundle waits: "gap" (changes start after what is held) or "parts" (its set is incomplete).
    reason: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)
    received_at: Mapped[datetime] = mapped_column(IsoDateTime)
    applied_at: Mapped[datetime | None] = mapped_column(IsoDateTime)
    new_records: Mapped[int] = mapped_column(Integer, default=0)
    updated_records: Mapped[int] = mapped_column(Integer, default=0)
    unchanged_records: Mapped[int] = mapped_column(Integer, default=0)


class BundleOut(Base):
    """Every bundle file this profile wrote (never exchanged); one row per part."""

    __tablename__ = "bundle_out"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    recipient_school_id: Mapped[str | None] = mapped_column(String(36))
    changes_from: Mapped[int] = mapped_column(Integer)
    changes_to: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean)
    part_index: Mapped[int] = mapped_column(Integer, default=1)
    part_count: Mapped[int] = mapped_column(Integer, default=1)
    records: Mapped[int] = mapped_column(Integer, default=0)
    files: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(IsoDateTime)


class PeerState(Base):
    """What this profile knows of one other party's history (never exchanged; a restore rolls it back).

    `held_through`: the peer's change number up to which everything is held here.
    `acknowledged_through`: this profile's change number up to which the peer says it holds everything.
    `installation_id`, `last_sequence`, `last_sha256`: the head of the peer's bundle chain, which
    tells a bundle from a restored copy of the peer's database (a fork) apart from the next one.
    """

    __tablename__ = "peer_state"

    peer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    installation_id: Mapped[str] = mapped_column(String(36), default="")
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_sha256: Mapped[str] = mapped_column(String(64), default="")
    held_through: Mapped[int] = mapped_column(Integer, default=0)
    acknowledged_through: Mapped[int] = mapped_column(Integer, default=0)
