"""The key fingerprints a person reads aloud over the phone: this profile's own and, for a school, its department's.

One place for `orientir key show` and the window's «Обмен с отделом» page, so both show the same digits.
Reading the fingerprints needs no passphrase: the public keys are kept in the clear.
"""

from __future__ import annotations

from dataclasses import dataclass

from app import keys
from app.profile import ProfileStore
from db.models import Department


@dataclass(frozen=True)
class ProfileKeys:
    public_key: str
    fingerprint: str
    protected: bool
    # None for a department profile (it has no department above it).
    department_fingerprint: str | None


def profile_keys(store: ProfileStore) -> ProfileKeys:
    info = store.info
    department_key = None
    if info.kind == "school":
        with store.reading() as session:
            department = session.get(Department, info.department_id)
            department_key = department.public_key if department is not None else None
    return ProfileKeys(
        public_key=info.public_key,
        fingerprint=keys.fingerprint(info.public_key),
        protected=keys.is_protected(store.root),
        department_fingerprint=keys.fingerprint(department_key) if department_key else None,
    )
