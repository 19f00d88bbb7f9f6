"""Worksheet rows written as SpreadsheetML text and put into the workbook openpyxl saved, for speed.

openpyxl spends some twenty microseconds writing each cell, even in write-only mode; the monitoring form
of a 300-school district has over 350 000 cells. So openpyxl lays out the workbook (sheets, column
widths, frozen panes, filters, print setup, the styles) with empty sheets, and the rows are written here
as text, the same `<row>`/`<c>` elements Excel writes, then put in place of each sheet's empty
`<sheetData/>` in the saved file. Text goes in as inline strings; formulas carry their computed value too,
so a viewer that does not calculate still shows the right figures (Excel recalculates on opening anyway).
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

from app.reports.base import xml_safe

MAX_TEXT = 32767  # Excel's limit for one cell
_EMPTY_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')


@dataclass(frozen=True)
class Formula:
    """A formula (without the leading «=») and the value it comes to, written as its cached result."""

    text: str
    value: float


@lru_cache(maxsize=None)
def letter(column: int) -> str:
    return get_column_letter(column)


@lru_cache(maxsize=16384)  # names, numbers, titles and statuses repeat on every school's rows
def _text(value: str) -> str:
    value = xml_safe(value.replace("\r\n", "\n").replace("\r", "\n"))
    if len(value) > MAX_TEXT:
        value = value[: MAX_TEXT - 1] + "…"
    return escape(value)


def cell(ref: str, value, style: int) -> str:
    if value is None or value == "":
        return f'<c r="{ref}" s="{style}"/>'
    if isinstance(value, Formula):
        return f'<c r="{ref}" s="{style}"><f>{escape(value.text)}</f><v>{float(value.value)!r}</v></c>'
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return f'<c r="{ref}" s="{style}"><v>{value!r}</v></c>'
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{_text(str(value))}</t></is></c>'


def lines(value, width: float, size: float = 10) -> int:
    """About how many lines a wrapped text takes in a column `width` characters wide at `size` points.

    Rows are given their height here: Excel fits rows to wrapped text when it opens a file, but LibreOffice
    shows such rows one line high, the text running over the rows below. The estimate errs on the tall
    side: about one letter of 10 pt text per unit of column width (bold text is counted a point larger)."""
    if not isinstance(value, str):
        return 1
    per_line = max(1.0, width * 10 / size - 1)
    if len(value) <= per_line and "\n" not in value:
        return 1
    return sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))


def fit(cells: list, widths: list[float], size: float = 10) -> float | None:
    """The height in points for a row of wrapped cells, or None when one line is enough."""
    most = max(map(lines, cells, widths, [size] * len(cells)), default=1)
    return None if most <= 1 else min(409.0, most * size * 1.3 + 3)


class SheetRows:
    """The rows of one sheet, numbered from 1 as they are added; `widths` are its columns' widths."""

    def __init__(self, widths: list[float]) -> None:
        self.widths = widths
        self.parts: list[str] = []
        self.count = 0
        self.width = 1

    def add(self, cells: list[tuple[object, int]], height: float | None = None, size: float = 10,
            wrap: bool = True) -> int:
        """Add a row of (value, style id) pairs, as high as its wrapped text needs (or `height` points);
        returns its number."""
        self.count += 1
        row = self.count
        if height is None and wrap:
            height = fit([value for value, _style in cells], self.widths, size)
        size_attrs = f' ht="{height:g}" customHeight="1"' if height else ""
        self.width = max(self.width, len(cells))
        self.parts.append(f'<row r="{row}"{size_attrs}>' + "".join(
            cell(f"{letter(column)}{row}", value, style) for column, (value, style) in enumerate(cells, 1)
        ) + "</row>")
        return row

    def skip(self) -> int:
        """An empty row."""
        self.count += 1
        return self.count

    def xml(self) -> bytes:
        return ("<sheetData>" + "".join(self.parts) + "</sheetData>").encode()

    def dimension(self) -> bytes:
        return f'<dimension ref="A1:{letter(self.width)}{max(self.count, 1)}"/>'.encode()


def splice(xlsx: bytes, sheets: dict[str, SheetRows]) -> bytes:
    """The saved workbook with each named sheet part's empty sheetData replaced by its rows."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            rows = sheets.get(item.filename)
            if rows is not None:
                data, found = _EMPTY_DATA.subn(lambda _match: rows.xml(), data, count=1)
                if found != 1:
                    raise ValueError(f"{item.filename}: no empty sheetData to fill")
                data = _DIMENSION.sub(lambda _match: rows.dimension(), data, count=1)
            target.writestr(item, data)
    return out.getvalue()
