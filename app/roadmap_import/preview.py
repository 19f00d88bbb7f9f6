"""The first rows of a roadmap file's tables, for a person to say which column is which.

When the header of the roadmap table was not understood (or was understood wrongly), the window
shows these rows and the person names the columns; `import_roadmap(columns=ColumnChoice(...))` then
reads the table that way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.i18n import fill, translate
from app.roadmap_import.layout import texts_of
from app.roadmap_import.readers import read_document

# Enough rows to see the header and a few activities under it.
PREVIEW_ROWS = 8
# Widths beyond this are not a roadmap a person could map by hand.
MAX_COLUMNS = 30


@dataclass(frozen=True)
class TablePreview:
    number: int  # counted from 1 in document order, as ColumnChoice.table
    origin: str  # where the table is («лист 2», «таблица 3»)
    width: int
    rows: list[list[str]]  # the first PREVIEW_ROWS rows, each `width` cells long
    height: int  # how many rows the whole table has


def table_previews(path: Path, rows: int = PREVIEW_ROWS, abort: Callable[[], bool] | None = None) -> list[TablePreview]:
    """The file's tables that hold any text, with their first rows; ImportRefused for an unreadable file."""
    document = read_document(Path(path), abort=abort)
    previews = []
    for number, table in enumerate(document.tables, start=1):
        texts = texts_of(table)
        if not any(any(row) for row in texts):
            continue
        width = min(max(len(row) for row in texts), MAX_COLUMNS)
        shown = [(row + [""] * width)[:width] for row in texts[:rows]]
        origin = table.origin or fill(translate("RoadmapImport", "таблица %1"), number)
        previews.append(TablePreview(number, origin, width, shown, len(texts)))
    return previews
