"""The signing key as a user meets it: fingerprints, a passphrase set and removed, refusals, and a key
that never leaves the keys folder (not into backups, not in the clear into a protected file)."""

from __future__ import annotations

import base64
import io
import json
import re
import sys

import pytest
from cryptography.hazmat.primitives import serialization

from app import keys
from app.errors import UserError

FINGERPRINT = re.compile(r"^\d{5}( \d{5}){5}$")
PASSPHRASE = "пароль отдела 2024"  # Cyrillic on purpose: typed on a Russian keyboard layout


def _key_file(root):
    return root / "keys" / "signing.key"


def _secrets_of(root) -> list[bytes]:
    """Every form the private key could leak in: raw bytes, their base64, and the PEM body."""
    pem = _key_file(root).read_bytes()
    private = serialization.load_pem_private_key(pem, password=None)
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    body = b"".join(line for line in pem.splitlines() if not line.startswith(b"-----"))
    return [raw, base64.b64encode(raw), base64.urlsafe_b64encode(raw), raw.hex().encode(), body]


def _leaks(data: bytes, forms: list[bytes]) -> bool:
    return any(form in data for form in forms)


@pytest.fixture
def dep(tmp_path, cli):
    root = tmp_path / "dep"
    assert cli("--data-dir", root, "init", "department", "--name", "Отдел образования").code == 0
    return root


def test_passphrase_round_trip_through_the_command_line(dep, tmp_path, cli, monkeypatch):
    forms = _secrets_of(dep)
    before = json.loads(cli("--data-dir", dep, "key", "show", "--json").out)
    assert before["protected"] is False and FINGERPRINT.match(before["fingerprint"])

    monkeypatch.setenv("ORIENTIR_PASSPHRASE", PASSPHRASE)
    result = cli("--data-dir", dep, "key", "passphrase", "set")
    assert result.code == 0, result.err
    assert "Пароль ключа подписи задан" in result.err
    stored = _key_file(dep).read_bytes()
    assert json.loads(stored)["format"] == "orientir-key"
    assert not _leaks(stored, forms), "the protected file must not hold the key in the clear"
    assert oct(_key_file(dep).stat().st_mode & 0o777) == "0o600"
    assert oct(_key_file(dep).parent.stat().st_mode & 0o777) == "0o700"

    after = json.loads(cli("--data-dir", dep, "key", "show", "--json").out)
    assert after["protected"] is True and after["fingerprint"] == before["fingerprint"]
    assert "защищён паролем" in cli("--data-dir", dep, "key", "show").out

    # The protected key signs an enrollment file that a school can open.
    enrollment = tmp_path / "school.orientir-enroll"
    added = cli("--data-dir", dep, "school", "add", "--name", "МКОУ Тартасская СОШ", "--out", enrollment)
    assert added.code == 0, added.err
    assert before["fingerprint"] in added.err
    joined = cli("--data-dir", tmp_path / "school", "init", "school", "--enrollment", enrollment)
    assert joined.code == 0, joined.err
    pinned = json.loads(cli("--data-dir", tmp_path / "school", "key", "show", "--json").out)
    assert pinned["department_fingerprint"] == before["fingerprint"]

    removed = cli("--data-dir", dep, "key", "passphrase", "remove")
    assert removed.code == 0, removed.err
    assert _key_file(dep).read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert _secrets_of(dep)[0] == forms[0], "removing the passphrase keeps the same key"
    assert oct(_key_file(dep).stat().st_mode & 0o777) == "0o600"
    again = cli("--data-dir", dep, "key", "passphrase", "remove")
    assert again.code == 0 and "и так не защищён" in again.err


def test_wrong_or_missing_passphrase_changes_nothing(dep, tmp_path, cli, monkeypatch):
    keys.set_passphrase(dep, None, PASSPHRASE)
    stored = _key_file(dep).read_bytes()

    monkeypatch.setenv("ORIENTIR_PASSPHRASE", "не тот пароль")
    wrong = cli("--data-dir", dep, "school", "add", "--name", "МКОУ Ключевская ООШ", "--out", tmp_path / "a.orientir-enroll")
    assert wrong.code == 1 and "Неверный пароль ключа подписи" in wrong.err
    assert not (tmp_path / "a.orientir-enroll").exists()
    assert json.loads(cli("--data-dir", dep, "school", "list", "--json").out)["schools"] == [], \
        "a school must not be registered when its file could not be signed"
    assert cli("--data-dir", dep, "key", "passphrase", "remove").code == 1

    monkeypatch.delenv("ORIENTIR_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal to type into
    missing = cli("--data-dir", dep, "school", "add", "--name", "МКОУ Ключевская ООШ", "--out", tmp_path / "b.orientir-enroll")
    assert missing.code == 2 and "ORIENTIR_PASSPHRASE" in missing.err
    assert re.search("[а-яё]", missing.err) and "Traceback" not in missing.err
    assert not (tmp_path / "b.orientir-enroll").exists()
    assert _key_file(dep).read_bytes() == stored


def test_changing_the_passphrase_from_a_script(dep, cli, monkeypatch):
    keys.set_passphrase(dep, None, PASSPHRASE)
    monkeypatch.setenv("ORIENTIR_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    # A protected key: ORIENTIR_PASSPHRASE is the current passphrase, so the new one must be given separately.
    unclear = cli("--data-dir", dep, "key", "passphrase", "set")
    assert unclear.code == 2 and "ORIENTIR_NEW_PASSPHRASE" in unclear.err
    monkeypatch.setenv("ORIENTIR_NEW_PASSPHRASE", "новый пароль 2025")
    assert cli("--data-dir", dep, "key", "passphrase", "set").code == 0
    with pytest.raises(keys.WrongPassphrase):
        keys.load_signing_key(dep, lambda: PASSPHRASE)
    assert keys.public_key_text(keys.load_signing_key(dep, lambda: "новый пароль 2025")) == keys.folder_public_key(dep)


def test_short_passphrase_is_refused(dep, cli, monkeypatch):
    stored = _key_file(dep).read_bytes()
    monkeypatch.setenv("ORIENTIR_PASSPHRASE", "1234")
    result = cli("--data-dir", dep, "key", "passphrase", "set")
    assert result.code == 1 and "слишком короткий" in result.err
    assert _key_file(dep).read_bytes() == stored


def test_unlocking_asks_only_for_a_protected_key(dep):
    def never() -> str:
        raise AssertionError("an unprotected key must not ask for a passphrase")

    public = keys.folder_public_key(dep)
    assert keys.public_key_text(keys.load_signing_key(dep, never)) == public
    assert not keys.is_protected(dep)

    keys.set_passphrase(dep, None, PASSPHRASE)
    assert keys.is_protected(dep)
    assert keys.folder_public_key(dep) == public, "the public key is readable without the passphrase"
    with pytest.raises(keys.PassphraseRequired) as required:
        keys.load_signing_key(dep)
    assert "паролем" in required.value.message
    with pytest.raises(keys.WrongPassphrase) as wrong:
        keys.load_signing_key(dep, lambda: PASSPHRASE + " ")
    assert "Неверный пароль" in wrong.value.message
    # The same words typed in another Unicode form (decomposed «й») unlock it too.
    keys.set_passphrase(dep, PASSPHRASE, "мой пароль")
    assert keys.public_key_text(keys.load_signing_key(dep, lambda: "мои\u0306 пароль")) == public


def test_an_edited_protected_key_file_is_refused(dep):
    keys.set_passphrase(dep, None, PASSPHRASE)
    original = json.loads(_key_file(dep).read_text(encoding="utf-8"))

    swapped = dict(original, public_key=base64.b64encode(bytes(32)).decode())
    _key_file(dep).write_text(json.dumps(swapped), encoding="utf-8")
    with pytest.raises(UserError):
        keys.load_signing_key(dep, lambda: PASSPHRASE)

    for edit in ({"n": 2**30}, {"version": 99}, {"ciphertext": "не base64"}):
        _key_file(dep).write_text(json.dumps(dict(original, **edit)), encoding="utf-8")
        with pytest.raises(UserError) as refused:
            keys.load_signing_key(dep, lambda: PASSPHRASE)
        assert "повреждён" in refused.value.message or "Обновите программу" in refused.value.message

    _key_file(dep).write_text(json.dumps(original), encoding="utf-8")
    assert keys.public_key_text(keys.load_signing_key(dep, lambda: PASSPHRASE)) == original["public_key"]


def test_a_key_folder_from_another_profile_is_refused(dep, tmp_path, cli):
    other = tmp_path / "other"
    assert cli("--data-dir", other, "init", "department", "--name", "Другой отдел").code == 0
    _key_file(dep).write_bytes(_key_file(other).read_bytes())
    result = cli("--data-dir", dep, "school", "add", "--name", "МКОУ Ключевская ООШ", "--out", tmp_path / "a.orientir-enroll")
    assert result.code == 1 and "от другого профиля" in result.err
    assert not (tmp_path / "a.orientir-enroll").exists()
    assert cli("--data-dir", dep, "key", "show").code == 1


def test_fingerprints_read_aloud(dep, tmp_path, cli):
    shown = json.loads(cli("--data-dir", dep, "key", "show", "--json").out)
    assert FINGERPRINT.match(shown["fingerprint"])
    assert keys.fingerprint(shown["public_key"]) == shown["fingerprint"]
    other = tmp_path / "other"
    created = cli("--data-dir", other, "init", "department", "--name", "Другой отдел")
    theirs = json.loads(cli("--data-dir", other, "key", "show", "--json").out)["fingerprint"]
    assert theirs in created.err and theirs != shown["fingerprint"]


@pytest.mark.parametrize("protected", [False, True])
def test_backups_never_contain_the_private_key(dep, cli, protected):
    forms = _secrets_of(dep)
    if protected:
        keys.set_passphrase(dep, None, PASSPHRASE)
        forms.append(_key_file(dep).read_bytes())
    result = cli("--data-dir", dep, "backup")
    assert result.code == 0, result.err
    made = [p for p in (dep / "backups").rglob("*") if p.is_file()]
    assert made
    # Nothing outside keys/ — backups, the database, logs — may hold the key in any form.
    for path in dep.rglob("*"):
        if path.is_file() and "keys" not in path.relative_to(dep).parts:
            assert not _leaks(path.read_bytes(), forms), path


def test_sign_and_verify(dep):
    private = keys.load_signing_key(dep)
    public = keys.public_key_text(private)
    signature = keys.sign(private, b"manifest")
    assert keys.verify(public, b"manifest", signature)
    assert not keys.verify(public, b"manifest!", signature)
    assert not keys.verify(public, b"manifest", bytes(64))
    assert not keys.verify("не ключ", b"manifest", signature)
