"""The fonts shipped in `resources/fonts/` and their registration with reportlab.

A school PC may be a bare Windows or Astra Linux with no Cyrillic fonts beyond the system ones, so
reports embed these files instead of trusting whatever is installed. `ui/fonts.py` registers the same
files with Qt; this module stays free of Qt so the command line can build reports without it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app.i18n import translate
from app.paths import resource_path

# The spelling of registerFontFamily()'s arguments, except that its «normal» is called «regular» here.
STYLES = ("regular", "bold", "italic", "boldItalic")
_FILE_SUFFIXES = dict(zip(STYLES, ("Regular", "Bold", "Italic", "BoldItalic"), strict=True))


def _files(stem: str) -> dict[str, Path]:
    return {style: resource_path("fonts", f"{stem}-{suffix}.ttf") for style, suffix in _FILE_SUFFIXES.items()}


# Family name as Qt, Word and LibreOffice know it → style → file: "PT Serif" → "bold" → PTSerif-Bold.ttf.
FONT_FAMILIES: dict[str, dict[str, Path]] = {
    "PT Sans": _files("PTSans"),
    "PT Serif": _files("PTSerif"),
    "Liberation Serif": _files("LiberationSerif"),
    "Liberation Sans": _files("LiberationSans"),
}

# Reports default to Liberation Serif rather than PT Serif: ГОСТ Р 7.0.97-2016 documents are set in
# Times New Roman, and Liberation Serif has exactly its metrics. A DOCX report naming Times New Roman
# therefore keeps its line widths in Word on Windows and in LibreOffice on Astra Linux (which puts
# Liberation Serif in place of Times), and the PDF of the same report breaks its lines the same way.
# PT Serif is wider: text laid out in it reflows and takes more pages than the Times the reader expects.
REPORT_SERIF = "Liberation Serif"
REPORT_SANS = "Liberation Sans"


def reportlab_name(family: str, style: str = "regular") -> str:
    """The name a font is registered under in reportlab: «PTSerif», «PTSerif-Bold», …

    Spaceless like a PostScript name, so it is safe wherever reportlab takes a font name.
    """
    base = family.replace(" ", "")
    return base if style == "regular" else f"{base}-{_FILE_SUFFIXES[style]}"


def missing_font_files() -> list[Path]:
    """The shipped font files that are not on disk, which means the installation is damaged."""
    return [path for files in FONT_FAMILIES.values() for path in files.values() if not path.is_file()]


def register_reportlab_fonts() -> dict[str, str]:
    """Register every shipped family with reportlab (once per process) and name its regular font.

    The returned name goes into a ParagraphStyle's fontName; `<b>` and `<i>` in the text then pick
    the family's bold and italic files. Raises FileNotFoundError with a message for the user when a
    font file is missing, because a report set in a fallback font would lose its Cyrillic letters.
    """
    return dict(_register_reportlab_fonts())


@cache
def _register_reportlab_fonts() -> dict[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    missing = missing_font_files()
    if missing:
        raise FileNotFoundError(
            translate(
                "Fonts",
                "Не найден файл шрифта «{name}» в папке {folder}. "
                "Программа установлена не полностью: переустановите её, затем снова сформируйте отчёт.",
            ).format(name=missing[0].name, folder=missing[0].parent)
        )
    registered = {}
    for family, files in FONT_FAMILIES.items():
        names = {style: reportlab_name(family, style) for style in STYLES}
        for style, path in files.items():
            pdfmetrics.registerFont(TTFont(names[style], str(path)))
        # After the single fonts: registering each one maps it to a family of its own, and this
        # call must be the last word so that bold and italic resolve within the real family.
        pdfmetrics.registerFontFamily(
            names["regular"],
            normal=names["regular"],
            bold=names["bold"],
            italic=names["italic"],
            boldItalic=names["boldItalic"],
        )
        registered[family] = names["regular"]
    return registered
