"""The shipped fonts: reports embed them and keep Russian text intact; the window has them on a bare PC."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.fonts import (
    FONT_FAMILIES,
    REPORT_SANS,
    REPORT_SERIF,
    STYLES,
    missing_font_files,
    register_reportlab_fonts,
    reportlab_name,
)
from app.paths import resource_path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Every letter of the Russian alphabet (ё included) and the signs official documents use.
PANGRAM = "Съешь же ещё этих мягких французских булок, да выпей чаю: № 7, «ЁЖ» — ЪЫЬЭЮЯ"
MARKUP = ("{}", "<b>{}</b>", "<i>{}</i>", "<b><i>{}</i></b>")  # regular, bold, italic, bold italic
PDF_TOOLS_MISSING = shutil.which("pdffonts") is None or shutil.which("pdftotext") is None


def test_every_font_file_and_licence_is_shipped():
    assert missing_font_files() == []
    for files in FONT_FAMILIES.values():
        for path in files.values():
            assert path.read_bytes()[:4] == b"\x00\x01\x00\x00", f"{path.name} is not TrueType"
    licences = {p.name for p in resource_path("fonts", "LICENSES").iterdir()}
    assert {"fonts-paratype-copyright.txt", "fonts-liberation2-copyright.txt"} <= licences
    assert {REPORT_SERIF, REPORT_SANS} <= set(FONT_FAMILIES)


def test_registering_twice_gives_the_same_fonts():
    assert register_reportlab_fonts() == register_reportlab_fonts()
    assert set(register_reportlab_fonts()) == set(FONT_FAMILIES)


def _build_pdf(path: Path) -> None:
    """A page with the pangram once per family and style, picked by `<b>`/`<i>` as reports do."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    fonts = register_reportlab_fonts()
    story = []
    for family, font_name in fonts.items():
        style = ParagraphStyle(family, fontName=font_name, fontSize=10, leading=16)
        story += [Paragraph(markup.format(PANGRAM), style) for markup in MARKUP]
    # Without initialFontName reportlab also lists Helvetica, unembedded, although no text uses it.
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=30, rightMargin=30, initialFontName=fonts[REPORT_SERIF])
    doc.build(story)


def _pdffonts(path: Path) -> dict[str, str]:
    """Font name (without the subset prefix) → the «emb» column of `pdffonts`."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    header, dashes, *rows = out.splitlines()
    spans, start = [], 0
    for dash in dashes.split(" "):
        spans.append((start, start + len(dash)))
        start += len(dash) + 1
    columns = [header[a:b].strip() for a, b in spans]
    name_at, emb_at = spans[columns.index("name")], spans[columns.index("emb")]
    return {row[slice(*name_at)].strip().split("+")[-1]: row[slice(*emb_at)].strip() for row in rows}


@pytest.mark.skipif(PDF_TOOLS_MISSING, reason="poppler-utils (pdffonts, pdftotext) is not installed")
def test_pdf_embeds_every_font_and_keeps_the_russian_text(tmp_path):
    from reportlab.pdfbase import pdfmetrics

    pdf = tmp_path / "fonts.pdf"
    _build_pdf(pdf)

    embedded = _pdffonts(pdf)
    expected_fonts = {
        pdfmetrics.getFont(reportlab_name(family, style)).face.name.decode()
        for family in FONT_FAMILIES
        for style in STYLES
    }
    assert len(expected_fonts) == len(FONT_FAMILIES) * len(STYLES)
    assert embedded == {font: "yes" for font in expected_fonts}

    pdftotext = ["pdftotext", "-enc", "UTF-8", str(pdf), "-"]
    text = subprocess.run(pdftotext, check=True, capture_output=True, text=True, encoding="utf-8").stdout
    assert [line for line in text.replace("\f", "\n").splitlines() if line] == [PANGRAM] * len(expected_fonts)


def test_qt_knows_the_shipped_families(qapp):
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

    from ui.fonts import UI_FAMILY, register_qt_fonts

    families = register_qt_fonts()

    assert sorted(families) == sorted(FONT_FAMILIES)
    assert register_qt_fonts() == families
    known = QFontDatabase.families()
    for family in families:
        assert family in known
        assert {"Regular", "Bold", "Italic", "Bold Italic"} <= set(QFontDatabase.styles(family))
    assert QFontInfo(QFont(UI_FAMILY)).family() == UI_FAMILY


BARE_MACHINE_SCRIPT = """
import json
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication
from ui.fonts import UI_FAMILY, register_qt_fonts
app = QGuiApplication([])
before = QFontDatabase.families()
added = register_qt_fonts()
print(json.dumps({"before": before, "added": added, "resolved": QFontInfo(QFont(UI_FAMILY)).family()}))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="a machine without fonts is simulated through fontconfig")
def test_window_font_is_available_on_a_machine_without_it(tmp_path):
    # The CI and developer machines may have PT Sans installed; an empty fontconfig hides it, as on a
    # bare school PC, so only the shipped files can make it appear.
    config = tmp_path / "fonts.conf"
    config.write_text(f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", BARE_MACHINE_SCRIPT],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    result = json.loads(done.stdout.splitlines()[-1])

    assert "PT Sans" not in result["before"]
    assert sorted(result["added"]) == sorted(FONT_FAMILIES)
    assert result["resolved"] == "PT Sans"


DAMAGED_INSTALL_SCRIPT = """
import sys
sys._MEIPASS = sys.argv[1]
from app.fonts import register_reportlab_fonts
try:
    register_reportlab_fonts()
except FileNotFoundError as error:
    print(error)
"""


def test_a_damaged_installation_is_explained_in_russian(tmp_path):
    # A frozen build whose bundle lost its fonts: the report cannot be made, and the user learns why.
    done = subprocess.run(
        [sys.executable, "-c", DAMAGED_INSTALL_SCRIPT, str(tmp_path)],
        cwd=Path(__file__).resolve().parent.parent,
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert "Не найден файл шрифта «PTSans-Regular.ttf»" in done.stdout
    assert "переустановите" in done.stdout
