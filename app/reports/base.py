"""What every report format shares: the writer interface, cancelling, progress steps.

A writer is one class per format (`pdf.PdfSpravka`, `docx.DocxSpravka`, `xlsx.MonitoringWorkbook`) with
`write(data, out, progress, abort)`. It writes the whole file to `out`, a temporary path the service
later moves into place, so a cancelled or failed report never leaves a half-written file where the
person expects one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from app.errors import UserError
from app.i18n import translate
from app.reports.model import ReportData

Progress = Callable[[int, int], None]
Abort = Callable[[], bool]


class ReportCancelled(UserError):
    """The person pressed «Отмена»: nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("Reports", "Составление отчёта отменено; файл не записан."))


class ReportWriter(Protocol):
    extension: str  # "pdf", "docx", "xlsx"

    def write(self, data: ReportData, out: Path, progress: Progress | None = None, abort: Abort | None = None) -> None:
        """Write the whole report to `out`. Call `progress(done, total)` now and then; call `check(abort)`
        between pieces of work (every section, every few hundred rows) so «Отмена» is felt within a second."""


def check(abort: Abort | None) -> None:
    if abort is not None and abort():
        raise ReportCancelled()


# Characters XML 1.0 cannot carry (DOCX and XLSX are XML inside); a result pasted from another program may
# hold them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """The text without the characters an XML file cannot hold (control characters, lone surrogates)."""
    return _NOT_XML.sub("", text)


def write_in_steps(steps, save: Callable[[], bytes], out: Path, progress: Progress | None, abort: Abort | None) -> None:
    """Run the writer's steps with a look at «Отмена» and a progress tick after each, then write the bytes.

    `out` is the service's temporary file, so a plain write is enough: the service fsyncs and renames it.
    """
    total = len(steps) + 1  # and saving
    for done, step in enumerate(steps, 1):
        step()
        check(abort)
        if progress is not None:
            progress(done, total)
    content = save()
    check(abort)
    Path(out).write_bytes(content)
    if progress is not None:
        progress(total, total)
