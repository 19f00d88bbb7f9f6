"""Red team for the reports: another district's year, end to end through the command line, read back.

District A is the municipal roadmap of tests/fixtures/roadmaps/districts/08_pdf_converted.docx (sections,
a long title, approved by order № 31 of 22.01.2024), a roadmap the report code was never tuned on. The
department enrols three schools in February 2024 (one with quotes and a very long name, one with straight
quotes and no short name), the schools report in March, the department reviews one report «на доработку»
and records its own work, makes the March справка; more work arrives in April (30 pieces of evidence on
one activity); today the reports are made again, for the district, for one school, and «по состоянию на»
the March day. Every file is read back (pdftotext, python-docx, openpyxl) and checked the way a department
head would check it by hand against `progress show --json`.

District B is 18_order_subject_only.docx: no sections, a roadmap named by its order's subject. The
hostile part feeds long texts, many proofs, empty profiles and wrong paths through the same commands.

The district is built once per module, in this process on moved calendar days (tests/scenario_clock.py);
the reports a user would read today are made by the real program in subprocesses.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from tests.conftest import run_process
from tests.scenario_clock import calendar_day, run_cli

DISTRICTS = Path(__file__).parent / "fixtures" / "roadmaps" / "districts"

DEPARTMENT = "Управление образования администрации Северного района"
SIGNER_POSITION = "Начальник управления образования"
SIGNER_NAME = "И.И. Иванов"
EXECUTOR = "Петрова Анна Андреевна, ведущий специалист, 8 (39146) 2-11-11"

ENROL, MARCH, APRIL = date(2024, 2, 19), date(2024, 3, 15), date(2024, 4, 22)

STATUS_WORDS = {"not_started": "Не начато", "in_progress": "В работе", "done": "Выполнено",
                "not_done": "Не выполнено", "cancelled": "Отменено"}
SUMMARY_COLUMNS = ("Всего", "Выполнено", "В работе", "Не начато", "Не выполнено", "Отменено", "Просрочено")


@dataclass(frozen=True)
class School:
    key: str
    name: str
    short: str = ""

    @property
    def label(self) -> str:
        """How the reports name the school: its short name when it has one."""
        return self.short or self.name


SCHOOLS = (
    School("s1", "Муниципальное бюджетное общеобразовательное учреждение «Берёзовская средняя общеобразовательная "
                 "школа»", "МБОУ «Берёзовская СОШ»"),
    School("s2", "Муниципальное казённое общеобразовательное учреждение «Озёрная основная общеобразовательная школа»",
           "МКОУ «Озёрная ООШ»"),
    School("s3", 'МБОУ "Школа №3 им. А.С. Пушкина"'),
)
BY_KEY = {s.key: s for s in SCHOOLS}

# What each side records, day by day: (who, number, options). Files are made by the fixture.
MARCH_WORK = [
    ("s1", "1.2", {"status": "done", "actual": "Самообследование проведено, рисковый профиль школы определён",
                   "document": ["Приказ МБОУ «Берёзовская СОШ» от 12.02.2024 № 15 «О проведении самообследования»"],
                   "link": ["https://berezovka.edu.ru/samoobsledovanie"], "attach": ["prikaz_15.pdf"]}),
    ("s1", "1.3", {"status": "in_progress", "actual": "Проект концепции развития обсуждён на педагогическом совете"}),
    ("s2", "1.2", {"status": "not_done", "actual": "Самообследование не проведено из-за карантина"}),
    ("s2", "2.2", {"status": "in_progress", "link": ["https://ozernaya.edu.ru/setevoe"]}),
    ("s3", "1.2", {"status": "done", "document": ["Приказ от 09.03.2024 № 52 «О посещении семинара»"]}),
    ("s3", "2.2", {"status": "done", "actual": "Заключён договор о сетевом взаимодействии со школой-наставником",
                   "attach": ["dogovor.png"]}),
    ("department", "1.1", {"status": "done", "actual": "Перечень ШНОР и ШНСУ утверждён и размещён на сайте",
                           "document": ["Приказ Управления образования от 25.01.2024 № 18 «Об утверждении перечня ШНОР и ШНСУ»"],
                           "link": ["https://uo-sever.ru/prikaz-18"]}),
]
THIRTY = {"status": "in_progress", "actual": "Проведено десять выездов кураторов, по каждому составлена справка",
          "document": [f"Справка от {day:02d}.04.2024 № {day} «Об итогах выезда куратора»" for day in range(1, 11)],
          "link": [f"https://school3.edu.ru/vyezd-{n}" for n in range(1, 11)],
          "attach": [f"spravka_{n}.pdf" for n in range(1, 11)]}
APRIL_WORK = [
    ("s2", "1.2", {"status": "done", "actual": "Самообследование проведено повторно по замечанию куратора",
                   "document": ["Приказ МКОУ «Озёрная ООШ» от 05.04.2024 № 21 «О повторном самообследовании»"]}),
    ("s3", "2.3", THIRTY),
    ("department", "2.1", {"status": "in_progress", "actual": "Проведены два методических семинара из четырёх"}),
]
REVIEW = ("1.2", "s2", "Приложите график самообследования")


# --- making files a school attaches --------------------------------------------------------------------

def small_pdf(path: Path, text: str) -> Path:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.drawString(72, 760, text)
    page.save()
    return path


def small_png(path: Path) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x80\x00" * 8 for _ in range(8))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    return path


# --- running the program ------------------------------------------------------------------------------

def ok(*args) -> str:
    """Run in this process and insist it worked; returns stdout."""
    run = run_cli(*args)
    assert run.code == 0, f"orientir {' '.join(map(str, args))} → {run.code}: {run.err}"
    assert "Traceback" not in run.err
    return run.out


def progress_args(options: dict, files: Path) -> list[str]:
    args: list[str] = []
    for option, value in options.items():
        for one in value if isinstance(value, list) else [value]:
            args += [f"--{option}", str(files / one) if option == "attach" else one]
    return args


@dataclass
class District:
    root: Path
    department: Path
    schools: dict[str, Path]
    files: Path
    reports: dict[str, Path] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)  # report → what the program said instead
    progress: dict = field(default_factory=dict)
    roadmap: dict = field(default_factory=dict)

    def report(self, name: str) -> Path:
        assert name not in self.failed, f"{name} was not made: {self.failed[name]}"
        return self.reports[name]

    def profile(self, who: str) -> Path:
        return self.department if who == "department" else self.schools[who]

    def exchange(self, tag: str) -> None:
        """Every school exports, the department imports all three bundles at once."""
        bundles = []
        for key, folder in self.schools.items():
            bundle = self.root / f"{tag}_{key}.orientir"
            ok("--data-dir", folder, "export", "--out", bundle)
            bundles.append(bundle)
        ok("--data-dir", self.department, "import", *bundles)

    def send_down(self, tag: str) -> None:
        bundle = self.root / f"{tag}_department.orientir"
        ok("--data-dir", self.department, "export", "--out", bundle)
        for folder in self.schools.values():
            ok("--data-dir", folder, "import", bundle)

    def work(self, plan) -> None:
        for who, number, options in plan:
            ok("--data-dir", self.profile(who), "progress", "set", number, *progress_args(options, self.files))


def subprocess_reports(jobs: dict[str, list]) -> dict[str, object]:
    """Run the real program for each job, a few at a time (they only read the profile)."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {name: pool.submit(run_process, *args) for name, args in jobs.items()}
        return {name: future.result() for name, future in futures.items()}


@pytest.fixture(scope="module")
def district(tmp_path_factory) -> District:
    root = tmp_path_factory.mktemp("district_a")
    files = root / "files"
    files.mkdir()
    small_pdf(files / "prikaz_15.pdf", "Prikaz 15")
    small_png(files / "dogovor.png")
    for n in range(1, 11):
        small_pdf(files / f"spravka_{n}.pdf", f"Spravka {n}")
    d = District(root, root / "department", {s.key: root / s.key for s in SCHOOLS}, files)

    with calendar_day(ENROL):
        ok("--data-dir", d.department, "init", "department", "--name", DEPARTMENT)
        ok("--data-dir", d.department, "roadmap", "import", DISTRICTS / "08_pdf_converted.docx")
        for school in SCHOOLS:
            enrollment = root / f"{school.key}.enrollment"
            extra = ["--short-name", school.short] if school.short else []
            ok("--data-dir", d.department, "school", "add", "--name", school.name, "--out", enrollment, *extra)
            ok("--data-dir", d.schools[school.key], "init", "school", "--enrollment", enrollment)
        d.send_down("feb")
    with calendar_day(MARCH):
        d.work([w for w in MARCH_WORK if w[0] != "department"])
        d.exchange("mar")
        number, key, comment = REVIEW
        ok("--data-dir", d.department, "review", number, "--school", BY_KEY[key].name, "--state", "на доработку",
           "--comment", comment)
        d.work([w for w in MARCH_WORK if w[0] == "department"])
        for name, args in {"march.pdf": ["spravka", "--format", "pdf"], "march.docx": ["spravka", "--format", "docx"],
                           "march.xlsx": ["monitoring", "--format", "xlsx"]}.items():
            signer = ["--signer-position", SIGNER_POSITION, "--signer-name", SIGNER_NAME, "--executor", EXECUTOR]
            ok("--data-dir", d.department, "report", *args, "--out", root / name, *(signer if name == "march.pdf" else []))
            d.reports[name] = root / name
    with calendar_day(APRIL):
        d.send_down("apr")
        d.work([w for w in APRIL_WORK if w[0] != "department"])
        d.exchange("apr")
        d.work([w for w in APRIL_WORK if w[0] == "department"])

    # Today, by the real program, as a person would run it.
    dep = ["--data-dir", d.department]
    s2 = BY_KEY["s2"].short
    jobs = {
        "progress": [*dep, "progress", "show", "--json"],
        "roadmap": [*dep, "roadmap", "show", "--json"],
        "district.pdf": [*dep, "report", "spravka", "--format", "pdf", "--out", root / "district.pdf"],
        "district.docx": [*dep, "report", "spravka", "--format", "docx", "--out", root / "district.docx"],
        "school.pdf": [*dep, "report", "spravka", "--format", "pdf", "--school", s2, "--out", root / "school.pdf"],
        "school.docx": [*dep, "report", "spravka", "--format", "docx", "--school", s2, "--out", root / "school.docx"],
        "district.xlsx": [*dep, "report", "monitoring", "--format", "xlsx", "--out", root / "district.xlsx"],
        "asof.pdf": [*dep, "report", "spravka", "--format", "pdf", "--as-of", "15.03.2024", "--out", root / "asof.pdf"],
        "asof.docx": [*dep, "report", "spravka", "--format", "docx", "--as-of", "2024-03-15", "--out", root / "asof.docx"],
        "asof.xlsx": [*dep, "report", "monitoring", "--format", "xlsx", "--as-of", "2024-03-15", "--out", root / "asof.xlsx"],
    }
    runs = subprocess_reports(jobs)
    for name, run in runs.items():
        assert "Traceback" not in run.err, f"{name}: {run.err}"
        if run.code != 0:
            d.failed[name] = f"exit {run.code}: {run.err.strip()}"
        elif "." in name:
            d.reports[name] = root / name
    assert "progress" not in d.failed and "roadmap" not in d.failed
    d.progress = json.loads(runs["progress"].out)
    d.roadmap = json.loads(runs["roadmap"].out)
    return d


# --- reading the files back ---------------------------------------------------------------------------

def pdf_text(path: Path, layout: bool = False) -> str:
    mode = "-layout" if layout else "-raw"
    return subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True).stdout


def docx_lines(path: Path) -> list[str]:
    """Every paragraph of the body in order, table cells included (merged cells once)."""
    body = docx.Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def docx_table_rows(path: Path) -> list[list[str]]:
    rows = []
    for table in docx.Document(str(path)).tables:
        for row in table.rows:
            rows.append([cell.text for cell in row.cells])
    return rows


def xlsx_strings(path: Path) -> list[str]:
    workbook = openpyxl.load_workbook(path)
    return [str(c.value) for ws in workbook for row in ws.iter_rows() for c in row
            if isinstance(c.value, str) and not c.value.startswith("=")] + [ws.title for ws in workbook]


def key(text: str) -> str:
    """Text compared the way a reader sees it: line breaks, spaces and hyphenation do not matter."""
    return re.sub(r"[\s\-‐­–]", "", text)


def report_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return pdf_text(path)
    if path.suffix == ".docx":
        return "\n".join(docx_lines(path))
    return "\n".join(xlsx_strings(path))


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
URL = re.compile(r"https?://\S+")
FILE_NAME = re.compile(r"[\w.-]+\.(?:pdf|png|docx|xlsx)\b", re.I)


def hygiene_problems(text: str) -> list[str]:
    """What a department head would strike out: machine words, ISO dates, ids, empty brackets."""
    problems = []
    plain = FILE_NAME.sub("файл", URL.sub("адрес", text))
    for pattern, what in ((r"\b\d{4}-\d{2}-\d{2}\b", "ISO date"), (r"\bNone\b", "None"), (r"\b[Nn]a[Nn]\b", "nan"),
                          (r"\bnull\b", "null"), (r"\(\s*\)", "empty parentheses"), (r"«\s*»", "empty quotes"),
                          (r"\[\s*\]", "empty brackets"), (r"Traceback", "traceback"), (r"\(\d+\):\s*\.", "empty list")):
        problems += [f"{what}: {m.group()!r}" for m in re.finditer(pattern, plain)]
    problems += [f"id: {m.group()}" for m in UUID.finditer(text)]
    problems += [f"date not ДД.ММ.ГГГГ: {m.group()!r}" for m in re.finditer(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2,4}(?![\d.])", plain)
                 if not re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", m.group())]
    english = [w for w in re.findall(r"[A-Za-z]{2,}", plain) if not re.fullmatch(r"[IVXLC]+", w)]
    problems += [f"English: {w!r}" for w in english]
    return problems


def assert_clean(path: Path) -> None:
    problems = hygiene_problems(report_text(path))
    assert not problems, f"{path.name}: {problems[:10]}"


# --- what the reports must say, computed from `progress show --json` ----------------------------------

def windows_by_number(d: District) -> dict[str, list]:
    return {item["number"]: item["windows"] for roadmap in d.roadmap["roadmaps"] for item in roadmap["items"]}


def is_overdue(status: str, windows, today: date) -> bool:
    ends = [date.fromisoformat(end) for _start, end in windows or []]
    return status not in ("done", "cancelled") and bool(ends) and max(ends) < today


def parties(d: District) -> dict[str, list[dict]]:
    """Report label → the items `progress show --json` lists for it (the department under its name)."""
    found = {DEPARTMENT: d.progress["department"]["items"]}
    names = {s.name: s.label for s in SCHOOLS}
    for school in d.progress["schools"]:
        found[names[school["name"]]] = school["items"]
    return found


def expected_counts(items: list[dict], windows: dict, today: date) -> dict[str, int]:
    statuses = Counter(item["status"] or "not_started" for item in items)
    counts = {"Всего": len(items)}
    counts.update({STATUS_WORDS[s]: statuses.get(s, 0) for s in STATUS_WORDS})
    counts["Просрочено"] = sum(is_overdue(i["status"] or "not_started", windows[i["number"]], today) for i in items)
    return counts


def pdf_summary(path: Path, labels) -> dict[str, list[int]]:
    """The summary table of a PDF: each party's name (wrapped over lines) → the eight figures of its row."""
    text = pdf_text(path, layout=True)
    rows: list[tuple[str, list[int]]] = []
    open_row = False  # a name goes on over the lines below its figures, up to the next row or a blank line
    for line in text[text.index("Сводные данные"):].splitlines():
        numbers = re.findall(r"(?<!\S)\d+(?!\S)", line)
        if len(numbers) >= 8:
            rows.append((re.split(r"\s{2,}", line.strip())[0], [int(n) for n in numbers[-8:]]))
            open_row = True
        elif open_row and line.strip() and not re.search(r"\d", line):
            rows[-1] = (rows[-1][0] + " " + line.strip(), rows[-1][1])
        else:
            open_row = False
    found = {}
    for label in labels:
        for name, numbers in rows:
            if key(name) == key(label):
                found[label] = numbers
    return found


# --- district A: the reports made today ---------------------------------------------------------------

def test_every_report_was_made_and_fonts_are_embedded(district):
    for name in ("district.pdf", "school.pdf", "asof.pdf", "march.pdf"):
        listing = subprocess.run(["pdffonts", str(district.report(name))], capture_output=True, text=True, check=True).stdout
        rows = listing.splitlines()[2:]
        assert rows, name
        for row in rows:
            assert row.split()[-5] == "yes", f"{name}: font not embedded: {row}"


@pytest.mark.parametrize("name", ["district.pdf", "district.docx", "district.xlsx", "asof.pdf", "asof.docx", "asof.xlsx",
                                  "march.pdf", "march.docx", "march.xlsx"])
def test_no_machine_words_iso_dates_ids_or_empty_brackets(district, name):
    assert_clean(district.report(name))


@pytest.mark.parametrize("name", ["district.pdf", "district.docx"])
def test_district_spravka_carries_every_result_and_proof(district, name):
    text = key(report_text(district.report(name)))
    title = next(r["title"] for r in district.roadmap["roadmaps"])
    assert key(DEPARTMENT) in text
    assert key("Аналитическая справка о результатах реализации мероприятий дорожной карты") in text
    assert key(title) in text
    assert key("от 22.01.2024 № 31") in text, "the approving order"
    for school in SCHOOLS:
        assert key(school.label) in text, school.label
    checked = 0
    for label, items in parties(district).items():
        for item in items:
            if item["actual"]:
                assert key(item["actual"]) in text, (label, item["number"], item["actual"])
                checked += 1
            for proof in item["evidence"]:
                assert key(proof["name"]) in text, (label, item["number"], proof)
                checked += 1
    assert checked >= 40  # the 30 proofs on 2.3 included
    for option in (SIGNER_POSITION, SIGNER_NAME, EXECUTOR):
        assert key(option) in text, f"signature block: {option}"


@pytest.mark.parametrize("name", ["district.pdf", "district.docx"])
def test_approving_order_is_named_without_a_wrong_case(district, name):
    """The department's name heads the справка; the approval line gives the order without declining the name."""
    text = " ".join(report_text(district.report(name)).split())
    assert "Дорожная карта утверждена приказом от 22.01.2024 № 31" in text
    assert "приказом Управление" not in text


@pytest.mark.parametrize("name", ["district.pdf", "district.docx"])
def test_results_are_labelled_by_school(district, name):
    """Each actual result sits after its school's name, not another's (read in document order)."""
    text = key(report_text(district.report(name)))
    for label, items in parties(district).items():
        for item in items:
            if item["actual"]:
                at = text.index(key(item["actual"]))
                before = text[max(0, at - len(key(label)) - 80):at]
                assert key(label) in before, (label, item["number"])


def test_summary_figures_per_school_equal_progress_show(district):
    windows, today = windows_by_number(district), date.today()
    every = parties(district)
    expected = {label: expected_counts(items, windows, today) for label, items in every.items()}
    pdf = pdf_summary(district.report("district.pdf"), every)
    docx_rows = {row[0]: row[1:] for row in docx_table_rows(district.report("district.docx")) if row and row[0] in every}
    for label, counts in expected.items():
        want = [counts[c] for c in SUMMARY_COLUMNS]
        assert pdf[label][:7] == want, f"PDF {label}: {pdf.get(label)} ≠ {want}"
        assert [int(v) for v in docx_rows[label][:7]] == want, f"DOCX {label}: {docx_rows[label]} ≠ {want}"
        share = counts["Выполнено"] * 100 / max(1, counts["Всего"] - counts["Отменено"])
        assert abs(pdf[label][7] - share) <= 0.51, (label, pdf[label], share)


@pytest.mark.parametrize("name", ["school.pdf", "school.docx"])
def test_one_school_spravka_is_about_that_school_only(district, name):
    school, others = BY_KEY["s2"], [s for s in SCHOOLS if s.key != "s2"]
    items = parties(district)[school.label]
    path = district.report(name)
    assert_clean(path)
    text = key(report_text(path))
    assert key(school.label) in text
    for item in items:
        if item["actual"]:
            assert key(item["actual"]) in text
        for proof in item["evidence"]:
            assert key(proof["name"]) in text
    for other in others:
        assert key(other.label) not in text, f"{name} names {other.label}"
        for item in parties(district)[other.label]:
            if item["actual"]:
                assert key(item["actual"]) not in text
    if name.endswith(".pdf"):
        counts = expected_counts(items, windows_by_number(district), date.today())
        summary = pdf_summary(path, [school.label])
        assert summary[school.label][:7] == [counts[c] for c in SUMMARY_COLUMNS]


def test_thirty_proofs_on_one_activity_are_all_written_out(district):
    for name in ("district.pdf", "district.docx", "district.xlsx"):
        text = key(report_text(district.report(name)))
        for document in THIRTY["document"]:
            assert key(document) in text, (name, document)
        for link in THIRTY["link"]:
            assert key(link) in text, (name, link)
        for file in THIRTY["attach"]:
            assert key(file) in text, (name, file)


# --- the monitoring form ------------------------------------------------------------------------------

def sheet_values(ws) -> list[list]:
    return [[c.value for c in row] for row in ws.iter_rows()]


def status_grid(ws) -> dict[tuple[str, str], str]:
    """(party, activity number) → the status text on the «Статусы» sheet."""
    rows = sheet_values(ws)
    numbers_at = next(i for i, row in enumerate(rows) if row[0] == "№ мероприятия")
    numbers = rows[numbers_at]
    header = next(i for i, row in enumerate(rows) if row[0] == "Организация")
    grid = {}
    for row in rows[header + 1:]:
        if row[0]:
            for column, number in enumerate(numbers[1:], start=1):
                grid[(row[0], str(number))] = row[column]
    return grid


def test_monitoring_statuses_match_progress_show(district):
    workbook = openpyxl.load_workbook(district.report("district.xlsx"))
    grid = status_grid(workbook["Статусы"])
    windows, today = windows_by_number(district), date.today()
    all_numbers = set(windows)
    for label, items in parties(district).items():
        listed = {item["number"] for item in items}
        for item in items:
            status = item["status"] or "not_started"
            text = grid[(label, item["number"])]
            assert text.startswith(STATUS_WORDS[status]), (label, item["number"], text, status)
            assert ("просрочено" in text) == is_overdue(status, windows[item["number"]], today), (label, item["number"], text)
        for number in all_numbers - listed:
            assert grid[(label, number)] in (None, "", "—"), (label, number, grid[(label, number)])


def test_monitoring_fills_by_status(district):
    workbook = openpyxl.load_workbook(district.report("district.xlsx"))
    ws = workbook["Статусы"]
    fills: dict[str, set] = {}
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.split(",")[0] in STATUS_WORDS.values():
                fills.setdefault(cell.value, set()).add(cell.fill.fgColor.rgb if cell.fill.fill_type else None)
    assert all(None not in colours and len(colours) == 1 for colours in fills.values()), fills
    assert fills["Выполнено"] != fills["Не начато, просрочено"]
    assert ws.freeze_panes and ws.auto_filter.ref
    assert ws.page_setup.orientation == "landscape"


class Formulas:
    """Just enough of a spreadsheet to compute the summary sheet: SUM, IF and COUNTIF over INDEX/MATCH."""

    def __init__(self, workbook, sheet: str) -> None:
        self.workbook, self.sheet = workbook, sheet

    def cell(self, reference: str, sheet: str | None = None):
        value = self.workbook[sheet or self.sheet][reference.replace("$", "")].value
        if isinstance(value, str) and value.startswith("="):
            return self.formula(value[1:], sheet or self.sheet)
        return value

    def cells(self, area: str, sheet: str) -> list[list]:
        return [[c.value for c in row] for row in self.workbook[sheet][area.replace("$", "")]]

    def formula(self, text: str, sheet: str):
        if m := re.fullmatch(r"SUM\((\$?[A-Z]+\$?\d+):(\$?[A-Z]+\$?\d+)\)", text):
            return sum(self.cell(c.coordinate, sheet) or 0 for row in self.workbook[sheet][f"{m[1]}:{m[2]}".replace("$", "")] for c in row)
        if m := re.fullmatch(r"IF\(([A-Z]+\d+)-([A-Z]+\d+)>0,([A-Z]+\d+)/\(([A-Z]+\d+)-([A-Z]+\d+)\),0\)", text):
            a, b, c, d, e = (self.cell(x, sheet) for x in m.groups())
            return c / (d - e) if a - b > 0 else 0
        if m := re.fullmatch(r"COUNTIF\(INDEX\('?([^'!]+)'?!([$A-Z0-9]+:[$A-Z0-9]+),MATCH\((\$?[A-Z]+\$?\d+),'?([^'!]+)'?!"
                             r"([$A-Z0-9]+:[$A-Z0-9]+),0\),0\),\"([^\"]*)\"\)", text):
            other, area, wanted, _, names, pattern = m.groups()
            labels = [row[0] for row in self.cells(names, other)]
            row = self.cells(area, other)[labels.index(self.cell(wanted, sheet))]
            matcher = re.compile(re.escape(pattern).replace(r"\*", ".*").replace(r"\?", "."), re.I | re.S)
            return sum(1 for value in row if isinstance(value, str) and matcher.fullmatch(value))
        raise AssertionError(f"formula this test does not know: ={text}")


def test_monitoring_summary_formulas_compute_the_counts(district):
    workbook = openpyxl.load_workbook(district.report("district.xlsx"))
    ws = workbook["Сводка"]
    rows = sheet_values(ws)
    header_at = next(i for i, row in enumerate(rows) if row[0] == "Организация")
    header = rows[header_at]
    formulas = Formulas(workbook, "Сводка")
    windows, today = windows_by_number(district), date.today()
    every = parties(district)
    seen = set()
    for offset, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if row[0] not in every:
            continue
        seen.add(row[0])
        want = expected_counts(every[row[0]], windows, today)
        for column, title in enumerate(header):
            if title in want:
                cell = ws.cell(row=offset, column=column + 1)
                assert formulas.cell(cell.coordinate) == want[title], (row[0], title, cell.value)
    assert seen == set(every)


def test_monitoring_results_sheet_carries_actual_results_and_proofs(district):
    workbook = openpyxl.load_workbook(district.report("district.xlsx"))
    rows = sheet_values(workbook["Результаты"])
    header = next(i for i, row in enumerate(rows) if row[0] == "Организация")
    columns = {title: i for i, title in enumerate(rows[header])}
    by_row = {(row[0], str(row[columns["№"]])): row for row in rows[header + 1:] if row[0]}
    for label, items in parties(district).items():
        for item in items:
            row = by_row[(label, item["number"])]
            if item["actual"]:
                assert key(item["actual"]) == key(row[columns["Фактический результат"]] or "")
            proofs = key(row[columns["Документы и ссылки"]] or "")
            for proof in item["evidence"]:
                assert key(proof["name"]) in proofs, (label, item["number"], proof["name"])


# --- as of an earlier day ------------------------------------------------------------------------------

def test_as_of_pdf_says_what_the_march_report_said(district):
    as_of, march = pdf_text(district.report("asof.pdf")), pdf_text(district.report("march.pdf"))
    assert as_of == march, "\n".join(difflib.unified_diff(march.splitlines(), as_of.splitlines(), "march", "as-of", lineterm=""))


def test_as_of_docx_and_xlsx_say_what_the_march_reports_said(district):
    assert docx_lines(district.report("asof.docx")) == docx_lines(district.report("march.docx"))
    march = openpyxl.load_workbook(district.report("march.xlsx"))
    as_of = openpyxl.load_workbook(district.report("asof.xlsx"))
    assert [ws.title for ws in as_of] == [ws.title for ws in march]
    for ws in march:
        assert sheet_values(as_of[ws.title]) == sheet_values(ws), ws.title


def test_as_of_report_leaves_out_what_came_later(district):
    text = key(pdf_text(district.report("asof.pdf")))
    for _who, _number, options in APRIL_WORK:
        assert key(options["actual"]) not in text
    assert key("по состоянию на 15.03.2024") in text


# --- hostile and edge inputs through the command line --------------------------------------------------

def listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.mark.parametrize("args", [
    ["spravka", "--format", "pdf", "--out", "{missing}/справка.pdf"],
    ["spravka", "--format", "pdf", "--out", "{out}"],
    ["spravka", "--format", "docx", "--out", "{out}/справка.pdf"],
    ["spravka", "--format", "pdf", "--school", "Несуществующая СОШ", "--out", "{out}/справка.pdf"],
    ["spravka", "--format", "pdf", "--as-of", "2999-01-01", "--out", "{out}/справка.pdf"],
    ["spravka", "--format", "pdf", "--as-of", "01.01.2024", "--out", "{out}/справка.pdf"],
    ["monitoring", "--format", "xlsx", "--as-of", "вчера", "--out", "{out}/форма.xlsx"],
    ["monitoring", "--format", "xlsx", "--as-of", "31.02.2024", "--out", "{out}/форма.xlsx"],
    ["monitoring", "--format", "pdf", "--out", "{out}/форма.pdf"],
], ids=["missing-folder", "out-is-folder", "wrong-extension", "unknown-school", "future", "before-profile",
        "nonsense-date", "impossible-date", "monitoring-as-pdf"])
def test_refusals_are_one_russian_line_and_leave_no_file(district, tmp_path, args):
    out = tmp_path / "out"
    out.mkdir()
    filled = [a.format(out=out, missing=tmp_path / "нет такой папки") for a in args]
    before = listing(out)
    run = run_cli("--data-dir", district.department, "report", *filled)
    assert run.code in (1, 2), run
    assert "Traceback" not in run.err and re.search("[а-яА-Я]", run.err), run.err
    assert run.out == ""
    assert listing(out) == before
    assert not (tmp_path / "нет такой папки").exists()


def test_refusal_in_a_real_process_has_no_traceback(district, tmp_path):
    run = run_process("--data-dir", district.department, "report", "spravka", "--format", "pdf",
                      "--as-of", "2999-12-31", "--out", tmp_path / "справка.pdf")
    assert run.code == 1 and "Traceback" not in run.err and "2999" in run.err
    assert listing(tmp_path) == set()


def test_existing_file_is_replaced_whole(district, tmp_path):
    target = tmp_path / "справка.pdf"
    target.write_bytes(b"old report, must be replaced" * 1000)
    ok("--data-dir", district.department, "report", "spravka", "--format", "pdf", "--out", target)
    assert target.read_bytes().startswith(b"%PDF") and b"old report" not in target.read_bytes()
    assert listing(tmp_path) == {"справка.pdf"}, "no temporary file left beside it"
    assert key(DEPARTMENT) in key(pdf_text(target))


def copy_profiles(district: District, tmp_path: Path, *who: str) -> dict[str, Path]:
    return {w: Path(shutil.copytree(district.profile(w), tmp_path / w)) for w in who}


# A school's full official name as it stands in its charter (over 255 bytes in UTF-8).
CHARTER_NAME = ("Муниципальное бюджетное общеобразовательное учреждение «Берёзовская средняя общеобразовательная школа "
                "имени Героя Советского Союза И.И. Петрова» Северного района Красноярского края")


def test_a_school_with_its_full_charter_name_can_be_registered(district, tmp_path):
    department = copy_profiles(district, tmp_path, "department")["department"]
    run = run_process("--data-dir", department, "school", "add", "--name", CHARTER_NAME, "--out", tmp_path / "e.enrollment")
    assert "Traceback" not in run.err
    assert run.code == 0, run.err


def without_page_breaks(text: str) -> str:
    """PDF text with what a page break puts inside a long cell taken out: the page number, the repeated
    table header and «1.2 (продолжение)»."""
    header = {"№", "п/п", "Наименование", "мероприятия", "Ожидаемый", "результат", "Фактический результат",
              "Ожидаемый результат Фактический результат"}
    lines = [line for line in text.splitlines() if line.strip() not in header and not re.fullmatch(r"\s*\d+\s*", line)]
    return "\n".join(re.sub(r"^\d+(?:\.\d+)* \(продолжение\) ", "", line) for line in lines)


LONG_ACTUAL = ("Проведены выезды кураторов в школу; по итогам каждого выезда составлена справка с адресными "
               "рекомендациями, рекомендации обсуждены на педагогическом совете. ") * 20
LONG_ACTUAL = LONG_ACTUAL[:2000].rstrip() + "."


def test_a_long_actual_result_is_accepted_by_progress_set(district, tmp_path):
    school = copy_profiles(district, tmp_path, "s3")["s3"]
    run = run_process("--data-dir", school, "progress", "set", "2.3", "--actual", LONG_ACTUAL)
    assert "Traceback" not in run.err
    assert run.code == 0, run.err


def test_a_long_actual_result_with_thirty_proofs_reaches_every_report(district, tmp_path):
    from app.profile import open_profile
    from app.progress import ProgressChange, set_progress

    copies = copy_profiles(district, tmp_path, "s3", "department")
    # Written through the service the command calls, so that this test is about the reports alone.
    store = open_profile(copies["s3"])
    try:
        set_progress(store, ProgressChange("2.3", actual=LONG_ACTUAL))
    finally:
        store.close()
    ok("--data-dir", copies["s3"], "export", "--out", tmp_path / "long.orientir")
    ok("--data-dir", copies["department"], "import", tmp_path / "long.orientir")
    for fmt, kind in (("docx", "spravka"), ("xlsx", "monitoring"), ("pdf", "spravka")):
        out = tmp_path / f"long.{fmt}"
        run = run_cli("--data-dir", copies["department"], "report", kind, "--format", fmt, "--out", out)
        assert run.code == 0, f"{fmt}: {run.err}"
        text = key(without_page_breaks(report_text(out)))
        assert key(LONG_ACTUAL) in text, fmt
        assert all(key(d) in text for d in THIRTY["document"]), fmt


def test_a_document_typed_with_an_iso_date_is_printed_dd_mm_yyyy(district, tmp_path):
    department = copy_profiles(district, tmp_path, "department")["department"]
    ok("--data-dir", department, "progress", "set", "3.2", "--document", "Приказ от 2024-03-01 № 17 «О подготовке отчёта»")
    out = tmp_path / "справка.docx"
    ok("--data-dir", department, "report", "spravka", "--format", "docx", "--out", out)
    text = report_text(out)
    assert key("Приказ от 01.03.2024 № 17 «О подготовке отчёта»") in key(text)
    assert not hygiene_problems(text)


# --- district B and empty profiles --------------------------------------------------------------------

@pytest.fixture(scope="module")
def district_b(tmp_path_factory) -> dict:
    """18_order_subject_only.docx: no sections; three schools, one result each, the department's own work."""
    root = tmp_path_factory.mktemp("district_b")
    department = root / "department"
    ok("--data-dir", department, "init", "department", "--name", "Отдел образования администрации Заречного района")
    ok("--data-dir", department, "roadmap", "import", DISTRICTS / "18_order_subject_only.docx")
    names = ["МБОУ «Заречная СОШ № 1»", "МКОУ «Лесная НОШ»", "МБОУ «Гимназия „Эврика“»"]
    actual = {names[0]: "Посещаемость группы риска проверяется еженедельно",
              names[1]: "Пробный экзамен проведён, результаты проанализированы",
              names[2]: "Проведено совещание"}
    numbers = {names[0]: "1", names[1]: "2", names[2]: "3"}
    for i, name in enumerate(names):
        ok("--data-dir", department, "school", "add", "--name", name, "--out", root / f"{i}.enrollment")
        ok("--data-dir", root / f"s{i}", "init", "school", "--enrollment", root / f"{i}.enrollment")
    ok("--data-dir", department, "export", "--out", root / "down.orientir")
    bundles = []
    for i, name in enumerate(names):
        ok("--data-dir", root / f"s{i}", "import", root / "down.orientir")
        ok("--data-dir", root / f"s{i}", "progress", "set", numbers[name], "--status", "done", "--actual", actual[name],
           "--document", f"Приказ от 1{i}.02.2025 № {i + 3} «Об итогах»")
        ok("--data-dir", root / f"s{i}", "export", "--out", root / f"up{i}.orientir")
        bundles.append(root / f"up{i}.orientir")
    ok("--data-dir", department, "import", *bundles)
    ok("--data-dir", department, "progress", "set", "4", "--status", "in_progress", "--actual", "Проведены две консультации")
    reports = {}
    for fmt, kind in (("pdf", "spravka"), ("docx", "spravka"), ("xlsx", "monitoring")):
        reports[fmt] = root / f"b.{fmt}"
        ok("--data-dir", department, "report", kind, "--format", fmt, "--out", reports[fmt])
    return {"reports": reports, "actual": actual, "progress": json.loads(ok("--data-dir", department, "progress", "show", "--json"))}


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_district_without_sections(district_b, fmt):
    path = district_b["reports"][fmt]
    assert_clean(path)
    text = key(report_text(path))
    for name, actual in district_b["actual"].items():
        assert key(name) in text and key(actual) in text, (fmt, name)
    assert key("Проведены две консультации") in text
    if fmt != "xlsx":
        assert key("от 16.01.2025 № 9") in text
        assert key("Муниципальный план мероприятий по повышению качества образования") in text


def test_district_without_sections_has_no_invented_section_row(district_b):
    """A roadmap with no sections at all should not get a made-up group heading above its only group."""
    text = pdf_text(district_b["reports"]["pdf"])
    assert "Мероприятия вне разделов" not in text


@pytest.fixture(scope="module")
def no_schools(tmp_path_factory) -> dict[str, object]:
    """A department that has loaded its roadmap (with indicators) and enrolled no school yet."""
    root = tmp_path_factory.mktemp("no_schools")
    department = root / "department"
    ok("--data-dir", department, "init", "department", "--name", "Управление образования Долинского муниципального округа")
    ok("--data-dir", department, "roadmap", "import", DISTRICTS / "13_same_sheet_indicators.xlsx")
    runs = {}
    for fmt, kind in (("pdf", "spravka"), ("docx", "spravka"), ("xlsx", "monitoring")):
        runs[fmt] = (run_cli("--data-dir", department, "report", kind, "--format", fmt, "--out", root / f"n.{fmt}"),
                     root / f"n.{fmt}")
    return runs


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_no_schools_yet_gives_a_report_or_a_clear_refusal(no_schools, fmt):
    run, path = no_schools[fmt]
    assert "Traceback" not in run.err
    if run.code != 0:
        assert run.code == 1 and re.search("[а-яА-Я]", run.err) and not path.exists()
        return
    text = key(report_text(path))
    for indicator in ("Доля ШНОР, вышедших из списка школ с низкими результатами",
                      "Доля педагогов ШНОР, прошедших диагностику профессиональных дефицитов"):
        assert key(indicator) in text, (fmt, indicator)
    if fmt != "xlsx":
        for target in ("30", "60", "80", "100"):
            assert target in report_text(path)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_no_schools_yet_report_has_no_empty_list(no_schools, fmt):
    run, path = no_schools[fmt]
    assert run.code == 0
    assert not hygiene_problems(report_text(path))


@pytest.mark.parametrize("fmt,kind", [("pdf", "spravka"), ("docx", "spravka"), ("xlsx", "monitoring")])
def test_profile_without_a_roadmap_is_refused_or_clean(tmp_path, fmt, kind):
    department = tmp_path / "department"
    ok("--data-dir", department, "init", "department", "--name", "Отдел образования")
    out = tmp_path / f"r.{fmt}"
    run = run_cli("--data-dir", department, "report", kind, "--format", fmt, "--out", out)
    assert "Traceback" not in run.err
    if run.code != 0:
        assert run.code == 1 and re.search("[а-яА-Я]", run.err) and not out.exists()
    else:
        assert not hygiene_problems(report_text(out))
