"""Other districts' roadmaps through the command line, compared field by field with values written by hand.

The documents in fixtures/roadmaps/districts/ are shaped unlike the seeds (see its build.py). Each is
imported into a fresh department with `roadmap import`, read back with `roadmap show --json`, and every
field is compared: the roadmap's title and period, and each activity's number, section, title,
responsible, deadline text, windows, recurrence and expected result. The accuracy per field is printed;
the whole must be at least 98%, and every mismatch is listed.
"""

from __future__ import annotations

import json
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from tests.fixtures.roadmaps.districts.expected import EXPECTED

FOLDER = Path(__file__).resolve().parent / "fixtures" / "roadmaps" / "districts"
ITEM_FIELDS = ("number", "section", "title", "responsible", "deadline_text", "windows", "recurrence", "result")
BAR = 0.98


def _import(cli, root: Path, name: str) -> dict:
    assert cli("--data-dir", root, "init", "department", "--name", "Управление образования").code == 0
    result = cli("--data-dir", root, "roadmap", "import", FOLDER / name)
    assert result.code == 0, f"{name}: {result.err}"
    shown = cli("--data-dir", root, "roadmap", "show", "--json")
    assert shown.code == 0, shown.err
    [roadmap] = json.loads(shown.out)["roadmaps"]
    return roadmap


def _pairs(found: list[dict], wanted: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Activities matched in order by (number, title): a missing or extra row does not shift all after it."""
    key = lambda item: (item["number"], item["title"])  # noqa: E731
    matcher = SequenceMatcher(None, [key(i) for i in found], [key(i) for i in wanted], autojunk=False)
    pairs, missing, extra = [], [], []
    for tag, f0, f1, w0, w1 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and f1 - f0 == w1 - w0):
            pairs += list(zip(found[f0:f1], wanted[w0:w1], strict=True))
        else:
            extra += found[f0:f1]
            missing += wanted[w0:w1]
    return pairs, missing, extra


def _compare(name: str, roadmap: dict, expected: dict, right: Counter, total: Counter, mismatches: list[str]) -> None:
    for field in ("title", "period"):
        total[f"roadmap {field}"] += 1
        if roadmap[field] == expected[field]:
            right[f"roadmap {field}"] += 1
        else:
            mismatches.append(f"{name}: {field}: got {roadmap[field]!r}, want {expected[field]!r}")
    pairs, missing, extra = _pairs(roadmap["items"], expected["items"])
    for found, wanted in pairs:
        for field in ITEM_FIELDS:
            total[field] += 1
            if found[field] == wanted[field]:
                right[field] += 1
            else:
                mismatches.append(f"{name} #{wanted['number'] or wanted['title'][:30]}: {field}: got {found[field]!r}, "
                                  f"want {wanted[field]!r}")
    for what, items in (("missing", missing), ("extra", extra)):
        for item in items:
            total.update(ITEM_FIELDS)
            mismatches.append(f"{name}: {what} activity {item['number']!r} {item['title'][:60]!r}")


def test_other_districts_documents_read_field_by_field(tmp_path, cli):
    right: Counter = Counter()
    total: Counter = Counter()
    mismatches: list[str] = []
    for index, (name, expected) in enumerate(sorted(EXPECTED.items())):
        roadmap = _import(cli, tmp_path / f"d{index}", name)
        _compare(name, roadmap, expected, right, total, mismatches)
    overall = sum(right.values()) / sum(total.values())
    print(f"\n{len(EXPECTED)} documents, {sum(total.values())} fields:")
    for field in ("roadmap title", "roadmap period", *ITEM_FIELDS):
        print(f"  {field:14} {right[field]:4} of {total[field]:4}  {right[field] / total[field]:.1%}")
    print(f"  {'overall':14} {sum(right.values()):4} of {sum(total.values()):4}  {overall:.1%}")
    for line in mismatches:
        print("  " + line)
    assert overall >= BAR, "\n".join(mismatches)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_document_exactly(name, tmp_path, cli):
    """Every field of one document; the overall bar above allows 2%, the documents here are read exactly."""
    right: Counter = Counter()
    total: Counter = Counter()
    mismatches: list[str] = []
    _compare(name, _import(cli, tmp_path, name), EXPECTED[name], right, total, mismatches)
    assert not mismatches, "\n".join(mismatches)


# --- title and period from the preambles districts write ------------------------------------------


@pytest.mark.parametrize(
    ("before", "title", "period"),
    [
        (["Об утверждении плана мероприятий по поддержке школ с низкими результатами на 2025 год",
          "Приложение к приказу от 10.01.2025 № 12-од", "План мероприятий по поддержке школ с низкими результатами"],
         "План мероприятий по поддержке школ с низкими результатами", ("2025-01-01", "2025-12-31")),
        # Nothing but the order's subject names the roadmap.
        (["ПРИКАЗ", "от 10.01.2025 № 12-од", "Об утверждении плана мероприятий («дорожной карты») по поддержке школ на 2025 год",
          "По итогам ВПР в 2024 году ПРИКАЗЫВАЮ:", "1. Утвердить прилагаемый план."],
         "План мероприятий («дорожная карта») по поддержке школ на 2025 год", ("2025-01-01", "2025-12-31")),
        (["План работы МБОУ «Озёрная СОШ» по повышению качества образования в 2024/2025 учебном году"],
         "План работы МБОУ «Озёрная СОШ» по повышению качества образования в 2024/2025 учебном году",
         ("2024-09-01", "2025-08-31")),
        (["Комплексный план мероприятий по повышению качества образования на 2024–2026 гг."],
         "Комплексный план мероприятий по повышению качества образования на 2024–2026 гг.", ("2024-01-01", "2026-12-31")),
        (["ДОРОЖНАЯ КАРТА", "МБОУ «Заречная СОШ» на 2024/25 учебный год"],
         "ДОРОЖНАЯ КАРТА МБОУ «Заречная СОШ» на 2024/25 учебный год", ("2024-09-01", "2025-08-31")),
        (["ПЛАН МЕРОПРИЯТИЙ", "по повышению качества образования", "2025 год"],
         "ПЛАН МЕРОПРИЯТИЙ по повышению качества образования 2025 год", ("2025-01-01", "2025-12-31")),
        (["Дорожная карта по сопровождению школ на период с 01.09.2024 по 31.05.2025"],
         "Дорожная карта по сопровождению школ на период с 01.09.2024 по 31.05.2025", ("2024-09-01", "2025-05-31")),
    ],
)
def test_title_and_period_from_varied_preambles(before, title, period):
    from app.roadmap_import.metadata import read_metadata

    found = read_metadata(before)
    assert found.title == title
    assert tuple(d.isoformat() for d in found.period) == period


# --- odd but valid documents: nothing crashes ----------------------------------------------------

HEADER = ["№", "Мероприятие", "Срок", "Ответственный", "Результат"]
ROW = ["1", "Семинар для учителей математики", "март 2025 г.", "методист ИМЦ", "протокол"]


def _word(path: Path, tables: list[tuple[list[list[str]], list[tuple[int, int, int, int]]]], paragraphs=()) -> Path:
    from docx import Document

    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for rows, merges in tables:
        grid = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r0, c0, r1, c1 in merges:
            grid.cell(r0, c0).merge(grid.cell(r1, c1))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text:
                    grid.cell(r, c).text = text
    document.save(path)
    return path


ODD_TABLES = {
    "one column": ([["Перечень школ"], ["МБОУ «СОШ № 1»"], ["МБОУ «СОШ № 2»"]], []),
    "header only": ([HEADER], []),
    "one merged cell": ([HEADER, ["", "", "", "", ""]], [(0, 0, 1, 4)]),
    "header and empty rows": ([HEADER, [""] * 5, [""] * 5], []),
}


@pytest.mark.parametrize("shape", sorted(ODD_TABLES))
def test_an_odd_table_alone_is_refused_in_words(shape, tmp_path, cli):
    root = tmp_path / "profile"
    assert cli("--data-dir", root, "init", "department", "--name", "Управление образования").code == 0
    path = _word(tmp_path / "odd.docx", [ODD_TABLES[shape]], ["План мероприятий на 2025 год"])
    result = cli("--data-dir", root, "roadmap", "import", path)
    assert result.code == 1
    assert "не найдена таблица дорожной карты" in result.err and "Traceback" not in result.err


def test_odd_tables_around_a_roadmap_are_passed_over(tmp_path, cli):
    root = tmp_path / "profile"
    assert cli("--data-dir", root, "init", "department", "--name", "Управление образования").code == 0
    tables = [ODD_TABLES[name] for name in sorted(ODD_TABLES)]
    path = _word(tmp_path / "plan.docx", [tables[0], tables[1], ([HEADER, ROW], []), *tables[2:]],
                 ["План мероприятий на 2025 год"])
    result = cli("--data-dir", root, "roadmap", "import", path)
    assert result.code == 0, result.err
    [roadmap] = json.loads(cli("--data-dir", root, "roadmap", "show", "--json").out)["roadmaps"]
    assert roadmap["title"] == "План мероприятий на 2025 год"
    assert [(i["number"], i["title"], i["windows"]) for i in roadmap["items"]] == [
        ("1", "Семинар для учителей математики", [["2025-03-01", "2025-03-31"]])]


# --- the same activities in many random layouts ------------------------------------------------

LAYOUTS = 80


def test_random_layouts_read_the_same(tmp_path):
    """Documents from fixtures/roadmaps/districts/shuffle.py: every layout must give back what was written."""
    import random

    from app.roadmap_import.detector import detect
    from app.roadmap_import.metadata import read_metadata
    from app.roadmap_import.readers import read_document
    from app.roadmap_import.service import _reads_as_deadline
    from tests.fixtures.roadmaps.districts.build import _docx, _xlsx
    from tests.fixtures.roadmaps.districts.shuffle import random_roadmap

    wrong = []
    for seed in range(LAYOUTS):
        rng = random.Random(seed)
        kind = rng.choice(["docx", "xlsx"])
        case = random_roadmap(rng, kind)
        path = tmp_path / f"layout{seed}.{kind}"
        (_docx if kind == "docx" else _xlsx)(path, case.content)
        found = detect(read_document(path), reads_as_deadline=_reads_as_deadline)
        meta = read_metadata(found.before, found.paragraphs, found.passport)
        got = (meta.title, [d.isoformat() for d in meta.period or ()],
               [(a.number, a.section, a.title, a.responsible, a.deadline_text, a.result) for a in found.activities])
        want = (case.title, case.period,
                [(i["number"], i["section"], i["title"], i["responsible"], i["deadline"], i["result"]) for i in case.items])
        if got != want:
            wrong.append(f"seed {seed} ({kind}, {case.choices}):\n  got  {got}\n  want {want}")
    assert not wrong, "\n".join(wrong)
