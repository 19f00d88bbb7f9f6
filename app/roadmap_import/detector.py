"""Finding the roadmap among a document's tables by meaning, and reading its rows.

Each table is classified: the roadmap (a header naming an activity column and a deadline,
responsible or result column, found within its first rows), a continuation of it (a table split
across pages: same columns, no header or the header repeated), an indicator table, or something
else that is skipped with a reason the report shows: a list of people (a working group), a
signature block, the roadmap's passport (goal, tasks, stages), a table of another kind. A table with
no header at all is still taken when its columns read as numbers, deadlines and people.

The paragraphs before the first roadmap table (and title rows above its header, and the text of a
table that only frames a title or lists lines) are kept for the metadata; short paragraphs between two
parts of the roadmap are section titles, and so is a numbered heading just above the first part (or an
unnumbered one, when the later parts are headed the same way). A list of schools is no roadmap; an
indicator table below the roadmap on the same sheet is read as indicators, not as activities.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.i18n import fill, translate
from app.roadmap_import.errors import ImportCancelled, ImportRefused
from app.roadmap_import.grid import Document, Paragraph, Table
from app.roadmap_import.indicators import RawIndicator, find_indicator_header, indicator_header_below, read_indicators
from app.roadmap_import.layout import (
    Layout,
    clean,
    content_layout,
    find_header,
    number_by_content,
    parse_number,
    texts_of,
)
from app.roadmap_import.metadata import find_title, period_in
from app.roadmap_import.rows import Assembler, RawActivity, is_section_label
from app.roadmap_import.synonyms import (
    NUMBER,
    RESPONSIBLE,
    THRESHOLD,
    TITLE,
    fold,
    header_scores,
    is_signature_text,
    names_organisation,
    names_people,
    names_position,
)

# A signature or approval block is a small table.
SIGNATURE_MAX_ROWS = 8
# The labels of a roadmap's passport: «Цель», «Задачи», «Сроки реализации», «Этапы», «Источники финансирования».
_PASSPORT = re.compile(r"^(?:цел|задач|срок|этап|период|актуальн|основани|источник|ожидаем|разработчик|исполнител|наименование)", re.IGNORECASE)
_NUMBERED_HEADING = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVXLC]+[.)]|(?i:раздел|направление|подпрограмма|блок|модуль)\s+(?:\d{1,2}|[IVXLC]+)[.)]?)"
    r"\s+[А-ЯЁA-Z«\"]"
)
_NOT_SECTION = re.compile(r"^(?:продолжение|окончание|примечани|таблица|приложение|\*|\d+$)", re.IGNORECASE)


@dataclass(frozen=True)
class ColumnChoice:
    """A person's reading of a table whose header was not understood: which column holds which field.

    `table` counts the document's tables from 1; `columns` maps fields (TITLE required) to column
    indexes from 0; rows above `body` are the header. Later tables with the same columns continue it.
    """

    table: int
    columns: dict[str, int]
    body: int = 1


@dataclass
class Detection:
    """What the document holds: the roadmap's rows, indicators, and the text around them."""

    sections: list[str]
    activities: list[RawActivity]
    indicators: list[RawIndicator] = field(default_factory=list)
    # (header as written, field) for every column read; field IGNORED for notes, funding…
    mapping: list[tuple[str, str]] = field(default_factory=list)
    # (where, why) for every table that was not read.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # Paragraphs (and title rows) before the first roadmap table; None where a table stood.
    before: list[str | None] = field(default_factory=list)
    # Every paragraph of the document, in order.
    paragraphs: list[str] = field(default_factory=list)
    # (label, value) rows of a passport table: «Цель» → …, «Сроки реализации» → …
    passport: list[tuple[str, str]] = field(default_factory=list)


def detect(
    document: Document,
    reads_as_deadline: Callable[[str], bool] | None = None,
    abort: Callable[[], bool] | None = None,
    choice: ColumnChoice | None = None,
) -> Detection:
    """Read the roadmap out of a document; ImportRefused when it holds no roadmap table.

    `choice` reads one table with the columns a person named instead of its header.
    """
    found = Detection(sections=[], activities=[])
    assembler = Assembler()
    previous: Layout | None = None
    between: list[str] = []
    # A short heading just above the first part of the roadmap: its first section if the later parts are
    # also headed by paragraphs between the tables.
    lead = ""
    headed_parts = False
    number = 0
    for block in document.blocks:
        if abort is not None and abort():
            raise ImportCancelled(translate("RoadmapImport", "Загрузка дорожной карты отменена."))
        if isinstance(block, Paragraph):
            text = clean(block.text)
            if text:
                found.paragraphs.append(text)
                (between if previous is not None else found.before).append(text)
            continue
        number += 1
        table: Table = block
        origin = table.origin or fill(translate("RoadmapImport", "таблица %1"), number)
        texts = texts_of(table)
        if choice is not None and choice.table == number:
            layout, top, body = _chosen(choice, texts), 0, min(choice.body, len(texts))
        else:
            layout, top, body = _roadmap_part(table, texts, previous, reads_as_deadline)
        if layout is not None:
            if previous is None:
                last = found.before[-1] if top == 0 and found.before else None
                if _numbered_heading(last):
                    assembler.add_section(last)  # «1. Организационные мероприятия» just above the table
                elif last and _plain_heading(last):
                    lead = last
                found.before.extend(_title_rows(texts[:top]))
            else:
                for text in between:
                    if _section_paragraph(text):
                        assembler.add_section(text)
                        headed_parts = True
            between = []
            below = indicator_header_below(texts, body)
            if below is None:
                previous = assembler.feed(table, texts, body, layout, origin)
                continue
            # The same sheet goes on with the indicators: the roadmap's rows end above their header.
            split, roles, indicator_body = below
            previous = assembler.feed(table, texts[:split], body, layout, origin)
            found.indicators.extend(read_indicators(table, texts, roles, indicator_body))
            continue
        between = []
        if previous is None:
            lines = _framed_text(table, texts)
            if lines:
                found.before.extend(lines)  # a title in a frame, or a title sheet of text lines: text, not a table
            else:
                found.before.append(None)
        reason = _other_table(table, texts, found)
        if reason:
            found.skipped.append((origin, reason))
    if lead and headed_parts:
        assembler.lead_section(lead)
    found.sections, found.activities = assembler.finish()
    found.mapping = _mapping(assembler.layouts)
    if not found.activities:
        raise ImportRefused(
            translate(
                "RoadmapImport",
                "В файле не найдена таблица дорожной карты: нужна таблица со столбцом мероприятий и хотя бы одним из столбцов "
                "«срок», «ответственный», «результат». Проверьте, тот ли это файл, и что мероприятия записаны таблицей.",
            ),
            details="; ".join(f"{where}: {why}" for where, why in found.skipped),
        )
    return found


def _roadmap_part(
    table: Table, texts: list[list[str]], previous: Layout | None, reads_as_deadline
) -> tuple[Layout | None, int, int]:
    """How to read this table: its layout, header row and first body row; layout None when it is no roadmap."""
    if not any(any(row) for row in texts):
        return None, 0, 0
    header = find_header(table, texts)
    if header is not None and header.top > 0 and previous is not None:
        # Rows of ours above a header further down: the roadmap goes on, and the header is read in the body.
        continued = _continuation(texts[: header.top], previous)
        if continued is not None:
            return continued, 0, 0
    if header is not None:
        if _indicator_shaped(header.layout, texts):
            return None, 0, 0
        number_by_content(header.layout, texts, header.body)
        header.layout.used = _used_columns(texts)
        return header.layout, header.top, header.body
    if find_indicator_header(texts) or _people_list(texts) or _signature(texts):
        return None, 0, 0
    continued = _continuation(texts, previous)
    if continued is not None:
        return continued, 0, 0
    guessed = content_layout(texts, reads_as_deadline)
    if guessed is not None:
        guessed.used = _used_columns(texts)
        return guessed, 0, 0
    return None, 0, 0


def _chosen(choice: ColumnChoice, texts: list[list[str]]) -> Layout:
    """The layout a person named; the report shows each chosen column by its header (or its number)."""
    width = max((len(row) for row in texts), default=0)
    columns = {name: column for name, column in choice.columns.items() if 0 <= column < width}
    if TITLE not in columns:
        raise ImportRefused(translate("RoadmapImport", "Укажите, в каком столбце записаны мероприятия."))
    header = [" ".join(cell for cell in dict.fromkeys(row[c] for row in texts[: choice.body] if c < len(row)) if cell)
              for c in range(width)]
    mapping = [(header[c] or fill(translate("RoadmapImport", "столбец %1 без заголовка"), c + 1), name)
               for name, c in sorted(columns.items(), key=lambda item: item[1])]
    return Layout(columns=columns, width=width, mapping=mapping,
                  top_signature=tuple(fold(c) for c in texts[0]) if choice.body > 0 and texts else (), used=_used_columns(texts))


def _indicator_shaped(layout: Layout, texts: list[list[str]]) -> bool:
    """«Наименование показателя | Базовое значение | 2021 | 2022»: an indicator table, not activities.

    Its «Период, год» may read as a deadline column, but an indicator table names nobody responsible.
    """
    return RESPONSIBLE not in layout.columns and find_indicator_header(texts) is not None


def _used_columns(texts: list[list[str]]) -> tuple[int, ...]:
    width = max((len(r) for r in texts), default=0)
    return tuple(c for c in range(width) if any(c < len(r) and r[c] for r in texts))


def _continuation(texts: list[list[str]], previous: Layout | None) -> Layout | None:
    """The previous part's layout, when this headerless table has the same columns and reads like its rows."""
    if previous is None:
        return None
    used = _used_columns(texts)
    if len(texts[0]) == previous.width:
        layout = previous
    elif len(used) == len(previous.used):
        # Same columns once empty ones are dropped (a stray empty column after a page break).
        moved = dict(zip(previous.used, used, strict=True))
        columns = {name: moved[c] for name, c in previous.columns.items() if c in moved}
        if TITLE not in columns:
            return None
        end = moved.get(previous.deadline_end) if previous.deadline_end is not None else None
        layout = Layout(columns=columns, width=len(texts[0]), deadline_end=end, mapping=previous.mapping,
                        top_signature=previous.top_signature, used=used)
    else:
        return None
    number_column = layout.get(NUMBER)
    # The first row of several cells: a section title across the row says nothing about the columns.
    first = next((r for r in texts if len({cell for cell in r if cell}) >= 2), None)
    if number_column is not None and first is not None:
        written = first[number_column]
        if written and parse_number(written) is None and not written[0].islower() and not is_section_label(written):
            return None  # a header of some other table, not a row of ours
    return layout


def _people_list(texts: list[list[str]]) -> bool:
    """«№ | ФИО | Должность»: a working group or a list of staff."""
    for row in texts[:5]:
        if any(names_people(cell) for cell in row) and (any(names_position(cell) for cell in row) or len(texts) >= 3):
            return not any(header_scores(cell).get(TITLE, 0.0) >= THRESHOLD for cell in row)
    return False


def _signature(texts: list[list[str]]) -> bool:
    return len(texts) <= SIGNATURE_MAX_ROWS and any(is_signature_text(cell) for row in texts for cell in row)


def _other_table(table: Table, texts: list[list[str]], found: Detection) -> str:
    """Read what a non-roadmap table offers (indicators, passport) and say why it is not the roadmap."""
    if not any(any(row) for row in texts):
        return translate("RoadmapImport", "таблица пустая")
    indicator_header = find_indicator_header(texts)
    if indicator_header is not None:
        indicators = read_indicators(table, texts, *indicator_header)
        if indicators:
            found.indicators.extend(indicators)
            return ""
        return translate("RoadmapImport", "таблица показателей без строк")
    if any(names_organisation(cell) for row in texts[:5] for cell in row):
        return translate("RoadmapImport", "список школ (организаций), а не перечень мероприятий")
    if _people_list(texts):
        return translate("RoadmapImport", "список людей (ФИО, должность) — похоже на состав рабочей группы, а не на мероприятия")
    if _signature(texts):
        return translate("RoadmapImport", "блок подписей или согласования")
    used = _used_columns(texts)
    if len(used) == 2:
        label, value = used
        pairs = [(row[label], row[value]) for row in texts if row[label] and row[value]]
        if pairs and all(len(key.split()) <= 6 for key, _ in pairs) and any(_PASSPORT.match(key) for key, _ in pairs):
            found.passport.extend(pairs)
            return translate("RoadmapImport", "паспорт дорожной карты (цель, задачи, сроки) — не перечень мероприятий")
    return translate(
        "RoadmapImport",
        "не похожа на перечень мероприятий: не найдены столбец мероприятий и столбцы «срок», «ответственный» или «результат»",
    )


def _framed_text(table: Table, texts: list[list[str]]) -> list[str]:
    """The text of a table that only lays text out: one cell (its text as one paragraph) or one column (a line per row)."""
    anchors = {cell.anchor for row in table.rows for cell in row if cell.text.strip()}
    if len(anchors) == 1:
        return [clean(table.text(*anchors.pop()))]
    if len(_used_columns(texts)) == 1:
        return [text for r, row in enumerate(texts) for c, text in enumerate(row) if text and not table.is_covered(r, c)]
    return []


def _title_rows(rows: list[list[str]]) -> list[str]:
    """Rows above the header (a workbook's title rows), as paragraphs for the metadata."""
    lines = []
    for row in rows:
        parts: list[str] = []
        for cell in row:
            if cell and cell not in parts:
                parts.append(cell)
        if parts:
            lines.append(" ".join(parts))
    return lines


def _numbered_heading(text: str | None) -> bool:
    """A short numbered heading («1. Организационные мероприятия», «Раздел I. …») right above the first table part."""
    return bool(text) and _NUMBERED_HEADING.match(text) is not None and len(text.split()) <= 12 and _section_paragraph(text)


def _plain_heading(text: str) -> bool:
    """A short heading without a number («Аналитическая деятельность»): not the title, no period in it."""
    return _section_paragraph(text) and len(text.split()) <= 12 and not find_title([text]) and not period_in(text)


def _section_paragraph(text: str) -> bool:
    """A short paragraph between two parts of the roadmap that reads as a section title."""
    words = text.split()
    if len(text) > 250 or not words or _NOT_SECTION.match(text) or text[0].islower():
        return False
    return len(words) >= 2 or text.isupper()


def _mapping(layouts: list[Layout]) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    for layout in layouts:
        for pair in layout.mapping:
            if pair not in seen:
                seen.append(pair)
    return seen
