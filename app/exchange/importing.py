"""Taking bundles in: verify, check, judge the sequence, merge — or keep aside, or refuse with a reason.

For each file: the same file again is «уже загружен» and changes nothing; otherwise the container
verifies it (caps, signature by the pinned key, recipient, members), `records` checks the schema and
the sender's ownership, `ledger` judges parts, forks and gaps, and `merge` applies everything of one
bundle (or one complete set of parts) in one transaction, after one verified backup per call. A
bundle kept aside waits in `exchange/waiting/`; after every accepted bundle the ones waiting from the
same sender are tried again. A refusal changes nothing in the database.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.attachments import display_name
from app.errors import UserError
from app.exchange import ledger
from app.exchange.container import OpenedBundle, digest_bundle, open_bundle, remove_abandoned_staging
from app.exchange.errors import BundleError
from app.exchange.ledger import ACCEPTED, FORK, GAP, PARTS, WAITING, Facts
from app.exchange.merge import Counts, apply_merge, plan_merge
from app.exchange.records import FILES, RECORDS, Parsed, parse_records, schema_error
from app.exchange.trust import DepartmentVerifier, verifier_for
from app.fsutil import fsync_dir, replace
from app.i18n import fill, translate
from app.keys import fingerprint
from app.profile import ProfileStore
from app.timeutil import format_date, now
from db.models import Department, EnrollmentSecret, PeerState, School

log = logging.getLogger(__name__)

# Every bundle's transaction rewrites the index pages its records land on. SQLite's defaults copy the
# write-ahead log into the database after almost every bundle and keep 2 MB of pages in memory; an import
# lets the log grow to 64 MB and keeps 64 MB of pages, so a page is written back once for many bundles
# and read from the disk once (a third less disk traffic for 300 schools). Durability is the same: every
# commit is flushed. The defaults come back when the import ends.
IMPORT_PRAGMAS = ("PRAGMA wal_autocheckpoint=16384", "PRAGMA cache_size=-65536")
DEFAULT_PRAGMAS = ("PRAGMA wal_autocheckpoint=1000", "PRAGMA cache_size=-2000")


def _pragmas(session: Session, pragmas: tuple[str, ...]) -> None:
    for pragma in pragmas:
        session.execute(text(pragma))

@dataclass
class ImportOutcome:
    path: Path
    result: str
    reason: str = ""
    code: str = ""
    sender: str = ""
    sender_kind: str = ""
    sequence: int | None = None
    created_at: datetime | None = None
    counts: dict = field(default_factory=lambda: Counts().as_dict())
    # A bundle kept aside earlier that this call could apply at last.
    from_waiting: bool = False

    def as_json(self) -> dict:
        return {
            "file": str(self.path),
            "result": self.result,
            "reason": self.reason,
            "code": self.code,
            "sender": self.sender,
            "sequence": self.sequence,
            **self.counts,
            "from_waiting": self.from_waiting,
        }


@dataclass(frozen=True)
class VerifyOutcome:
    valid: bool
    sender: str = ""
    kind: str = ""
    sequence: int | None = None
    records: int = 0
    files: int = 0
    reason: str = ""
    code: str = ""
    fingerprint: str = ""
    part: tuple[int, int] = (1, 1)


@dataclass
class _Piece:
    """One verified file of a bundle (a bundle in one file is a set of one part)."""

    opened: OpenedBundle
    facts: Facts
    file_name: str
    path: Path

    @property
    def sha256(self) -> str:
        return self.opened.sha256


def _keep(path: Path, dest: Path) -> None:
    """Copy a file kept aside into the profile durably: it must still be there when it can be applied."""
    if dest.is_file():
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(dir=dest.parent, prefix=".", suffix=".tmp", delete=False)
    temp = Path(handle.name)
    try:
        with handle, path.open("rb") as source:
            shutil.copyfileobj(source, handle, 1 << 20)
            handle.flush()
            os.fsync(handle.fileno())
        replace(temp, dest)
    finally:
        temp.unlink(missing_ok=True)
    fsync_dir(dest.parent)


class _Importer:
    def __init__(self, store: ProfileStore, accept_fork: bool, abort: Callable[[], bool] | None) -> None:
        self.store = store
        self.info = store.info
        self.accept_fork = accept_fork
        self.abort = abort
        self.backed_up = False
        self.tuned = False
        self.staging = ledger.staging_dir(store.root)
        remove_abandoned_staging(self.staging)
        # Who has bundles waiting for earlier changes: the others need no look after each bundle applied.
        with store.reading() as session:
            self.waiting_senders = ledger.senders_waiting(session)

    def _backup(self) -> None:
        """One verified backup per call, before the first change to the database."""
        if not self.backed_up:
            self.store.backup("import")
            self.backed_up = True

    def run(self, path: Path) -> list[ImportOutcome]:
        try:
            return self._one(path)
        except BundleError as error:
            log.warning("bundle %s refused: %s | %s", path, error.reason, error.details)
            return [ImportOutcome(path, "refused", error.message, error.reason)]
        except UserError as error:  # the profile's own folder failed (disk full, no rights): nothing applied
            log.warning("bundle %s not imported: %s | %s", path, error.message, error.details)
            return [ImportOutcome(path, "refused", error.message, "error")]

    def _duplicate(self, row) -> bool:
        if row.status == ACCEPTED:
            return True
        if not ledger.waiting_path(self.store.root, row.sha256).is_file():
            return False  # the copy kept aside is gone (a restored database): take the file again
        return not (row.status == FORK and self.accept_fork)

    def _one(self, path: Path) -> list[ImportOutcome]:
        # Read as the container reads (a regular file within the size cap): a FIFO would block, a device never end.
        digest = digest_bundle(path)
        sha256 = digest.sha256
        with self.store.reading() as session:
            row = ledger.seen(session, sha256)
            if row is not None and self._duplicate(row):
                return [self._duplicate_outcome(path, row)]
            verifier = verifier_for(session, self.info)
        with ExitStack() as stack:
            opened = stack.enter_context(open_bundle(path, verifier, self.staging, abort=self.abort, digest=digest))
            piece = _Piece(opened, Facts.of(opened.manifest), display_name(path), path)
            pieces = [piece]
            if piece.facts.part_count > 1:
                siblings = self._siblings(piece)
                if len(siblings) + 1 < piece.facts.part_count:
                    self._set_aside([piece], WAITING, PARTS)
                    return [self._outcome(piece, verifier, "waiting", PARTS, received=len(siblings) + 1)]
                for row in siblings:
                    stored = ledger.waiting_path(self.store.root, row.sha256)
                    sibling = stack.enter_context(open_bundle(stored, verifier, self.staging, abort=self.abort))
                    pieces.append(_Piece(sibling, Facts.of(sibling.manifest), row.file_name, stored))
            return self._settle(pieces, verifier, from_waiting=False)

    def _siblings(self, piece: _Piece) -> list:
        """The other parts of this set kept aside here, one per index."""
        with self.store.reading() as session:
            rows = ledger.set_parts(session, piece.facts)
        found = {}
        for row in rows:
            if row.part_index != piece.facts.part_index and row.sha256 != piece.sha256:
                if ledger.waiting_path(self.store.root, row.sha256).is_file():
                    found.setdefault(row.part_index, row)
        return list(found.values())

    def _settle(self, pieces: list[_Piece], verifier, from_waiting: bool) -> list[ImportOutcome]:
        """Judge a whole bundle (every part of it): keep it aside as a fork or a gap, or apply it.
        The outcome names the first piece given: the file the person imported."""
        current = pieces[0]
        pieces = sorted(pieces, key=lambda p: p.facts.part_index)
        facts = pieces[0].facts

        def identity(f: Facts) -> tuple:
            return f.sender_id, f.sequence, f.part_set, f.part_count, f.changes_from, f.changes_to, f.full

        if any(identity(p.facts) != identity(facts) for p in pieces) or len(pieces) != facts.part_count:
            raise schema_error("parts of one set disagree")
        with self.store.reading() as session:
            # A school re-enrolled with a new key (school reissue) starts afresh: not a restored copy.
            fork = ledger.is_fork(session, facts) and getattr(verifier, "proved_key", None) is None
            gap = ledger.has_gap(session, facts)
            lineage = ledger.new_lineage(session, facts)
        if fork and not self.accept_fork:
            self._set_aside(pieces, FORK, "")
            return [self._outcome(current, verifier, "fork", FORK, from_waiting=from_waiting)]
        if gap and not fork:
            self._set_aside(pieces, WAITING, GAP)
            return [self._outcome(current, verifier, "waiting", GAP, from_waiting=from_waiting)]
        counts = self._apply(pieces, verifier, lineage)
        outcome = self._outcome(current, verifier, "accepted", "", counts=counts, from_waiting=from_waiting)
        return [outcome] if from_waiting else [outcome, *self._retry(facts.sender_id)]

    def _parsed(self, pieces: list[_Piece]) -> tuple[Parsed, dict[str, _Piece]]:
        facts = pieces[0].facts
        documents = [p.opened.json(RECORDS) for p in pieces if any(m["name"] == RECORDS for m in p.opened.manifest["members"])]
        if len(documents) != 1:
            raise schema_error(f"{len(documents)} records.json in the set")
        parsed = parse_records(documents[0], facts.kind, facts.sender_id)
        carried: dict[str, _Piece] = {}
        for piece in pieces:
            for member in piece.opened.manifest["members"]:
                name = member["name"]
                if name == RECORDS:
                    continue
                item = parsed.files.get(name[len(FILES):]) if name.startswith(FILES) else None
                # Every file is described, and is the content its description names.
                if item is None or member["sha256"] != item.content_sha256:
                    raise schema_error(f"member {name} is not a described file")
                carried[name] = piece
        if self.info.kind == "school":
            parsed = parsed.only_concerning(self.info.school_id)
        return parsed, carried

    def _apply(self, pieces: list[_Piece], verifier, lineage: bool) -> Counts:
        facts = pieces[0].facts
        parsed, carried = self._parsed(pieces)
        self._backup()
        stamp = now()
        with self.store.writing() as session:
            _pragmas(session, IMPORT_PRAGMAS)
            self.tuned = True
            plan = plan_merge(session, parsed, facts.kind)
            taking: list[tuple[_Piece, str, Path]] = []
            scheduled: set[str] = set()
            for item in plan.files:
                content = item.content_sha256
                if content in scheduled or self.store.attachments.has(content):
                    continue
                member = FILES + item.sha256
                if member not in carried:
                    raise schema_error(f"file {item.sha256} neither carried nor stored")
                scheduled.add(content)
                taking.append((carried[member], member, self.store.attachments.path_for(content)))
            # A part's files are flushed together (each once), before the commit that refers to them.
            for piece in pieces:
                piece.opened.take_all([(member, dest) for owner, member, dest in taking if owner is piece])
            apply_merge(session, plan, facts.sender_id, stamp, verifier.sender_name(pieces[0].opened.manifest))
            for piece in pieces:
                row = ledger.record(session, piece.facts, piece.sha256, piece.file_name, ACCEPTED, "", stamp)
                row.applied_at = stamp
                row.new_records, row.updated_records, row.unchanged_records = plan.counts.new, plan.counts.updated, plan.counts.unchanged
            state = ledger.advance(session, facts, pieces[0].sha256, lineage)
            if self.info.kind == "department":
                ledger.update_receipt(session, facts.sender_id, state, stamp)
                self._pin(session, verifier, facts.sender_id, stamp)
        for piece in pieces:
            ledger.waiting_path(self.store.root, piece.sha256).unlink(missing_ok=True)
        return plan.counts

    @staticmethod
    def _pin(session, verifier, school_id: str, stamp: datetime) -> None:
        """A bundle that proved the enrollment secret: its key is the school's from now on."""
        if not isinstance(verifier, DepartmentVerifier) or verifier.proved_key is None:
            return
        school = session.get(School, school_id)
        if school.public_key != verifier.proved_key:
            school.public_key = verifier.proved_key
            school.updated_at = stamp
        secret = session.get(EnrollmentSecret, school_id)
        if secret is not None:
            session.delete(secret)

    def _set_aside(self, pieces: list[_Piece], status: str, reason: str) -> None:
        self._backup()
        for piece in pieces:
            _keep(piece.path, ledger.waiting_path(self.store.root, piece.sha256))
        stamp = now()
        with self.store.writing() as session:
            for piece in pieces:
                ledger.record(session, piece.facts, piece.sha256, piece.file_name, status, reason, stamp)
        if (status, reason) == (WAITING, GAP):
            self.waiting_senders.add(pieces[0].facts.sender_id)

    def _retry(self, sender_id: str) -> list[ImportOutcome]:
        """Apply what waited for this sender's earlier changes, now that more of them are here."""
        outcomes: list[ImportOutcome] = []
        if sender_id not in self.waiting_senders:
            return outcomes
        tried: set[str] = set()
        while True:
            with self.store.reading() as session:
                state = session.get(PeerState, sender_id)
                held = state.held_through if state else 0
                # A row whose kept copy is gone was applied after the backup this database was restored
                # from: nothing to apply (the file is taken again if it comes again, see _duplicate).
                ready = [r for r in ledger.retry_candidates(session, sender_id)
                         if (r.full or r.changes_from <= held) and r.sha256 not in tried
                         and ledger.waiting_path(self.store.root, r.sha256).is_file()]
                if ready:
                    verifier = verifier_for(session, self.info)
                    rows = ledger.set_parts(session, ready[0]) if ready[0].part_count > 1 else [ready[0]]
            if not ready:
                return outcomes
            tried.update(r.sha256 for r in rows)
            try:
                with ExitStack() as stack:
                    pieces = []
                    for row in rows:
                        stored = ledger.waiting_path(self.store.root, row.sha256)
                        opened = stack.enter_context(open_bundle(stored, verifier, self.staging, abort=self.abort))
                        pieces.append(_Piece(opened, Facts.of(opened.manifest), row.file_name, stored))
                    outcomes += self._settle(pieces, verifier, from_waiting=True)
            except BundleError as error:
                log.warning("waiting bundle %s refused on retry: %s", rows[0].file_name, error.details)
                outcomes.append(ImportOutcome(Path(rows[0].file_name), "refused", error.message, error.reason,
                                              from_waiting=True))

    def _outcome(self, piece: _Piece, verifier, result: str, why: str, counts: Counts | None = None,
                 received: int = 0, from_waiting: bool = False) -> ImportOutcome:
        facts = piece.facts
        name = verifier.sender_name(piece.opened.manifest)
        return ImportOutcome(
            path=piece.path,
            result=result,
            reason=_why(result, why, facts, name, received),
            code=why,
            sender=name,
            sender_kind=facts.kind,
            sequence=facts.sequence,
            created_at=facts.created_at,
            counts=(counts or Counts()).as_dict(),
            from_waiting=from_waiting,
        )

    def _duplicate_outcome(self, path: Path, row) -> ImportOutcome:
        with self.store.reading() as session:
            name = _sender_name(session, row.sender_kind, row.sender_id)
        reason = translate("Exchange", "уже загружен")
        if row.status == WAITING:
            reason += "; " + translate("Exchange", "он отложен и будет применён, когда придут недостающие изменения или части")
        elif row.status == FORK:
            reason += "; " + translate("Exchange", "он отложен как не совпадающий с уже полученными (см. orientir import --accept-fork)")
        return ImportOutcome(path, "duplicate", reason, row.status, name, row.sender_kind, row.sequence, row.created_at)


def _sender_name(session, kind: str, sender_id: str) -> str:
    record = session.get(School if kind == "school" else Department, sender_id)
    return record.name if record is not None else ""


def _why(result: str, why: str, facts: Facts, name: str, received: int) -> str:
    if why == PARTS:
        return fill(translate("Exchange", "это часть %1 из %2; пакет будет применён, когда придут все части (получено %3 из %2)"),
                    facts.part_index, facts.part_count, received)
    if why == GAP:
        if facts.kind == "school":
            return translate(
                "Exchange",
                "пакет начинается с изменений, которых здесь ещё нет (похоже, база отдела восстанавливалась из резервной "
                "копии). Он отложен и будет применён сам, когда придут недостающие изменения. Попросите школу выгрузить "
                "полный пакет: «Обмен с отделом» → «Выгрузить полный пакет…» (или orientir export --full)",
            )
        return translate(
            "Exchange",
            "пакет начинается с изменений, которых здесь ещё нет (похоже, база школы восстанавливалась из резервной "
            "копии). Он отложен и будет применён сам, когда придут недостающие изменения. Попросите отдел образования "
            "выгрузить полный пакет для вашей школы: Файл → «Выгрузить полный пакет для школы…» "
            "(или orientir export --full --school ШКОЛА)",
        )
    if why == FORK:
        return fill(
            translate(
                "Exchange",
                "пакет №%1 школы «%2» не совпадает с уже полученными — похоже, школа восстановила данные из резервной "
                "копии. Пакет отложен, свяжитесь со школой. Принять его, не теряя более новых данных: "
                "orientir import --accept-fork ФАЙЛ",
            ),
            facts.sequence,
            name,
        )
    return ""


def import_bundles(
    store: ProfileStore,
    paths: list[Path],
    *,
    accept_fork: bool = False,
    progress: Callable[[int, int], None] | None = None,
    abort: Callable[[], bool] | None = None,
) -> list[ImportOutcome]:
    """Import each file in turn; returns one outcome per file, plus one per bundle that waited and now applied."""
    importer = _Importer(store, accept_fork, abort)
    outcomes: list[ImportOutcome] = []
    try:
        for index, path in enumerate(paths, start=1):
            if abort is not None and abort():
                outcomes.append(ImportOutcome(Path(path), "refused", BundleError("cancelled").message, "cancelled"))
                break
            outcomes += importer.run(Path(path))
            if progress is not None:
                progress(index, len(paths))
    finally:
        if importer.tuned:
            # The connection the import wrote through goes back to the pool: with the defaults again.
            with store.reading() as session:
                _pragmas(session, DEFAULT_PRAGMAS)
    return outcomes


def verify_bundle(store: ProfileStore, path: Path) -> VerifyOutcome:
    """Check a bundle as import would, changing nothing."""
    path = Path(path)
    info = store.info
    staging = ledger.staging_dir(store.root)
    try:
        with store.reading() as session:
            verifier = verifier_for(session, info)
        with open_bundle(path, verifier, staging) as opened:
            facts = Facts.of(opened.manifest)
            names = [m["name"] for m in opened.manifest["members"]]
            parsed = Parsed()
            if RECORDS in names:
                parsed = parse_records(opened.json(RECORDS), facts.kind, facts.sender_id)
                if info.kind == "school":
                    parsed = parsed.only_concerning(info.school_id)
                with store.reading() as session:
                    plan_merge(session, parsed, facts.kind)
            return VerifyOutcome(
                valid=True,
                sender=verifier.sender_name(opened.manifest),
                kind=facts.kind,
                sequence=facts.sequence,
                records=parsed.count(),
                files=sum(1 for n in names if n.startswith(FILES)),
                fingerprint=fingerprint(opened.manifest["sender"]["public_key"]),
                part=(facts.part_index, facts.part_count),
            )
    except BundleError as error:
        log.warning("bundle %s does not verify: %s | %s", path, error.reason, error.details)
        return VerifyOutcome(False, reason=error.message, code=error.reason)


def _lower_first(text: str) -> str:
    """A sentence continued after a colon: «Файл повреждён» → «файл повреждён» (abbreviations kept)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def describe(outcome: ImportOutcome) -> str:
    """The words a person reads for one file («пакет школы «…» №7 от 12.05.2024: принят (новых 12, …)»)."""
    counts = outcome.counts
    if outcome.result == "accepted":
        verdict = fill(translate("Exchange", "принят (новых %1, изменено %2, без изменений %3)"),
                       counts["new"], counts["updated"], counts["unchanged"])
    elif outcome.result == "duplicate":
        verdict = outcome.reason
    elif outcome.result in ("waiting", "fork"):
        verdict = translate("Exchange", "отложен: ") + _lower_first(outcome.reason)
    else:
        verdict = translate("Exchange", "отклонён: ") + _lower_first(outcome.reason)
    if outcome.sequence is None:
        return verdict  # refused before the sender was known
    template = (translate("Exchange", "пакет школы «%1» №%2 от %3") if outcome.sender_kind == "school"
                else translate("Exchange", "пакет отдела образования «%1» №%2 от %3"))
    subject = fill(template, outcome.sender, outcome.sequence, format_date(outcome.created_at))
    if outcome.from_waiting:
        subject = translate("Exchange", "отложенный ранее") + " " + subject
    return f"{subject}: {verdict}"
