"""Making a report file: what the command line and the window call, with progress and cancel.

`make_report` collects the data (the first 30 % of the progress), has the format's writer lay it out
(the rest) into a temporary file beside the target, flushes it to the disk and only then renames it
into place: a cancelled or failed report leaves no file, and a report the person is told was saved
survives a power cut. The signature block is remembered in the profile's settings for next time.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.errors import InvalidInput, UsageError, UserError, from_os_error
from app.fsutil import fsync_dir, fsync_file, replace
from app.i18n import fill, translate
from app.profile import ProfileStore
from app.reports.base import Abort, Progress, check
from app.reports.collect import ReportOptions, collect_report
from app.reports.model import ReportData, Signature
from db.models import Setting

__all__ = ["ReportOptions", "ReportResult", "make_report", "save_signature", "signature_settings"]

# (kind, format) → the writer's module and class; imported only when that report is made.
WRITERS = {
    ("spravka", "pdf"): ("app.reports.pdf", "PdfSpravka"),
    ("spravka", "docx"): ("app.reports.docx", "DocxSpravka"),
    ("monitoring", "xlsx"): ("app.reports.xlsx", "MonitoringWorkbook"),
}
FORMATS = {"spravka": ("pdf", "docx"), "monitoring": ("xlsx",)}
SIGNATURE_SETTING = "report.signature"
COLLECT_SHARE = 30  # percent of the progress bar spent collecting the data


@dataclass(frozen=True)
class ReportResult:
    path: Path
    size: int
    schools: int
    activities: int
    pages: int | None  # known for a PDF


def signature_settings(store: ProfileStore) -> Signature:
    """The signature block last used in this profile (empty fields when none was set)."""
    with store.reading() as session:
        setting = session.get(Setting, SIGNATURE_SETTING)
        saved = setting.value if setting is not None and isinstance(setting.value, dict) else {}
    return Signature(**{key: str(saved.get(key) or "") for key in ("position", "name", "executor")})


def save_signature(store: ProfileStore, signature: Signature) -> None:
    value = {"position": signature.position.strip(), "name": signature.name.strip(), "executor": signature.executor.strip()}
    with store.writing() as session:
        setting = session.get(Setting, SIGNATURE_SETTING)
        if setting is None:
            session.add(Setting(key=SIGNATURE_SETTING, value=value))
        else:
            setting.value = value


def _writer_class(kind: str, fmt: str):
    if (kind, fmt) not in WRITERS:
        if kind not in FORMATS:
            raise UsageError(fill(translate("Reports", "Неизвестный вид отчёта «%1»: укажите spravka или monitoring."), kind))
        raise UsageError(fill(translate("Reports", "Отчёт %1 составляется в формате %2, а не %3."),
                              kind, " / ".join(FORMATS[kind]), fmt))
    module, name = WRITERS[(kind, fmt)]
    return getattr(importlib.import_module(module), name)


def _checked_out(out: Path, fmt: str) -> Path:
    """The file to write: the format's extension added when missing; a folder or a missing folder refused."""
    out = Path(out)
    if not out.name or not str(out).strip():
        raise InvalidInput(fill(translate("Reports", "Укажите имя файла отчёта, например «Справка.%1»."), fmt))
    if not out.suffix and not out.is_dir():
        out = out.with_name(f"{out.name}.{fmt}")
    if out.is_dir():
        raise InvalidInput(fill(translate("Reports", "%1 — это папка. Укажите имя файла отчёта в ней."), out))
    if out.suffix.lower() != f".{fmt}":
        raise InvalidInput(fill(translate("Reports", "Файл %1 должен иметь расширение .%2, как выбранный формат."), out, fmt))
    if not out.parent.is_dir():
        raise InvalidInput(fill(translate("Reports", "Папка %1 не существует. Укажите существующую папку для отчёта."),
                                out.parent))
    return out


def _file_error(error: OSError, out: Path) -> UserError:
    if isinstance(error, PermissionError) and out.exists():
        return UserError(fill(translate("Reports", "Файл %1 открыт в другой программе (Word, Excel) или защищён от записи. "
                                                   "Закройте его и повторите, или сохраните отчёт под другим именем."), out),
                         details=repr(error))
    return from_os_error(error, out)


def _scaled(progress: Progress | None, start: int, end: int) -> Progress | None:
    """A writer's or collector's own (done, total) shown as its share of the whole bar (0–100)."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        share = done / total if total > 0 else 1.0
        progress(start + round((end - start) * min(max(share, 0.0), 1.0)), 100)

    return report


def _counts(data: ReportData) -> tuple[int, int]:
    activities = sum(len(section.activities) for section in data.sections)
    return len(data.schools), activities


def make_report(store: ProfileStore, kind: str, fmt: str, out: Path, options: ReportOptions | None = None,
                progress: Progress | None = None, abort: Abort | None = None) -> ReportResult:
    """Write the report `kind` («spravka», «monitoring») in `fmt` to `out`; cancelling leaves no file.

    Without a signature in `options` the one saved in the profile's settings is used."""
    writer_class = _writer_class(kind, fmt)
    out = _checked_out(out, fmt)
    options = options or ReportOptions()
    if options.signature is None:
        options = dataclasses.replace(options, signature=signature_settings(store))
    data = collect_report(store, options, _scaled(progress, 0, COLLECT_SHARE), abort)
    check(abort)
    writer = writer_class()
    try:
        fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.stem}.", suffix=f".part.{fmt}")
    except OSError as error:
        raise _file_error(error, out) from error
    os.close(fd)
    temp = Path(name)
    try:
        writer.write(data, temp, _scaled(progress, COLLECT_SHARE, 100), abort)
        check(abort)
        fsync_file(temp)
        replace(temp, out)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _file_error(error, out) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    try:
        fsync_dir(out.parent)
        size = out.stat().st_size
    except OSError as error:
        raise _file_error(error, out) from error
    if progress is not None:
        progress(100, 100)
    schools, activities = _counts(data)
    return ReportResult(out, size, schools, activities, getattr(writer, "pages", None))
