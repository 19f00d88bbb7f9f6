"""The bundle manifest: its fields, the caps a reader enforces, canonical JSON, and the Ed25519 signature.

The manifest lists every member of a bundle with its size and sha256 and says who sent it to whom;
`manifest.sig` is a detached signature over the exact manifest bytes (minisign's idea: sign the list of
digests, not the archive). Everything here works on bytes already read under a cap: JSON nesting is
measured before `json.loads` sees the text, so a hostile file cannot make the parser recurse.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from array import array
from datetime import datetime
from itertools import accumulate

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.exchange.errors import BundleError
from app.i18n import translate

FORMAT = "orientir-bundle"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
KINDS = ("school", "department")

MIB = 1024 * 1024
# Caps. A legitimate part is ≤ 15 MB by default, or one attachment (≤ 100 MB) on its own; everything
# below leaves room for that and refuses a zip bomb from its central directory, before inflating anything.
MAX_BUNDLE_BYTES = 200 * MIB
MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 128 * MIB
MAX_TOTAL_BYTES = 512 * MIB
MAX_JSON_BYTES = 64 * MIB  # JSON members are held in memory, so they have a cap of their own
# 20,000 members at ≤ 150-character names and two 64-digit hashes each fit comfortably.
MAX_MANIFEST_BYTES = 8 * MIB
MAX_SIGNATURE_BYTES = 1024
MAX_RATIO = 200  # deflate can reach ~1030:1 on zeros; no document, photo or JSON record comes near 200:1
RATIO_FLOOR = 1 * MIB  # small members may compress as well as they like: they cannot hurt
MAX_JSON_DEPTH = 32
MAX_NAME_LENGTH = 150

SIGNATURE_ALGORITHM = "ed25519"
# Signed together with the manifest bytes, so a signature made by the same key for anything else
# (a backup, an enrollment) can never pass as a bundle's.
SIGNING_CONTEXT = b"orientir-bundle-manifest-v1\n"

_MEMBER_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*(?:/[a-z0-9][a-z0-9._-]*)*\Z")
_HEX64 = re.compile(r"[0-9a-f]{64}\Z")
# A JSON string as the parser sees it; an unterminated one runs to the end of the input, so every
# match succeeds at its first quote and the scan stays linear on hostile input.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_BRACKET_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")

_TOP_FIELDS = {
    "format", "format_version", "kind", "sender", "recipient", "sequence", "previous_sha256",
    "changes", "created_at", "app_version", "part", "extra", "members",
}
_SENDER_FIELDS = {"kind", "id", "name", "department_id", "public_key", "installation_id"}
_RECIPIENT_FIELDS = {"department_id", "school_id"}
_CHANGES_FIELDS = {"from", "to", "full"}
_PART_FIELDS = {"set", "index", "count"}
_MEMBER_FIELDS = {"name", "size", "sha256"}


def canonical_json(obj: object) -> bytes:
    """Sorted keys, no spaces, UTF-8 (not \\u escapes): the same object always gives the same bytes."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def json_depth(data: bytes) -> int:
    """How deeply arrays and objects nest in `data`, counted without parsing it."""
    if b'\\"' in data:
        outside = _JSON_STRING.sub(b"", data)
    else:
        # No escaped quote: every quote opens or closes a string, so every other piece lies outside them
        # (and an unterminated string runs to the end, as above). Several times faster on a school's records.
        outside = b"".join(data.split(b'"')[::2])
    brackets = outside.translate(None, _NOT_BRACKETS)
    steps = array("b", brackets.translate(_BRACKET_STEPS))
    return max(accumulate(steps), default=0)


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        # Two values for one key would let a reader and a signer see different documents.
        raise ValueError("duplicate key in JSON object")
    return result


def _no_constants(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def load_json(data: bytes, member: str) -> object:
    """Parse a JSON member read from a bundle: depth-capped, strict UTF-8, no duplicate keys, no NaN."""
    if json_depth(data) > MAX_JSON_DEPTH:
        raise BundleError("damaged", member=member, details=f"JSON nested deeper than {MAX_JSON_DEPTH}")
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_unique_keys, parse_constant=_no_constants)
    except (ValueError, RecursionError) as error:
        raise BundleError("damaged", member=member, details=repr(error)) from error


def valid_member_name(name: object) -> bool:
    """Lower-case ASCII path segments: nothing a file system could read as a drive, a parent or a link."""
    return (
        isinstance(name, str)
        and len(name) <= MAX_NAME_LENGTH
        and _MEMBER_NAME.match(name) is not None
        and ".." not in name
    )


def _bad(field: str) -> BundleError:
    return BundleError("damaged", member=MANIFEST_NAME, details=f"manifest field {field}")


def _is_int(value: object, minimum: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def _is_text(value: object) -> bool:
    return isinstance(value, str) and value != ""


def _fields(value: object, expected: set[str], field: str) -> dict:
    if not isinstance(value, dict) or set(value) != expected:
        raise _bad(field)
    return value


def check_format(manifest: object) -> dict:
    """Refuse what is not a bundle manifest, and a newer format before its fields are judged («upgrade first»)."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("not_bundle", details="manifest format")
    version = manifest.get("format_version")
    if not _is_int(version, 1):
        raise _bad("format_version")
    if version > FORMAT_VERSION:
        raise BundleError("newer_format", details=f"format_version {version}")
    return manifest


def check_manifest(manifest: object) -> dict:
    """Check presence and types of every manifest field; returns the manifest."""
    manifest = _fields(check_format(manifest), _TOP_FIELDS, "set")
    if manifest["kind"] not in KINDS:
        raise _bad("kind")
    sender = _fields(manifest["sender"], _SENDER_FIELDS, "sender")
    if sender["kind"] not in KINDS or not all(_is_text(sender[key]) for key in _SENDER_FIELDS):
        raise _bad("sender")
    try:
        public_key_bytes(sender["public_key"])
    except BundleError:
        raise _bad("sender.public_key") from None
    recipient = _fields(manifest["recipient"], _RECIPIENT_FIELDS, "recipient")
    if not _is_text(recipient["department_id"]) or not (recipient["school_id"] is None or _is_text(recipient["school_id"])):
        raise _bad("recipient")
    if not _is_int(manifest["sequence"], 1):
        raise _bad("sequence")
    previous = manifest["previous_sha256"]
    if previous is not None and not (isinstance(previous, str) and _HEX64.match(previous)):
        raise _bad("previous_sha256")
    changes = _fields(manifest["changes"], _CHANGES_FIELDS, "changes")
    if not (_is_int(changes["from"], 0) and _is_int(changes["to"], changes["from"]) and isinstance(changes["full"], bool)):
        raise _bad("changes")
    if not _is_text(manifest["created_at"]):
        raise _bad("created_at")
    try:
        datetime.fromisoformat(manifest["created_at"])
    except ValueError:
        raise _bad("created_at") from None
    if not _is_text(manifest["app_version"]):
        raise _bad("app_version")
    part = _fields(manifest["part"], _PART_FIELDS, "part")
    if not (_is_text(part["set"]) and _is_int(part["index"], 1) and _is_int(part["count"], part["index"])):
        raise _bad("part")
    if not isinstance(manifest["extra"], dict):
        raise _bad("extra")
    _check_members(manifest["members"])
    return manifest


def _check_members(members: object) -> None:
    if not isinstance(members, list):
        raise _bad("members")
    if len(members) > MAX_MEMBERS:
        raise BundleError("too_big", details=f"{len(members)} members")
    names: set[str] = set()
    total = json_total = 0
    for entry in members:
        entry = _fields(entry, _MEMBER_FIELDS, "members[]")
        name, size, digest = entry["name"], entry["size"], entry["sha256"]
        if not valid_member_name(name) or name in (MANIFEST_NAME, SIGNATURE_NAME) or name in names:
            raise _bad("members[].name")
        if not _is_int(size, 0) or not (isinstance(digest, str) and _HEX64.match(digest)):
            raise _bad("members[].size/sha256")
        names.add(name)
        total += size
        if name.endswith(".json"):
            json_total += size
        if size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or json_total > MAX_JSON_BYTES:
            raise BundleError("too_big", details=f"member {name} of {size} bytes")


def public_key_bytes(text: str) -> bytes:
    """The 32 raw bytes of a public key written as base64 (app.keys.public_key_text)."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise BundleError("signature", details="public key is not 32 bytes of base64")
    return raw


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short name for a key (16 hex digits of its sha256), so a signature says which key made it."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def sign_manifest(manifest_bytes: bytes, private_key: Ed25519PrivateKey) -> bytes:
    """The content of manifest.sig for these exact manifest bytes."""
    signature = private_key.sign(SIGNING_CONTEXT + manifest_bytes)
    return canonical_json({
        "algorithm": SIGNATURE_ALGORITHM,
        "key_id": key_id(private_key.public_key()),
        "signature": base64.b64encode(signature).decode("ascii"),
    })


def verify_signature(manifest_bytes: bytes, signature_file: bytes, public_key: Ed25519PublicKey) -> None:
    """Raise BundleError("signature") unless `signature_file` is this key's signature of `manifest_bytes`."""
    document = load_json(signature_file, SIGNATURE_NAME)
    if not isinstance(document, dict) or set(document) != {"algorithm", "key_id", "signature"}:
        raise BundleError("signature", details="manifest.sig fields")
    if document["algorithm"] != SIGNATURE_ALGORITHM:
        raise BundleError("signature", details=f"algorithm {document['algorithm']!r}")
    if document["key_id"] != key_id(public_key):
        raise BundleError(
            "signature",
            translate(
                "Bundle",
                "Пакет подписан другим ключом, а не тем, что зарегистрирован для отправителя. "
                "Если отправитель переустанавливал программу, его нужно подключить заново; иначе не принимайте пакет.",
            ),
            details=f"key_id {document['key_id']!r}",
        )
    try:
        signature = base64.b64decode(document["signature"], validate=True)
        public_key.verify(signature, SIGNING_CONTEXT + manifest_bytes)
    except (InvalidSignature, binascii.Error, ValueError, TypeError) as error:
        raise BundleError("signature", details=repr(error)) from error
