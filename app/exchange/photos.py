"""Smaller copies of photos for bundles sent by email; the original stays in the profile.

A phone photo is 3–12 MB at 4000 px and more; at 2000 px on the long side and JPEG quality 85 it is
a few hundred kilobytes and still shows a poster or a class journal legibly. The copy is turned the
way the camera's EXIF orientation says and carries no other metadata (no GPS position of a school).
A file that is not a photo, or cannot be decoded, is simply sent as it is.
"""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from pathlib import Path

from PIL import Image, ImageOps

LONG_SIDE = 2000
QUALITY = 85
# Below both limits a photo is sent as it is: re-encoding would save little and lose a generation.
SMALL_ENOUGH_BYTES = 1536 * 1024
# A decoded 100-megapixel image is ~300 MB in memory; a bigger one is refused rather than risked.
MAX_PIXELS = 100_000_000
FORMATS = ("JPEG", "PNG")
# Pillow reports broken or hostile images in these ways; a photo that cannot be reduced is sent as is.
_DECODE_ERRORS = (
    OSError, ValueError, SyntaxError, EOFError, struct.error, zlib.error, IndexError, KeyError, TypeError,
    Image.DecompressionBombError, Image.DecompressionBombWarning,
)


def email_copy(path: Path) -> bytes | None:
    """A JPEG ≤ 2000 px on the long side for a large JPEG or PNG photo; None to send the file unchanged."""
    try:
        original_size = Path(path).stat().st_size
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path, formats=FORMATS) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return None
                if max(width, height) <= LONG_SIDE and original_size <= SMALL_ENOUGH_BYTES:
                    return None
                # JPEG can decode at 1/2, 1/4, 1/8 scale: a 48-megapixel photo never lands in memory whole.
                image.draft("RGB", (LONG_SIDE, LONG_SIDE))
                # A CMYK profile would be wrong once the pixels are RGB.
                icc_profile = image.info.get("icc_profile") if image.mode != "CMYK" else None
                picture = ImageOps.exif_transpose(image)
                picture = _flattened(picture)
                picture.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
                out = io.BytesIO()
                picture.save(out, "JPEG", quality=QUALITY, optimize=True, icc_profile=icc_profile)
    except _DECODE_ERRORS:
        return None
    copy = out.getvalue()
    return copy if len(copy) < original_size else None


def _flattened(picture: Image.Image) -> Image.Image:
    """RGB on white: JPEG has no transparency, and a transparent PNG must not turn black."""
    if picture.mode in ("RGBA", "LA", "P", "PA"):
        rgba = picture.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return picture if picture.mode == "RGB" else picture.convert("RGB")
