"""The command line run in this process on another calendar day, for scenarios that span months.

A district's year (enrol the schools in February, the first monitoring in March, more work in April,
the report re-issued «по состоянию на» March today) needs the program to believe it is that day. The
program reads the clock in one place, `app.timeutil.now`, which modules bind by name at import; the
day is moved by swapping that function everywhere it is bound, the time of day kept so that steps of
one day stay in order. Nothing else is faked: the database, keys, bundles and files are real.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from app import timeutil


@dataclass
class Run:
    code: int
    out: str
    err: str


def _swap(old: Callable[[], datetime], new: Callable[[], datetime]) -> None:
    for module in list(sys.modules.values()):
        try:
            if getattr(module, "now", None) is old:
                module.now = new
        except Exception:  # a module with a lazy attribute hook; it cannot have bound ours
            continue


@contextmanager
def calendar_day(day: date) -> Iterator[None]:
    """Inside, `now()` is `day` at the real time of day (later modules imported inside bind it too)."""
    real = timeutil.now
    shift = timedelta(days=(day - real().date()).days)

    def moved() -> datetime:
        return real() + shift

    _swap(real, moved)
    try:
        yield
    finally:
        _swap(moved, real)


def run_cli(*args: str | Path) -> Run:
    """`orientir ARGS` in this process (the same parser and error boundary as the real program)."""
    from app.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in args])
    return Run(code, out.getvalue(), err.getvalue())
