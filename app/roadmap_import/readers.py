"""One entry point for reading a roadmap file: its format is judged by content, then the right reader runs.

`read_document` never writes anything and never shows a traceback: every file it cannot read is
refused with `ImportRefused` saying what to do (see `safety` for the checks made before parsing).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.attachments import display_name
from app.errors import UserError, from_os_error
from app.i18n import translate
from app.roadmap_import import safety
from app.roadmap_import.docx_grid import read_docx
from app.roadmap_import.errors import ImportCancelled, ImportRefused
from app.roadmap_import.grid import Document
from app.roadmap_import.xlsx_grid import read_xlsx

READERS = {"docx": read_docx, "xlsx": read_xlsx}


def read_document(path: Path, abort: Callable[[], bool] | None = None) -> Document:
    """The file's paragraphs and tables (a workbook: one table per visible sheet).

    Raises ImportRefused for anything that is not a readable .docx/.xlsx, ImportCancelled when
    `abort()` turns true.
    """
    path = Path(path)

    def check_abort() -> None:
        if abort is not None and abort():
            raise ImportCancelled(translate("RoadmapImport", "Чтение файла отменено."))

    name = display_name(path)
    with safety.open_source(path) as stream:
        try:
            kind = safety.inspect(stream, path)
            check_abort()
            stream.seek(0)
            blocks = READERS[kind](stream, name, check_abort)
        except UserError:
            raise
        except OSError as error:
            problem = from_os_error(error, path)
            raise ImportRefused(problem.message, details=problem.details) from error
        except Exception as error:
            # The file passed the safety checks but the library could not make sense of it; whatever it
            # raised (lxml, zipfile, openpyxl and python-docx each have their own errors), the person's
            # answer is the same, and the details go to the log.
            raise safety.damaged(path, error) from error
    return Document(blocks=blocks, source_name=name, kind=kind)
