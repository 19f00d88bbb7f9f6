"""Files that are not roadmaps, or are built to harm, are refused quickly with a message saying what to do.

Every case is a real file built here. Each is refused in process (the message is checked, nothing is
written next to it), and once more all together in a fresh process that prints the time each took
and checks the peak memory stays far below what a school computer has.
"""

from __future__ import annotations

import json
import random
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from app.roadmap_import import safety
from app.roadmap_import.errors import ImportRefused
from app.roadmap_import.readers import read_document
from tests.conftest import ROOT
from tests.roadmap_files import (
    excel_package,
    p,
    tbl,
    tc,
    text_row,
    texts,
    tr,
    word_package,
    word_xml,
)

OLD_WORD = "Файл в старом формате Word 97–2003 (.doc). Откройте его в Word или LibreOffice, сохраните в формате .docx и загрузите снова."
OLD_EXCEL = "Файл в старом формате Excel 97–2003 (.xls). Откройте его в Excel или LibreOffice, сохраните в формате .xlsx и загрузите снова."
DANGEROUS = "может быть опасен"
DAMAGED = "повреждён или сохранён не до конца"
NOT_OFFICE = "не похож на документ Word (.docx) или Excel (.xlsx)"
PEAK_MEMORY_MB = 300

BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 or "")) * 10}">' for i in range(1, 10))
    + "]>"
)


def _ole_file(path: Path, *stream_names: str) -> Path:
    """A compound-file look-alike: the OLE signature and directory entries with the given names."""
    header = bytearray(512)
    header[:8] = safety.OLE_MAGIC
    directory = bytearray()
    for name in ("Root Entry", *stream_names):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0"
        entry[: len(encoded)] = encoded
        struct.pack_into("<H", entry, 64, len(encoded))
        directory += entry
    # Text in the file that merely mentions a name does not count: only directory entries do.
    filler = "EncryptionInfo".encode("utf-16-le") + b"\0\0"
    path.write_bytes(bytes(header) + bytes(directory) + b"\x01" * 3 + filler + b"\0" * 1000)
    return path


def _patch_directory(path: Path, member: str, offset: int, fmt: str, value: int) -> Path:
    """Overwrite a field of a member's central-directory entry, as a crafted archive would."""
    data = bytearray(path.read_bytes())
    at = data.index(b"PK\x01\x02")
    while True:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_length].decode() == member:
            break
        at = data.index(b"PK\x01\x02", at + 4)
    struct.pack_into(fmt, data, at + offset, value)
    path.write_bytes(bytes(data))
    return path


def _zip(path: Path, members: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _zeros_member(path: Path, member: str, size: int) -> Path:
    """A docx with one extra part of `size` zero bytes, which deflate packs about a thousand times."""
    word_package(path, p("Текст"))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive, archive.open(member, "w") as part:
        block = b"\0" * (1024 * 1024)
        for _ in range(size // len(block)):
            part.write(block)
    return path


def _build_cases(folder: Path) -> dict[str, tuple[Path, str]]:
    """Case name → (file, a fragment of the expected message)."""
    rng = random.Random(7)
    cases: dict[str, tuple[Path, str]] = {}

    def case(name: str, path: Path, expected: str) -> None:
        cases[name] = (path, expected)

    case("missing file", folder / "нет такого.docx", "не найдены")
    (folder / "папка.docx").mkdir()
    case("folder", folder / "папка.docx", "это папка")
    (folder / "пустой.docx").write_bytes(b"")
    case("empty file", folder / "пустой.docx", "пустой (0 байт)")
    (folder / "шум.docx").write_bytes(rng.randbytes(50_000))
    case("random bytes", folder / "шум.docx", NOT_OFFICE)
    (folder / "план.csv").write_bytes("№;Мероприятие;Срок\n1;Семинар;май\n".encode("cp1251"))
    case("csv", folder / "план.csv", "простой текст (.csv или .txt)")
    (folder / "план.txt").write_text("1. Семинар — май\n", encoding="utf-8")
    case("txt", folder / "план.txt", "сохраните в формате .xlsx или .docx")
    (folder / "скан.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    case("pdf", folder / "скан.pdf", "это PDF")
    (folder / "выгрузка.xls").write_text("<html><body><table><tr><td>1</td></tr></table></body></html>", encoding="utf-8")
    case("html named .xls", folder / "выгрузка.xls", "веб-страница (HTML)")
    (folder / "план.rtf").write_bytes(b"{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'eb\\'e0\\'ed}")
    case("rtf", folder / "план.rtf", "в формате RTF")
    case("old .doc", _ole_file(folder / "план.doc", "WordDocument", "1Table"), OLD_WORD)
    case("old .doc named .docx", _ole_file(folder / "план2.docx", "WordDocument"), OLD_WORD)
    case("old .xls", _ole_file(folder / "план.xls", "Workbook"), OLD_EXCEL)
    case("password-protected .docx", _ole_file(folder / "секрет.docx", "EncryptionInfo", "EncryptedPackage"), "Файл защищён паролем. Снимите пароль")
    case("password-protected .xlsx", _ole_file(folder / "секрет.xlsx", "EncryptionInfo", "EncryptedPackage"), "Файл защищён паролем.")
    case("other old office file", _ole_file(folder / "презентация.ppt", "PowerPoint Document"), "старом формате Office 97–2003")
    case(
        "odt",
        _zip(folder / "план.odt", {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"},
             zipfile.ZIP_STORED),
        "OpenDocument (.odt). Откройте его в LibreOffice или Word, сохраните в формате .docx",
    )
    case(
        "ods",
        _zip(folder / "план.ods", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"},
             zipfile.ZIP_STORED),
        "OpenDocument (.ods). Откройте его в LibreOffice или Excel, сохраните в формате .xlsx",
    )
    case("plain zip archive", _zip(folder / "архив.docx", {"план.txt": "1. Семинар"}), NOT_OFFICE)
    xlsb_types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>'
    )
    case("xlsb", _zip(folder / "книга.xlsb", {"[Content_Types].xml": xlsb_types, "xl/workbook.bin": b"\0" * 10}), "(.xlsb)")

    case("billion laughs", word_package(folder / "смех.docx", document=word_xml(tbl(tr(tc("&lol9;"))), BILLION_LAUGHS)), DANGEROUS)
    xxe = '<!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    case("external entity", word_package(folder / "xxe.docx", document=word_xml(p("&secret;"), xxe)), DANGEROUS)
    case(
        "billion laughs in UTF-16",
        word_package(folder / "смех16.docx", document=word_xml(p("&lol9;"), BILLION_LAUGHS).replace("UTF-8", "UTF-16").encode("utf-16")),
        DANGEROUS,
    )
    bomb_strings = excel_package(folder / "строки.xlsx", {"Лист": text_row(1, "x")})
    with zipfile.ZipFile(bomb_strings, "a") as archive:
        archive.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?>{BILLION_LAUGHS}<sst><si><t>&lol9;</t></si></sst>')
    case("billion laughs in shared strings", bomb_strings, DANGEROUS)
    case(
        "entity in content types",
        _zip(folder / "типы.docx", {"[Content_Types].xml": f'<?xml version="1.0"?>{BILLION_LAUGHS}<Types>&lol9;</Types>'}),
        DANGEROUS,
    )
    case("zip bomb: huge part", _zeros_member(folder / "бомба.docx", "word/media/image1.png", 60 * 1024 * 1024), DANGEROUS)
    case("zip bomb: packed a thousandfold", _zeros_member(folder / "сжатие.docx", "word/filler.xml", 8 * 1024 * 1024), DANGEROUS)
    lying = _zeros_member(folder / "ложь.docx", "word/filler.xml", 20 * 1024 * 1024)
    case("zip bomb: part lies about its size", _patch_directory(lying, "word/filler.xml", 24, "<I", 1000), DAMAGED)
    case("bloated XML", word_package(folder / "текст.docx", p(rng.randbytes(10 * 1024 * 1024).hex())), "слишком большой для дорожной карты")
    many = folder / "части.docx"
    word_package(many, p("Текст"), extra={f"customXml/item{n}.bin": b"" for n in range(6_000)})
    case("too many parts", many, "частей в архиве: 6")
    encrypted = word_package(folder / "шифр.docx", p("Текст"))
    case("encrypted zip entries", _patch_directory(encrypted, "word/document.xml", 8, "<H", 0x1), "зашифрованы")

    rows = (text_row(n, f"{n}", "Строка выгрузки") for n in range(1, 100_001))
    case("100,000-row sheet", excel_package(folder / "выгрузка.xlsx", {"Выгрузка": rows}), "На листе «Выгрузка» файла «выгрузка.xlsx» больше 5")
    far = excel_package(folder / "далеко.xlsx", {"План": text_row(1, "1.1") + '<row r="900000"><c r="A900000" t="inlineStr"><is><t>x</t></is></c></row>'})
    case("one cell a million rows down", far, "На листе «План» файла «далеко.xlsx» больше 5")
    wide = excel_package(folder / "широко.xlsx", {"План": text_row(1, "1.1") + '<row r="4000"><c r="XFD4000" t="inlineStr"><is><t>x</t></is></c></row>'})
    case("one cell in the last column", wide, "ячеек таблиц")
    word_rows = "".join(tr(tc(str(n))) for n in range(25_000))
    case("25,000-row Word table", word_package(folder / "строки.docx", tbl(word_rows)), "больше 20")
    deep = "<w:sdt><w:sdtContent>" * 50_000 + p("x") + "</w:sdtContent></w:sdt>" * 50_000
    case("deeply nested XML", word_package(folder / "глубина.docx", deep), DAMAGED)
    case("malformed XML", word_package(folder / "обрыв.docx", document=word_xml(p("текст"))[:-30]), DAMAGED)
    real = folder / "настоящий.docx"
    docx.Document().save(real)
    half = folder / "половина.docx"
    half.write_bytes(real.read_bytes()[: real.stat().st_size // 2])
    case("truncated download", half, DAMAGED)
    return cases


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    return _build_cases(tmp_path_factory.mktemp("hostile"))


CASE_NAMES = [
    "missing file", "folder", "empty file", "random bytes", "csv", "txt", "pdf", "html named .xls", "rtf",
    "old .doc", "old .doc named .docx", "old .xls", "password-protected .docx", "password-protected .xlsx",
    "other old office file", "odt", "ods", "plain zip archive", "xlsb", "billion laughs", "external entity",
    "billion laughs in UTF-16", "billion laughs in shared strings", "entity in content types", "zip bomb: huge part",
    "zip bomb: packed a thousandfold", "zip bomb: part lies about its size", "bloated XML", "too many parts",
    "encrypted zip entries", "100,000-row sheet", "one cell a million rows down", "one cell in the last column",
    "25,000-row Word table", "deeply nested XML", "malformed XML", "truncated download",
]


def test_every_case_is_listed(hostile):
    assert sorted(hostile) == sorted(CASE_NAMES)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_refused_with_a_message_saying_what_to_do(hostile, name):
    path, expected = hostile[name]
    folder = path.parent
    before = sorted(folder.iterdir())
    with pytest.raises(ImportRefused) as refusal:
        read_document(path)
    assert expected in refusal.value.message
    assert "Traceback" not in refusal.value.message
    assert sorted(folder.iterdir()) == before


def test_old_word_message_is_exactly_the_one_people_see(hostile):
    with pytest.raises(ImportRefused) as refusal:
        read_document(hostile["old .doc"][0])
    assert refusal.value.message == OLD_WORD


def test_total_unpacked_size_is_capped(tmp_path, monkeypatch):
    # Reaching the real 120 MB cap needs a 120 MB file; the check itself is the same at any size.
    monkeypatch.setattr(safety, "MAX_TOTAL_BYTES", 1024 * 1024)
    rng = random.Random(3)
    path = word_package(tmp_path / "много.docx", p("Текст"), extra={f"word/media/image{n}.png": rng.randbytes(400_000) for n in range(3)})
    with pytest.raises(ImportRefused) as refusal:
        read_document(path)
    assert "файл занял бы" in refusal.value.message


@pytest.mark.parametrize(("rows", "accepted"), [(5_000, True), (5_001, False)])
def test_sheet_row_limit_is_exact_across_read_chunks(tmp_path, monkeypatch, rows, accepted):
    # Small chunks put many row tags across chunk boundaries; none may be lost or counted twice.
    monkeypatch.setattr(safety, "CHUNK", 4096)
    path = excel_package(tmp_path / "план.xlsx", {"План": (text_row(n, f"{n}", "Мероприятие") for n in range(1, rows + 1))})
    if accepted:
        (table,) = read_document(path).tables
        assert table.height == rows and texts(table)[-1] == [str(rows), "Мероприятие"]
    else:
        with pytest.raises(ImportRefused, match="На листе «План»"):
            read_document(path)


def test_odd_but_harmless_files_are_read(tmp_path):
    # A span far wider than Word allows is clipped, not blown up into a million cells.
    wide = word_package(tmp_path / "ширина.docx", tbl(tr(tc("раздел", '<w:gridSpan w:val="1000000"/>')), tr(tc("1"), tc("2"))))
    (table,) = read_document(wide).tables
    assert table.width == 128 and table.rows[0][127].text == "раздел" and texts(table)[1][:3] == ["1", "2", ""]
    # An SVG picture may carry a DOCTYPE; pictures are never parsed, so the document is fine.
    svg = '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd"><svg/>'
    picture = word_package(tmp_path / "рисунок.docx", tbl(tr(tc("1.1"))), extra={"word/media/image1.svg": svg})
    assert texts(read_document(picture).tables[0]) == [["1.1"]]


# Peak memory is read from /proc (VmHWM), which, unlike ru_maxrss, does not carry over the pytest
# process's own peak into the child, and can be reset before each case (clear_refs "5").
MEASURE = """
import gc, json, re, sys, time
from pathlib import Path
from app.roadmap_import.errors import ImportRefused
from app.roadmap_import.readers import read_document

def peak_mb():
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) / 1024

cases = json.loads(sys.argv[1])
results = {"baseline_mb": peak_mb(), "cases": {}}
for name, path in cases.items():
    gc.collect()
    Path("/proc/self/clear_refs").write_text("5")
    started = time.perf_counter()
    try:
        read_document(Path(path))
        outcome = "read"
    except ImportRefused as refusal:
        outcome = refusal.message
    results["cases"][name] = {"seconds": time.perf_counter() - started, "outcome": outcome, "peak_mb": peak_mb()}
print(json.dumps(results))
"""


def test_all_refusals_are_quick_and_light_in_a_fresh_process(hostile):
    if not Path("/proc/self/clear_refs").exists():
        pytest.skip("peak memory is measured through Linux /proc")
    paths = {name: str(path) for name, (path, _expected) in hostile.items()}
    completed = subprocess.run(
        [sys.executable, "-c", MEASURE, json.dumps(paths)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert completed.returncode == 0, completed.stderr
    results = json.loads(completed.stdout)
    print(f"\nbaseline after imports: {results['baseline_mb']:.0f} MB")
    for name, result in results["cases"].items():
        print(f"{name:40} {result['seconds']:6.2f} s   peak {result['peak_mb']:5.0f} MB")
        assert hostile[name][1] in result["outcome"], name
    assert max(result["peak_mb"] for result in results["cases"].values()) < PEAK_MEMORY_MB
