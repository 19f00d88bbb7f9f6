"""Creating profiles and the department's list of schools.

`create_department` and `create_school` make the two kinds of profile; `add_school` registers a
school and writes its enrollment file; `list_schools` is the department's overview of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from app import enrollment as enroll
from app import keys
from app.errors import InvalidInput, UserError
from app.exchange import ledger
from app.i18n import QT_TRANSLATE_NOOP, fill, translate
from app.keys import fingerprint
from app.profile import ProfileInfo, ProfileStore, init_profile
from app.roadmaps import live_activities, visible_roadmaps
from app.timeutil import now
from db.base import DEPARTMENT_OWNER, new_id
from db.changelog import mark_foreign
from db.models import (
    Department,
    EnrollmentSecret,
    Progress,
    School,
    Setting,
)

STATUS_NAMES = {
    "shnor": QT_TRANSLATE_NOOP("SchoolStatus", "ШНОР"),
    "risk_group": QT_TRANSLATE_NOOP("SchoolStatus", "группа риска"),
    "non_objective": QT_TRANSLATE_NOOP("SchoolStatus", "признаки необъективности"),
    "social_risk": QT_TRANSLATE_NOOP("SchoolStatus", "неблагоприятные социальные условия"),
    "other": QT_TRANSLATE_NOOP("SchoolStatus", "другое"),
}


def school_status_name(status: str) -> str:
    """The school's status as people read it («ШНОР», «группа риска»)."""
    return translate("SchoolStatus", STATUS_NAMES.get(status, status))


ENROLLMENT_SECRET_SETTING = "enrollment_secret"


def _clean_name(name: str, what: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput(translate("Schools", "Укажите название: %1.").replace("%1", what))
    if len(name) > 500:
        raise InvalidInput(translate("Schools", "Название слишком длинное (больше 500 знаков): %1.").replace("%1", what))
    return name


def create_department(root: Path, name: str) -> ProfileStore:
    name = _clean_name(name, translate("Schools", "отдел образования"))
    department_id = new_id()

    def populate(session, info: ProfileInfo, public_key: str) -> None:
        session.add(Department(id=department_id, **info.owner, name=name, public_key=public_key, updated_at=now()))

    return init_profile(root, "department", name, populate, department_id=department_id)


def create_school(root: Path, enrollment_path: Path) -> ProfileStore:
    """Join the department that issued the enrollment file; the school's own key is made here."""
    invitation = enroll.read_enrollment(enrollment_path)

    def populate(session, info: ProfileInfo, public_key: str) -> None:
        stamp = now()
        department = Department(
            id=invitation.department_id,
            **DEPARTMENT_OWNER,
            name=invitation.department_name,
            short_name=invitation.department_short_name,
            email=invitation.department_email,
            public_key=invitation.department_public_key,
            updated_at=stamp,
        )
        school = School(
            id=invitation.school_id,
            **DEPARTMENT_OWNER,
            department_id=invitation.department_id,
            name=invitation.school_name,
            short_name=invitation.school_short_name,
            status=invitation.school_status,
            enrolled_at=stamp,
            updated_at=stamp,
        )
        # These are the department's records, as its enrollment file states them. The file carries only
        # part of them, so they stay at revision 0: the department's own copy (revision 1 and up) replaces
        # them in its first bundle, and one revision never means two contents.
        for record in (department, school):
            record.revision = 0
            mark_foreign(session, record, invitation.department_id)
            session.add(record)
            session.flush()
        session.add(Setting(key=ENROLLMENT_SECRET_SETTING, value=invitation.secret))

    return init_profile(
        root,
        "school",
        invitation.school_name,
        populate,
        department_id=invitation.department_id,
        school_id=invitation.school_id,
    )


def _check_out(out: Path) -> Path:
    if not str(out).strip() or not Path(out).name:
        raise InvalidInput(translate("Schools", "Укажите имя файла подключения, например «Тартасская СОШ.orientir-enroll»."))
    out = Path(out)
    if not out.suffix:
        # A school PC must recognise the file it receives by email.
        out = out.with_name(out.name + enroll.EXTENSION)
    if out.is_dir():
        raise InvalidInput(
            translate("Schools", "%1 — это папка. Укажите имя файла подключения в ней.").replace("%1", str(out))
        )
    if out.exists():
        raise InvalidInput(
            translate("Schools", "Файл %1 уже существует. Укажите другое имя файла подключения.").replace("%1", str(out))
        )
    if not out.parent.is_dir():
        raise InvalidInput(
            translate("Schools", "Папка %1 не существует. Укажите существующую папку для файла подключения.").replace("%1", str(out.parent))
        )
    return out


def comparable_name(name: str) -> str:
    """A school name as compared for duplicates: case, «ё», quotes and spacing do not matter."""
    folded = name.casefold().replace("ё", "е")
    folded = re.sub(r"[«»\"“”„'`]", " ", folded)
    return " ".join(folded.split())


def add_school(
    store: ProfileStore,
    name: str,
    out: Path,
    short_name: str = "",
    status: str = "shnor",
    curator: str = "",
    mentor_school: str = "",
    email: str = "",
    ask: Callable[[], str] | None = None,
) -> tuple[School, Path]:
    """Register a school, then write the enrollment file to send it; returns the school and the file.

    `ask` gives the passphrase of the department's key when it is protected.
    """
    info = store.require("department")
    name = _clean_name(name, translate("Schools", "школа"))
    out = _check_out(out)
    # Unlocked before anything is registered: a wrong passphrase must not leave a school without its file.
    private = _signing_key(store, ask)
    secret = enroll.new_secret()
    with store.writing() as session:
        # Compared here, not in SQL: SQLite's lower() knows only ASCII.
        taken = session.scalars(select(School.name).where(School.deleted.is_(False))).all()
        if comparable_name(name) in {comparable_name(other) for other in taken}:
            raise InvalidInput(
                fill(
                    translate(
                        "Schools",
                        "Школа «%1» уже зарегистрирована. Если её файл подключения потерян, создайте новый: "
                        "orientir school reissue --name \"%1\" --out ФАЙЛ",
                    ),
                    name,
                )
            )
        stamp = now()
        school = School(
            **info.owner,
            department_id=info.department_id,
            name=name,
            short_name=short_name.strip(),
            status=status,
            curator=curator.strip(),
            mentor_school=mentor_school.strip(),
            email=email.strip(),
            enrolled_at=stamp,
            updated_at=stamp,
        )
        session.add(school)
        session.flush()
        session.add(EnrollmentSecret(school_id=school.id, secret_sha256=enroll.secret_hash(secret), issued_at=stamp))
    _write_enrollment(store, school, secret, out, private)
    return school, out


def reissue_enrollment(
    store: ProfileStore, name: str, out: Path, ask: Callable[[], str] | None = None
) -> tuple[School, Path]:
    """A new enrollment file for a registered school whose file was lost; the old file stops working."""
    store.require("department")
    out = _check_out(out)
    with store.reading() as session:
        school = find_school(session, name)
    private = _signing_key(store, ask)
    secret = enroll.new_secret()
    # The new file is written before the old one is revoked: a failure leaves the old file working.
    _write_enrollment(store, school, secret, out, private, reissue=True)
    try:
        with store.writing() as session:
            record = session.get(EnrollmentSecret, school.id)
            if record is None:
                record = EnrollmentSecret(school_id=school.id)
                session.add(record)
            record.secret_sha256 = enroll.secret_hash(secret)
            record.issued_at = now()
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return school, out


def find_school(session, name: str) -> School:
    """The registered school a person means: its full or short name, or a part of it that only one school has
    («Тартасская» for «МБОУ Тартасская СОШ»)."""
    wanted = comparable_name(name)
    schools = session.scalars(select(School).where(School.deleted.is_(False)).order_by(School.name)).all()
    for school in schools:
        if wanted in (comparable_name(school.name), comparable_name(school.short_name)):
            return school
    partial = [s for s in schools if wanted and (wanted in comparable_name(s.name) or wanted in comparable_name(s.short_name))]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise InvalidInput(fill(translate("Schools", "Под «%1» подходят несколько школ: %2. Укажите название точнее."),
                                name, "; ".join(s.name for s in partial)))
    raise InvalidInput(translate("Schools", "Школа «%1» не найдена. Список школ: orientir school list.").replace("%1", name))


def _signing_key(store: ProfileStore, ask: Callable[[], str] | None) -> Ed25519PrivateKey:
    """The department's key, refused when the keys folder holds another profile's key: schools would
    pin a key the department's bundles are not signed with."""
    keys.check_folder_key(store.root, store.info.public_key)
    return keys.load_signing_key(store.root, ask)


def _write_enrollment(
    store: ProfileStore, school: School, secret: str, out: Path, private: Ed25519PrivateKey, reissue: bool = False
) -> None:
    """For a new school, written after the commit: a school without its file can get a new one, a file
    without its school could not."""
    with store.reading() as session:
        department = session.get(Department, school.department_id)
    try:
        enroll.write_enrollment(
            out,
            enroll.Enrollment(
                department_id=department.id,
                department_name=department.name,
                department_short_name=department.short_name,
                department_email=department.email,
                department_public_key=department.public_key,
                school_id=school.id,
                school_name=school.name,
                school_short_name=school.short_name,
                school_status=school.status,
                secret=secret,
                issued_at=now().isoformat(),
            ),
            private,
        )
    except UserError as error:
        if reissue:
            raise UserError(
                fill(
                    translate("Schools", "Новый файл подключения записать не удалось: %1 Прежний файл школы «%2» по-прежнему действует."),
                    error.message,
                    school.name,
                ),
                error.details,
            ) from error
        raise UserError(
            fill(
                translate(
                    "Schools",
                    "Школа «%1» зарегистрирована, но файл подключения записать не удалось: %2 "
                    "Запишите его в другое место: orientir school reissue --name \"%1\" --out ФАЙЛ",
                ),
                school.name,
                error.message,
            ),
            error.details,
        ) from error


@dataclass(frozen=True)
class SchoolSummary:
    id: str
    name: str
    short_name: str
    status: str
    curator: str
    mentor_school: str
    key_fingerprint: str | None
    bundles_received: int
    last_import: str | None
    activities: int
    done: int
    # "fork" or "waiting" when a bundle of the school is kept aside and needs attention.
    exchange_attention: str | None = None

    @property
    def percent_done(self) -> int:
        return round(100 * self.done / self.activities) if self.activities else 0

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "short_name": self.short_name,
            "status": self.status,
            "curator": self.curator,
            "mentor_school": self.mentor_school,
            "key_fingerprint": self.key_fingerprint,
            "bundles_received": self.bundles_received,
            "last_import": self.last_import,
            "exchange_attention": self.exchange_attention,
            "progress": {"activities": self.activities, "done": self.done, "percent": self.percent_done},
        }


def list_schools(store: ProfileStore) -> list[SchoolSummary]:
    store.require("department")
    with store.reading() as session:
        schools = session.scalars(select(School).where(School.deleted.is_(False)).order_by(School.name)).all()
        activities = [
            activity
            for roadmap in visible_roadmaps(session, store.info)
            for activity in live_activities(session, roadmap.id)
            if activity.by_schools
        ]
        done = set(
            session.execute(
                select(Progress.owner_school_id, Progress.activity_id).where(
                    Progress.owner_kind == "school",
                    Progress.status == "done",
                    Progress.activity_id.in_([a.id for a in activities]),
                )
            ).all()
        )
        exchange = ledger.summaries(session)
    summaries = []
    for s in schools:
        received = exchange.get(s.id, ledger.PeerSummary(0, None, None))
        own = [a.id for a in activities if a.target_school_ids is None or s.id in a.target_school_ids]
        summaries.append(
            SchoolSummary(
                id=s.id,
                name=s.name,
                short_name=s.short_name,
                status=s.status,
                curator=s.curator,
                mentor_school=s.mentor_school,
                key_fingerprint=fingerprint(s.public_key) if s.public_key else None,
                bundles_received=received.bundles_received,
                last_import=received.last_import.isoformat() if received.last_import else None,
                activities=len(own),
                done=sum((s.id, activity_id) in done for activity_id in own),
                exchange_attention=received.attention,
            )
        )
    return summaries
