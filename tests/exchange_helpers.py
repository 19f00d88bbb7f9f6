"""Helpers for exchange tests: a department with enrolled schools made quickly in-process, bundles
moved between them with the real services, the database dump a refusal must leave unchanged, and a
correctly signed bundle with tampered records."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.exchange.container import MemberSource, write_bundle
from app.exchange.exporting import ExportResult, export_bundle
from app.exchange.importing import ImportOutcome, import_bundles
from app.keys import load_signing_key
from app.profile import open_profile
from app.progress import ProgressChange, set_progress
from app.roadmaps import ActivityFields, add_activity, add_section, create_roadmap
from app.schools import add_school, create_department, create_school

MANIFEST_ONLY = ("format", "format_version", "members")


def export(root: Path, out: Path, **options) -> ExportResult:
    store = open_profile(root)
    try:
        return export_bundle(store, out, **options)
    finally:
        store.close()


def load(root: Path, *paths: Path, **options) -> list[ImportOutcome]:
    store = open_profile(root)
    try:
        return import_bundles(store, list(paths), **options)
    finally:
        store.close()


def results(outcomes: list[ImportOutcome]) -> list[str]:
    return [o.result for o in outcomes]


def record_progress(root: Path, number: str, **fields) -> None:
    store = open_profile(root)
    try:
        set_progress(store, ProgressChange(number=number, **fields))
    finally:
        store.close()


@dataclass
class District:
    """A department and its enrolled schools, each with its own profile folder."""

    folder: Path
    department: Path
    schools: dict[str, Path] = field(default_factory=dict)
    enrollments: dict[str, Path] = field(default_factory=dict)
    counter: int = 0

    def bundle(self, stem: str) -> Path:
        self.counter += 1
        return self.folder / f"{self.counter:03d}-{stem}.orientir"

    def join(self, root: Path, enrollment: Path, **options) -> Path:
        """A school profile made from an enrollment file, holding the department's next bundle."""
        create_school(root, enrollment).close()
        self.send(self.department, root, **options)
        return root

    def send(self, source: Path, *targets: Path, **options) -> list[ImportOutcome]:
        """Export from `source` and import into every target; returns the outcomes of the last target."""
        path = self.bundle(source.name)
        export(source, path, **options)
        outcomes = []
        for target in targets:
            outcomes = load(target, path)
        return outcomes


def make_district(tmp_path: Path, school_names: list[str], join: bool = True) -> District:
    """A department with a three-activity roadmap and the given schools registered (and, with `join`,
    each school's profile made from its enrollment file and holding the department's first bundle)."""
    folder = tmp_path / "mail"
    folder.mkdir(parents=True)
    district = District(folder, tmp_path / "department")
    store = create_department(district.department, "Отдел образования Тестового района")
    try:
        with store.writing() as session:
            roadmap = create_roadmap(session, store.info, "Дорожная карта на 2024 год", period=(date(2024, 1, 1), date(2024, 12, 31)))
            section = add_section(session, roadmap, "1. Мероприятия по мониторингу и аналитике", number="1")
            add_activity(session, roadmap, ActivityFields("1.1", "Анализ результатов ВПР", deadline_text="Январь-февраль, 2024"), section)
            add_activity(session, roadmap, ActivityFields("1.2", "Семинар для заместителей директоров", by_department=True,
                                                          by_schools=False), section)
            add_activity(session, roadmap, ActivityFields("1.3", "Отчётные сессии руководителей школ"), section)
        for index, name in enumerate(school_names):
            _school, enrollment = add_school(store, name, tmp_path / f"enroll-{index}.orientir-enroll")
            district.enrollments[name] = enrollment
    finally:
        store.close()
    if join:
        for index, name in enumerate(school_names):
            district.schools[name] = tmp_path / f"school-{index}"
            create_school(district.schools[name], district.enrollments[name]).close()
        district.send(district.department, *district.schools.values())
    return district


def resign(bundle: Path, profile_root: Path, out: Path, change_records=None, change_manifest=None) -> Path:
    """The bundle re-signed with `profile_root`'s real key after changing its records and/or manifest."""
    import json

    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        members = {m["name"]: archive.read(m["name"]) for m in manifest["members"]}
    if change_records is not None:
        records = json.loads(members["records.json"])
        change_records(records)
        members["records.json"] = json.dumps(records, ensure_ascii=False).encode("utf-8")
    header = {key: value for key, value in manifest.items() if key not in MANIFEST_ONLY}
    if change_manifest is not None:
        change_manifest(header)
    private = load_signing_key(profile_root)
    write_bundle(out, header, [MemberSource(name, data=data) for name, data in members.items()], private)
    return out
