"""Turning the rows of roadmap tables into sections and activities, in document order.

A row is one of: a section title (one cell spanning the row, or only the first cell filled, «Раздел 2»
in the number column, or a number like «2» followed by «2.1»; a capitalised title alone in a table
without numbers is one when the roadmap's other rows all say when and who), an activity, or the continuation of the activity above (its
number cell empty or merged with the row above, typically after a page break): the continuation's
text is appended to the activity, and a word hyphenated at the break is rejoined («стимули-» +
«рующих»). State carries over from table to table, so a table split across pages reads as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.i18n import fill, translate
from app.roadmap_import.grid import Table
from app.roadmap_import.layout import (
    Layout,
    body_header,
    hyphen_breaks_word,
    is_numbering_row,
    is_roman,
    parse_number,
)
from app.roadmap_import.synonyms import DEADLINE, NUMBER, RESPONSIBLE, RESULT, TITLE
from app.roadmaps import normalize_number

_HYPHEN_END = re.compile(r"\w-$")
_LEADING_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)])\s+(?=\S)")
_SECTION_WORDS = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s|[IVXLC]+[.)]?\s|раздел|подпрограмм|направлени|блок|модуль|задача|цель|этап)",
    re.IGNORECASE,
)
# «Раздел 2», «Направление II.» written in the number column, the section's name beside it.
_SECTION_LABEL = re.compile(r"^(?:раздел|направлени\w*|подпрограмм\w*|блок|модуль|задача)\s+(?:\d{1,2}|[IVXLC]+)\.?$", re.IGNORECASE)
_FIELDS = (TITLE, DEADLINE, RESPONSIBLE, RESULT)


@dataclass
class RawActivity:
    """One activity as the document writes it (deadline not read yet)."""

    number: str
    title: str
    deadline_text: str = ""
    responsible: str = ""
    result: str = ""
    section: str = ""
    # Where it came from, for messages: «таблица 2, строка 7».
    origin: str = ""
    # The number as written («1.»), to build a section title if the row turns out to be one.
    number_written: str = ""
    # A capitalised title alone in its row, no number column: a heading if the roadmap's other rows all say
    # when and who, else an activity with nothing but its name; decided when every table has been read.
    heading_like: bool = False


@dataclass
class SectionRow:
    title: str


def is_section_label(text: str) -> bool:
    """«Раздел 2», «Направление II.»: a section's label written where the numbers go."""
    return bool(_SECTION_LABEL.match(text))


def join(first: str, second: str) -> str:
    """Text continued on the next row: «ре-» + «зультатов» → «результатов», «май-» + «июнь» → «май-июнь»."""
    if not first:
        return second
    if not second:
        return first
    if _HYPHEN_END.search(first):
        broken = hyphen_breaks_word(first[:-1].split()[-1], second.split()[0])
        return first[:-1] + second if broken else first + second
    return f"{first} {second}"


def section_title(number_written: str, text: str) -> str:
    """«1» + «Улучшение базы» → «1. Улучшение базы»: sections read as the document numbers them."""
    number_written = number_written.strip()
    if not number_written:
        return text
    if text.startswith(number_written):
        return text
    separator = " " if number_written.endswith((".", ")")) else ". "
    return f"{number_written}{separator}{text}"


class Assembler:
    """Collects sections and activities from one roadmap's tables and the paragraphs between them."""

    def __init__(self) -> None:
        self.items: list[RawActivity | SectionRow] = []
        # Every layout seen, for the report of which header went to which field.
        self.layouts: list[Layout] = []
        # The text of the grouping column («Направление») now in force.
        self._grouped_by = ""
        # The row being read is a capitalised title alone (see RawActivity.heading_like).
        self._heading_like = False

    def add_section(self, title: str) -> None:
        if self.items and isinstance(self.items[-1], SectionRow) and self.items[-1].title == title:
            return  # the section title repeated at the top of the next page
        self.items.append(SectionRow(title))

    def lead_section(self, title: str) -> None:
        """A section for the activities read before any section was named (a heading above the first table)."""
        if self.items and isinstance(self.items[0], RawActivity):
            self.items.insert(0, SectionRow(title))

    def feed(self, table: Table, texts: list[list[str]], start: int, layout: Layout, origin: str) -> Layout:
        """Read the rows from `start` on; returns the layout in force at the end (a header may change inside)."""
        self._remember(layout)
        row = start
        while row < len(texts):
            cells = texts[row]
            if not any(cells) or is_numbering_row(cells):
                row += 1
                continue
            header = body_header(table, texts, row, layout)
            if header is not None:
                layout = header.layout
                self._remember(layout)
                row = max(header.body, row + 1)
                continue
            section = self._section(table, texts, row, layout)
            if section is not None:
                self.add_section(section)
                self._grouped_by = ""
                row += 1
                continue
            if layout.section_column is not None:
                group = cells[layout.section_column]
                if group and group != self._grouped_by and not _merged_from_above(table, row, layout.section_column):
                    self.add_section(group)
                    self._grouped_by = group
            self._activity_row(table, texts, row, layout, origin)
            row += 1
        return layout

    def finish(self) -> tuple[list[str], list[RawActivity]]:
        """Sections in order and the activities, each told its section."""
        self._settle_headings()
        self._promote_parents()
        while self.items and isinstance(self.items[-1], SectionRow):
            # A note across the last row («* Сроки могут корректироваться»), a heading of what follows the roadmap.
            self.items.pop()
        sections: list[str] = []
        activities: list[RawActivity] = []
        current = ""
        for item in self.items:
            if isinstance(item, SectionRow):
                current = item.title
                sections.append(current)
            else:
                item.section = current
                activities.append(item)
        return sections, activities

    # --- rows --------------------------------------------------------------------------------

    def _remember(self, layout: Layout) -> None:
        if all(layout is not seen for seen in self.layouts):
            self.layouts.append(layout)

    def _section(self, table: Table, texts: list[list[str]], row: int, layout: Layout) -> str | None:
        self._heading_like = False
        cells = texts[row]
        spans: dict[tuple[int, int], list[int]] = {}
        for column, text in enumerate(cells):
            if text:
                spans.setdefault(_anchor(table, row, column), []).append(column)
        number_column = layout.get(NUMBER)
        title_column = layout.columns[TITLE]
        if len(spans) == 1:
            columns = next(iter(spans.values()))
            text = cells[columns[0]]
            if len(columns) >= 2:
                return text  # one cell across the row
            column = columns[0]
            if parse_number(text) is not None:
                return None
            if column == number_column or (column == 0 and column != title_column):
                return text if not text[0].islower() else None
            if column == title_column and not text[0].islower():
                if number_column is not None or _SECTION_WORDS.match(text) or text.isupper():
                    return text
                self._heading_like = True
            return None
        if len(spans) == 2 and number_column is not None:
            number_text = cells[number_column]
            others = [cols for anchor, cols in spans.items() if number_column not in cols]
            if others and title_column in others[0] and is_section_label(number_text):
                return section_title(number_text, cells[title_column])  # «Раздел 2» | «Работа с педагогами»
            if others and parse_number(number_text) is not None:
                columns = others[0]
                if len(columns) >= 2 and title_column in columns:
                    return section_title(number_text, cells[columns[0]])
                if is_roman(parse_number(number_text) or "") and columns == [title_column]:
                    return section_title(number_text, cells[title_column])
        return None

    def _activity_row(self, table: Table, texts: list[list[str]], row: int, layout: Layout, origin: str) -> None:
        cells = texts[row]
        values = {name: cells[layout.columns[name]] if name in layout.columns else "" for name in _FIELDS}
        if layout.deadline_end is not None:
            end = cells[layout.deadline_end]
            start = values[DEADLINE]
            values[DEADLINE] = f"{start} – {end}" if start and end and start != end else start or end
        number_column = layout.get(NUMBER)
        written = cells[number_column] if number_column is not None else ""
        last = self.items[-1] if self.items else None
        if isinstance(last, RawActivity) and self._continues(table, row, layout, written, values, last):
            for name in _FIELDS:
                column = layout.columns.get(name)
                if column is not None and _merged_from_above(table, row, column):
                    continue  # a vertical merge repeats the cell above
                if values[name] == getattr(last, _ATTRIBUTE[name]):
                    continue  # the same «who» written again on the continued row
                setattr(last, _ATTRIBUTE[name], join(getattr(last, _ATTRIBUTE[name]), values[name]))
            return
        number = parse_number(written) if written else None
        if written and number is None:
            # Text in the number column: the activity itself written there, or a stray note.
            if not values[TITLE]:
                values[TITLE] = written
            written = ""
        if number is None and values[TITLE]:
            # «1.1. Проведение семинара»: the number typed with the text (no number column, or the two cells merged).
            found = _LEADING_NUMBER.match(values[TITLE])
            if found:
                written = found.group(1)
                number = parse_number(written.rstrip(")"))
                values[TITLE] = values[TITLE][found.end():]
        if not values[TITLE] and not number:
            return
        self.items.append(
            RawActivity(
                number=normalize_number(number or ""),
                title=values[TITLE],
                deadline_text=values[DEADLINE],
                responsible=values[RESPONSIBLE],
                result=values[RESULT],
                origin=fill(translate("RoadmapImport", "%1, строка %2"), origin, row + 1),
                number_written=written,
                heading_like=self._heading_like,
            )
        )

    def _continues(self, table: Table, row: int, layout: Layout, written: str, values: dict, last: RawActivity) -> bool:
        """Whether the row carries on the activity above rather than starting a new one."""
        number_column = layout.get(NUMBER)
        title = values[TITLE]
        broken_word = bool(_HYPHEN_END.search(last.title))
        if number_column is not None:
            if _merged_from_above(table, row, number_column):
                return True
            if written:
                return False
            filled = sum(1 for name in (DEADLINE, RESPONSIBLE, RESULT) if values[name])
            # A whole unnumbered activity: its own capitalised title and most of its cells.
            return not (title and not title[0].islower() and filled >= 2 and not broken_word)
        return not title or title[0].islower() or broken_word

    def _settle_headings(self) -> None:
        """Capitalised titles alone in their row are headings when the roadmap's activities all say when and who."""
        rows = [i for i in self.items if isinstance(i, RawActivity) and not i.heading_like and i.title]
        complete = sum(1 for i in rows if i.deadline_text or i.responsible or i.result)
        if complete < 2 or complete < 0.6 * len(rows):
            return
        for index, item in enumerate(self.items):
            filled = isinstance(item, RawActivity) and (item.deadline_text or item.responsible or item.result)
            if isinstance(item, RawActivity) and item.heading_like and not filled:
                self.items[index] = SectionRow(item.title)

    def _promote_parents(self) -> None:
        """A numbered row with only a title is a section when «2.1» follows «2», or among «1.1»-style numbers."""
        hierarchical = any(isinstance(i, RawActivity) and "." in i.number for i in self.items)
        for index, item in enumerate(self.items):
            if not isinstance(item, RawActivity) or not item.number:
                continue
            if item.deadline_text or item.responsible or item.result:
                continue
            following = self.items[index + 1] if index + 1 < len(self.items) else None
            parent = isinstance(following, RawActivity) and following.number.startswith(item.number + ".")
            top_level = hierarchical and item.number.isdigit()
            if parent or top_level or is_roman(item.number):
                self.items[index] = SectionRow(section_title(item.number_written or item.number, item.title))


_ATTRIBUTE = {TITLE: "title", DEADLINE: "deadline_text", RESPONSIBLE: "responsible", RESULT: "result"}


def _anchor(table: Table, row: int, column: int) -> tuple[int, int]:
    cells = table.rows[row]
    return cells[column].anchor if column < len(cells) else (row, column)


def _merged_from_above(table: Table, row: int, column: int) -> bool:
    return _anchor(table, row, column)[0] < row
