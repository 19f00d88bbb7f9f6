"""The content of a report as plain data, gathered once and written by every format alike.

Nothing here knows about PDF, Word or Excel, nor about the database: `collect` fills these classes,
the writers only lay them out. Texts are ready to print (dates already ДД.ММ.ГГГГ inside `EvidenceLine.text`),
so the PDF and the DOCX of one report say exactly the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# Progress states as stored; `status_name` in app.progress gives the Russian words.
STATUSES = ("done", "in_progress", "not_started", "not_done", "cancelled")


@dataclass(frozen=True)
class EvidenceLine:
    """One proof as it is written in the report: a document («Приказ … от 09.03.2022 № 52 «…»»), a link or a file."""

    kind: str  # "document" | "link" | "file"
    text: str  # the line to print; for a link the address itself, for a file its name
    url: str = ""  # for a link; a document may also carry one


@dataclass(frozen=True)
class PartyResult:
    """What one party (a school, or the department itself) reported on one activity."""

    party_id: str
    party_name: str  # as `PartySummary.short_name` («Сосновская СОШ»), for labels in the table
    party_kind: str  # "school" | "department"
    status: str  # one of STATUSES
    actual: str  # the actual result as written, may be ""
    evidence: tuple[EvidenceLine, ...] = ()
    overdue: bool = False  # every window of the deadline closed before the report's date and not done/cancelled
    review: str | None = None  # the department's verdict: "accepted" | "rework" | None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ActivityReport:
    number: str
    title: str
    expected_result: str
    deadline_text: str
    responsible: str
    results: tuple[PartyResult, ...]  # department first (when it carries the activity out), then schools by name


@dataclass(frozen=True)
class SectionReport:
    title: str  # "" for activities outside any section
    activities: tuple[ActivityReport, ...]


@dataclass(frozen=True)
class PartySummary:
    """Counts for one party over the activities it carries out, as of the report's date."""

    party_id: str
    name: str  # full name
    short_name: str  # the name the tables use: the short one, or the full one where two schools share it
    total: int
    done: int
    in_progress: int
    not_started: int
    not_done: int
    cancelled: int
    overdue: int
    last_report: datetime | None = None  # when its latest bundle was accepted (schools); None if never
    reported_this_round: bool | None = None  # None when no monitoring round applies

    @property
    def percent_done(self) -> int:
        counted = self.total - self.cancelled
        return round(100 * self.done / counted) if counted > 0 else 0


@dataclass(frozen=True)
class IndicatorValueLine:
    party_name: str  # the school (or the department) that reported the value, as the main table names it
    year: int | None
    round_name: str
    value: float | None
    value_text: str
    party_kind: str = "school"  # "school" | "department"
    round_due: date | None = None  # orders the rounds in the справка's grid of values


@dataclass(frozen=True)
class IndicatorReport:
    name: str
    unit: str
    base_text: str
    base_value: float | None
    targets: dict[int, float]  # year → planned value
    values: tuple[IndicatorValueLine, ...]  # reported actual values


@dataclass(frozen=True)
class ChangeLine:
    """One activity whose state moved since the previous monitoring, for «Что изменилось с прошлого мониторинга»."""

    party_name: str
    number: str
    title: str
    status_before: str | None  # None: nothing was reported then
    status_now: str
    actual_changed: bool
    evidence_added: int


@dataclass(frozen=True)
class Signature:
    position: str = ""  # «Начальник отдела образования»; "" leaves a line to write by hand
    name: str = ""  # «И.О. Фамилия»
    executor: str = ""  # «Исполнитель: Васильева И.С., ведущий специалист, тел. …»


@dataclass(frozen=True)
class ReportData:
    """Everything an analytical report or a monitoring form says, as of one moment."""

    department_name: str
    roadmap_title: str
    order_number: str
    order_date: date | None
    period: tuple[date, date] | None
    as_of: datetime  # the moment the state is taken at (the change log is read up to it)
    issued_on: date  # the date printed on the report
    school_filter: str | None  # the school's full name for a one-school report, else None
    round_name: str  # the monitoring round the report belongs to, "" when none
    schools: tuple[PartySummary, ...]  # participating schools, by name
    department: PartySummary | None  # the department's own activities, None when it carries none
    sections: tuple[SectionReport, ...]
    indicators: tuple[IndicatorReport, ...]
    previous_as_of: datetime | None  # the previous monitoring the changes are counted from; None: first one
    changes: tuple[ChangeLine, ...]
    signature: Signature = field(default_factory=Signature)
