"""Mutation fuzzing of the bundle reader: nothing but BundleError may come out of open_bundle.

    python tests/fuzz/bundle_reader.py [--count 1000000] [--workers N] [--seed 1] [--keep DIR]

Each worker writes a few small valid bundles with a real key, then feeds open_bundle mutants of them:
byte flips and interesting values, truncations, insertions and deletions, splices of two bundles,
zip-aware edits (entry names, sizes, CRCs, flags, methods, modes, offsets; entries dropped, added,
duplicated, reordered), manifests rewritten and signed again with the sender's key (so the checks after
the signature are reached too), and plain random bytes. Every input is a real open_bundle call on a
real file; after each one the staging folder must be empty again. Prints the count, the rate, and how
often each refusal reason was seen; exits 1 if any other exception escaped (the inputs are kept).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import multiprocessing
import os
import random
import sys
import tempfile
import time
import traceback
import zlib
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE.parent.parent, HERE.parent):  # the repository (app) and tests/ (bundle_samples)
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from app.exchange.container import MemberSource, open_bundle, write_bundle  # noqa: E402
from app.exchange.errors import BundleError  # noqa: E402
from app.exchange.manifest import canonical_json  # noqa: E402
from bundle_samples import PinnedKey, entry, header, raw_entries, raw_zip, resigned  # noqa: E402

INTERESTING = [0, 1, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0xFFFF, 0x10000, 0x7FFFFFFF, 0xFFFFFFFF]
HOSTILE_NAMES = [
    b"../x", b"/etc/passwd", b"C:\\x", b"a\\b", b"dir/", b"", b"a\x00b", b"..", b"a/../b", b"R.json", b"\xff\xfe",
    b"manifest.json", b"manifest.sig", b"records.json", b"x" * 151, "фото.jpg".encode(),
]
# Central directory entry fields worth breaking: (offset in the 46-byte record, width in bytes).
CD_FIELDS = [(4, 2), (6, 2), (8, 2), (10, 2), (16, 4), (20, 4), (24, 4), (28, 2), (30, 2), (32, 2), (34, 2), (38, 4), (42, 4)]
LOCAL_FIELDS = [(4, 2), (6, 2), (8, 2), (14, 4), (18, 4), (22, 4), (26, 2), (28, 2)]
END_FIELDS = [(4, 2), (6, 2), (8, 2), (10, 2), (12, 4), (16, 4), (20, 2)]


def _key(seed: int) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"fuzz-{seed}".encode()).digest())


def seed_bundles(folder: Path, key: Ed25519PrivateKey) -> list[bytes]:
    """Small valid bundles: a few members of each kind, one member, none, many."""
    record = canonical_json({"records": [{"id": "a-1", "title": "Анализ", "n": [1, 2.5, None, True]}]})
    shapes = [
        [MemberSource("records.json", data=record), MemberSource("attachments/ab/p.jpg", data=b"\xff\xd8\xff" + bytes(200)),
         MemberSource("attachments/cd/t.txt", data="Протокол\n".encode() * 30)],
        [MemberSource("records.json", data=record)],
        [],
        [MemberSource(f"attachments/{i:02d}/f.bin", data=bytes([i]) * (i + 1)) for i in range(12)],
    ]
    result = []
    for index, members in enumerate(shapes):
        path = write_bundle(folder / f"seed-{index}.orientir", header(key), members, key).path
        result.append(path.read_bytes())
        path.unlink()
    return result


class Mutator:
    def __init__(self, rng: random.Random, seeds: list[bytes], key: Ed25519PrivateKey) -> None:
        self.rng = rng
        self.seeds = seeds
        self.key = key
        self.entries = [raw_entries(seed) for seed in seeds]
        self.strategies = [
            (self.flip, 20), (self.interesting, 10), (self.truncate, 8), (self.insert_delete, 6), (self.splice, 5),
            (self.directory_field, 14), (self.local_field, 6), (self.end_field, 4), (self.entries_edit, 12),
            (self.manifest_edit, 10), (self.random_bytes, 4), (self.seed, 1),
        ]
        self.weights = [weight for _, weight in self.strategies]

    def __call__(self) -> tuple[str, bytes]:
        strategy = self.rng.choices(self.strategies, self.weights)[0][0]
        data = strategy()
        if self.rng.random() < 0.15:  # stack a second, byte-level mutation
            data = self.flip(data)
        return strategy.__name__, data

    def pick(self) -> int:
        return self.rng.randrange(len(self.seeds))

    def seed(self) -> bytes:
        return self.seeds[self.pick()]

    def flip(self, data: bytes | None = None) -> bytes:
        data = bytearray(self.seed() if data is None else data)
        for _ in range(self.rng.choice((1, 1, 1, 2, 4, 8))):
            if data:
                data[self.rng.randrange(len(data))] ^= 1 << self.rng.randrange(8) if self.rng.random() < 0.7 else 0xFF
        return bytes(data)

    def interesting(self) -> bytes:
        data = bytearray(self.seed())
        width = self.rng.choice((1, 2, 4))
        at = self.rng.randrange(max(1, len(data) - width))
        value = self.rng.choice(INTERESTING) & ((1 << (8 * width)) - 1)
        data[at : at + width] = value.to_bytes(width, "little")
        return bytes(data)

    def truncate(self) -> bytes:
        data = self.seed()
        return data[: self.rng.randrange(len(data))] if self.rng.random() < 0.8 else data[self.rng.randrange(len(data)) :]

    def insert_delete(self) -> bytes:
        data = bytearray(self.seed())
        at = self.rng.randrange(len(data))
        if self.rng.random() < 0.5:
            data[at:at] = self.rng.randbytes(self.rng.randrange(1, 64))
        else:
            del data[at : at + self.rng.randrange(1, 64)]
        return bytes(data)

    def splice(self) -> bytes:
        a, b = self.seed(), self.seed()
        return a[: self.rng.randrange(len(a))] + b[self.rng.randrange(len(b)) :]

    def _overwrite(self, data: bytes, at: int, width: int) -> bytes:
        out = bytearray(data)
        value = self.rng.choice(INTERESTING + [self.rng.getrandbits(8 * width)]) & ((1 << (8 * width)) - 1)
        if self.rng.random() < 0.3:
            old = int.from_bytes(out[at : at + width], "little")
            value = (old + self.rng.choice((-2, -1, 1, 2, 64, -64))) % (1 << (8 * width))
        out[at : at + width] = value.to_bytes(width, "little")
        return bytes(out)

    def directory_field(self) -> bytes:
        data = self.seed()
        records = _positions(data, b"PK\x01\x02")
        if not records:
            return self.flip(data)
        at, width = self.rng.choice(CD_FIELDS)
        return self._overwrite(data, self.rng.choice(records) + at, width)

    def local_field(self) -> bytes:
        data = self.seed()
        headers = _positions(data, b"PK\x03\x04")
        at, width = self.rng.choice(LOCAL_FIELDS)
        return self._overwrite(data, self.rng.choice(headers) + at, width)

    def end_field(self) -> bytes:
        data = self.seed()
        at, width = self.rng.choice(END_FIELDS)
        return self._overwrite(data, len(data) - 22 + at, width)

    def entries_edit(self) -> bytes:
        entries = list(self.entries[self.pick()])
        rng = self.rng
        action = rng.randrange(9)
        target = rng.randrange(len(entries))
        item = entries[target]
        if action == 0:
            entries[target] = replace(item, name=rng.choice(HOSTILE_NAMES))
        elif action == 1:
            entries[target] = replace(item, file_size=rng.choice(INTERESTING + [item.file_size + rng.choice((-1, 1))]))
        elif action == 2:
            entries[target] = replace(item, flags=rng.choice((1, 8, 0x20, 0x40, 0x800, 0xFFFF)))
        elif action == 3:
            entries[target] = replace(item, method=rng.choice((0, 1, 8, 9, 12, 14, 99)))
        elif action == 4:
            entries[target] = replace(item, external_attr=rng.choice((0x10, 0xA1FF << 16, 0x41ED << 16, 0x2000 << 16)))
        elif action == 5:
            entries[target] = replace(item, crc=rng.getrandbits(32))
        elif action == 6:
            del entries[target]
        elif action == 7:
            entries.insert(rng.randrange(len(entries) + 1), item if rng.random() < 0.5 else entry("attachments/zz/new", b"x"))
        else:
            rng.shuffle(entries)
        if rng.random() < 0.5:  # let the change pass the signature, so the member checks are reached
            try:
                entries = resigned(entries, self.key)
            except (KeyError, ValueError, zlib.error):  # the edit broke what re-signing needs: send it unsigned
                pass
        return raw_zip(entries)

    def manifest_edit(self) -> bytes:
        entries = self.entries[self.pick()]
        rng = self.rng

        def change(manifest: dict) -> dict | bytes:
            choice = rng.randrange(8)
            keys = list(manifest)
            if choice == 0:
                del manifest[rng.choice(keys)]
            elif choice == 1:
                manifest[rng.choice(keys)] = rng.choice([None, 0, -1, True, "", "x", [], {}, 2**70, 1.5, "ё" * 100])
            elif choice == 2 and manifest["members"]:
                member = rng.choice(manifest["members"])
                member[rng.choice(list(member))] = rng.choice([None, -1, 0, 10**9, "", "../x", "A" * 64, "0" * 64])
            elif choice == 3:
                manifest["members"].append(dict(rng.choice(manifest["members"]) if manifest["members"] else {}))
            elif choice == 4:
                return b"[" * rng.choice((31, 33, 100, 5000)) + b"]" * rng.randrange(200)
            elif choice == 5:
                sub = rng.choice(["sender", "recipient", "changes", "part"])
                manifest[sub][rng.choice(list(manifest[sub]))] = rng.choice([None, 0, -5, "", [1], {"a": 1}, False])
            elif choice == 6:
                manifest["format_version"] = rng.choice((0, 2, 99, -1, "1", 1.0))
            else:
                text = canonical_json(manifest)
                at = rng.randrange(len(text))
                return text[:at] + rng.choice((b"\\", b'"', b"\xff", b"{", b"NaN", b"1e999", b"\x00")) + text[at:]
            return manifest

        return raw_zip(resigned(entries, self.key, change))

    def random_bytes(self) -> bytes:
        data = self.rng.randbytes(self.rng.randrange(4097))
        return (b"PK\x03\x04" + data) if self.rng.random() < 0.3 else data


def _positions(data: bytes, needle: bytes) -> list[int]:
    found, at = [], data.find(needle)
    while at >= 0:
        found.append(at)
        at = data.find(needle, at + 1)
    return found


def run_worker(seed: int, count: int, folder: Path, keep: Path | None = None) -> dict:
    """Feed `count` mutants to open_bundle; returns counts by strategy and outcome, and the escapes."""
    folder.mkdir(parents=True, exist_ok=True)
    key = _key(seed)
    mutate = Mutator(random.Random(seed), seed_bundles(folder, key), key)
    verifier = PinnedKey(key.public_key())
    staging = folder / "staging"
    target = folder / "input.orientir"
    reasons: collections.Counter[str] = collections.Counter()
    escapes: list[str] = []
    for index in range(count):
        strategy, data = mutate()
        target.write_bytes(data)
        try:
            with open_bundle(target, verifier, staging):
                reasons["accepted"] += 1
        except BundleError as error:
            reasons[error.reason] += 1
        except Exception:  # noqa: BLE001 - any other exception is exactly what this script looks for
            escapes.append(f"{strategy}: {traceback.format_exc(limit=6)}")
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                (keep / f"escape-{seed}-{index}.orientir").write_bytes(data)
        if staging.exists() and os.listdir(staging):
            escapes.append(f"{strategy}: staging folder left with {os.listdir(staging)}")
            for leftover in staging.iterdir():
                leftover.unlink()
    verifier.calls.clear()
    return {"count": count, "reasons": dict(reasons), "escapes": escapes}


def _worker(arguments: tuple[int, int, str, str | None]) -> dict:
    seed, count, folder, keep = arguments
    return run_worker(seed, count, Path(folder), Path(keep) if keep else None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=5000, help="inputs per task handed to a worker")
    parser.add_argument("--keep", type=Path, help="where to save inputs that escaped")
    args = parser.parse_args(argv)

    shm = Path("/dev/shm")
    base = Path(tempfile.mkdtemp(prefix="orientir-fuzz-", dir=shm if shm.is_dir() else None))
    tasks, left, number = [], args.count, 0
    while left > 0:
        size = min(args.batch, left)
        tasks.append((args.seed * 1_000_003 + number, size, str(base / f"task-{number}"), str(args.keep) if args.keep else None))
        left -= size
        number += 1
    started = time.perf_counter()
    total, reasons, escapes = 0, collections.Counter(), []
    with multiprocessing.Pool(args.workers) as pool:
        for result in pool.imap_unordered(_worker, tasks):
            total += result["count"]
            reasons.update(result["reasons"])
            escapes.extend(result["escapes"])
            elapsed = time.perf_counter() - started
            print(f"\r{total:,} inputs, {total / elapsed:,.0f}/s, escapes: {len(escapes)}", end="", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    for task in tasks:
        for path in sorted(Path(task[2]).rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        Path(task[2]).rmdir()
    base.rmdir()
    print(file=sys.stderr)
    print(json.dumps({
        "inputs": total, "seconds": round(elapsed, 1), "per_second": round(total / elapsed), "workers": args.workers,
        "outcomes": dict(reasons.most_common()), "escapes": len(escapes),
    }, ensure_ascii=False, indent=1))
    for escape in escapes[:10]:
        print(escape, file=sys.stderr)
    return 1 if escapes else 0


if __name__ == "__main__":
    sys.exit(main())
