"""Email-sized exports: photos reduced for sending, and members split into parts under the size cap."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from app.exchange.parts import CAP_BYTES, member_cost, plan_parts
from app.exchange.photos import LONG_SIDE, email_copy

ORIENTATION = 0x0112


def _photo(path, size=(2800, 2100), orientation=None, quality=95):
    """A noisy (so barely compressible, like a real photo) JPEG as a phone saves it."""
    image = Image.effect_noise(size, 60).convert("RGB")
    exif = Image.Exif()
    if orientation:
        exif[ORIENTATION] = orientation
    image.save(path, "JPEG", quality=quality, exif=exif.tobytes())
    return path


def test_a_large_phone_photo_is_reduced_turned_upright_and_stripped(tmp_path):
    # Orientation 6: the camera was held upright, the pixels lie on their side.
    photo = _photo(tmp_path / "IMG_0001.jpg", orientation=6)

    copy = email_copy(photo)

    assert copy is not None and len(copy) < photo.stat().st_size
    reduced = Image.open(io.BytesIO(copy))
    assert reduced.format == "JPEG"
    assert reduced.size == (1500, LONG_SIDE)  # upright: taller than wide, proportions kept
    assert ORIENTATION not in reduced.getexif()
    assert photo.read_bytes()[:3] == b"\xff\xd8\xff"  # the original is untouched


def test_a_large_png_with_transparency_becomes_a_jpeg_on_white(tmp_path):
    path = tmp_path / "scheme.png"
    image = Image.effect_noise((2400, 1800), 60).convert("RGBA")
    image.putalpha(0)
    image.save(path, compress_level=1)

    copy = email_copy(path)

    reduced = Image.open(io.BytesIO(copy))
    assert reduced.format == "JPEG" and max(reduced.size) == LONG_SIDE
    assert reduced.getpixel((10, 10)) == pytest.approx((255, 255, 255), abs=3)


def test_a_small_photo_is_sent_as_it_is(tmp_path):
    assert email_copy(_photo(tmp_path / "small.jpg", size=(1200, 900), quality=80)) is None


@pytest.mark.parametrize(
    "name,content",
    [
        ("minutes.txt", "Протокол педсовета\n".encode() * 100_000),
        ("broken.jpg", b"\xff\xd8\xff\xe0" + bytes(2_000_000)),
        ("empty.jpg", b""),
        ("report.pdf", b"%PDF-1.7\n" + bytes(2_000_000)),
    ],
)
def test_what_is_not_a_readable_photo_is_sent_unchanged(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)

    assert email_copy(path) is None


def test_a_truncated_photo_is_sent_unchanged(tmp_path):
    photo = _photo(tmp_path / "cut.jpg")
    photo.write_bytes(photo.read_bytes()[:200_000])

    assert email_copy(photo) is None


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@pytest.mark.parametrize("side", [12_000, 30_000])
def test_a_decompression_bomb_is_not_decoded(tmp_path, side):
    # A header promising side × side pixels (144 and 900 megapixels) with next to no data behind it.
    path = tmp_path / "bomb.png"
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    idat = zlib.compress(bytes(side * 3 + 1) * 4)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b""))

    assert email_copy(path) is None


def test_a_missing_file_is_not_a_photo(tmp_path):
    assert email_copy(tmp_path / "gone.jpg") is None


# ---------------------------------------------------------------- parts


def test_members_are_split_into_parts_under_the_cap():
    sizes = [(f"attachments/{i:03d}.jpg", 3_000_000 + i * 1000) for i in range(20)] + [("records.json", 400_000)]
    fixed = 50_000

    parts = plan_parts(sizes, CAP_BYTES, fixed)

    by_name = dict(sizes)
    assert sorted(name for part in parts for name in part) == sorted(by_name)
    for part in parts:
        assert fixed + sum(member_cost(name, by_name[name]) for name in part) <= CAP_BYTES
    total = sum(member_cost(n, s) for n, s in sizes)
    assert len(parts) <= total // (CAP_BYTES - fixed) + 2  # close to the fewest possible
    assert parts[0][0] == "attachments/000.jpg"  # given order kept within and across parts


def test_a_member_bigger_than_the_cap_gets_a_part_of_its_own():
    parts = plan_parts([("a.txt", 10), ("scan.pdf", 40 * 1024 * 1024), ("b.txt", 10)], CAP_BYTES, 1000)

    assert parts == [["a.txt", "b.txt"], ["scan.pdf"]]


def test_nothing_to_send_gives_no_parts():
    assert plan_parts([], CAP_BYTES, 1000) == []
