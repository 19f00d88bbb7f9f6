"""Importing a district's Word/Excel roadmap into the profile, and re-importing a corrected version.

`import_roadmap` reads the file, finds the roadmap table, reads the metadata and the deadlines, and
only then writes — after a verified backup, in one transaction. A department imports the municipal
roadmap; a school its own.

Re-import: the roadmap is the one this profile already owns with the same title (or, failing that,
imported from a file of the same name). Its activities are matched to the document's rows by number
and text, then by text alone (renumbered), then by number with a similar text (a typo fixed), then by
a similar text within the same section (unnumbered rows); a matched activity keeps its id, so the
progress and evidence recorded against it stay. Activities no longer in the document are tombstoned,
never deleted; one that comes back is revived. Importing the same document again changes nothing.
Indicators are matched by name the same way.

A row without a number keeps "" as its number and its place in the document: `roadmap show` lists
it in order, and its progress is recorded in the window (the command line's `progress set NUMBER`
cannot name it). No number is invented, so the district's own numbering stays the one people quote.
An empty deadline cell is not a deadline «not understood»: it has no windows and no issue.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.deadlines import Deadline, read_deadline
from app.errors import from_os_error
from app.i18n import translate
from app.profile import ProfileInfo, ProfileStore
from app.roadmap_import.detector import ColumnChoice, Detection, detect
from app.roadmap_import.errors import ImportCancelled
from app.roadmap_import.indicators import RawIndicator
from app.roadmap_import.metadata import read_metadata
from app.roadmap_import.readers import read_document
from app.roadmap_import.rows import RawActivity
from app.roadmaps import normalize_number
from app.timeutil import now
from db.models import Activity, Indicator, Roadmap, Section

Progress = Callable[[int, int], None]
Abort = Callable[[], bool]

# How alike two titles must be to count as the same activity with a typo fixed.
SAME_NUMBER_SIMILARITY = 0.6
SAME_SECTION_SIMILARITY = 0.85

_DEPARTMENT = re.compile(
    r"управлени\w*\s+образовани|отдел\w*\s+образовани|департамент|комитет\w*\s+(?:по\s+)?образовани|"
    r"муниципальн\w*\s+координатор|методическ\w*\s+(?:центр|служб)|\bМКУ\b|\bИМЦ\b|\bММС\b|\bУО\b|\bРУО\b",
    re.IGNORECASE,
)
_SCHOOLS = re.compile(
    r"\bОО\b|\bОУ\b|образовательн\w*\s+(?:организац|учрежден)|школ|директор|заместител|учител|педагог|классн",
    re.IGNORECASE,
)
_SECTION_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*|[IVXLC]+)[.)]?\s")
_PUNCTUATION = re.compile(r"[\W_]+")


@dataclass
class ImportReport:
    """What an import did, for the message to the person (and `--json`)."""

    roadmap_id: str
    title: str
    period: tuple[date, date] | None
    order_number: str
    order_date: date | None
    created: bool
    sections: int
    activities: int
    new: int
    updated: int
    unchanged: int
    removed: int
    indicators: int
    # (header as written, field): number, title, deadline, responsible, result, section or ignored.
    columns: list[tuple[str, str]] = field(default_factory=list)
    # (number or where, deadline text, what could not be read).
    deadlines_not_understood: list[tuple[str, str, str]] = field(default_factory=list)
    # (which table, why it was not read).
    skipped_tables: list[tuple[str, str]] = field(default_factory=list)
    # Numbers written on more than one activity.
    duplicate_numbers: list[str] = field(default_factory=list)
    unnumbered: int = 0

    def as_json(self) -> dict:
        return {
            "roadmap_id": self.roadmap_id,
            "title": self.title,
            "period": [d.isoformat() for d in self.period] if self.period else None,
            "order": {"number": self.order_number, "date": self.order_date.isoformat() if self.order_date else None},
            "created": self.created,
            "sections": self.sections,
            "activities": self.activities,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "indicators": self.indicators,
            "columns": [{"header": header, "field": name} for header, name in self.columns],
            "deadlines_not_understood": [
                {"number": number, "deadline_text": text, "issue": issue} for number, text, issue in self.deadlines_not_understood
            ],
            "skipped_tables": [{"table": where, "reason": why} for where, why in self.skipped_tables],
            "duplicate_numbers": self.duplicate_numbers,
            "unnumbered": self.unnumbered,
        }


@dataclass
class _Row:
    """An activity ready to be written: the document's row with its deadline read."""

    raw: RawActivity
    deadline: Deadline
    position: int

    @property
    def windows(self) -> list[list[str]]:
        return [[start.isoformat(), end.isoformat()] for start, end in self.deadline.windows]


def import_roadmap(
    store: ProfileStore,
    path: Path,
    *,
    period: tuple[date, date] | None = None,
    title: str | None = None,
    columns: ColumnChoice | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    abort: Abort | None = None,
) -> ImportReport:
    """Read `path` into this profile's roadmap (new, or the same one updated in place).

    `columns` is the person's reading of a table whose header was not understood. With `dry_run` the
    report says what the import would do — the same counts — and nothing is written: the changes are
    made in a transaction that is rolled back, and no backup is taken.
    """
    path = Path(path)
    info = store.info
    document = read_document(path, abort=abort)
    found = detect(document, reads_as_deadline=_reads_as_deadline, abort=abort, choice=columns)
    meta = read_metadata(found.before, found.paragraphs, found.passport)
    title = " ".join((title or meta.title or path.stem).split())
    period = period or meta.period
    digest = _sha256(path)
    rows = []
    total = len(found.activities)
    for index, raw in enumerate(found.activities):
        _check(abort)
        rows.append(_Row(raw, _read(raw.deadline_text, period), index + 1))
        if progress is not None and index % 50 == 0:
            progress(index, total * 2)
    _check(abort)
    if not dry_run:
        store.backup("import")
    try:
        with store.writing() as session:
            roadmap_id, created, counts, indicators = _write(session, info, path, title, period, meta, digest, found, rows, progress)
            if dry_run:
                raise _RollBack
    except _RollBack:
        pass
    if progress is not None:
        progress(total * 2, total * 2)
    return _report(roadmap_id, title, period, meta, created, found, rows, counts, indicators)


class _RollBack(Exception):
    """Leaves a dry run's transaction without committing it."""


def _write(session: Session, info: ProfileInfo, path: Path, title: str, period, meta, digest: str, found: Detection,
           rows: list[_Row], progress: Progress | None) -> tuple[str, bool, _Counts, int]:
    roadmap, created = _roadmap(session, info, title, path.name)
    changed = _set(
        roadmap, title=title, period_start=period[0] if period else None, period_end=period[1] if period else None,
        order_number=meta.order_number, order_date=meta.order_date, goal=meta.goal,
        source_file_name=path.name, source_sha256=digest,
    )
    sections = _sync_sections(session, roadmap, found.sections)
    counts = _sync_activities(session, info, roadmap, rows, sections, progress)
    indicators = _sync_indicators(session, roadmap, found.indicators)
    if created or changed:
        roadmap.updated_at = now()
    session.flush()
    return roadmap.id, created, counts, indicators


def _check(abort: Abort | None) -> None:
    if abort is not None and abort():
        raise ImportCancelled(translate("RoadmapImport", "Загрузка дорожной карты отменена."))


def _read(text: str, period: tuple[date, date] | None) -> Deadline:
    if not text.strip():
        return Deadline(text=text, windows=(), recurrence=None, issue=None)  # no deadline written: nothing to read
    return read_deadline(text, period)


def _reads_as_deadline(text: str) -> bool:
    deadline = read_deadline(text, None)
    return bool(deadline.windows or deadline.recurrence)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as error:
        raise from_os_error(error, path) from error
    return digest.hexdigest()


def comparable(text: str) -> str:
    """Text as compared when matching: case, «ё», punctuation and spacing do not count."""
    return " ".join(_PUNCTUATION.sub(" ", text.casefold().replace("ё", "е")).split())


def _set(record, **values) -> bool:
    """Assign only the values that differ, so an unchanged record is not logged as changed."""
    changed = False
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed = True
    return changed


def _roadmap(session: Session, info: ProfileInfo, title: str, file_name: str) -> tuple[Roadmap, bool]:
    """This profile's roadmap with the same title (else from a file of the same name), or a new one."""
    owner = info.owner
    mine = list(
        session.scalars(
            select(Roadmap).where(
                Roadmap.owner_kind == owner["owner_kind"],
                Roadmap.owner_school_id.is_(None) if owner["owner_school_id"] is None else Roadmap.owner_school_id == owner["owner_school_id"],
                Roadmap.deleted.is_(False),
            ).order_by(Roadmap.updated_at)
        ).all()
    )
    wanted = comparable(title)
    for candidates in ([r for r in mine if comparable(r.title) == wanted], [r for r in mine if r.source_file_name == file_name]):
        if candidates:
            return candidates[-1], False
    roadmap = Roadmap(**owner, title=title, updated_at=now())
    session.add(roadmap)
    session.flush()
    return roadmap, True


def _section_number(title: str) -> str:
    found = _SECTION_NUMBER.match(title)
    return normalize_number(found.group(1)) if found else ""


def _sync_sections(session: Session, roadmap: Roadmap, titles: list[str]) -> dict[str, Section]:
    """The document's sections by title: matched ones updated, new ones added, missing ones tombstoned."""
    existing: dict[str, list[Section]] = {}
    for section in session.scalars(
        select(Section).where(Section.roadmap_id == roadmap.id).order_by(Section.deleted, Section.position)
    ):
        existing.setdefault(comparable(section.title), []).append(section)
    result: dict[str, Section] = {}
    by_key: dict[str, Section] = {}
    position = 0
    for title in titles:
        key = comparable(title)
        if key in by_key:
            result[title] = by_key[key]  # the same section named again further down
            continue
        position += 1
        same = existing.get(key)
        section = same.pop(0) if same else None
        if section is None:
            section = Section(owner_kind=roadmap.owner_kind, owner_school_id=roadmap.owner_school_id, roadmap_id=roadmap.id,
                              number=_section_number(title), title=title, position=position)
            session.add(section)
        else:
            _set(section, title=title, number=_section_number(title), position=position, deleted=False)
        result[title] = by_key[key] = section
    for left in existing.values():
        for section in left:
            _set(section, deleted=True)
    session.flush()
    return result


def _performers(info: ProfileInfo, responsible: str) -> tuple[bool, bool]:
    """(by_department, by_schools): who carries a municipal activity out, read from its responsible."""
    if info.kind == "school":
        return False, True
    department = bool(_DEPARTMENT.search(responsible))
    schools = bool(_SCHOOLS.search(responsible))
    return department, schools or not department


@dataclass
class _Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0


def _sync_activities(
    session: Session, info: ProfileInfo, roadmap: Roadmap, rows: list[_Row], sections: dict[str, Section],
    progress: Progress | None,
) -> _Counts:
    old = list(session.scalars(select(Activity).where(Activity.roadmap_id == roadmap.id).order_by(Activity.position)))
    section_titles = dict(session.execute(select(Section.id, Section.title).where(Section.roadmap_id == roadmap.id)).all())
    matches = match_activities([r.raw for r in rows], old, section_titles)
    counts = _Counts()
    matched_ids = set()
    stamp = now()
    for index, row in enumerate(rows):
        raw = row.raw
        section = sections.get(raw.section)
        activity = matches.get(index)
        values = dict(
            number=raw.number, title=raw.title, responsible=raw.responsible, deadline_text=raw.deadline_text,
            windows=row.windows, recurrence=row.deadline.recurrence, deadline_issue=row.deadline.issue,
            expected_result=raw.result, section_id=section.id if section else None,
        )
        if activity is None:
            by_department, by_schools = _performers(info, raw.responsible)
            session.add(Activity(
                owner_kind=roadmap.owner_kind, owner_school_id=roadmap.owner_school_id, roadmap_id=roadmap.id,
                position=row.position, by_department=by_department, by_schools=by_schools, updated_at=stamp, **values,
            ))
            counts.new += 1
        else:
            matched_ids.add(activity.id)
            if activity.responsible != raw.responsible:
                values["by_department"], values["by_schools"] = _performers(info, raw.responsible)
            changed = _set(activity, deleted=False, **values)
            moved = _set(activity, position=row.position)
            if changed or moved:
                activity.updated_at = stamp
            if changed:
                counts.updated += 1
            else:
                counts.unchanged += 1
        if progress is not None and index % 50 == 0:
            progress(len(rows) + index, len(rows) * 2)
    for activity in old:
        if activity.id not in matched_ids and not activity.deleted:
            activity.deleted = True
            activity.updated_at = stamp
            counts.removed += 1
    return counts


def match_activities(rows: list[RawActivity], old: list[Activity], section_titles: dict[str, str]) -> dict[int, Activity]:
    """Which existing activity each document row is: {row index: activity}; unmatched rows are new.

    `section_titles` names the section of each existing activity (by section id). Live activities are
    tried before tombstoned ones, so a row that was removed and is back is revived.
    """
    result: dict[int, Activity] = {}
    free = {a.id: a for a in old}
    titles = [comparable(r.title) for r in rows]
    sections = [comparable(r.section) for r in rows]
    old_titles = {a.id: comparable(a.title) for a in old}
    old_sections = {a.id: comparable(section_titles.get(a.section_id or "", "")) for a in old}

    passes = (
        # number and text
        (lambda a: (a.number, old_titles[a.id]), lambda i: (rows[i].number, titles[i]), None),
        # text alone: renumbered
        (lambda a: old_titles[a.id], lambda i: titles[i] or None, None),
        # number, with a similar text: a typo fixed
        (lambda a: a.number, lambda i: rows[i].number or None, SAME_NUMBER_SIMILARITY),
        # a similar text in the same section: an unnumbered row corrected
        (lambda a: old_sections[a.id], lambda i: sections[i], SAME_SECTION_SIMILARITY),
    )
    for old_key, row_key, similarity in passes:
        index: dict[object, list[Activity]] = {}
        for activity in free.values():
            if similarity is None or not activity.deleted:
                index.setdefault(old_key(activity), []).append(activity)
        for i in range(len(rows)):
            key = row_key(i)
            if i in result or key is None:
                continue
            candidates = [
                a for a in index.get(key, [])
                if a.id in free and (similarity is None or _similar(old_titles[a.id], titles[i], similarity))
            ]
            if candidates:
                chosen = min(candidates, key=lambda a: (a.deleted, abs(a.position - (i + 1))))
                result[i] = chosen
                del free[chosen.id]
    return result


def _similar(first: str, second: str, threshold: float) -> bool:
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    return matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold


def _sync_indicators(session: Session, roadmap: Roadmap, found: list[RawIndicator]) -> int:
    """Indicators matched by name; when the document has an indicator table, those not in it are tombstoned."""
    if not found:
        return 0
    existing = {}
    for indicator in session.scalars(select(Indicator).where(Indicator.roadmap_id == roadmap.id).order_by(Indicator.position)):
        existing.setdefault(comparable(indicator.name), indicator)
    stamp = now()
    for position, raw in enumerate(found, start=1):
        values = dict(name=raw.name, indicator_type=raw.indicator_type, unit=raw.unit, base_value=raw.base_value,
                      base_text=raw.base_text, targets=dict(raw.targets), position=position, deleted=False)
        indicator = existing.pop(comparable(raw.name), None)
        if indicator is None:
            session.add(Indicator(owner_kind=roadmap.owner_kind, owner_school_id=roadmap.owner_school_id,
                                  roadmap_id=roadmap.id, updated_at=stamp, **values))
        elif _set(indicator, **values):
            indicator.updated_at = stamp
    for indicator in existing.values():
        if _set(indicator, deleted=True):
            indicator.updated_at = stamp
    return len(found)


def _report(roadmap_id, title, period, meta, created, found: Detection, rows: list[_Row], counts: _Counts, indicators: int) -> ImportReport:
    numbers = [r.raw.number for r in rows if r.raw.number]
    duplicates = sorted({n for n in numbers if numbers.count(n) > 1}, key=numbers.index)
    return ImportReport(
        roadmap_id=roadmap_id, title=title, period=period, order_number=meta.order_number, order_date=meta.order_date,
        created=created, sections=len(dict.fromkeys(comparable(s) for s in found.sections)), activities=len(rows),
        new=counts.new, updated=counts.updated, unchanged=counts.unchanged, removed=counts.removed, indicators=indicators,
        columns=found.mapping,
        deadlines_not_understood=[
            (r.raw.number or r.raw.origin, r.raw.deadline_text, r.deadline.issue) for r in rows if r.deadline.issue
        ],
        skipped_tables=found.skipped, duplicate_numbers=duplicates, unnumbered=sum(1 for r in rows if not r.raw.number),
    )
