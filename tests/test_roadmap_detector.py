"""The roadmap detector on grids built by hand: header words it has never seen together, columns in any
order, empty columns and rows, tables split across pages, no header at all; and the metadata read
from the text around the table.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.roadmap_import.detector import detect
from app.roadmap_import.errors import ImportRefused
from app.roadmap_import.grid import Cell, Document, Paragraph, Table
from app.roadmap_import.layout import assign
from app.roadmap_import.metadata import find_order, find_title, period_in, read_metadata


def table(rows: list[list[str]], merges=(), origin: str = "") -> Table:
    """A grid as a reader makes it: merged areas repeat their text, `anchor` names their first cell."""
    width = max(len(r) for r in rows)
    grid = [[Cell(r[c] if c < len(r) else "", (i, c)) for c in range(width)] for i, r in enumerate(rows)]
    for r0, c0, r1, c1 in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                grid[r][c] = Cell(rows[r0][c0], (r0, c0))
    return Table(grid, origin)


def fields(activity) -> tuple:
    return (activity.number, activity.section, activity.title, activity.deadline_text, activity.responsible, activity.result)


# --- header words -------------------------------------------------------------------------------

HEADERS = {
    "number": ["№", "№ п/п", "N п/п", "п/п", "Номер", "№№ п/п"],
    "title": ["Мероприятие", "Мероприятия", "Наименование мероприятия", "Содержание работы", "Основные направления деятельности",
              "Задачи", "Перечень мероприятий", "Содержание деятельности", "Вид работы", "Действия", "Описание мероприятия"],
    "deadline": ["Срок", "Сроки", "Сроки исполнения", "Срок реализации", "Когда", "Дата проведения", "Период проведения",
                 "Сроки выполнения", "Срок исполнения (дата)", "Время проведения", "Сроки реализации"],
    "responsible": ["Ответственный", "Ответственные", "Ответственный исполнитель", "Исполнители", "Кто отвечает",
                    "Ответственные лица", "Исполнитель (ответственный)", "Ответ-\nственный", "Отв."],
    "result": ["Ожидаемый результат", "Результат", "Показатель реализации", "Форма предоставления результата", "Что получим",
               "Планируемый результат", "Отчетный документ", "Индикатор", "Продукт", "Ожидаемые результаты (индикаторы)",
               "Форма отчетности"],
    "ignored": ["Примечание", "Источник финансирования", "Отметка о выполнении", "Фактический результат", "Комментарий",
                "Объем финансирования, тыс. руб.", "Целевая аудитория", "Форма проведения"],
}


@pytest.mark.parametrize(("field", "header"), [(f, h) for f, hs in HEADERS.items() for h in hs])
def test_each_header_word_names_its_field(field, header):
    others = {"number": "№", "title": "Мероприятие", "deadline": "Срок", "responsible": "Ответственный"}
    row = [header] + [text for name, text in others.items() if name != field]
    layout = assign(row)
    named = next((n for n, c in layout.columns.items() if c == 0), "ignored")
    assert named == field


def test_responsible_for_the_activity_is_about_who():
    layout = assign(["Ответственный за мероприятие", "Срок проведения мероприятия", "Мероприятие"])
    assert layout.columns == {"responsible": 0, "deadline": 1, "title": 2}


# --- tables built from random layouts -----------------------------------------------------------

TITLES = ["Анализ результатов ВПР по математике", "Семинар для заместителей директоров по УВР", "Курсы повышения квалификации учителей",
          "Родительское собрание по вопросам подготовки к ГИА", "Посещение уроков учителей начальных классов", "Диагностика учебных дефицитов"]
DEADLINES = ["весь период", "март 2024 года", "до 15.04.2024", "ежеквартально", "в течение года", "сентябрь-октябрь 2024"]
PEOPLE = ["заместитель директора по УВР", "руководители ОО", "управление образования", "классные руководители", "методист ИМЦ"]
RESULTS = ["аналитическая справка", "протокол совещания", "удостоверения", "план-график", "рекомендации"]


@st.composite
def roadmaps(draw):
    order = draw(st.permutations(["number", "title", "deadline", "responsible", "result", "ignored"]))
    keep_number = draw(st.booleans())
    columns = [c for c in order if keep_number or c != "number"]
    headers = {name: draw(st.sampled_from(HEADERS[name])) for name in columns}
    empty_column = draw(st.none() | st.integers(0, len(columns)))
    count = draw(st.integers(2, 7))
    rows = []
    for index in range(count):
        rows.append({
            "number": f"1.{index + 1}" if keep_number else "",
            "title": draw(st.sampled_from(TITLES)),
            "deadline": draw(st.sampled_from(DEADLINES)),
            "responsible": draw(st.sampled_from(PEOPLE)),
            "result": draw(st.sampled_from(RESULTS)),
            "ignored": draw(st.sampled_from(["", "по согласованию", "онлайн"])),
        })
    return {
        "columns": columns, "headers": headers, "rows": rows, "empty_column": empty_column,
        "title_rows": draw(st.integers(0, 2)), "numbering_row": draw(st.booleans()), "blank_rows": draw(st.booleans()),
        "section": draw(st.booleans()), "split": draw(st.none() | st.integers(1, count - 1)),
        "repeat_header": draw(st.booleans()), "section_between": draw(st.booleans()),
    }


def _grid(spec: dict, rows: list[dict], with_header: bool, title_rows: int, section: str | None) -> Table:
    columns = list(spec["columns"])
    if spec["empty_column"] is not None:
        columns.insert(spec["empty_column"], "empty")
    width = len(columns)
    grid, merges = [], []
    for _ in range(title_rows):
        merges.append((len(grid), 0, len(grid), width - 1))
        grid.append(["Дорожная карта на 2024 год"] + [""] * (width - 1))
    if with_header:
        grid.append([spec["headers"].get(c, "") for c in columns])
        if spec["numbering_row"]:
            grid.append([str(i + 1) for i in range(width)])
    if section:
        merges.append((len(grid), 0, len(grid), width - 1))
        grid.append([section] + [""] * (width - 1))
    for row in rows:
        grid.append([row.get(c, "") for c in columns])
        if spec["blank_rows"]:
            grid.append([""] * width)
    return table(grid, merges)


@given(roadmaps())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_plausible_layout_reads_the_same(spec):
    section = "1. Первый раздел" if spec["section"] else None
    rows = spec["rows"]
    blocks = [Paragraph("План мероприятий на 2024 год")]
    split = spec["split"]
    if split is None:
        blocks.append(_grid(spec, rows, True, spec["title_rows"], section))
    else:
        blocks.append(_grid(spec, rows[:split], True, spec["title_rows"], section))
        second_section = "2. Второй раздел" if spec["section_between"] else None
        if second_section:
            blocks.append(Paragraph(second_section))
        blocks.append(_grid(spec, rows[split:], spec["repeat_header"], 0, None))
    found = detect(Document(blocks))
    expected = []
    for index, row in enumerate(rows):
        in_second = split is not None and index >= split and spec["section_between"]
        where = "2. Второй раздел" if in_second else section or ""
        expected.append((row["number"], where, row["title"], row["deadline"], row["responsible"], row["result"]))
    assert [fields(a) for a in found.activities] == expected


# --- splits, continuations, sections ------------------------------------------------------------

HEADER = ["№", "Мероприятие", "Срок", "Ответственный", "Результат"]


def test_a_row_continued_after_the_page_break_is_joined():
    first = table([HEADER, ["1", "Включение в показатели стимули-", "весь период", "руководители общеобразо-", "наличие"]])
    second = table([["", "рующих выплат", "", "вательных учреждений", "мотивации"],
                    ["2", "Семинар", "март", "управление образования", "протокол"]])
    found = detect(Document([first, second]))
    assert [fields(a) for a in found.activities] == [
        ("1", "", "Включение в показатели стимулирующих выплат", "весь период", "руководители общеобразовательных учреждений",
         "наличие мотивации"),
        ("2", "", "Семинар", "март", "управление образования", "протокол"),
    ]


def test_a_number_cell_merged_down_continues_the_activity():
    rows = [HEADER, ["1", "Курсы", "март", "методист", "удостоверения"], ["", "", "апрель", "", ""]]
    found = detect(Document([table(rows, [(1, 0, 2, 0), (1, 1, 2, 1), (1, 3, 2, 3), (1, 4, 2, 4)])]))
    assert [fields(a) for a in found.activities] == [("1", "", "Курсы", "март апрель", "методист", "удостоверения")]


def test_an_unnumbered_whole_row_is_an_activity_of_its_own():
    rows = [HEADER, ["1", "Курсы", "март", "методист", "удостоверения"], ["", "Стажировка", "апрель", "директор", "отчёт"]]
    found = detect(Document([table(rows)]))
    assert [a.number for a in found.activities] == ["1", ""]
    assert found.activities[1].title == "Стажировка"


@pytest.mark.parametrize(
    ("row", "merges", "section"),
    [
        (["2. Работа с педагогами", "", "", "", ""], [], "2. Работа с педагогами"),
        (["2", "Работа с педагогами", "", "", ""], [(2, 1, 2, 4)], "2. Работа с педагогами"),
        (["II.", "Работа с педагогами", "", "", ""], [], "II. Работа с педагогами"),
        (["", "Раздел 2. Работа с педагогами", "", "", ""], [], "Раздел 2. Работа с педагогами"),
        (["Подпрограмма 2 «Педагоги»", "", "", "", ""], [(2, 0, 2, 4)], "Подпрограмма 2 «Педагоги»"),
        (["2", "Работа с педагогами", "", "", ""], [], "2. Работа с педагогами"),
        (["Раздел 2", "Работа с педагогами", "", "", ""], [], "Раздел 2. Работа с педагогами"),
        (["Направление II.", "Работа с педагогами", "", "", ""], [(2, 1, 2, 4)], "Направление II. Работа с педагогами"),
    ],
)
def test_section_rows_in_their_many_shapes(row, merges, section):
    rows = [HEADER, ["1.1", "Курсы", "март", "методист", "удостоверения"], row, ["2.1", "Семинар", "май", "директор", "протокол"]]
    found = detect(Document([table(rows, merges)]))
    assert [(a.number, a.section) for a in found.activities] == [("1.1", ""), ("2.1", section)]


def test_a_table_without_a_header_is_read_by_its_content():
    rows = [["1", "Анализ результатов ВПР по математике", "март 2024 года", "заместитель директора по УВР"],
            ["2", "Семинар для учителей начальных классов", "до 15.04.2024", "руководитель ШМО"],
            ["3", "Родительское собрание по итогам года", "май 2024 года", "классные руководители"]]
    found = detect(Document([Paragraph("План мероприятий на 2024 год"), table(rows)]))
    assert [fields(a) for a in found.activities] == [
        ("1", "", "Анализ результатов ВПР по математике", "март 2024 года", "заместитель директора по УВР", ""),
        ("2", "", "Семинар для учителей начальных классов", "до 15.04.2024", "руководитель ШМО", ""),
        ("3", "", "Родительское собрание по итогам года", "май 2024 года", "классные руководители", ""),
    ]


def test_numbers_written_in_the_activity_cell_are_taken_out():
    rows = [["Мероприятие", "Срок", "Ответственный"], ["1.1. Курсы для учителей", "март", "методист"],
            ["1.2 Семинар", "май", "директор"]]
    found = detect(Document([table(rows)]))
    assert [(a.number, a.title) for a in found.activities] == [("1.1", "Курсы для учителей"), ("1.2", "Семинар")]


def test_tables_that_are_not_roadmaps_are_skipped_with_a_reason():
    blocks = [
        table([["№", "ФИО", "Должность"], ["1", "Иванова М.П.", "директор"]], origin="таблица 1"),
        table([HEADER, ["1", "Курсы", "март", "методист", "удостоверения"]], origin="таблица 2"),
        table([["Показатель", "2023", "2024", "2025"], ["Доля школ", "10", "20", "30"]], origin="таблица 3"),
        table([["УТВЕРЖДАЮ", "Начальник управления"], ["подпись", "М.П."]], origin="таблица 4"),
        table([["Школа", "Адрес"], ["МБОУ СОШ №1", "ул. Ленина, 1"], ["МБОУ СОШ №2", "ул. Мира, 2"]], origin="таблица 5"),
    ]
    found = detect(Document(blocks))
    reasons = dict(found.skipped)
    assert "рабочей группы" in reasons["таблица 1"]
    assert "подписей" in reasons["таблица 4"]
    assert "список школ" in reasons["таблица 5"]
    assert [i.name for i in found.indicators] == ["Доля школ"]
    assert found.indicators[0].targets == {"2023": 10, "2024": 20, "2025": 30}


def test_no_roadmap_table_is_refused():
    with pytest.raises(ImportRefused) as refused:
        detect(Document([Paragraph("Текст"), table([["№", "ФИО", "Должность"], ["1", "Иванова", "директор"]])]))
    assert "не найдена таблица дорожной карты" in refused.value.message


# --- metadata -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("План мероприятий на 2024 год", (date(2024, 1, 1), date(2024, 12, 31))),
        ("Дорожная карта в 2023-2024 учебном году", (date(2023, 9, 1), date(2024, 8, 31))),
        ("План на 2024 -2025 учебный год", (date(2024, 9, 1), date(2025, 8, 31))),
        ("Программа на 2020-2022 годы", (date(2020, 1, 1), date(2022, 12, 31))),
        ("План на 2023/2024 уч. год", (date(2023, 9, 1), date(2024, 8, 31))),
        ("Дорожная карта на 2021–2023 гг.", (date(2021, 1, 1), date(2023, 12, 31))),
        ("План на период с 01.09.2024 по 31.05.2025", (date(2024, 9, 1), date(2025, 5, 31))),
        ("Отчёт о программе «… на 2020-2022 годы» за 2022 год", (date(2022, 1, 1), date(2022, 12, 31))),
        ("План мероприятий по поддержке школ", None),
    ],
)
def test_periods(text, period):
    assert period_in(text) == period


@pytest.mark.parametrize(
    ("lines", "order"),
    [
        (["ПРИКАЗ", "от 15.01.2024 № 46"], ("46", date(2024, 1, 15))),
        (["25.12.2023 год №01-03/922"], ("01-03/922", date(2023, 12, 25))),
        (["от 28.02.2020 № 49-ра"], ("49-ра", date(2020, 2, 28))),
        (["Утверждена приказом Отдела образования от 20.05.2022 №89 «О создании условий»"], ("89", date(2022, 5, 20))),
        (["Приказ № 112 от 10.09.2024"], ("112", date(2024, 9, 10))),
        (["УТВЕРЖДЕНО приказом от «15» января 2024 г. № 46-од"], ("46-од", date(2024, 1, 15))),
        (["«Утверждаю»", "И.о. начальника управления образования", "Ооржак А.М.", "«24» 10 2024г."], ("", date(2024, 10, 24))),
        (["План мероприятий"], ("", None)),
    ],
)
def test_orders(lines, order):
    assert find_order(lines) == order


def test_the_title_is_the_nearest_heading_with_its_continuation():
    before = [
        "РАСПОРЯЖЕНИЕ", "от 28.02.2020 № 49-ра",
        "Об утверждении муниципального плана мероприятий («дорожной карты») по поддержке школ",
        "2. Утвердить план мероприятий («дорожную карту») (приложение № 2).",
        "План мероприятий («дорожная карта»)", "по поддержке школ с низкими результатами обучения",
        None, "Направления, механизмы реализации, показатели и критерии «дорожной карты»",
    ]
    assert find_title(before) == "План мероприятий («дорожная карта») по поддержке школ с низкими результатами обучения"
    assert find_title(["ДОРОЖНАЯ КАРТА", "ПО ПОВЫШЕНИЮ КАЧЕСТВА ОБРАЗОВАНИЯ", "на 2024 год"]) == (
        "ДОРОЖНАЯ КАРТА ПО ПОВЫШЕНИЮ КАЧЕСТВА ОБРАЗОВАНИЯ на 2024 год")
    assert find_title(["Пояснительная записка"]) == ""


def test_goal_and_passport_period():
    meta = read_metadata(["План мероприятий"], ["Цель: повышение качества образования."],
                         [("Этапы реализации", "подготовительный (февраль 2020 года), завершающий (декабрь 2022 год)")])
    assert meta.goal == "повышение качества образования"
    assert meta.period == (date(2020, 1, 1), date(2022, 12, 31))


# --- whatever the grid, an answer or a refusal -------------------------------------------------

WORDS = [""] * 6 + [h for hs in HEADERS.values() for h in hs] + TITLES + DEADLINES + PEOPLE + RESULTS + [
    "1", "1.1", "2.", "II", "1. Раздел", "рующих", "стимули-", "ФИО", "Должность", "2024", "Базовое значение", "УТВЕРЖДАЮ"]


@st.composite
def grids(draw):
    width = draw(st.integers(1, 7))
    height = draw(st.integers(1, 9))
    rows = [[draw(st.sampled_from(WORDS)) for _ in range(width)] for _ in range(height)]
    merges = []
    for _ in range(draw(st.integers(0, 3))):
        r0, c0 = draw(st.integers(0, height - 1)), draw(st.integers(0, width - 1))
        r1, c1 = draw(st.integers(r0, height - 1)), draw(st.integers(c0, width - 1))
        if all(not (a <= r1 and r0 <= b and c <= c1 and c0 <= d) for a, c, b, d in merges):
            merges.append((r0, c0, r1, c1))
    # A ragged row, as a Word table with a missing cell gives.
    if height > 1 and draw(st.booleans()):
        rows[-1] = rows[-1][: max(1, width - 1)]
    return rows, merges


@given(st.lists(grids(), min_size=1, max_size=3), st.lists(st.sampled_from(WORDS), max_size=3))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_grid_gives_a_roadmap_or_a_refusal(tables, paragraphs):
    blocks = [Paragraph(text) for text in paragraphs]
    for rows, merges in tables:
        width = max(len(r) for r in rows)
        grid = [[Cell(r[c] if c < len(r) else "", (i, c)) for c in range(len(r))] for i, r in enumerate(rows)]
        for r0, c0, r1, c1 in merges:
            for r in range(r0, r1 + 1):
                for c in range(c0, min(c1 + 1, len(grid[r]))):
                    grid[r][c] = Cell(rows[r0][c0] if c0 < len(rows[r0]) else "", (r0, c0))
        assert width >= 1
        blocks.append(Table(grid))
    try:
        found = detect(Document(blocks))
    except ImportRefused:
        return
    assert found.activities
    for activity in found.activities:
        assert activity.title or activity.number
