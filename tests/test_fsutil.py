"""Durable writes: a saved file is either the old one or the new one, and no temporary file is left."""

from __future__ import annotations

import os

import pytest

from app.fsutil import atomic_write_bytes, fsync_dir, fsync_file


def test_atomic_write_creates_and_then_replaces_a_file(tmp_path):
    target = tmp_path / "ключ школы.pem"

    atomic_write_bytes(target, b"first")
    atomic_write_bytes(target, b"second")

    assert target.read_bytes() == b"second"
    assert os.listdir(tmp_path) == [target.name]


def test_a_failed_atomic_write_keeps_what_was_there_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "report.docx"
    target.mkdir()  # a folder cannot be replaced by a file
    (target / "inside.txt").write_text("keep me", encoding="utf-8")

    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new content")

    assert os.listdir(tmp_path) == [target.name]
    assert (target / "inside.txt").read_text(encoding="utf-8") == "keep me"


def test_atomic_write_into_a_missing_folder_fails_without_creating_it(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "no such folder" / "file.bin", b"x")

    assert os.listdir(tmp_path) == []


def test_fsync_helpers_accept_real_files_and_folders(tmp_path):
    target = tmp_path / "data.bin"
    target.write_bytes(b"x" * 10_000)

    fsync_file(target)
    fsync_dir(tmp_path)

    assert target.read_bytes() == b"x" * 10_000
