"""Building Word and Excel files for the roadmap reader tests, including hand-written XML packages.

python-docx and openpyxl make the files a district would send; `word_package`/`excel_package` write
the zip by hand when a test needs XML those libraries cannot produce (tracked changes, content
controls, hostile constructs, a 100,000-row sheet written in a blink).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

from openpyxl.utils import get_column_letter

from app.roadmap_import.grid import Table

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row] for row in table.rows]


def anchors(table: Table) -> list[list[tuple[int, int]]]:
    return [[cell.anchor for cell in row] for row in table.rows]


def _content_types(overrides: dict[str, str]) -> str:
    entries = "".join(f'<Override PartName="/{name}" ContentType="{kind}"/>' for name, kind in overrides.items())
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="svg" ContentType="image/svg+xml"/>'
        f"{entries}</Types>"
    )


def _relationships(targets: dict[str, tuple[str, str]]) -> str:
    entries = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, (kind, target) in targets.items())
    return f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{entries}</Relationships>'


def word_xml(body: str, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )


def word_package(path: Path, body: str = "", *, document: str | bytes | None = None,
                 main_type: str = WORD_MAIN, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal .docx whose body is `body` (WordprocessingML), or whose document.xml is `document` verbatim."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _content_types({"word/document.xml": main_type}))
        archive.writestr("_rels/.rels", _relationships({"rId1": (OFFICE_DOCUMENT, "word/document.xml")}))
        archive.writestr("word/document.xml", word_xml(body) if document is None else document)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def p(text: str = "", style: str = "") -> str:
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{properties}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def tc(content: str = "", properties: str = "") -> str:
    inner = content if content.startswith("<") else p(content)
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{inner}</w:tc>"


def tr(*cells: str, properties: str = "") -> str:
    return f"<w:tr><w:trPr>{properties}</w:trPr>{''.join(cells)}</w:tr>"


def tbl(*rows: str) -> str:
    return f"<w:tbl><w:tblPr/>{''.join(rows)}</w:tbl>"


def excel_package(path: Path, sheets: dict[str, Iterable[str] | str]) -> Path:
    """A minimal .xlsx; each sheet is its <sheetData> content, given whole or as row strings streamed to the zip."""
    overrides = {"xl/workbook.xml": EXCEL_MAIN}
    overrides.update({f"xl/worksheets/sheet{n}.xml": WORKSHEET for n in range(1, len(sheets) + 1)})
    entries = "".join(f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>' for n, name in enumerate(sheets, 1))
    rels = {f"rId{n}": (f"{REL_NS}/worksheet", f"worksheets/sheet{n}.xml") for n in range(1, len(sheets) + 1)}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _content_types(overrides))
        archive.writestr("_rels/.rels", _relationships({"rId1": (OFFICE_DOCUMENT, "xl/workbook.xml")}))
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{SHEET_NS}" xmlns:r="{REL_NS}"><sheets>{entries}</sheets></workbook>',
        )
        archive.writestr("xl/_rels/workbook.xml.rels", _relationships(rels))
        for n, rows in enumerate(sheets.values(), 1):
            with archive.open(f"xl/worksheets/sheet{n}.xml", "w") as sheet:
                sheet.write(f'<worksheet xmlns="{SHEET_NS}"><sheetData>'.encode())
                for row in [rows] if isinstance(rows, str) else rows:
                    sheet.write(row.encode())
                sheet.write(b"</sheetData></worksheet>")
    return path


def text_row(number: int, *values: str) -> str:
    """One <row> of inline strings in columns A, B, …"""
    cells = "".join(
        f'<c r="{get_column_letter(index)}{number}" t="inlineStr"><is><t>{value}</t></is></c>'
        for index, value in enumerate(values, 1)
    )
    return f'<row r="{number}">{cells}</row>'
