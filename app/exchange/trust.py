"""Whose key signs what: the department pins each school's key, a school pins its department's key.

These are the `Verifier`s the bundle reader calls: `key_for` names the key the signature must be
checked with (before anything else in the bundle is trusted), `check_recipient` runs after the
signature holds. A school's first bundle carries the enrollment proof (app.enrollment.proof) in its
manifest's `extra`; the department checks it against the secret it issued and, once the bundle is
applied, pins the key. Afterwards only that key is accepted, unless a bundle proves a secret issued
by `school reissue` after the pin.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.enrollment import verify_proof
from app.exchange.errors import BundleError
from app.exchange.manifest import public_key_bytes
from app.i18n import translate
from app.profile import ProfileInfo
from db.models import Department, EnrollmentSecret, School

PROOF_KEY = "enrollment_proof"
ACKNOWLEDGED_KEY = "acknowledged"


def _key(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(public_key_bytes(text))




@dataclass
class KnownSchool:
    name: str
    public_key: str
    secret_sha256: str | None


class DepartmentVerifier:
    """The department side: bundles from its own registered schools, signed by the pinned key."""

    def __init__(self, session: Session, info: ProfileInfo) -> None:
        self.info = info
        # Plain rows, not ORM objects: this runs for every bundle, and a district has hundreds of schools.
        secrets = dict(session.execute(select(EnrollmentSecret.school_id, EnrollmentSecret.secret_sha256)).all())
        self.schools = {
            school_id: KnownSchool(name, public_key, secrets.get(school_id))
            for school_id, name, public_key in session.execute(
                select(School.id, School.name, School.public_key).where(School.deleted.is_(False))
            )
        }
        # The key a bundle proved with an enrollment secret: pinned when that bundle is applied.
        self.proved_key: str | None = None

    def key_for(self, manifest: dict) -> Ed25519PublicKey:
        sender = manifest["sender"]
        if sender["kind"] != "school":
            if sender["id"] == self.info.department_id:
                raise BundleError("recipient", translate(
                    "Exchange", "Это пакет, выгруженный этим же отделом образования: загружать его сюда не нужно — "
                    "отправьте его школам."))
            raise BundleError("recipient", translate(
                "Exchange", "Это пакет другого отдела образования: профиль отдела принимает только пакеты своих школ."))
        school = self.schools.get(sender["id"])
        if school is None or sender["department_id"] != self.info.department_id:
            raise BundleError("unknown_sender", translate(
                "Exchange", "Пакет от школы, которая не зарегистрирована в этом отделе образования. "
                "Проверьте список школ (orientir school list) или попросите школу подключиться по файлу подключения."))
        key = sender["public_key"]
        if school.public_key and key == school.public_key:
            return _key(key)
        proof = manifest["extra"].get(PROOF_KEY)
        if school.secret_sha256 is not None and verify_proof(school.secret_sha256, sender["id"], key, proof):
            self.proved_key = key
            return _key(key)
        if school.public_key:
            raise BundleError("key", translate(
                "Exchange", "Пакет подписан не тем ключом, который зарегистрирован для этой школы. Если школа "
                "переустановила программу, выдайте ей новый файл подключения (orientir school reissue)."))
        raise BundleError("enrollment", translate(
            "Exchange", "Пакет не подтверждает подключение школы: он выгружен не из профиля, созданного по "
            "действующему файлу подключения этой школы. Выдайте школе новый файл подключения (orientir school reissue)."))

    def check_recipient(self, manifest: dict) -> None:
        if manifest["recipient"]["department_id"] != self.info.department_id:
            raise BundleError("recipient", translate("Exchange", "Этот пакет предназначен другому отделу образования."))

    def sender_name(self, manifest: dict) -> str:
        known = self.schools.get(manifest["sender"]["id"])
        return known.name if known else manifest["sender"]["name"]


class SchoolVerifier:
    """The school side: bundles from its own department, signed by the key pinned at enrollment."""

    def __init__(self, session: Session, info: ProfileInfo) -> None:
        self.info = info
        department = session.get(Department, info.department_id)
        self.department_name = department.name
        self.department_key = department.public_key
        self.proved_key = None

    def key_for(self, manifest: dict) -> Ed25519PublicKey:
        sender = manifest["sender"]
        if sender["kind"] != "department":
            raise BundleError("recipient", translate(
                "Exchange", "Это пакет школы: его загружают в профиле отдела образования, а не школы."))
        if sender["id"] != self.info.department_id:
            raise BundleError("unknown_sender", translate(
                "Exchange", "Пакет от другого отдела образования, к которому эта школа не подключена."))
        if sender["public_key"] != self.department_key:
            raise BundleError("key", translate(
                "Exchange", "Пакет подписан не тем ключом, который зарегистрирован для отдела образования. Сверьте "
                "отпечаток ключа с отделом по телефону."))
        return _key(self.department_key)

    def check_recipient(self, manifest: dict) -> None:
        recipient = manifest["recipient"]
        if recipient["department_id"] != self.info.department_id:
            raise BundleError("recipient", translate("Exchange", "Этот пакет предназначен другому отделу образования."))
        if recipient["school_id"] not in (None, self.info.school_id):
            raise BundleError("recipient", translate("Exchange", "Этот пакет предназначен другой школе."))

    def sender_name(self, manifest: dict) -> str:
        return self.department_name


def verifier_for(session: Session, info: ProfileInfo) -> DepartmentVerifier | SchoolVerifier:
    return DepartmentVerifier(session, info) if info.kind == "department" else SchoolVerifier(session, info)
