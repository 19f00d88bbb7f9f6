"""Word and Excel roadmaps become the neutral grid exactly as a person sees them: merges resolved, text in order."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date, datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from openpyxl.styles import Font

from app.roadmap_import.errors import ImportCancelled
from app.roadmap_import.grid import Paragraph, Table
from app.roadmap_import.readers import read_document
from app.roadmap_import.xlsx_grid import number_text
from tests.roadmap_files import WORD_MACRO_MAIN, anchors, p, tbl, tc, texts, tr, word_package

HEADER = ["№", "Мероприятие", "Срок", "Ответственный"]


def _word_roadmap(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("План мероприятий («дорожная карта»)", level=1)
    document.add_paragraph("Утверждён приказом № 15 от 01.02.2025")
    table = document.add_table(rows=5, cols=4)
    for column, title in enumerate(HEADER):
        table.cell(0, column).text = title
    table.cell(1, 0).merge(table.cell(1, 3)).text = "1. Кадровые условия"
    table.cell(2, 0).text = "1.1"
    table.cell(2, 1).text = "Курсы повышения квалификации"
    table.cell(2, 1).add_paragraph("для учителей математики")
    table.cell(2, 2).merge(table.cell(4, 2)).text = "до 01.09.2025"
    table.cell(2, 3).text = "Директор"
    table.cell(3, 0).text = "1.2"
    run = table.cell(3, 1).paragraphs[0].add_run("Семинар")
    run.add_break()
    table.cell(3, 1).paragraphs[0].add_run("  в онлайн-формате  ")
    table.cell(3, 3).text = "Заместитель директора"
    table.cell(4, 0).text = "1.3"
    table.cell(4, 1).text = "Методический день"
    document.add_paragraph("")
    document.add_paragraph("Продолжение таблицы")
    second = document.add_table(rows=2, cols=4)
    for column, value in enumerate(["2.1", "Открытые уроки", "IV квартал 2025", "Руководители МО"]):
        second.cell(0, column).text = value
    second.cell(1, 0).merge(second.cell(1, 1)).text = "Итого"
    second.cell(1, 2).merge(second.cell(1, 3))
    document.save(path)
    return path


def test_word_tables_merges_and_paragraphs_in_order(tmp_path):
    document = read_document(_word_roadmap(tmp_path / "карта.docx"))

    assert document.kind == "docx"
    assert document.source_name == "карта.docx"
    kinds = [type(block).__name__ for block in document.blocks]
    assert kinds == ["Paragraph", "Paragraph", "Table", "Paragraph", "Table"]
    assert document.blocks[0] == Paragraph("План мероприятий («дорожная карта»)", "Heading 1")
    assert document.blocks[1] == Paragraph("Утверждён приказом № 15 от 01.02.2025", "Normal")
    assert document.blocks[3] == Paragraph("Продолжение таблицы", "Normal")

    first, second = document.tables
    assert first.origin == "таблица 1" and second.origin == "таблица 2"
    section = "1. Кадровые условия"
    assert texts(first) == [
        HEADER,
        [section] * 4,
        ["1.1", "Курсы повышения квалификации\nдля учителей математики", "до 01.09.2025", "Директор"],
        ["1.2", "Семинар\nв онлайн-формате", "до 01.09.2025", "Заместитель директора"],
        ["1.3", "Методический день", "до 01.09.2025", ""],
    ]
    assert anchors(first) == [
        [(0, 0), (0, 1), (0, 2), (0, 3)],
        [(1, 0)] * 4,
        [(2, 0), (2, 1), (2, 2), (2, 3)],
        [(3, 0), (3, 1), (2, 2), (3, 3)],
        [(4, 0), (4, 1), (2, 2), (4, 3)],
    ]
    assert first.is_covered(1, 3) and first.is_covered(4, 2) and not first.is_covered(2, 2)
    assert texts(second) == [["2.1", "Открытые уроки", "IV квартал 2025", "Руководители МО"], ["Итого", "Итого", "", ""]]
    assert anchors(second)[1] == [(1, 0), (1, 0), (1, 2), (1, 2)]


def test_word_row_offsets_tracked_changes_content_controls_and_nested_tables(tmp_path):
    deleted = '<w:del w:id="1" w:author="А"><w:r><w:delText>старый срок</w:delText></w:r></w:del>'
    inserted = '<w:ins w:id="2" w:author="А"><w:r><w:t>новый срок</w:t></w:r></w:ins>'
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>служебная пометка</w:t></w:r>'
    nested = tbl(tr(tc("Этап 1"), tc("май")), tr(tc("Этап 2"), tc("июнь")))
    body = (
        p("Дорожная карта")
        + '<w:sdt><w:sdtPr/><w:sdtContent>'
        + tbl(
            tr(tc("№"), tc("Мероприятие"), tc("Срок")),
            # Shifted right by one grid column and ending one column early.
            tr(tc("Пусто слева"), properties='<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>'),
            tr(tc("1"), tc(f"<w:p><w:r><w:t>Проект</w:t></w:r>{hidden}<w:r><w:tab/><w:t>плана</w:t></w:r></w:p>"),
               tc(f"<w:p>{deleted}{inserted}</w:p>")),
            tr(tc("удалённая строка"), tc("x"), tc("y"), properties='<w:del w:id="3" w:author="А"/>'),
            # A short row: only two cells.
            tr(tc("2"), tc("<w:p/>" + nested)),
            '<w:sdt><w:sdtContent>' + tr(tc("3"), tc("Отчёт"), tc("декабрь")) + "</w:sdtContent></w:sdt>",
            tr(tc("4"), '<w:customXml w:element="x">' + tc("Итоги") + "</w:customXml>", tc("", '<w:hMerge/>')),
        )
        + "</w:sdtContent></w:sdt>"
        + "<w:p/>"
    )
    document = read_document(word_package(tmp_path / "правки.docx", body))

    assert [type(block) for block in document.blocks] == [Paragraph, Table]
    (table,) = document.tables
    assert texts(table) == [
        ["№", "Мероприятие", "Срок"],
        ["", "Пусто слева", ""],
        ["1", "Проект\tплана", "новый срок"],
        ["2", "Этап 1 май\nЭтап 2 июнь", ""],
        ["3", "Отчёт", "декабрь"],
        ["4", "Итоги", "Итоги"],
    ]
    assert anchors(table)[5] == [(5, 0), (5, 1), (5, 1)]
    assert anchors(table)[3] == [(3, 0), (3, 1), (3, 2)]


def test_word_without_tables_and_macro_document_named_oddly(tmp_path):
    letter = docx.Document()
    letter.add_paragraph("Письмо без таблиц")
    letter.save(tmp_path / "письмо.docx")
    document = read_document(tmp_path / "письмо.docx")
    assert document.tables == [] and document.blocks == [Paragraph("Письмо без таблиц", "Normal")]

    empty = docx.Document()
    empty.save(tmp_path / "пусто.docx")
    assert read_document(tmp_path / "пусто.docx").blocks == []

    # A .docm with a macro project, saved under a wrong extension: read by content, macros untouched.
    macro = word_package(
        tmp_path / "карта.txt",
        tbl(tr(tc("1.1"), tc("Мероприятие"))),
        main_type=WORD_MACRO_MAIN,
        extra={"word/vbaProject.bin": b"\x00" * 64},
    )
    document = read_document(macro)
    assert document.kind == "docx"
    assert texts(document.tables[0]) == [["1.1", "Мероприятие"]]


def _excel_roadmap(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    plan = workbook.active
    plan.title = "План"
    plan["A1"] = "Дорожная карта"
    plan.merge_cells("A1:E1")
    plan.append(["№", "Мероприятие", "Срок", "Доля", "Бюджет"])
    plan.append([1, "Курсы\nповышения квалификации", date(2025, 9, 1), 0.5, 2.5])
    plan.append([1.1, "Семинар", datetime(2025, 10, 15, 14, 30), 0.456, 1234.5])
    plan.append(["1.2", "  Методический день  ", "до 01.12.2025", True, 0.1 + 0.2])
    plan.merge_cells("B4:B5")
    plan["D3"].number_format = "0%"
    plan["D4"].number_format = "0.0%"
    plan["E3"].number_format = "0.00"
    plan["E4"].number_format = "#,##0.00"
    # Formatting and empty strings far away are not content: the table ends at E5.
    plan["H30"].font = Font(bold=True)
    plan["G12"] = ""

    reference = workbook.create_sheet("Справочник")
    reference["B2"] = "Ответственные"
    reference["B3"] = "Директор"
    hidden = workbook.create_sheet("Скрытый")
    hidden["A1"] = "служебные данные"
    hidden.sheet_state = "hidden"
    workbook.create_sheet("Пустой")
    workbook.save(path)
    return path


def test_excel_sheets_merges_and_values_as_shown(tmp_path):
    document = read_document(_excel_roadmap(tmp_path / "карта.xlsx"))

    assert document.kind == "xlsx"
    assert [table.origin for table in document.tables] == ["лист «План»", "лист «Справочник»"]
    plan, reference = document.tables
    assert texts(plan) == [
        ["Дорожная карта"] * 5,
        ["№", "Мероприятие", "Срок", "Доля", "Бюджет"],
        ["1", "Курсы\nповышения квалификации", "01.09.2025", "50%", "2.50"],
        ["1.1", "Семинар", "15.10.2025 14:30", "45.6%", "1234.50"],
        ["1.2", "Семинар", "до 01.12.2025", "ИСТИНА", "0.3"],
    ]
    assert anchors(plan)[0] == [(0, 0)] * 5
    assert anchors(plan)[4][:2] == [(4, 0), (3, 1)]
    assert plan.is_covered(4, 1) and not plan.is_covered(3, 1)
    # Leading empty rows and columns stay, so positions match the sheet.
    assert texts(reference) == [["", ""], ["", "Ответственные"], ["", "Директор"]]


def test_empty_workbook_gives_no_tables(tmp_path):
    openpyxl.Workbook().save(tmp_path / "пусто.xlsx")
    document = read_document(tmp_path / "пусто.xlsx")
    assert document.kind == "xlsx" and document.blocks == []


def test_workbook_is_recognised_by_content_not_name(tmp_path):
    source = _excel_roadmap(tmp_path / "карта.xlsx")
    misnamed = tmp_path / "карта.docx"
    shutil.copy(source, misnamed)
    assert read_document(misnamed).kind == "xlsx"


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (1.1, "General", "1.1"),
        (3.0, "General", "3"),
        (0.1 + 0.2, "General", "0.3"),
        (2.5, "0.00", "2.50"),
        (2.5, "0", "3"),
        (1.005, "0.00", "1.01"),
        (0.5, "0%", "50%"),
        (0.456, "0.0%", "45.6%"),
        (-1234.5, '#,##0.00;[Red]-#,##0.00', "-1234.50"),
        (7.0, '0" шт."', "7"),
        (1e-7, "General", "1e-07"),
    ],
)
def test_numbers_read_as_excel_shows_them(value, number_format, shown):
    assert number_text(value, number_format) == shown


def test_cancelling_stops_reading(tmp_path):
    word = _word_roadmap(tmp_path / "карта.docx")
    excel = _excel_roadmap(tmp_path / "карта.xlsx")
    for path in (word, excel):
        with pytest.raises(ImportCancelled):
            read_document(path, abort=lambda: True)


def test_reading_leaves_the_file_and_folder_untouched(tmp_path):
    word = _word_roadmap(tmp_path / "карта.docx")
    excel = _excel_roadmap(tmp_path / "карта.xlsx")
    before = {path.name: (path.stat().st_mtime_ns, path.read_bytes()) for path in tmp_path.iterdir()}
    read_document(word)
    read_document(excel)
    assert {path.name: (path.stat().st_mtime_ns, path.read_bytes()) for path in tmp_path.iterdir()} == before
    with zipfile.ZipFile(word) as archive:
        assert archive.testzip() is None


def _numbered(paragraph, number_id: int, level: int = 0) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{number_id}"/></w:numPr>'))


def test_word_list_numbers_are_read_as_shown(tmp_path):
    """The «№» column numbered by Word: the numbers exist only on screen, the reader writes them out."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = docx.Document()
    numbering = document.part.numbering_part.element

    def level(index: int, fmt: str, text: str, start: int = 1) -> str:
        return (f'<w:lvl w:ilvl="{index}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/></w:lvl>')

    definitions = {
        901: level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2."),
        902: level(0, "upperRoman", "%1.") + level(1, "russianLower", "%2)"),
        903: level(0, "bullet", "•"),
    }
    first_num = numbering.find(qn("w:num"))
    for key, levels in definitions.items():
        first_num.addprevious(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{key}">{levels}</w:abstractNum>'))
    for number_id, abstract, restart in ((91, 901, ""), (92, 901, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
                                         (93, 902, ""), (94, 903, "")):
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{number_id}"><w:abstractNumId w:val="{abstract}"/>'
                                   f"{restart}</w:num>"))
    table = document.add_table(rows=6, cols=2)
    for row, (number_id, lvl, title) in enumerate([(91, 0, "Кадры"), (91, 1, "Курсы"), (91, 1, "Семинар"), (91, 0, "Дети"),
                                                    (91, 1, "Консультации"), (94, 0, "")]):
        _numbered(table.cell(row, 0).paragraphs[0], number_id, lvl)
        table.cell(row, 1).text = title
    for number_id, lvl, text in [(92, 0, "Заново"), (93, 0, "Раздел"), (93, 1, "пункт"), (93, 0, "Ещё раздел"), (94, 0, "Пункт списка")]:
        _numbered(document.add_paragraph(text), number_id, lvl)
    document.add_paragraph("По стилю", style="List Number")
    path = tmp_path / "numbers.docx"
    document.save(path)

    blocks = read_document(path).blocks
    [grid] = [block for block in blocks if isinstance(block, Table)]
    assert [row[0] for row in texts(grid)] == ["1.", "1.1.", "1.2.", "2.", "2.1.", ""]
    assert [block.text for block in blocks if isinstance(block, Paragraph)] == [
        "1. Заново", "I. Раздел", "а) пункт", "II. Ещё раздел", "Пункт списка", "1. По стилю"]


@pytest.mark.parametrize(
    ("number_format", "shown"),
    [("MMMM YYYY", "март 2025"), ("[$-419]MMMM YYYY;@", "март 2025"), ('mmmm yyyy" г."', "март 2025 г."), ("mm.yyyy", "03.2025"),
     ("DD.MM.YYYY", "01.03.2025"), ("yyyy-mm-dd h:mm:ss", "01.03.2025"), ("mmm yy", "мар 25")],
)
def test_excel_dates_shown_as_their_format_shows_them(number_format, shown, tmp_path):
    """A deadline typed as a date and formatted as a month is a month, not its first day."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Срок", "Мероприятие"])
    sheet.append([datetime(2025, 3, 1), "Семинар"])
    sheet["A2"].number_format = number_format
    path = tmp_path / "даты.xlsx"
    workbook.save(path)
    [table] = read_document(path).blocks
    assert texts(table)[1][0] == shown
