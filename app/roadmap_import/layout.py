"""Which column of a table holds which field: the header row found by meaning, or the content read.

A header may sit below title rows, span two rows (a merged «Сроки» over «начало | окончание»), and
be followed by a row of column numbers «1 | 2 | 3». When there is no header at all, the columns are
recognised by what they hold: hierarchical numbers, deadlines, people and offices.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.i18n import fill, translate
from app.roadmap_import.grid import Table
from app.roadmap_import.synonyms import (
    DEADLINE,
    FIELDS,
    IGNORED,
    NUMBER,
    RESPONSIBLE,
    RESULT,
    SECTION,
    THRESHOLD,
    TITLE,
    fold,
    header_scores,
)

# The header is looked for in the first rows only: a title or an approval stamp may come first.
HEADER_SEARCH_ROWS = 10
MAX_HEADER_ROWS = 3

_SPACES = re.compile(r"\s+")
_LINE_HYPHEN = re.compile(r"(\w+)[-\u00ad]\s*\n\s*(?=(\w+))")
_NUMBER = re.compile(r"^[№#]?\s*(\d{1,3}(?:\s?[.,]\s?\d{1,3})*[а-яa-z]?)\s*[.)]?$")
# The first halves of the compound words roadmaps use most; a hyphen after them is part of the word.
_COMPOUND_FIRST = re.compile(
    r"(?:материально|психолого|учебно|информационно|научно|военно|физкультурно|социально|культурно|духовно|"
    r"художественно|естественно|опытно|проектно|контрольно|организационно|нормативно|медико|историко|эколого|"
    r"финансово|экономико|общественно|профессионально|личностно|спортивно|технико|методико|речево|"
    r"диагностико|коррекционно|образовательно|воспитательно|интеллектуально|практико|деятельностно)$",
    re.IGNORECASE,
)
# Words a hyphen joins rather than breaks: «сентябрь-октябрь», «2020-2022».
_MONTH = re.compile(r"^(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)", re.IGNORECASE)
_ROMAN = re.compile(r"^(?=[IVXLC])(?:X{0,3})(?:IX|IV|V?I{0,3})\.?$")
_INTEGER = re.compile(r"^\d{1,2}$")
# What a data row has and a header has not: a date, a year, a percentage, a hierarchical number.
_DATA = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b(?:19|20)\d\d\b|\d\s*%|^\d+\.\d+")

_DEADLINE_WORDS = re.compile(
    r"(?:янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек|\b20\d\d\b|\d{1,2}\.\d{1,2}\.\d{2,4}|"
    r"в течени|весь период|ежегодн|ежемесячн|ежеквартальн|еженедельн|постоянн|по мере|квартал|полугоди|"
    r"четверт|раз в|до конца|учебн\w* год)",
    re.IGNORECASE,
)
_RESPONSIBLE_WORDS = re.compile(
    r"(?:директор|заместител|руководител|учител|педагог|управлени|отдел|координатор|специалист|методист|"
    r"администрац|классн|психолог|куратор|библиотекар|наставник|\bОО\b|\bМКУ|\bМБОУ|\bМКОУ|\bМАОУ|\bИМЦ|"
    r"\bММС|\bШМО|\bРМО|[А-ЯЁ]\.\s?[А-ЯЁ]\.)"
)


def hyphen_breaks_word(left: str, right: str) -> bool:
    """Whether «left-» at a line end and «right» on the next are one word broken in two («стимули-» «рующих»).

    Not when the hyphen belongs there: a month range, numbers, a name («Усть-»), or the first half of
    a compound word («материально-технической», «психолого-педагогической»).
    """
    if not left or not right or not right[0].islower() or left[-1].isdigit():
        return False
    return not (_MONTH.match(left) and _MONTH.match(right)) and not _COMPOUND_FIRST.search(left)


def _rejoin(match: re.Match) -> str:
    left, right = match.group(1), match.group(2)
    return left if hyphen_breaks_word(left, right) else left + "-"


def clean(text: str) -> str:
    """Cell text on one line: a word hyphenated at a line end rejoined, other breaks as spaces."""
    text = (text or "").replace("\u00ad", "").replace("\xa0", " ")
    text = _LINE_HYPHEN.sub(_rejoin, text)
    return _SPACES.sub(" ", text).strip()


def texts_of(table: Table) -> list[list[str]]:
    """Every position's cleaned text, the table made rectangular."""
    width = table.width
    return [[clean(table.text(r, c)) for c in range(width)] for r in range(table.height)]


def parse_number(text: str) -> str | None:
    """«1.1.» → «1.1», «2)» → «2», «№ 3» → «3», «IV.» → «IV»; None when the text is not a number."""
    found = _NUMBER.match(text)
    if found:
        return _SPACES.sub("", found.group(1)).replace(",", ".")
    if _ROMAN.match(text):
        return text.rstrip(".")
    return None


def is_roman(number: str) -> bool:
    return bool(number) and bool(_ROMAN.match(number))


def is_numbering_row(row: list[str]) -> bool:
    """The row of column numbers under a header: «1 | 2 | 3 | 4 | 5»."""
    values = [cell for cell in row if cell]
    if len(values) < 2 or not all(_INTEGER.match(v) for v in values):
        return False
    numbers = [int(v) for v in values]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] in (0, 1)


def looks_like_deadline(text: str) -> bool:
    return bool(_DEADLINE_WORDS.search(text))


def looks_like_responsible(text: str) -> bool:
    return bool(_RESPONSIBLE_WORDS.search(text))


@dataclass
class Layout:
    """Where each field is: field → column index; plus what each header said, for the report."""

    columns: dict[str, int]
    width: int
    # A second deadline column («окончание» after «начало»), joined into one deadline text.
    deadline_end: int | None = None
    # A column naming the group of the activities beside it («Направление», «Задача»): their section.
    section_column: int | None = None
    # (header as written, field) for every column with a header; IGNORED for notes, funding…
    mapping: list[tuple[str, str]] = field(default_factory=list)
    # The folded texts of the header's first row, to recognise it repeated on the next page.
    top_signature: tuple[str, ...] = ()
    # The columns of the table it was found in that hold any text, to match a continuation's.
    used: tuple[int, ...] = ()

    def get(self, name: str) -> int | None:
        return self.columns.get(name)


def assign(headers: list[str]) -> Layout | None:
    """Give each field the column whose header names it most strongly; None without an activity column."""
    candidates = []
    for column, header in enumerate(headers):
        scores = header_scores(header)
        noise = scores.get(IGNORED, 0.0)
        for name in FIELDS:
            score = scores.get(name, 0.0)
            if score >= THRESHOLD and score > noise:
                candidates.append((score, -column, name))
    columns: dict[str, int] = {}
    taken: set[int] = set()
    leftovers = []
    for _score, negative_column, name in sorted(candidates, reverse=True):
        column = -negative_column
        if column in taken:
            continue
        if name in columns:
            leftovers.append((column, name))
            continue
        columns[name] = column
        taken.add(column)
    if TITLE not in columns:
        return None
    layout = Layout(columns=columns, width=len(headers))
    for column, name in leftovers:
        if column in taken:
            continue
        if name == DEADLINE and layout.deadline_end is None and _start_and_end(headers, columns[DEADLINE], column):
            # «Сроки: начало | окончание» — two deadline columns make one deadline.
            first = columns[DEADLINE]
            layout.deadline_end = max(first, column)
            columns[DEADLINE] = min(first, column)
            taken.add(column)
        elif name == TITLE and column < columns[TITLE] and layout.section_column is None:
            # «Направление | Мероприятие»: the wider heading on the left groups the activities.
            layout.section_column = column
            taken.add(column)
    for column, header in enumerate(headers):
        if not header:
            continue
        name = next((n for n, c in columns.items() if c == column), None)
        if name is None and column == layout.deadline_end:
            name = DEADLINE
        if name is None and column == layout.section_column:
            name = SECTION
        layout.mapping.append((header, name or IGNORED))
    return layout


_START_OR_END = re.compile(r"(?:^|\s)(?:начал|окончан|заверш|конец|конечн|начальн)")


def _start_and_end(headers: list[str], first: int, second: int) -> bool:
    """Two deadline columns side by side that say where the deadline starts and ends; not «Срок | Периодичность»."""
    return abs(first - second) == 1 and all(_START_OR_END.search(fold(headers[c])) for c in (first, second))


def is_roadmap_layout(layout: Layout | None) -> bool:
    """An activity column and at least one of: deadline, responsible, result."""
    return layout is not None and TITLE in layout.columns and any(
        name in layout.columns for name in (DEADLINE, RESPONSIBLE, RESULT)
    )


def _header_like(row: list[str]) -> bool:
    """Short cells, at least two of them clearly naming a field, most of them naming one, no number: could be a header.

    Each different text counts once: a section title merged across the row is one cell, not five. A row
    of content («Задача 1. …» beside «справка по результатам …») may hold two header words, but most of
    its cells name nothing.
    """
    strong = named = 0
    data = 0
    cells = [cell for cell in dict.fromkeys(row) if cell]
    for cell in cells:
        if parse_number(cell) is not None:
            return False
        if _DATA.search(cell):
            data += 1
            if data > 1:
                return False
        scores = header_scores(cell)
        if not scores and len(cell.split()) > 14:
            return False
        best = max(scores.values(), default=0.0)
        strong += best >= 3.0
        named += best >= THRESHOLD
    return strong >= 2 and named * 2 >= len(cells)


def _continues_header(table: Table, texts: list[list[str]], top: int, row: int, layout: Layout | None) -> bool:
    """Whether `row` is a second header row under `top`: merged from it, or sub-headings under a merged cell."""
    cells = texts[row]
    if not any(cells) or is_numbering_row(cells):
        return False
    number_column = layout.get(NUMBER) if layout else None
    if number_column is not None and parse_number(cells[number_column]):
        return False
    merged_from_top = any(
        table.is_covered(row, c) and top <= table.rows[row][c].anchor[0] < row for c in range(len(table.rows[row]))
    )
    own = [c for c in range(len(cells)) if cells[c] and not table.is_covered(row, c)]
    if not own:
        return merged_from_top
    if any(len(cells[c].split()) > 8 or parse_number(cells[c]) is not None for c in own):
        return False
    if merged_from_top:
        return True
    # Sub-headings sit only under a cell of the row above that spans several columns.
    spanned = {
        c for c in range(len(table.rows[top]))
        if sum(1 for cell in table.rows[top] if cell.anchor == table.rows[top][c].anchor) > 1
    }
    if set(own) <= spanned:
        return True
    # A header whose words were typed on two rows: «Срок | Ответственный» over «исполнения | исполнитель»;
    # a row continued after a page break («татами» under «резуль-») looks alike, but fills one cell or is not
    # made of header words.
    def header_words(text: str) -> bool:
        words = len(text.split())
        return words == 1 or words <= 3 and max(header_scores(text).values(), default=0.0) >= THRESHOLD

    return len(own) >= 2 and all(cells[c][0].islower() and header_words(cells[c]) for c in own)


def _merged_headers(table: Table, texts: list[list[str]], top: int, bottom: int) -> list[str]:
    """One header text per column from rows top..bottom-1, a merged cell's text said once."""
    headers = []
    for column in range(len(texts[top])):
        parts: list[str] = []
        for row in range(top, bottom):
            text = texts[row][column]
            if not text:
                continue
            anchor = table.rows[row][column].anchor if column < len(table.rows[row]) else (row, column)
            if anchor[0] < row and anchor[0] >= top:
                continue  # a vertical merge repeats the cell above
            if text not in parts:
                parts.append(text)
        headers.append(" ".join(parts))
    return headers


@dataclass
class HeaderFound:
    top: int  # first header row
    body: int  # first row after the header (and after a row of column numbers)
    layout: Layout


def header_at(table: Table, texts: list[list[str]], top: int, accept: Callable[[Layout | None], bool] = is_roadmap_layout) -> HeaderFound | None:
    """The header starting at row `top` (one to three rows), if `accept` approves of what it names."""
    if not _header_like(texts[top]):
        return None
    single = assign(_merged_headers(table, texts, top, top + 1))
    bottom = top + 1
    while bottom < len(texts) and bottom - top < MAX_HEADER_ROWS and _continues_header(table, texts, top, bottom, single):
        bottom += 1
    layout = assign(_merged_headers(table, texts, top, bottom)) if bottom > top + 1 else single
    if not accept(layout) and bottom > top + 1 and accept(single):
        layout, bottom = single, top + 1
    if not accept(layout):
        return None
    layout.top_signature = tuple(fold(c) for c in texts[top])
    while bottom < len(texts) and is_numbering_row(texts[bottom]):
        bottom += 1
    return HeaderFound(top, bottom, layout)


def find_header(table: Table, texts: list[list[str]], accept: Callable[[Layout | None], bool] = is_roadmap_layout) -> HeaderFound | None:
    """The first row (within the first few) that starts a header `accept` approves of."""
    for top in range(min(HEADER_SEARCH_ROWS, len(texts))):
        found = header_at(table, texts, top, accept)
        if found is not None:
            return found
    return None


def body_header(table: Table, texts: list[list[str]], row: int, current: Layout) -> HeaderFound | None:
    """A header repeated (or a new one) inside the table body; None for an ordinary row."""
    cells = texts[row]
    number_column = current.get(NUMBER)
    if number_column is not None and number_column < len(cells) and parse_number(cells[number_column]):
        return None
    repeated = tuple(fold(c) for c in cells) == current.top_signature
    found = header_at(table, texts, row, lambda layout: is_roadmap_layout(layout) and (repeated or len(layout.columns) >= 3))
    if found is None and repeated:
        bottom = row + 1
        while bottom < len(texts) and is_numbering_row(texts[bottom]):
            bottom += 1
        return HeaderFound(row, bottom, current)
    return found


def number_by_content(layout: Layout, texts: list[list[str]], body: int) -> None:
    """Give the layout its number column when the header leaves it unnamed («» over «1.», «2.», …).

    Only a column left of the activities, not read as anything else, most of whose cells are numbers.
    """
    if NUMBER in layout.columns:
        return
    taken = set(layout.columns.values()) | {layout.deadline_end, layout.section_column}
    for column in range(layout.columns[TITLE]):
        if column in taken:
            continue
        cells = [row[column] for row in texts[body:] if column < len(row) and row[column]]
        numbers = sum(1 for cell in cells if parse_number(cell) is not None)
        if numbers >= 2 and numbers >= 0.6 * len(cells):
            layout.columns[NUMBER] = column
            return


# --- no header: recognise the columns by what they hold ---------------------------------------


def content_layout(texts: list[list[str]], reads_as_deadline: Callable[[str], bool] | None = None) -> Layout | None:
    """Columns guessed from their cells: numbers, deadlines, people; the longest text is the activity."""
    width = max((len(r) for r in texts), default=0)
    rows = [r for r in texts if sum(1 for c in r if c) >= 2]
    if len(rows) < 2 or width < 2:
        return None

    def share(column: int, test: Callable[[str], bool]) -> float:
        cells = [r[column] for r in rows if column < len(r) and r[column]]
        return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0

    def average_length(column: int) -> float:
        cells = [len(r[column]) for r in rows if column < len(r) and r[column]]
        return sum(cells) / len(rows) if cells else 0.0

    def deadline_like(text: str) -> bool:
        return looks_like_deadline(text) or bool(reads_as_deadline and reads_as_deadline(text))

    columns: dict[str, int] = {}
    for column in range(min(2, width)):
        if share(column, lambda t: parse_number(t) is not None) >= 0.6:
            columns[NUMBER] = column
            break
    free = [c for c in range(width) if c not in columns.values()]
    deadline = max(free, key=lambda c: share(c, deadline_like), default=None)
    if deadline is not None and share(deadline, deadline_like) >= 0.5 and average_length(deadline) < 60:
        columns[DEADLINE] = deadline
        free.remove(deadline)
    responsible = max(free, key=lambda c: share(c, looks_like_responsible), default=None)
    if responsible is not None and share(responsible, looks_like_responsible) >= 0.5:
        columns[RESPONSIBLE] = responsible
        free.remove(responsible)
    long_text = [c for c in free if average_length(c) >= 10]
    if not long_text or (DEADLINE not in columns and RESPONSIBLE not in columns):
        return None
    # The activity comes first, the expected result after it.
    title = long_text[0]
    columns[TITLE] = title
    results = [c for c in long_text if c > title]
    if results:
        columns[RESULT] = results[0]
    layout = Layout(columns=columns, width=width)
    for name, column in sorted(columns.items(), key=lambda item: item[1]):
        layout.mapping.append((fill(translate("RoadmapImport", "столбец %1 без заголовка"), column + 1), name))
    return layout
