"""Sample reports for the documentation, made from the demonstration department by the program itself.

    .venv/bin/python tools/samples.py [--today ДД.ММ.ГГГГ] [--pages 3]

Builds the demonstration department (app/demo_department.py) in a temporary folder as of `--today`
(20.01.2026 unless told: a fixed date keeps the samples the same from run to run), then writes into
docs/samples/: the district analytical report as PDF and DOCX, a one-school report as PDF, the monitoring
form as XLSX — all through app.reports.service.make_report, as the window and the command line make them,
as of `--today` and with the demo's signature block — and PNG renderings of the first pages of both PDFs
(poppler's pdftoppm at 70 dpi) for looking at them without opening the files. README.md there says so.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.demo_department import HEAD, SPECIALIST, build_demo_department  # noqa: E402 - after the path is set
from app.fsutil import atomic_write_bytes  # noqa: E402
from app.reports.model import Signature  # noqa: E402
from app.reports.service import ReportOptions, make_report  # noqa: E402
from app.timeutil import format_date, parse_date  # noqa: E402

OUT = ROOT / "docs" / "samples"
DEFAULT_TODAY = date(2026, 1, 20)
SCHOOL = "Сосновская СОШ"
# (file, kind, format, one school?)
SAMPLES = (
    ("spravka.pdf", "spravka", "pdf", False),
    ("spravka.docx", "spravka", "docx", False),
    ("spravka-school.pdf", "spravka", "pdf", True),
    ("monitoring.xlsx", "monitoring", "xlsx", False),
)


def signature() -> Signature:
    """The demo department's signature block, as a head of department would fill it in once."""
    name, position = HEAD.split(", ", 1)
    surname, first, patronymic = name.split()
    executor_name, executor_position = SPECIALIST.split(", ", 1)
    executor_surname, executor_first, executor_patronymic = executor_name.split()
    return Signature(
        position=position[:1].upper() + position[1:] + " администрации Берёзовского района",
        name=f"{first[0]}.{patronymic[0]}. {surname}",
        executor=f"Исполнитель: {executor_surname} {executor_first[0]}.{executor_patronymic[0]}., {executor_position}, "
                 "тел. 8 (39154) 2-14-35",
    )


def render_pages(pdf: Path, pages: int, folder: Path) -> list[Path]:
    """PNGs of the first `pages` pages of `pdf`, named «<stem>-page<N>.png» in `folder`."""
    made = []
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", str(pages), str(pdf), f"{scratch}/page"],
                       check=True)
        for index, png in enumerate(sorted(Path(scratch).glob("page-*.png")), start=1):
            target = folder / f"{pdf.stem}-page{index}.png"
            atomic_write_bytes(target, png.read_bytes())
            made.append(target)
    return made


def readme(today: date, pages: list[Path]) -> str:
    listing = "\n".join(f"- `{name}`" for name, *_ in SAMPLES)
    pictures = "\n".join(f"- `{page.name}`" for page in pages)
    return f"""# Sample reports

Made by `tools/samples.py` from the demonstration department (`orientir demo --department`,
app/demo_department.py: six schools of the fictional Берёзовский район, two monitorings), built as of
{format_date(today)}; every report is taken as of that date, through the same `make_report` the window and
`orientir report …` use, with the demo's signature block. Rebuild them after a change to the reports:

    .venv/bin/python tools/samples.py [--today ДД.ММ.ГГГГ]

{listing}

`spravka-school.pdf` is the one-school report for {SCHOOL}. The pictures are the first pages of the
two PDFs at 70 dpi (`pdftoppm -r 70`), for looking at the layout without opening the files:

{pictures}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--today", type=parse_date, default=DEFAULT_TODAY, help="the demo's date, ДД.ММ.ГГГГ")
    parser.add_argument("--pages", type=int, default=3, help="how many first pages of each PDF to render")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm (poppler-utils) is needed to render the pages")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = build_demo_department(Path(scratch) / "department", args.today)
        try:
            for name, kind, fmt, one_school in SAMPLES:
                options = ReportOptions(school=SCHOOL if one_school else None, as_of=args.today, signature=signature())
                result = make_report(store, kind, fmt, OUT / name, options)
                print(f"{result.path.relative_to(ROOT)}: {result.size // 1024} KB"
                      + (f", {result.pages} pages" if result.pages else ""))
        finally:
            store.close()
    pages = [page for name, _kind, fmt, _one in SAMPLES if fmt == "pdf"
             for page in render_pages(OUT / name, args.pages, OUT)]
    for page in pages:
        print(page.relative_to(ROOT))
    atomic_write_bytes(OUT / "README.md", readme(args.today, pages).encode("utf-8"))


if __name__ == "__main__":
    main()
