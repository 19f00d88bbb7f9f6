"""Indicator tables («показатели»): name, type, base value and a target for each year (seed 002's shape).

The header usually takes two rows: «Период, год» merged over the years, and the years below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.roadmap_import.grid import Table
from app.roadmap_import.layout import HEADER_SEARCH_ROWS, MAX_HEADER_ROWS, is_numbering_row
from app.roadmap_import.synonyms import (
    IND_BASE,
    IND_NAME,
    IND_TYPE,
    IND_UNIT,
    indicator_role,
    names_indicator,
)

_VALUE = re.compile(r"^([-+]?\d+(?:[.,]\d+)?)\s*(.*)$")


@dataclass
class RawIndicator:
    name: str
    indicator_type: str = ""
    unit: str = ""
    base_value: float | None = None
    base_text: str = ""
    # {"2021": 5, "2022": "не менее 7"}: a number when the cell is one, else its text.
    targets: dict[str, float | int | str] = field(default_factory=dict)


def number_of(text: str) -> tuple[float | int | None, str]:
    """«12 школ» → (12, «школ»), «7,5» → (7.5, «»), «нет» → (None, «нет»)."""
    found = _VALUE.match(text.strip())
    if not found:
        return None, text.strip()
    value = float(found.group(1).replace(",", "."))
    return (int(value) if value.is_integer() else value), found.group(2).strip()


def _roles(texts: list[list[str]], top: int) -> tuple[dict[int, str], int] | None:
    """Column roles read from the header rows starting at `top`, and the first body row."""
    width = len(texts[top])
    roles: dict[int, str] = {}
    bottom = top
    while bottom < len(texts) and bottom - top < MAX_HEADER_ROWS:
        row = texts[bottom]
        found = {c: indicator_role(row[c]) for c in range(width) if row[c]}
        if bottom > top and not any(found.values()):
            break
        for column, role in found.items():
            if role and (column not in roles or role.isdigit()):
                roles[column] = role
        bottom += 1
    while bottom < len(texts) and is_numbering_row(texts[bottom]):
        bottom += 1
    years = [c for c, r in roles.items() if r.isdigit()]
    if IND_NAME not in roles.values() or (IND_BASE not in roles.values() and len(years) < 2):
        return None
    return roles, bottom


def find_indicator_header(texts: list[list[str]]) -> tuple[dict[int, str], int] | None:
    for top in range(min(HEADER_SEARCH_ROWS, len(texts))):
        if any(names_indicator(cell) for cell in texts[top]):
            found = _roles(texts, top)
            if found:
                return found
    return None


def indicator_header_below(texts: list[list[str]], start: int) -> tuple[int, dict[int, str], int] | None:
    """An indicator table's header further down a roadmap's rows (one sheet holding both): (its row, roles, first body row).

    Only a row of short cells, most of them naming an indicator column («Наименование показателя»,
    «Базовое значение», «2025»), counts: a roadmap's own row may mention «показатели» too.
    """
    for top in range(start, len(texts)):
        row = [cell for cell in texts[top] if cell]
        if not any(names_indicator(cell) for cell in row) or any(len(cell.split()) > 6 for cell in row):
            continue
        named = sum(1 for cell in dict.fromkeys(row) if indicator_role(cell))
        found = _roles(texts, top) if named >= 3 and named * 2 > len(set(row)) else None
        if found:
            return top, *found
    return None


def read_indicators(table: Table, texts: list[list[str]], roles: dict[int, str], body: int) -> list[RawIndicator]:
    by_role = {role: column for column, role in roles.items() if not role.isdigit()}
    years = {column: role for column, role in roles.items() if role.isdigit()}
    found: list[RawIndicator] = []
    for row in texts[body:]:
        name = row[by_role[IND_NAME]]
        if not name or is_numbering_row(row):
            continue
        indicator = RawIndicator(name=name)
        if IND_TYPE in by_role:
            indicator.indicator_type = row[by_role[IND_TYPE]]
        if IND_UNIT in by_role:
            indicator.unit = row[by_role[IND_UNIT]]
        if IND_BASE in by_role:
            indicator.base_text = row[by_role[IND_BASE]]
            value, rest = number_of(indicator.base_text)
            indicator.base_value = None if value is None else float(value)
            if value is not None and rest and not indicator.unit:
                indicator.unit = rest
        for column, year in sorted(years.items(), key=lambda item: item[1]):
            text = row[column]
            if text:
                value, rest = number_of(text)
                plain_number = value is not None and rest in ("", "%")
                indicator.targets[year] = value if plain_number else text
        found.append(indicator)
    return found
