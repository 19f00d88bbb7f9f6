"""The benchmarks' common result: one row per figure, and the one table that prints them.

Every benchmark script in tests/perf/ returns its figures as `Row`s — what was measured, its figure, what it
is compared with (a floor or a baseline measured in the same run) and the target — so that each script
alone and `tests/perf/bench.py` for all of them print the same aligned table, and `bench.py --json`
writes the same rows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Row:
    """One measured figure. `baseline_figure` is in the same unit as `figure`; `met` is None when there is
    no target (a figure shown for comparison) or nothing was measured (`note` then says why)."""

    group: str
    measure: str
    figure: float | None
    unit: str
    baseline: str = ""
    baseline_figure: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""
    error: bool = False

    @property
    def ratio(self) -> float | None:
        if self.figure is None or not self.baseline_figure:
            return None
        return self.figure / self.baseline_figure

    @property
    def verdict(self) -> str:
        if self.error:
            return "error"
        return {True: "met", False: "missed", None: ""}[self.met]

    def as_json(self) -> dict:
        return {**asdict(self), "ratio": self.ratio, "verdict": self.verdict}


def failed(group: str, measure: str, error: BaseException) -> Row:
    """The row of a measurement that broke: the other rows are still worth having."""
    return Row(group, measure, None, "", note=f"{type(error).__name__}: {error}".splitlines()[0][:200], error=True)


def number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    digits = 3 if abs(value) < 1 else 2 if abs(value) < 10 else 1 if abs(value) < 100 else 0
    return f"{value:.{digits}f} {unit}".rstrip()


HEADER = ("group", "measure", "figure", "baseline", "ratio", "target", "verdict", "compared with / note")
RIGHT = {"figure", "baseline", "ratio"}


def format_table(rows: list[Row], title: str = "") -> str:
    cells = [HEADER]
    for row in rows:
        ratio = row.ratio
        comment = "; ".join(part for part in (row.baseline, row.note) if part)
        cells.append((row.group, row.measure, number(row.figure, row.unit), number(row.baseline_figure, row.unit)
                      if row.baseline_figure is not None else "", f"{ratio:.1f}×" if ratio is not None else "",
                      row.target, row.verdict, comment))
    widths = [max(len(line[column]) for line in cells) for column in range(len(HEADER))]
    lines = [title] if title else []
    for index, line in enumerate(cells):
        text = "  ".join(cell.rjust(width) if HEADER[column] in RIGHT else cell.ljust(width)
                         for column, (cell, width) in enumerate(zip(line, widths)))
        lines.append(text.rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def print_table(rows: list[Row], title: str = "", notes: tuple[str, ...] = ()) -> None:
    print()
    print(format_table(rows, title))
    for note in notes:
        print(note)


def exit_code(rows: list[Row]) -> int:
    """A script run alone: 1 when a target was missed or a measurement broke."""
    return 0 if all(row.met is not False and not row.error for row in rows) else 1
