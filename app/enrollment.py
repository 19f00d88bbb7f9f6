"""The enrollment file: how a school joins its department.

The department writes it with `school add`; the school opens it with `init school --enrollment`.
It is a versioned JSON document naming the school and the department (with the department's public
key, which the school pins) and carrying a one-time secret that the school's first bundle proves it
holds. The department keeps only the secret's hash.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.errors import InvalidInput, UserError, from_os_error
from app.fsutil import atomic_write_bytes
from app.i18n import translate
from db.models import SCHOOL_STATUSES

FORMAT = "orientir-enrollment"
VERSION = 1
EXTENSION = ".orientir-enroll"
MAX_BYTES = 256 * 1024


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


def write_enrollment(path: Path, enrollment: Enrollment) -> None:
    document = {
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
    try:
        department, school = document["department"], document["school"]
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
            secret=_text(document, "secret"),
            issued_at=_text(document, "issued_at", required=False),
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

