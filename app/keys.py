"""The profile's Ed25519 signing key: storage, passphrase protection, signing, and fingerprints a person
can read aloud over the phone.

The private key never leaves `keys/` in the profile folder and is written owner-only. Without a
passphrase it is a PKCS8 PEM file; with one it is a small JSON document: the 32 raw private bytes
encrypted with ChaCha20-Poly1305 under a key derived by scrypt. The public key stays readable in the
clear, so fingerprints and restore checks work without asking for the passphrase; the encryption's
associated data binds it, together with the scrypt parameters, so neither can be swapped unnoticed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import unicodedata
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.errors import InvalidInput, UserError, from_os_error
from app.fsutil import atomic_write_bytes
from app.i18n import fill, translate

KEYS_DIR = "keys"
PRIVATE_KEY_FILE = "signing.key"
FINGERPRINT_CONTEXT = b"orientir-key-fingerprint-v1"

KEY_FORMAT = "orientir-key"
KEY_VERSION = 1
# About 0.3 s and 128 MiB per unlock on a current PC: slow for a password guesser, still quick for a person.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
# A hand-edited key file must not make the program allocate gigabytes or run for minutes.
SCRYPT_LIMITS = {"n": (2**14, 2**20), "r": (1, 16), "p": (1, 4)}
MIN_PASSPHRASE = 8


class PassphraseRequired(UserError):
    """The key is protected and no way to ask for the passphrase was given."""


class WrongPassphrase(UserError):
    pass


def key_path(profile_root: Path) -> Path:
    return profile_root / KEYS_DIR / PRIVATE_KEY_FILE


def _secure_dir(keys_dir: Path) -> None:
    keys_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(keys_dir, 0o700)


def _write_key_file(path: Path, data: bytes) -> None:
    _secure_dir(path.parent)
    # atomic_write_bytes creates the file owner-only (mkstemp), as a private key must be.
    atomic_write_bytes(path, data)


def _pem(private: Ed25519PrivateKey) -> bytes:
    return private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


def generate_key(path: Path) -> str:
    """Write a new signing key (unprotected) to `path`; returns the public key (base64 of its 32 raw bytes)."""
    private = Ed25519PrivateKey.generate()
    _write_key_file(path, _pem(private))
    return public_key_text(private)


def public_key_text(private: Ed25519PrivateKey) -> str:
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def fingerprint(public_key: str) -> str:
    """Six groups of five digits («12345 67890 …»), the same on both ends of a phone call."""
    digest = hashlib.sha256(FINGERPRINT_CONTEXT + base64.b64decode(public_key)).digest()
    groups = [int.from_bytes(digest[i * 5 : i * 5 + 5], "big") % 100_000 for i in range(6)]
    return " ".join(f"{g:05d}" for g in groups)


def sign(private: Ed25519PrivateKey, data: bytes) -> bytes:
    """The 64-byte Ed25519 signature of data."""
    return private.sign(data)


def verify(public_key: str, data: bytes, signature: bytes) -> bool:
    """Whether signature is the holder of public_key (base64 of 32 raw bytes) signing data; False for any defect."""
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(signature, data)
    except (InvalidSignature, ValueError, TypeError, binascii.Error):
        return False
    return True


def _protected_document(data: bytes) -> dict | None:
    """The protected-key document in a key file's bytes, or None when the file is a PEM key."""
    if data.lstrip().startswith(b"-----BEGIN"):
        return None
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ValueError("neither PEM nor JSON") from None
    if not isinstance(document, dict) or document.get("format") != KEY_FORMAT:
        raise ValueError("not an orientir key")
    return document


def _read(profile_root: Path) -> bytes:
    path = key_path(profile_root)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(
            fill(
                translate(
                    "Keys",
                    "В папке профиля нет ключа подписи (%1). Без него нельзя подписывать файлы и пакеты. "
                    "Перенесите папку keys этого профиля с прежнего компьютера.",
                ),
                path,
            )
        ) from None
    except OSError as error:
        raise from_os_error(error, path) from error


def _damaged(profile_root: Path) -> UserError:
    return UserError(
        fill(
            translate(
                "Keys",
                "Файл ключа подписи %1 повреждён. Верните папку keys этого профиля из копии или с прежнего компьютера.",
            ),
            key_path(profile_root),
        )
    )


def is_protected(profile_root: Path) -> bool:
    """Whether the profile's key asks for a passphrase (False when there is no readable key)."""
    try:
        return _protected_document(key_path(profile_root).read_bytes()) is not None
    except (OSError, ValueError):
        return False


def folder_public_key(profile_root: Path) -> str | None:
    """The public half of the key in a profile folder's keys/, or None when there is none to read."""
    try:
        data = key_path(profile_root).read_bytes()
        document = _protected_document(data)
        if document is not None:
            public_key = document["public_key"]
            if not isinstance(public_key, str) or len(base64.b64decode(public_key, validate=True)) != 32:
                return None
            return public_key
        private = serialization.load_pem_private_key(data, password=None)
    except (OSError, ValueError, TypeError, KeyError, binascii.Error):
        return None
    if not isinstance(private, Ed25519PrivateKey):
        return None
    return public_key_text(private)


def check_folder_key(profile_root: Path, public_key: str) -> None:
    """Refuse when the folder's key is missing, damaged, or not the one this profile is known by."""
    _read(profile_root)
    found = folder_public_key(profile_root)
    if found is None:
        raise _damaged(profile_root)
    if found != public_key:
        raise UserError(
            fill(
                translate(
                    "Keys",
                    "Ключ подписи в папке %1 — от другого профиля. Верните папку keys этого профиля "
                    "с прежнего компьютера или из копии.",
                ),
                key_path(profile_root).parent,
            )
        )


def load_signing_key(profile_root: Path, ask: Callable[[], str] | None = None) -> Ed25519PrivateKey:
    """The profile's private key; `ask` is called for the passphrase, only when the key is protected."""
    data = _read(profile_root)
    try:
        document = _protected_document(data)
        if document is None:
            private = serialization.load_pem_private_key(data, password=None)
            if not isinstance(private, Ed25519PrivateKey):
                raise ValueError("not an Ed25519 key")
            return private
    except (ValueError, TypeError):
        raise _damaged(profile_root) from None
    if ask is None:
        raise PassphraseRequired(translate("Keys", "Ключ подписи защищён паролем. Введите пароль ключа."))
    return _unprotect(profile_root, document, ask())


def set_passphrase(profile_root: Path, old: str | None, new: str | None) -> None:
    """Protect the key with `new`, or remove the protection when `new` is None.

    `old` unlocks a key that is protected now (ignored for an unprotected one). The key file is
    replaced atomically: a failure leaves the old file, never a half-written one.
    """
    if new is not None and len(unicodedata.normalize("NFC", new)) < MIN_PASSPHRASE:
        raise InvalidInput(
            fill(translate("Keys", "Пароль слишком короткий: нужно не меньше %1 знаков. Ничего не изменено."), MIN_PASSPHRASE)
        )
    private = load_signing_key(profile_root, None if old is None else (lambda: old))
    data = _pem(private) if new is None else _protect(private, new)
    path = key_path(profile_root)
    try:
        _write_key_file(path, data)
    except OSError as error:
        raise from_os_error(error, path) from error


def _kdf(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # The same characters typed on Windows and Linux may arrive in different Unicode forms.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret)


def _associated_data(document: dict) -> bytes:
    bound = {name: document[name] for name in ("format", "version", "kdf", "n", "r", "p", "salt", "cipher", "public_key")}
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _protect(private: Ed25519PrivateKey, passphrase: str) -> bytes:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    document = {
        "format": KEY_FORMAT,
        "version": KEY_VERSION,
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "cipher": "chacha20poly1305",
        "public_key": public_key_text(private),
    }
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    key = _kdf(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    document["nonce"] = _b64(nonce)
    document["ciphertext"] = _b64(ChaCha20Poly1305(key).encrypt(nonce, raw, _associated_data(document)))
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


def _unprotect(profile_root: Path, document: dict, passphrase: str) -> Ed25519PrivateKey:
    version = document.get("version")
    if isinstance(version, int) and version > KEY_VERSION:
        raise UserError(translate("Keys", "Ключ подписи сохранён более новой версией Ориентира. Обновите программу."))
    try:
        if version != KEY_VERSION or document["kdf"] != "scrypt" or document["cipher"] != "chacha20poly1305":
            raise ValueError("unknown key format")
        for name, (low, high) in SCRYPT_LIMITS.items():
            value = document[name]
            if not isinstance(value, int) or not low <= value <= high:
                raise ValueError(name)
        if document["n"] & (document["n"] - 1):
            raise ValueError("n must be a power of two")
        salt = base64.b64decode(document["salt"], validate=True)
        nonce = base64.b64decode(document["nonce"], validate=True)
        ciphertext = base64.b64decode(document["ciphertext"], validate=True)
        associated = _associated_data(document)
        if len(nonce) != 12 or len(salt) < 16:
            raise ValueError("nonce or salt")
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise _damaged(profile_root) from None
    key = _kdf(passphrase, salt, document["n"], document["r"], document["p"])
    try:
        raw = ChaCha20Poly1305(key).decrypt(nonce, ciphertext, associated)
    except InvalidTag:
        # A wrong passphrase and an edited file look the same here; the passphrase is by far the likelier.
        raise WrongPassphrase(
            translate("Keys", "Неверный пароль ключа подписи. Проверьте раскладку клавиатуры и Caps Lock и повторите.")
        ) from None
    private = Ed25519PrivateKey.from_private_bytes(raw)
    if public_key_text(private) != document["public_key"]:
        raise _damaged(profile_root)
    return private
