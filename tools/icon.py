"""Render the program's icon from resources/icons/orientir.svg into the files platforms want.

    .venv/bin/python tools/icon.py

Writes resources/icons/orientir-<size>.png (the window icon and the Linux menu entry) and orientir.ico
(the Windows executable, several sizes in one file). The outputs are committed, so a build needs neither
this tool nor Qt's SVG module; run it again after editing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "orientir.svg"))
    if not renderer.isValid():
        print("orientir.svg is not a valid SVG", file=sys.stderr)
        return 1
    images = {}
    for size in PNG_SIZES:
        png = render(renderer, size)
        (ICONS / f"orientir-{size}.png").write_bytes(png)
        images[size] = Image.open(io.BytesIO(png))
    # Pillow scales the largest image down for each size asked; the small ones look better drawn at their size,
    # so each size is appended from its own rendering.
    largest = images[max(PNG_SIZES)]
    largest.save(ICONS / "orientir.ico", format="ICO", sizes=[(s, s) for s in PNG_SIZES],
                 append_images=[images[s] for s in PNG_SIZES if s != max(PNG_SIZES)])
    print(f"written: {', '.join(f'orientir-{s}.png' for s in PNG_SIZES)}, orientir.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
