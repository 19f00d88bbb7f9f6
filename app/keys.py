"""The profile's Ed25519 signing key, and fingerprints a person can read aloud over the phone.

The private key never leaves `keys/` in the profile folder and is written owner-only.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.fsutil import atomic_write_bytes

KEYS_DIR = "keys"
PRIVATE_KEY_FILE = "signing.key"
FINGERPRINT_CONTEXT = b"orientir-key-fingerprint-v1"


def key_path(profile_root: Path) -> Path:
    return profile_root / KEYS_DIR / PRIVATE_KEY_FILE


def generate_key(path: Path) -> str:
    """Write a new signing key to `path`; returns the public key (base64 of its 32 raw bytes)."""
    keys_dir = path.parent
    keys_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(keys_dir, 0o700)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    # atomic_write_bytes creates the file owner-only (mkstemp), as a private key must be.
    atomic_write_bytes(path, pem)
    return public_key_text(private)


def public_key_text(private: Ed25519PrivateKey) -> str:
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def folder_public_key(profile_root: Path) -> str | None:
    """The public half of the key in a profile folder's keys/, or None when there is none to read."""
    try:
        private = serialization.load_pem_private_key(key_path(profile_root).read_bytes(), password=None)
    except (OSError, ValueError, TypeError):
        return None
    return public_key_text(private)


def fingerprint(public_key: str) -> str:
    """Six groups of five digits («12345 67890 …»), the same on both ends of a phone call."""
    digest = hashlib.sha256(FINGERPRINT_CONTEXT + base64.b64decode(public_key)).digest()
    groups = [int.from_bytes(digest[i * 5 : i * 5 + 5], "big") % 100_000 for i in range(6)]
    return " ".join(f"{g:05d}" for g in groups)
