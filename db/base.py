"""Declarative base, column types and the mixins every replicated record shares.

Records that cross machines carry a UUID key, a per-record `revision` (bumped on every local change,
never compared by wall clock), a tombstone flag, and explicit ownership: `owner_kind` is
"department" or "school", and a school-owned record names its school in `owner_school_id`.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from types import MappingProxyType

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    MetaData,
    String,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

OWNER_DEPARTMENT = "department"
OWNER_SCHOOL = "school"
# The ownership columns of a department record, to unpack into a model: Model(**DEPARTMENT_OWNER, …).
DEPARTMENT_OWNER = MappingProxyType({"owner_kind": OWNER_DEPARTMENT, "owner_school_id": None})


def new_id() -> str:
    return str(uuid.uuid4())


# Records keyed by what they are about (one progress record per activity and reporter) get a
# name-based UUID, so two machines that create "the same" record independently agree on its key.
ORIENTIR_NAMESPACE = uuid.UUID("6f1c2a4e-5d0b-4c59-9a55-0e5b3f1d7c21")


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(ORIENTIR_NAMESPACE, "/".join(parts)))


class IsoDateTime(TypeDecorator):
    """A timezone-aware datetime stored as ISO 8601 text with its UTC offset, as the school wrote it."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime cannot be stored; use app.timeutil.now()")
        return value.isoformat(timespec="seconds")

    def process_result_value(self, value: str | None, dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class IsoDate(TypeDecorator):
    """A calendar date stored as YYYY-MM-DD text."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect) -> date | None:
        return None if value is None else date.fromisoformat(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Replicated:
    """A record that travels in bundles: UUID key, revision, tombstone."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Owned(Replicated):
    """A replicated record with explicit ownership (department, or one named school)."""

    owner_kind: Mapped[str] = mapped_column(String(10))

    @declared_attr
    def owner_school_id(cls) -> Mapped[str | None]:  # noqa: N805 - SQLAlchemy's declared_attr signature
        return mapped_column(String(36), ForeignKey("school.id"), index=True)


class DepartmentOwned(Replicated):
    """A record only the department may change: its own entry and its list of schools.

    It has the same ownership columns as every other replicated record, but no key to a school
    (which would make the department and school tables depend on each other).
    """

    owner_kind: Mapped[str] = mapped_column(String(10), default=OWNER_DEPARTMENT)
    owner_school_id: Mapped[str | None] = mapped_column(String(36))


def department_only_check() -> CheckConstraint:
    return CheckConstraint("owner_kind = 'department' AND owner_school_id IS NULL", name="owner")


def owner_check() -> CheckConstraint:
    """Department records name no school; school records must."""
    return CheckConstraint(
        "(owner_kind = 'department' AND owner_school_id IS NULL) OR "
        "(owner_kind = 'school' AND owner_school_id IS NOT NULL)",
        name="owner",
    )
