"""An Excel workbook (.xlsx/.xlsm/.xltx) as the neutral grid: each visible sheet is one table.

openpyxl reads in normal mode (read-only mode does not report merged ranges) with cached formula
results. Values are written the way a person sees them in Excel: dates as ДД.ММ.ГГГГ (a date formatted
as a month, «ММММ ГГГГ» or «ММ.ГГГГ», as that month: «март 2025», «03.2025»), whole numbers
without ".0", fixed decimals and percents as their number format shows them, numbering such as
1.1 kept as 1.1. Trailing empty rows and columns are trimmed; hidden and empty sheets are skipped
(hidden rows and columns are kept: they are still part of the district's table). Nothing from the
workbook is run: macros are ignored, formulas are not calculated.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import BinaryIO

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from app.i18n import fill, translate
from app.roadmap_import.grid import Block, Cell, Table, tidy_text
from app.roadmap_import.safety import MAX_CELLS, MAX_SHEET_ROWS, too_many_cells, too_many_sheet_rows
from app.timeutil import format_date, format_datetime

FIXED_DECIMALS = re.compile(r"0\.(0+)")
WHOLE = re.compile(r"[#,\s]*0\s*%?")
QUOTED = re.compile(r'"[^"]*"|\\.')
_LOCALE = re.compile(r"\[[^\]]*\]")  # «[$-419]», «[Red]»
_DATE_CODES = re.compile(r'"([^"]*)"|\\(.)|[mM]{1,4}|[yY]{1,4}')
# As Russian Excel writes a month alone under «ММММ».
MONTH_NAMES = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
               "декабрь")


def read_xlsx(stream: BinaryIO, name: str, abort: Callable[[], None]) -> list[Block]:
    """One Table per visible, non-empty worksheet, in the workbook's order; `abort()` raises when cancelled."""
    with warnings.catch_warnings():
        # openpyxl warns about features it drops on load (data validation, slicers); they do not matter here.
        warnings.simplefilter("ignore", UserWarning)
        workbook = openpyxl.load_workbook(stream, read_only=False, data_only=True, keep_links=False)
    tables: list[Block] = []
    cells = 0
    try:
        for sheet in workbook.worksheets:
            abort()
            if sheet.sheet_state != "visible":
                continue
            rows = sheet_rows(sheet, name)
            if not rows:
                continue
            cells += sum(len(row) for row in rows)
            if cells > MAX_CELLS:
                raise too_many_cells(name)
            tables.append(Table(rows, origin=fill(translate("RoadmapImport", "лист «%1»"), sheet.title)))
    finally:
        workbook.close()
    return tables


def sheet_rows(sheet: Worksheet, name: str) -> list[list[Cell]]:
    """The sheet's used area as a rectangle, merged ranges resolved, trailing empty rows and columns cut."""
    # Only the cells the file has; iterating the sheet's whole range would create every empty cell in it.
    texts = {(row - 1, column - 1): text for (row, column), cell in sheet._cells.items() if (text := display(cell))}
    merges = [
        (area.min_row - 1, area.min_col - 1, area.max_row - 1, area.max_col - 1)
        for area in sheet.merged_cells.ranges
    ]
    used = list(texts)
    used += [(bottom, right) for top, left, bottom, right in merges if (top, left) in texts]
    height = max((row for row, _ in used), default=-1) + 1
    width = max((column for _, column in used), default=-1) + 1
    if height > MAX_SHEET_ROWS:
        raise too_many_sheet_rows(name, sheet.title)
    if height * width > MAX_CELLS:
        raise too_many_cells(name)
    rows = [[Cell(texts.get((row, column), ""), (row, column)) for column in range(width)] for row in range(height)]
    for top, left, bottom, right in merges:
        if top >= height or left >= width:
            continue
        merged = Cell(texts.get((top, left), ""), (top, left))
        for row in range(top, min(bottom, height - 1) + 1):
            for column in range(left, min(right, width - 1) + 1):
                rows[row][column] = merged
    return rows


def display(cell) -> str:
    """The cell's value as Excel shows it (without thousands separators or currency)."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return tidy_text(value)
    if isinstance(value, bool):
        return translate("RoadmapImport", "ИСТИНА") if value else translate("RoadmapImport", "ЛОЖЬ")
    if isinstance(value, datetime | date) and (month := month_text(value, cell.number_format or "")):
        return month
    if isinstance(value, datetime):
        return format_date(value) if value.time() == time() else format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_text(value, cell.number_format or "General")
    return tidy_text(str(value))


def month_text(value: date, number_format: str) -> str:
    """A date formatted without its day, as Excel shows it: «март 2025» («ММММ ГГГГ»), «03.2025» («ММ.ГГГГ»); else ""."""
    section = _LOCALE.sub("", number_format.split(";")[0]).replace("@", "")
    codes = QUOTED.sub("", section).casefold()
    if any(letter in codes for letter in "dhs") or "m" not in codes:
        return ""  # a day in it, a time («h:mm» minutes), or not a date format at all

    def shown(match: re.Match) -> str:
        literal, code = match.group(1) or match.group(2), match.group().casefold()
        if literal is not None:
            return literal
        if code.startswith("y"):
            return str(value.year) if len(code) > 2 else f"{value.year % 100:02d}"
        if code.startswith("m"):
            name = MONTH_NAMES[value.month - 1]
            return {4: name, 3: name[:3], 2: f"{value.month:02d}"}.get(len(code), str(value.month))
        return match.group()

    return _DATE_CODES.sub(shown, section).strip()


def number_text(value: float, number_format: str) -> str:
    """A number under its format: "0.00" → 2 decimals, "0" → whole, "0%" → percent, otherwise as Excel's General shows it."""
    section = QUOTED.sub("", number_format.split(";")[0])
    percent = "%" in section
    if percent:
        value *= 100
    decimals = FIXED_DECIMALS.search(section)
    if decimals or WHOLE.fullmatch(section):
        places = len(decimals.group(1)) if decimals else 0
        # Excel rounds halves up; Python's own formatting would round 2.5 to 2.
        text = str(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))
    elif value.is_integer() and abs(value) < 1e15:
        text = str(int(value))
    else:
        # Fifteen significant digits hide binary noise (0.1 + 0.2 shows as 0.3, as in Excel).
        text = f"{value:.15g}"
    return text + "%" if percent else text
