"""Refusing, before any parser sees it, a file that is not a Word/Excel document or could harm the computer.

A roadmap arrives by e-mail from anywhere, so the file is judged by its content, not its name: old
binary Office files, password-protected ones, OpenDocument, PDF, web pages and plain text each get a
message saying how to save the file so that it can be read. A .docx/.xlsx is a zip of XML parts; it
is refused when its zip directory or parts are far larger than any real roadmap needs (zip bombs,
100,000-row sheets) or when a part declares a DTD, which Word and Excel never write and which XML
bombs and external-entity attacks rely on. All checks read the file in small chunks and write
nothing, so even a hostile file is refused in well under a second with little memory.
"""

from __future__ import annotations

import codecs
import errno
import os
import posixpath
import re
import stat
import struct
import zipfile
from pathlib import Path, PurePosixPath
from typing import BinaryIO
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeTree
from defusedxml import DefusedXmlException

from app.attachments import display_name
from app.errors import from_os_error
from app.i18n import fill, translate
from app.roadmap_import.errors import ImportRefused

MB = 1024 * 1024
MAX_FILE_BYTES = 100 * MB
# The zip directory alone: a real document has a few dozen parts; thousands of entries mean an attack.
MAX_DIRECTORY_BYTES = 4 * MB
MAX_MEMBERS = 5_000
# Unpacked sizes: any one part (a picture, an embedded file), all parts together (python-docx keeps
# every part in memory), and the XML the parsers build trees from (a tree takes about ten times
# its text; a real roadmap's XML is a few megabytes).
MAX_PART_BYTES = 50 * MB
MAX_TOTAL_BYTES = 120 * MB
MAX_XML_BYTES = 16 * MB
# Deflate cannot do much better than 1:1000; XML of real documents packs 1:10 to 1:100.
MAX_RATIO = 500
RATIO_CHECKED_FROM = 2 * MB
# A roadmap has at most a few thousand rows; a workbook sheet or a document beyond these is something else.
MAX_SHEET_ROWS = 5_000
MAX_CELLS = 100_000
MAX_DOCUMENT_ROWS = 20_000

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK"
CHUNK = 1 * MB

WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
EXCEL_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
}
EXCEL_BINARY_TYPE = "application/vnd.ms-excel.sheet.binary.macroEnabled.main"
WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CONTENT_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RELATIONSHIPS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
OFFICE_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

# Any DTD is refused: it is how entity-expansion bombs and external-entity reads start.
DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
# Tags are matched with any namespace prefix; a match is never longer than TAG_WINDOW bytes.
ROW_TAG = re.compile(rb"<(?:\w{1,20}:)?row[\s/>]")
CELL_TAG = re.compile(rb"<(?:\w{1,20}:)?c[\s/>]")
WORD_ROW_TAG = re.compile(rb"<(?:\w{1,20}:)?tr[\s/>]")
TAG_WINDOW = 64


def refused(template: str, *values: object, details: str = "") -> ImportRefused:
    return ImportRefused(fill(template, *values), details=details)


def open_source(path: Path) -> BinaryIO:
    """The file opened for reading, or a refusal saying why it cannot be read (missing, a folder, a device)."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            raise refused(
                translate("RoadmapImport", "%1 — не обычный файл (устройство или канал). Выберите файл Word (.docx) или Excel (.xlsx)."),
                path,
            )
        return path.open("rb")
    except OSError as error:
        problem = from_os_error(error, path)
        raise ImportRefused(problem.message, details=problem.details) from error


def inspect(stream: BinaryIO, path: Path) -> str:
    """"docx" or "xlsx" by the file's content; refuses anything else, and anything hostile."""
    name = display_name(path)
    size = os.fstat(stream.fileno()).st_size
    if size == 0:
        raise refused(
            translate("RoadmapImport", "Файл «%1» пустой (0 байт) — вероятно, он не сохранился до конца. Откройте дорожную карту в Word или Excel, сохраните её заново и загрузите снова."),
            name,
        )
    if size > MAX_FILE_BYTES:
        raise refused(
            translate("RoadmapImport", "Файл «%1» больше 100 МБ — для дорожной карты это слишком много. Сохраните в отдельный файл только дорожную карту (без картинок и приложений) и загрузите его."),
            name,
        )
    head = stream.read(4096)
    if head.startswith(OLE_MAGIC):
        raise _old_office_refusal(stream, path)
    if not head.startswith(ZIP_MAGIC):
        raise _not_office_refusal(head, path, name)
    return _inspect_package(stream, size, name)


# --- Binary Office 97–2003 files (OLE compound files) ---

WORD_STREAM = "WordDocument".encode("utf-16-le") + b"\0\0"
BOOK_STREAMS = ("Workbook".encode("utf-16-le") + b"\0\0", "Book".encode("utf-16-le") + b"\0\0")
ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le") + b"\0\0"
# OLE directory entries are 128-byte records, each starting with its UTF-16 name, at 128-byte offsets.
OLE_ENTRY = 128


def _ole_streams(stream: BinaryIO) -> set[bytes]:
    """Which of the names we look for head a directory entry of the compound file."""
    wanted = (WORD_STREAM, *BOOK_STREAMS, ENCRYPTION_STREAM)
    found: set[bytes] = set()
    stream.seek(0)
    offset = 0
    # CHUNK is a multiple of 128, so no directory entry straddles two chunks.
    while chunk := stream.read(CHUNK):
        for name in wanted:
            at = chunk.find(name)
            while at >= 0:
                if (offset + at) % OLE_ENTRY == 0:
                    found.add(name)
                    break
                at = chunk.find(name, at + 1)
        offset += len(chunk)
    return found


def _old_office_refusal(stream: BinaryIO, path: Path) -> ImportRefused:
    streams = _ole_streams(stream)
    suffix = path.suffix.lower()
    if ENCRYPTION_STREAM in streams:
        # Word and Excel 2007+ put a password-protected .docx/.xlsx into a compound file.
        return refused(
            translate("RoadmapImport", "Файл защищён паролем. Снимите пароль (в Word или Excel: «Файл» → «Сведения» → «Защитить документ» → «Зашифровать с использованием пароля», сотрите пароль и нажмите «ОК»), сохраните файл и загрузите снова.")
        )
    if WORD_STREAM in streams or (not streams and suffix in (".doc", ".dot")):
        return refused(
            translate("RoadmapImport", "Файл в старом формате Word 97–2003 (.doc). Откройте его в Word или LibreOffice, сохраните в формате .docx и загрузите снова.")
        )
    if any(name in streams for name in BOOK_STREAMS) or suffix in (".xls", ".xlt"):
        return refused(
            translate("RoadmapImport", "Файл в старом формате Excel 97–2003 (.xls). Откройте его в Excel или LibreOffice, сохраните в формате .xlsx и загрузите снова.")
        )
    return refused(
        translate("RoadmapImport", "Файл в старом формате Office 97–2003. Откройте его в Word или Excel, сохраните в формате .docx или .xlsx и загрузите снова.")
    )


# --- Files that are not zip packages at all ---


def _not_office_refusal(head: bytes, path: Path, name: str) -> ImportRefused:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"%pdf"):
        return refused(
            translate("RoadmapImport", "Файл «%1» — это PDF, из него нельзя надёжно прочитать таблицу. Найдите исходный файл дорожной карты в Word или Excel (.docx или .xlsx) и загрузите его."),
            name,
        )
    if start.startswith(b"{\\rtf"):
        return refused(
            translate("RoadmapImport", "Файл «%1» в формате RTF. Откройте его в Word или LibreOffice, сохраните в формате .docx и загрузите снова."),
            name,
        )
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start[:1024] or start.startswith(b"mime-version"):
        return refused(
            translate("RoadmapImport", "Файл «%1» — это веб-страница (HTML), хотя может называться .doc или .xls. Откройте его в Word или Excel, сохраните в формате .docx или .xlsx и загрузите снова."),
            name,
        )
    if start.startswith(b"<?xml"):
        return refused(
            translate("RoadmapImport", "Файл «%1» в формате XML 2003 года. Откройте его в Word или Excel, сохраните в формате .docx или .xlsx и загрузите снова."),
            name,
        )
    if path.suffix.lower() in (".csv", ".txt", ".tsv") or all(byte >= 0x20 or byte in b"\t\r\n" for byte in head):
        return refused(
            translate("RoadmapImport", "Файл «%1» — простой текст (.csv или .txt), в нём нет оформленной таблицы. Откройте его в Excel или Word, сохраните в формате .xlsx или .docx и загрузите снова."),
            name,
        )
    return _not_a_document(name)


def _not_a_document(name: str) -> ImportRefused:
    return refused(
        translate("RoadmapImport", "Файл «%1» не похож на документ Word (.docx) или Excel (.xlsx). Откройте дорожную карту в Word или Excel, сохраните её в формате .docx или .xlsx и загрузите снова."),
        name,
    )


def _damaged(name: str, error: BaseException | None = None) -> ImportRefused:
    return refused(
        translate("RoadmapImport", "Файл «%1» повреждён или сохранён не до конца, прочитать его не удалось. Откройте его в Word или Excel; если он откроется — сохраните заново и загрузите снова."),
        name,
        details=repr(error) if error else "",
    )


def _hostile(name: str, reason: str) -> ImportRefused:
    return refused(
        translate("RoadmapImport", "Файл «%1» устроен не так, как документы Word и Excel, и может быть опасен (%2). Ориентир не стал его открывать. Если файл ваш, откройте его в Word или Excel, сохраните заново и загрузите снова."),
        name,
        reason,
    )


def damaged(path: Path, error: BaseException) -> ImportRefused:
    """The refusal for a file a parser could not read after it passed the checks here."""
    return _damaged(display_name(path), error)


# --- Zip packages: .docx/.xlsx, and also .odt/.ods, .xlsb and plain archives ---


def _directory_size(stream: BinaryIO, size: int, name: str) -> tuple[int, int]:
    """Entries and bytes of the zip's central directory, read from its end records before zipfile loads it."""
    tail_size = min(size, 22 + 65535)
    stream.seek(size - tail_size)
    tail = stream.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise _damaged(name)
    entries, directory = struct.unpack("<HI", tail[at + 10 : at + 16])
    if entries == 0xFFFF or directory == 0xFFFFFFFF:
        # Zip64: the real figures are in a second end record the locator before this one points at.
        locator = tail[at - 20 : at] if at >= 20 else b""
        if not locator.startswith(b"PK\x06\x07"):
            raise _damaged(name)
        (record_at,) = struct.unpack("<Q", locator[8:16])
        stream.seek(record_at)
        record = stream.read(56)
        if len(record) < 56 or not record.startswith(b"PK\x06\x06"):
            raise _damaged(name)
        entries, directory = struct.unpack("<QQ", record[32:48])
    return entries, directory


def _inspect_package(stream: BinaryIO, size: int, name: str) -> str:
    entries, directory = _directory_size(stream, size, name)
    if entries > MAX_MEMBERS or directory > MAX_DIRECTORY_BYTES:
        raise _hostile(name, fill(translate("RoadmapImport", "частей в архиве: %1"), entries))
    try:
        stream.seek(0)
        with zipfile.ZipFile(stream) as archive:
            members = archive.infolist()
            _check_sizes(members, name)
            return _inspect_parts(archive, members, name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError, ParseError) as error:
        raise _damaged(name, error) from error
    except DefusedXmlException as error:
        raise _hostile(name, translate("RoadmapImport", "описание типов документа")) from error


def _check_sizes(members: list[zipfile.ZipInfo], name: str) -> None:
    if any(member.flag_bits & 0x1 for member in members):
        raise refused(
            translate("RoadmapImport", "Части файла «%1» зашифрованы. Снимите пароль в Word или Excel, сохраните файл и загрузите снова."),
            name,
        )
    for member in members:
        too_packed = member.file_size > RATIO_CHECKED_FROM and member.file_size > MAX_RATIO * max(member.compress_size, 1)
        if member.file_size > MAX_PART_BYTES or too_packed:
            raise _hostile(
                name,
                fill(translate("RoadmapImport", "при распаковке часть «%1» заняла бы %2 МБ"), member.filename, member.file_size // MB),
            )
    total = sum(member.file_size for member in members)
    if total > MAX_TOTAL_BYTES:
        raise _hostile(name, fill(translate("RoadmapImport", "при распаковке файл занял бы %1 МБ"), total // MB))


def _content_types(archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], name: str) -> dict[str, str]:
    """Each member's content type (from the package's [Content_Types].xml), keyed by lower-cased member name."""
    listing = by_name.get("[content_types].xml")
    if listing is None:
        raise _not_a_document(name)
    # Read before the XML total is known; a real list is a few kilobytes.
    if listing.file_size > MB:
        raise _hostile(name, fill(translate("RoadmapImport", "при распаковке часть «%1» заняла бы %2 МБ"), listing.filename, listing.file_size // MB))
    _scan(archive, listing, name)
    root = _parse(archive, listing)
    defaults = {
        node.get("Extension", "").lower(): node.get("ContentType", "")
        for node in root.iter(f"{CONTENT_TYPES_NS}Default")
    }
    overrides = {
        node.get("PartName", "").lstrip("/").lower(): node.get("ContentType", "")
        for node in root.iter(f"{CONTENT_TYPES_NS}Override")
    }
    return {
        member.filename.lower(): overrides.get(member.filename.lower())
        or defaults.get(PurePosixPath(member.filename.lower()).suffix.lstrip("."), "")
        for member in archive.infolist()
    }


def _inspect_parts(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], name: str) -> str:
    # For looking parts up by name; the checks below go through every member, so that a second
    # member with the same name in another letter case cannot slip past them.
    by_name = {member.filename.lower(): member for member in members if not member.is_dir()}
    mimetype = by_name.get("mimetype")
    if mimetype is not None and mimetype.file_size < 200:
        kind = archive.read(mimetype)
        if kind.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
            raise refused(
                translate("RoadmapImport", "Файл «%1» в формате OpenDocument (.ods). Откройте его в LibreOffice или Excel, сохраните в формате .xlsx и загрузите снова."),
                name,
            )
        if kind.startswith(b"application/vnd.oasis.opendocument"):
            raise refused(
                translate("RoadmapImport", "Файл «%1» в формате OpenDocument (.odt). Откройте его в LibreOffice или Word, сохраните в формате .docx и загрузите снова."),
                name,
            )
    types = _content_types(archive, by_name, name)
    parsed = [member for member in members if _is_parsed_xml(member.filename.lower(), types[member.filename.lower()])]
    xml_bytes = sum(member.file_size for member in parsed)
    if xml_bytes > MAX_XML_BYTES:
        raise refused(
            translate("RoadmapImport", "Файл «%1» слишком большой для дорожной карты: без сжатия его текст занимает %2 МБ. Оставьте в файле только дорожную карту (без других таблиц и приложений) и загрузите снова."),
            name,
            xml_bytes // MB,
        )
    main_types = set(types.values())
    if EXCEL_BINARY_TYPE in main_types:
        raise refused(
            translate("RoadmapImport", "Файл «%1» — двоичная книга Excel (.xlsb). Откройте его в Excel, сохраните в формате .xlsx и загрузите снова."),
            name,
        )
    if not main_types & (WORD_MAIN_TYPES | EXCEL_MAIN_TYPES):
        raise _not_a_document(name)
    cells = 0
    for member in parsed:
        content_type = types[member.filename.lower()]
        if content_type == WORKSHEET_TYPE:
            rows, sheet_cells = _scan(archive, member, name, ((ROW_TAG, MAX_SHEET_ROWS), (CELL_TAG, MAX_CELLS)))
            if rows > MAX_SHEET_ROWS:
                raise too_many_sheet_rows(name, _sheet_name(archive, by_name, types, member.filename.lower(), name))
            cells += sheet_cells
            if cells > MAX_CELLS:
                raise too_many_cells(name)
        elif content_type in WORD_MAIN_TYPES:
            (rows,) = _scan(archive, member, name, ((WORD_ROW_TAG, MAX_DOCUMENT_ROWS),))
            if rows > MAX_DOCUMENT_ROWS:
                raise _too_many_document_rows(name)
        else:
            _scan(archive, member, name)
    return "docx" if main_types & WORD_MAIN_TYPES else "xlsx"


def _is_parsed_xml(key: str, content_type: str) -> bool:
    """Whether the readers may parse this member as XML (images such as SVG are never parsed)."""
    if content_type.startswith("image/") or key.endswith("/"):
        return False
    return "xml" in content_type or key.endswith((".xml", ".rels", ".vml"))


def _too_many_document_rows(name: str) -> ImportRefused:
    return refused(
        translate("RoadmapImport", "В таблицах файла «%1» больше %2 строк — для дорожной карты это слишком много. Оставьте в файле только дорожную карту и загрузите снова."),
        name,
        _number(MAX_DOCUMENT_ROWS),
    )


def too_many_sheet_rows(name: str, sheet: str) -> ImportRefused:
    """Refusal for a sheet longer than any roadmap (also used by the reader, which sees the real extent)."""
    return refused(
        translate("RoadmapImport", "На листе «%1» файла «%2» больше %3 строк — дорожная карта столько не занимает, похоже, это другая таблица. Оставьте в файле только лист с дорожной картой и загрузите снова."),
        sheet,
        name,
        _number(MAX_SHEET_ROWS),
    )


def too_many_cells(name: str) -> ImportRefused:
    """Refusal for tables with more cells than a roadmap could have (a memory guard for both readers)."""
    return refused(
        translate("RoadmapImport", "В файле «%1» больше %2 ячеек таблиц — для дорожной карты это слишком много. Оставьте в файле только дорожную карту и загрузите снова."),
        name,
        _number(MAX_CELLS),
    )


def _number(value: int) -> str:
    """A count as Russians write it: 20 000."""
    return f"{value:,}".replace(",", "\u00a0")


def _scan(
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    name: str,
    counted: tuple[tuple[re.Pattern[bytes], int], ...] = (),
) -> list[int]:
    """Stream one part: refuse a DTD, and count the given tags, stopping early once a count passes its limit.

    UTF-16 parts are turned into UTF-8 first so neither check can be dodged by the encoding.
    """
    counts = [0] * len(counted)
    pending = b""
    with archive.open(member) as part:
        chunk = part.read(CHUNK)
        decoder = _utf16_decoder(chunk)
        while chunk:
            if decoder is not None:
                chunk = decoder.decode(chunk).encode("utf-8")
            buffer = pending + chunk
            if any(marker in buffer for marker in DTD_MARKERS):
                raise _hostile(name, fill(translate("RoadmapImport", "в части «%1» объявлены сущности XML"), member.filename))
            # Tags starting in the last TAG_WINDOW bytes may be cut; they are counted with the next chunk.
            settled = max(len(buffer) - TAG_WINDOW, 0)
            for index, (pattern, _limit) in enumerate(counted):
                counts[index] += sum(1 for match in pattern.finditer(buffer) if match.start() < settled)
            if any(count > limit for count, (_pattern, limit) in zip(counts, counted)):
                return counts
            pending = buffer[settled:]
            chunk = part.read(CHUNK)
    for index, (pattern, _limit) in enumerate(counted):
        counts[index] += sum(1 for _ in pattern.finditer(pending))
    return counts


def _utf16_decoder(start: bytes) -> codecs.IncrementalDecoder | None:
    """A decoder for a part written in UTF-16 (by its byte-order mark or its first "<?"), else None."""
    if not start.startswith((b"\xff\xfe", b"\xfe\xff", b"<\0?\0", b"\0<\0?")):
        return None
    big_endian = start.startswith((b"\xfe\xff", b"\0<"))
    return codecs.getincrementaldecoder("utf-16-be" if big_endian else "utf-16-le")()


def _parse(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> Element:
    # defusedxml refuses DTDs and entities itself too; _scan has already refused them with a clearer message.
    return SafeTree.fromstring(archive.read(member))


def _sheet_name(
    archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], types: dict[str, str], sheet_key: str, name: str
) -> str:
    """The workbook's name for a worksheet part, for the message; the part's own name if the workbook does not say."""
    workbook_key = next((key for key, kind in types.items() if kind in EXCEL_MAIN_TYPES), "")
    folder = PurePosixPath(workbook_key).parent
    rels = by_name.get(f"{folder}/_rels/{PurePosixPath(workbook_key).name}.rels")
    workbook = by_name.get(workbook_key)
    fallback = PurePosixPath(sheet_key).stem
    if rels is None or workbook is None:
        return fallback
    for part in (rels, workbook):
        _scan(archive, part, name)
    targets = {}
    for node in _parse(archive, rels).iter(f"{RELATIONSHIPS_NS}Relationship"):
        target = node.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"{folder}/{target}")
        targets[node.get("Id")] = path.lower()
    for sheet in _parse(archive, workbook).iter(f"{SHEET_NS}sheet"):
        if targets.get(sheet.get(f"{OFFICE_REL_NS}id")) == sheet_key:
            return sheet.get("name", fallback)
    return fallback
