"""The enrollment file: how a school joins its department.

The department writes it with `school add`; the school opens it with `init school --enrollment`.
It is a versioned JSON document naming the school and the department (with the department's public
key, which the school pins) and carrying a one-time secret that the school's first bundle proves it
holds. The department keeps only the secret's hash.

Version 2 is signed by the department: `signature` is Ed25519 over the canonical JSON of `payload`
(sorted keys, UTF-8, no spaces). The payload names its own format and version because the same key
also signs bundles: signed bytes must say what they are. The signature makes a hand-edited file
evident; whether the key is really the department's, the school can confirm by its fingerprint over
the phone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import keys
from app.errors import InvalidInput, UserError, from_os_error
from app.fsutil import atomic_write_bytes
from app.i18n import translate
from db.models import SCHOOL_STATUSES

FORMAT = "orientir-enrollment"
VERSION = 2
EXTENSION = ".orientir-enroll"
MAX_BYTES = 256 * 1024
PROOF_CONTEXT = b"orientir-enrollment-proof-v1"


@dataclass(frozen=True)
class Enrollment:
    department_id: str
    department_name: str
    department_short_name: str
    department_email: str
    department_public_key: str
    school_id: str
    school_name: str
    school_short_name: str
    school_status: str
    secret: str
    issued_at: str


def new_secret() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("ascii")).hexdigest()


def proof(secret_sha256_hex: str, school_id: str, school_public_key: str) -> str:
    """What a school's first bundle carries to show it holds the enrollment secret (hex HMAC-SHA256).

    Keyed with the secret's hash, the one form of it the department keeps; it binds the school's
    key, so a proof copied from one bundle cannot vouch for another key.
    """
    message = PROOF_CONTEXT + school_id.encode("utf-8") + base64.b64decode(school_public_key, validate=True)
    return hmac.new(bytes.fromhex(secret_sha256_hex), message, hashlib.sha256).hexdigest()


def verify_proof(secret_sha256_hex: str, school_id: str, school_public_key: str, proof_hex: str) -> bool:
    """Whether proof_hex was made with the enrollment secret whose hash the department stores; False for any defect."""
    if not isinstance(proof_hex, str) or not proof_hex.isascii():
        return False
    try:
        expected = proof(secret_sha256_hex, school_id, school_public_key)
    except (ValueError, TypeError, binascii.Error):
        return False
    return hmac.compare_digest(expected, proof_hex.lower())


def canonical(payload: dict) -> bytes:
    """The bytes that are signed: sorted keys, UTF-8, no spaces."""
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_enrollment(path: Path, enrollment: Enrollment, private: Ed25519PrivateKey) -> None:
    """Write the file signed with the department's key (whose public half the enrollment carries)."""
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "issued_at": enrollment.issued_at,
        "department": {
            "id": enrollment.department_id,
            "name": enrollment.department_name,
            "short_name": enrollment.department_short_name,
            "email": enrollment.department_email,
            "public_key": enrollment.department_public_key,
        },
        "school": {
            "id": enrollment.school_id,
            "name": enrollment.school_name,
            "short_name": enrollment.school_short_name,
            "status": enrollment.school_status,
        },
        "secret": enrollment.secret,
    }
    signature = keys.sign(private, canonical(payload))
    document = {
        "format": FORMAT,
        "version": VERSION,
        "payload": payload,
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        raise from_os_error(error, path) from error


def _not_enrollment(path: Path) -> InvalidInput:
    return InvalidInput(
        translate(
            "Enrollment",
            "Файл %1 — не файл подключения к Ориентиру. Попросите отдел образования прислать файл подключения "
            "вашей школы (он создаётся командой «Добавить школу»).",
        ).replace("%1", str(path))
    )


def read_enrollment(path: Path) -> Enrollment:
    """Read and check an enrollment file; every defect is refused with a message, nothing is changed."""
    path = Path(path)
    if not path.exists():
        raise InvalidInput(translate("Enrollment", "Файл подключения не найден: %1").replace("%1", str(path)))
    if path.is_dir():
        raise InvalidInput(translate("Enrollment", "%1 — это папка, а нужен файл подключения.").replace("%1", str(path)))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _not_enrollment(path)
        raw = path.read_bytes()
    except OSError as error:
        raise from_os_error(error, path) from error
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _not_enrollment(path) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _not_enrollment(path)
    version = document.get("version")
    if not isinstance(version, int):
        raise _not_enrollment(path)
    if version > VERSION:
        raise UserError(
            translate("Enrollment", "Файл подключения создан более новой версией Ориентира. Обновите программу и откройте его снова.")
        )
    if version < VERSION:
        raise InvalidInput(
            translate(
                "Enrollment",
                "Файл подключения %1 устарел: он не подписан отделом образования. Попросите отдел образования "
                "создать для вашей школы новый файл подключения.",
            ).replace("%1", str(path))
        )
    try:
        payload = document["payload"]
        if not isinstance(payload, dict) or payload.get("format") != FORMAT or payload.get("version") != VERSION:
            raise ValueError("payload")
        department, school = payload["department"], payload["school"]
        if not isinstance(department, dict) or not isinstance(school, dict):
            raise TypeError("department and school must be objects")
        enrollment = Enrollment(
            department_id=_text(department, "id"),
            department_name=_text(department, "name"),
            department_short_name=_text(department, "short_name", required=False),
            department_email=_text(department, "email", required=False),
            department_public_key=_text(department, "public_key"),
            school_id=_text(school, "id"),
            school_name=_text(school, "name"),
            school_short_name=_text(school, "short_name", required=False),
            school_status=_text(school, "status", required=False) or "shnor",
            secret=_text(payload, "secret"),
            issued_at=_text(payload, "issued_at", required=False),
        )
        # Hand-edited or damaged files must not become a profile with broken identities.
        for identifier in (enrollment.department_id, enrollment.school_id):
            uuid.UUID(identifier)
        if len(base64.b64decode(enrollment.department_public_key, validate=True)) != 32:
            raise ValueError("public key")
        if len(base64.urlsafe_b64decode(enrollment.secret)) != 32:
            raise ValueError("secret")
        if enrollment.school_status not in SCHOOL_STATUSES:
            raise ValueError("status")
        signature = document["signature"]
        if not isinstance(signature, str):
            raise TypeError("signature")
        if not keys.verify(enrollment.department_public_key, canonical(payload), base64.b64decode(signature, validate=True)):
            raise ValueError("signature")
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise InvalidInput(
            translate("Enrollment", "Файл подключения %1 повреждён. Попросите отдел образования прислать его заново.")
            .replace("%1", str(path))
        ) from None
    return enrollment


def _text(section: dict, key: str, required: bool = True) -> str:
    value = section.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(key)
    return value.strip()

