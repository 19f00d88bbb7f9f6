"""A short run of the bundle fuzzer (tests/fuzz/bundle_reader.py): only BundleError ever comes out."""

from __future__ import annotations

import importlib.util
from pathlib import Path

FUZZER = Path(__file__).resolve().parent / "fuzz" / "bundle_reader.py"


def _fuzzer():
    spec = importlib.util.spec_from_file_location("bundle_reader_fuzz", FUZZER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_thousand_mutated_bundles_raise_nothing_but_bundle_error(tmp_path):
    result = _fuzzer().run_worker(seed=20240501, count=2000, folder=tmp_path / "fuzz")

    assert result["escapes"] == []
    assert sum(result["reasons"].values()) == 2000
    # The mutants reach every stage: refused early, refused after the signature, and intact ones accepted.
    assert {"not_bundle", "damaged", "unsafe_member", "members", "accepted"} <= set(result["reasons"])
