"""Gathering what a report says from a profile, as of one moment: `collect_report` → `ReportData`.

The profile is read once as a snapshot of the change log (`as_of`), now or at the end of the --as-of
day, and every part of the report is built from that snapshot alone, so a report re-issued later as of
the same date is the same report. A district report (a department profile) covers every activity of
the department's roadmap with the department's own result and every school's; a one-school report
(--school, or a school profile reporting on itself) only that school's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.i18n import fill, translate
from app.profile import ProfileInfo, ProfileStore
from app.progress import is_overdue
from app.references import DocumentRef, format_document
from app.reports.as_of import Snapshot, cut_at, snapshot_at, snapshot_through
from app.reports.base import Abort, Progress, check
from app.reports.model import (
    ActivityReport,
    ChangeLine,
    EvidenceLine,
    IndicatorReport,
    IndicatorValueLine,
    PartyResult,
    PartySummary,
    ReportData,
    SectionReport,
    Signature,
)
from app.rounds import place_rounds
from app.schools import comparable_name, find_school
from app.timeutil import format_date, now
from db.models import BundleIn


@dataclass(frozen=True)
class ReportOptions:
    """What the person chose: one school (by name) or the district, a past date, the signature block."""

    school: str | None = None
    as_of: date | None = None
    signature: Signature | None = None


@dataclass(frozen=True)
class _Party:
    id: str
    label: str  # the short name where there is one
    kind: str  # "school" | "department"
    school_id: str | None  # the owner_school_id of its records; None for the department


def end_of_day(day: date) -> datetime:
    """The last second of `day` in this computer's time zone."""
    return datetime.combine(day, time(23, 59, 59)).astimezone()


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _label(record: dict) -> str:
    return (record.get("short_name") or "").strip() or record["name"]


def _school_parties(records: list[dict]) -> list[_Party]:
    """The schools under their short names, except where two share one: those go by their full names, so a
    reader (and the monitoring form's formulas) can tell every row of a table from the others."""
    shorts = Counter(_label(s) for s in records)
    return [_Party(s["id"], _label(s) if shorts[_label(s)] == 1 else s["name"], "school", s["id"]) for s in records]


def report_moment(session: Session, as_of: date | None) -> datetime:
    """The moment a report is taken at: now, or the end of the --as-of day (refused before the profile
    existed or in the future)."""
    if as_of is None:
        return now()
    if as_of > now().date():
        raise InvalidInput(fill(translate("Reports", "Дата %1 ещё не наступила. Укажите сегодняшнюю или прошедшую дату."),
                                format_date(as_of)))
    # The earliest change, not the first logged: a history brought in later may reach further back.
    first = session.connection().exec_driver_sql(
        "SELECT changed_at FROM change_log ORDER BY julianday(changed_at) LIMIT 1").scalar()
    if first is None or as_of < datetime.fromisoformat(first).date():
        began = format_date(datetime.fromisoformat(first).date()) if first else format_date(now().date())
        raise InvalidInput(fill(translate("Reports", "На %1 профиля ещё не было: сведения в нём начинаются с %2. "
                                                     "Укажите дату не раньше."), format_date(as_of), began))
    return end_of_day(as_of)


def _accepted_bundles(session: Session, moment: datetime) -> dict[str, list[datetime]]:
    """When each sender's bundles were accepted here, up to `moment` (bundle_in is not in the change log)."""
    found: dict[str, list[datetime]] = {}
    for sender, applied in session.execute(
        select(BundleIn.sender_id, BundleIn.applied_at).where(BundleIn.status == "accepted", BundleIn.applied_at.is_not(None))
    ):
        if applied <= moment:
            found.setdefault(sender, []).append(applied)
    return found


def _school_asked_for(session: Session, info: ProfileInfo, wanted: str | None) -> str | None:
    """The id of the school a one-school report is about (a school profile: itself); None for a district report."""
    if info.kind == "school":
        if wanted and find_school(session, wanted).id != info.school_id:
            raise InvalidInput(fill(translate("Reports", "В профиле школы можно составить справку только о ней самой (%1)."),
                                    info.name))
        return info.school_id
    return find_school(session, wanted).id if wanted else None


def _not_yet(name: str, moment: datetime) -> str:
    return fill(translate("Reports", "На %1 школы %2 ещё не было в списке школ отдела образования."),
                format_date(moment.date()), name)


def _no_roadmap(info: ProfileInfo, moment: datetime) -> str:
    if info.kind == "school":
        how = translate("Reports", "Она приходит в пакете отдела образования: импортируйте его (orientir import ФАЙЛ).")
    else:
        how = translate("Reports", "Загрузите её из документа: orientir roadmap import ФАЙЛ.")
    return fill(translate("Reports", "На %1 в профиле нет дорожной карты отдела образования — отчёт составлять не по чему."),
                format_date(moment.date())) + " " + how


def _department_roadmaps(snap: Snapshot) -> list[dict]:
    """The municipal roadmap(s), oldest first, as the roadmap page lists them."""
    rows = [r for r in snap.rows("roadmap") if r["owner_kind"] == "department"]
    return sorted(rows, key=lambda r: (_datetime(r["updated_at"]), r["id"]))


def _applies_to_school(activity: dict, school_id: str) -> bool:
    targets = activity.get("target_school_ids")
    return bool(activity["by_schools"]) and (targets is None or school_id in targets)


_ISO_DATE = re.compile(r"(?<![\w./-])(\d{4})-(\d{2})-(\d{2})(?![\w/-])")
_ADDRESS = re.compile(r"(https?://\S+)", re.IGNORECASE)


def _official_dates(text: str) -> str:
    """«от 2024-03-01» typed into a citation printed as «от 01.03.2024»; web addresses left as they are."""
    parts = _ADDRESS.split(text)
    return "".join(part if index % 2 else _ISO_DATE.sub(r"\3.\2.\1", part) for index, part in enumerate(parts))


def evidence_line(record: dict) -> EvidenceLine:
    """One proof as printed: a document's citation (with its link, as in seed 003), a link's address, a file's name."""
    title = " ".join((record.get("title") or "").split())
    url = (record.get("url") or "").strip()
    if record["kind"] == "link":
        return EvidenceLine("link", url or title, url or title)
    if record["kind"] == "document":
        text = title or format_document(DocumentRef(record.get("doc_type") or "", record.get("doc_issuer") or "",
                                                    record.get("doc_number") or "", _date(record.get("doc_date"))))
        text = _official_dates(text)
        if url and url not in text:
            text = f"{text} {url}"
        return EvidenceLine("document", text, url)
    return EvidenceLine("file", title)


class _Index:
    """The snapshot's progress, evidence and reviews looked up by what a report row needs."""

    def __init__(self, snap: Snapshot) -> None:
        self.progress = {(p["activity_id"], p["owner_school_id"]): p for p in snap.rows("progress")}
        evidence: dict[str, list[dict]] = {}
        for e in snap.rows("evidence"):
            evidence.setdefault(e["progress_id"], []).append(e)
        for items in evidence.values():
            items.sort(key=lambda e: (e.get("position") or 0, e.get("created_at") or "", e["id"]))
        self.evidence = evidence
        self.reviews = {r["progress_id"]: r["state"] for r in snap.rows("review")}

    def record(self, activity_id: str, party: _Party) -> dict | None:
        return self.progress.get((activity_id, party.school_id))

    def evidence_ids(self, record: dict | None) -> set[str]:
        return {e["id"] for e in self.evidence.get(record["id"], ())} if record else set()


def _result(activity: dict, party: _Party, index: _Index, today: date) -> PartyResult:
    record = index.record(activity["id"], party)
    if record is None:  # nothing reported yet
        return PartyResult(party.id, party.label, party.kind, "not_started", "",
                           overdue=is_overdue("not_started", activity["windows"], today))
    status = record["status"]
    return PartyResult(
        party_id=party.id,
        party_name=party.label,
        party_kind=party.kind,
        status=status,
        actual=(record["actual_result"] or "").strip(),
        evidence=tuple(evidence_line(e) for e in index.evidence.get(record["id"], ())),
        overdue=is_overdue(status, activity["windows"], today),
        review=index.reviews.get(record["id"]),
        updated_at=_datetime(record["updated_at"]),
    )


def _parties(activity: dict, department: _Party | None, schools: list[_Party]) -> list[_Party]:
    """Who carries the activity out: the department first (when it does), then the schools it is meant for."""
    parties = [department] if department is not None and activity["by_department"] else []
    return parties + [s for s in schools if _applies_to_school(activity, s.id)]


def _summary(party: _Party, full_name: str, results: list[PartyResult], last_report: datetime | None,
             reported: bool | None) -> PartySummary:
    counts = Counter(r.status for r in results)
    return PartySummary(
        party_id=party.id,
        name=full_name,
        short_name=party.label,
        total=len(results),
        done=counts["done"],
        in_progress=counts["in_progress"],
        not_started=counts["not_started"],
        not_done=counts["not_done"],
        cancelled=counts["cancelled"],
        overdue=sum(r.overdue for r in results),
        last_report=last_report,
        reported_this_round=reported,
    )


@dataclass(frozen=True)
class _Rounds:
    current: dict | None
    current_start: date | None
    previous_end: datetime | None  # the end of the due date of the round before the current one


def _rounds(snap: Snapshot, roadmap_ids: set[str], today: date) -> _Rounds:
    """The current monitoring round and where the previous one ended, by app.rounds.place_rounds (the overview's rule)."""
    rounds = sorted(
        (r for r in snap.rows("monitoring_round")
         if r["owner_kind"] == "department" and (r.get("roadmap_id") is None or r["roadmap_id"] in roadmap_ids)),
        key=lambda r: (r["due_date"], r["name"], r["id"]),
    )
    place = place_rounds([(_date(r.get("starts_on")), _date(r["due_date"])) for r in rounds], today)
    if place.current is None:
        return _Rounds(None, None, None)
    previous_end = end_of_day(_date(rounds[place.previous]["due_date"])) if place.previous is not None else None
    return _Rounds(rounds[place.current], place.start, previous_end)


def _value_text(record: dict) -> str:
    if (record.get("value_text") or "").strip():
        return record["value_text"].strip()
    value = record.get("value")
    return "" if value is None else f"{value:g}".replace(".", ",")


def _indicators(snap: Snapshot, roadmap_ids: set[str], names: dict[str | None, str], only_school: str | None
                ) -> tuple[IndicatorReport, ...]:
    indicators = sorted((i for i in snap.rows("indicator") if i["roadmap_id"] in roadmap_ids),
                        key=lambda i: (i.get("position") or 0, i["name"], i["id"]))
    values: dict[str, list[dict]] = {}
    for value in snap.rows("indicator_value"):
        if only_school is not None and value["owner_school_id"] != only_school:
            continue
        if value["owner_school_id"] not in names:
            continue  # a school that is no longer on the list
        values.setdefault(value["indicator_id"], []).append(value)
    reports = []
    for indicator in indicators:
        lines = []
        for value in values.get(indicator["id"], ()):
            round_ = snap.get("monitoring_round", value.get("round_id"))
            lines.append((
                (names[value["owner_school_id"]], value.get("year") or 0, round_["due_date"] if round_ else ""),
                IndicatorValueLine(names[value["owner_school_id"]], value.get("year"), round_["name"] if round_ else "",
                                   value.get("value"), _value_text(value),
                                   "school" if value["owner_school_id"] else "department",
                                   _date(round_["due_date"]) if round_ else None),
            ))
        targets = {}
        for year, planned in (indicator.get("targets") or {}).items():
            try:
                targets[int(year)] = float(planned)
            except (TypeError, ValueError):
                continue  # a target the roadmap wrote as words has no place in the plan columns
        reports.append(IndicatorReport(
            name=indicator["name"], unit=indicator.get("unit") or "", base_text=indicator.get("base_text") or "",
            base_value=indicator.get("base_value"), targets=dict(sorted(targets.items())),
            values=tuple(line for _key, line in sorted(lines, key=lambda pair: pair[0])),
        ))
    return tuple(reports)


def _changes(activities: list[tuple[dict, list[_Party]]], now_index: _Index, before: _Index) -> tuple[ChangeLine, ...]:
    """Each activity and party whose status, actual result or evidence moved between the two snapshots."""
    lines = []
    for activity, parties in activities:
        for party in parties:
            record = now_index.record(activity["id"], party)
            if record is None:
                continue
            old = before.record(activity["id"], party)
            status_before = old["status"] if old else None
            actual_changed = (old.get("actual_result") or "" if old else "").strip() != (record.get("actual_result") or "").strip()
            added = len(now_index.evidence_ids(record) - before.evidence_ids(old))
            if (status_before or "not_started") == record["status"] and not actual_changed and not added:
                continue
            lines.append(ChangeLine(party.label, activity["number"], activity["title"], status_before, record["status"],
                                    actual_changed, added))
    return tuple(lines)


@dataclass(frozen=True)
class _Read:
    """What one reading transaction gives a report: the snapshot and what lies outside the change log."""

    moment: datetime
    snap: Snapshot
    school: dict | None  # the one school reported on
    bundles: dict[str, list[datetime]]
    rounds: _Rounds
    before: Snapshot | None  # progress and evidence at the end of the previous round


def _read(store: ProfileStore, options: ReportOptions, step: Progress, abort: Abort | None) -> _Read:
    info = store.info
    with store.reading() as session:
        moment = report_moment(session, options.as_of)
        school_id = _school_asked_for(session, info, options.school)
        step(0, 4)
        snap = snapshot_at(session, moment, school_id=school_id)
        check(abort)
        step(1, 4)
        school = snap.get("school", school_id)
        if school_id is not None and school is None:
            raise InvalidInput(_not_yet(find_school(session, options.school).name if options.school else info.name, moment))
        rounds = _rounds(snap, {r["id"] for r in _department_roadmaps(snap)}, moment.date())
        before = None
        if rounds.previous_end is not None:
            before = snapshot_through(session, min(cut_at(session, rounds.previous_end), snap.through_seq),
                                      ("progress", "evidence"), school_id)
        return _Read(moment, snap, school, _accepted_bundles(session, moment), rounds, before)


def _sections(read: _Read, department: _Party | None, schools: list[_Party], index: _Index, abort: Abort | None
              ) -> tuple[list[SectionReport], list[tuple[dict, list[_Party]]]]:
    """The main table grouped by section, and which parties each activity in it has."""
    snap, today = read.snap, read.moment.date()
    sections_of: dict[str, list[dict]] = {}
    for section in snap.rows("section"):
        sections_of.setdefault(section["roadmap_id"], []).append(section)
    activities_of: dict[str, list[dict]] = {}
    for activity in snap.rows("activity"):
        activities_of.setdefault(activity["roadmap_id"], []).append(activity)
    reported: list[tuple[dict, list[_Party]]] = []
    section_reports: list[SectionReport] = []
    for roadmap in _department_roadmaps(snap):
        sections = sorted(sections_of.get(roadmap["id"], ()), key=lambda s: (s["position"], s["id"]))
        grouped: dict[str | None, list[ActivityReport]] = {s["id"]: [] for s in sections}
        grouped[None] = []
        for activity in sorted(activities_of.get(roadmap["id"], ()), key=lambda a: (a["position"], a["id"])):
            parties = _parties(activity, department, schools)
            if read.school is not None and not parties:
                continue  # a one-school report leaves out what the school does not carry out
            reported.append((activity, parties))
            section_id = activity.get("section_id")
            grouped[section_id if section_id in grouped else None].append(ActivityReport(
                activity["number"], activity["title"], activity.get("expected_result") or "",
                activity.get("deadline_text") or "", activity.get("responsible") or "",
                tuple(_result(activity, party, index, today) for party in parties)))
        section_reports += [SectionReport(s["title"], tuple(grouped[s["id"]])) for s in sections if grouped[s["id"]]]
        if grouped[None]:
            section_reports.append(SectionReport("", tuple(grouped[None])))
        check(abort)
    return section_reports, reported


def _summaries(read: _Read, info: ProfileInfo, records: list[dict], schools: list[_Party],
               sections: list[SectionReport]) -> list[PartySummary]:
    per_party: dict[str, list[PartyResult]] = {}
    for section in sections:
        for activity in section.activities:
            for result in activity.results:
                per_party.setdefault(result.party_id, []).append(result)
    summaries = []
    for record, party in zip(records, schools):
        accepted = read.bundles.get(party.id, [])
        last = max(accepted) if accepted else None
        this_round = None
        # A school profile does not keep when its own bundles were accepted: the department knows that.
        if info.kind == "school":
            last = None
        elif read.rounds.current is not None:
            start = read.rounds.current_start
            this_round = any(start is None or when.date() >= start for when in accepted)
        summaries.append(_summary(party, record["name"], per_party.get(party.id, []), last, this_round))
    return summaries


def _department_summary(department: _Party | None, name: str, sections: list[SectionReport]) -> PartySummary | None:
    if department is None:
        return None
    own = [r for s in sections for a in s.activities for r in a.results if r.party_id == department.id]
    return _summary(department, name, own, None, None) if own else None


def collect_report(store: ProfileStore, options: ReportOptions, progress: Progress | None = None,
                   abort: Abort | None = None) -> ReportData:
    """Everything the report says, as of `options.as_of` (end of that day) or now."""
    step = progress or (lambda _done, _total: None)
    info = store.info
    read = _read(store, options, step, abort)
    check(abort)
    step(2, 4)
    snap, school = read.snap, read.school
    if not _department_roadmaps(snap):
        raise InvalidInput(_no_roadmap(info, read.moment))
    department_record = snap.get("department", info.department_id) or {"name": info.name if info.kind == "department" else ""}
    department = _Party(info.department_id, _label(department_record), "department", None) if school is None else None
    # A school that left the list (not active at the moment) no longer takes part; its history stays for earlier dates.
    # Schools go by the name a reader sees («Заречненская СОШ»), not by the legal form opening the full name («МКОУ …»).
    records = [school] if school is not None else sorted((s for s in snap.rows("school") if s.get("active", True)),
                                                          key=lambda s: (comparable_name(_label(s)), s["name"], s["id"]))
    schools = _school_parties(records)
    index = _Index(snap)
    sections, reported = _sections(read, department, schools, index, abort)
    step(3, 4)
    names: dict[str | None, str] = {p.school_id: p.label for p in schools}
    if department is not None:
        names[None] = department.label
    roadmaps = _department_roadmaps(snap)
    main = roadmaps[0] if roadmaps else {}
    period = None
    if main.get("period_start") and main.get("period_end"):
        period = (_date(main["period_start"]), _date(main["period_end"]))
    data = ReportData(
        department_name=department_record["name"],
        roadmap_title=main.get("title", ""),
        order_number=main.get("order_number") or "",
        order_date=_date(main.get("order_date")),
        period=period,
        as_of=read.moment,
        issued_on=options.as_of or read.moment.date(),
        school_filter=school["name"] if school is not None else None,
        round_name=read.rounds.current["name"] if read.rounds.current else "",
        schools=tuple(_summaries(read, info, records, schools, sections)),
        department=_department_summary(department, department_record["name"], sections),
        sections=tuple(sections),
        indicators=_indicators(snap, {r["id"] for r in roadmaps}, names, school["id"] if school is not None else None),
        previous_as_of=read.rounds.previous_end,
        changes=_changes(reported, index, _Index(read.before)) if read.before is not None else (),
        signature=options.signature or Signature(),
    )
    step(4, 4)
    return data
