"""Reading deadlines as people write them: the table of wordings from the seeds and other districts,
the notes a person sees when a part cannot be read, and that no text or period makes the reader fail."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.deadlines import LIMIT, Deadline, read_deadline, recurrence_name

TABLE = Path(__file__).parent / "data" / "deadlines.tsv"
SCHOOL_YEAR = (date(2024, 9, 1), date(2025, 8, 31))
SEED_001 = (date(2020, 1, 1), date(2022, 12, 31))
RECURRENCES = {"weekly", "monthly", "quarterly", "semiannual", "yearly", "event"}
# Rows of the table the reader is allowed to get wrong, each with the reason. None at present.
DELIBERATE_EXCEPTIONS: dict[str, str] = {}


def _range(text: str) -> tuple[date, date]:
    start, end = text.split("..")
    return date.fromisoformat(start), date.fromisoformat(end)


def _rows() -> list[tuple[str, tuple[date, date] | None, tuple, str | None, bool]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, period, windows, recurrence, issue = line.split("\t")
        rows.append((
            text,
            None if period == "-" else _range(period),
            () if windows == "-" else tuple(_range(w.strip()) for w in windows.split(";")),
            None if recurrence == "-" else recurrence,
            issue == "issue",
        ))
    return rows


ROWS = _rows()


def _matches(row) -> bool:
    text, period, windows, recurrence, has_issue = row
    found = read_deadline(text, period)
    return (found.windows, found.recurrence, found.issue is not None) == (windows, recurrence, has_issue)


def test_the_table_is_read_as_a_person_reads_it():
    assert len({row[0] for row in ROWS}) >= 170
    wrong = [row for row in ROWS if not _matches(row)]
    rate = 1 - len(wrong) / len(ROWS)
    print(f"\ndeadline table: {len(ROWS) - len(wrong)} of {len(ROWS)} read exactly ({rate:.1%})")
    for text, period, *_ in wrong:
        print(f"  differs: {text!r} (period {period}) -> {read_deadline(text, period)}")
    assert rate >= 0.98
    assert {row[0] for row in wrong} <= set(DELIBERATE_EXCEPTIONS)


@pytest.mark.parametrize("row", ROWS, ids=[f"{i}" for i in range(len(ROWS))])
def test_the_text_is_kept_as_written(row):
    text, period, *_ = row
    assert read_deadline(text, period).text == text


def test_the_seed_wordings_are_all_understood():
    seed_001 = ["весь период", "в течение года", "до апреля 2020 года", "март 2020 года",
                "2020-2022 годы, ежегодно 2 раза в год", "ежегодно (2020-2022 годы), ежеквартально",
                "в течение 2020 года", "весь период (по графику ОУ)", "весь период (по плану ОУ)", "ежегодно",
                "2020-2022 годы", "Февраль 2020 года", "ежегодно (2020-2022 годы)", "2017-2020 годы, 1 раз в год"]
    seed_002 = ["до 17.01.2025", "до 24.01.2025", "До 28.03.2025", "1 раз в квартал", "До 20.05.2025"]
    for text in seed_001:
        found = read_deadline(text, SEED_001)
        assert found.issue is None and found.windows, text
    for text in seed_002:
        found = read_deadline(text, SCHOOL_YEAR)
        assert found.issue is None and found.windows, text


@pytest.mark.parametrize("text, quoted", [
    ("марь 2024", "«марь 2024»"),
    ("15.03.202", "«15.03.202»"),
    ("31.04.2024", "«31.04.2024»"),
    ("март 2025, 15", "«15»"),
    ("Март  20244 (СОШ №2)", "«Март  20244»"),
])
def test_the_note_quotes_what_could_not_be_read(text, quoted):
    found = read_deadline(text, SCHOOL_YEAR)
    assert found.issue is not None and quoted.replace("  ", " ") in found.issue
    assert found.text == text


def test_a_text_with_no_date_says_so_and_gives_no_window():
    for text in ("сроки уточняются", "см. приложение", "", "   ", "—"):
        found = read_deadline(text, SCHOOL_YEAR)
        assert found.windows == () and found.recurrence is None
        assert found.issue and found.issue[0].isupper()


def test_the_period_is_never_guessed():
    assert read_deadline("март").windows == ()
    assert "год" in read_deadline("март").issue
    whole = read_deadline("весь период")
    assert whole.windows == () and "период" in whole.issue
    # Several years in the period: which March is meant cannot be told.
    assert read_deadline("март", SEED_001).windows == ()
    assert read_deadline("март", SEED_001).issue


def test_february_29_only_in_leap_years():
    assert read_deadline("29.02.2024").windows == ((date(2024, 2, 29), date(2024, 2, 29)),)
    assert read_deadline("29.02.2023").windows == ()
    assert read_deadline("февраль 2024").windows == ((date(2024, 2, 1), date(2024, 2, 29)),)
    assert read_deadline("29 февраля", (date(2023, 9, 1), date(2024, 8, 31))).windows == (
        (date(2024, 2, 29), date(2024, 2, 29)),)


def test_the_same_window_twice_is_given_once_and_windows_are_sorted():
    found = read_deadline("май 2025, март 2025, май 2025")
    assert found.windows == ((date(2025, 3, 1), date(2025, 3, 31)), (date(2025, 5, 1), date(2025, 5, 31)))


def test_control_characters_and_odd_spaces_are_spaces():
    found = read_deadline("\x00март\t2025\u00a0г.\r\n\u200b", SCHOOL_YEAR)
    assert found.windows == ((date(2025, 3, 1), date(2025, 3, 31)),) and found.issue is None


def test_a_huge_text_is_read_in_part_and_says_so():
    text = "март 2025 " + "очень длинное примечание " * 10_000
    found = read_deadline(text, SCHOOL_YEAR)
    assert found.text == text
    assert found.windows == ((date(2025, 3, 1), date(2025, 3, 31)),)
    assert str(LIMIT) in found.issue


def test_periods_in_any_form_a_caller_may_pass():
    as_datetimes = (datetime(2024, 9, 1, 10, 0), datetime(2025, 8, 31, 18, 0))
    assert read_deadline("весь период", as_datetimes).windows == (SCHOOL_YEAR,)
    backwards = (date(2025, 8, 31), date(2024, 9, 1))
    assert read_deadline("весь период", backwards).windows == ()
    assert read_deadline("весь период", [date(2024, 9, 1), date(2025, 8, 31)]).windows == (SCHOOL_YEAR,)


def test_the_result_cannot_be_changed_by_mistake():
    found = read_deadline("март 2025")
    with pytest.raises(FrozenInstanceError):
        found.windows = ()  # type: ignore[misc]


def test_recurrence_names_for_the_window():
    assert recurrence_name("monthly") == "ежемесячно"
    assert recurrence_name("event") == "по событию"
    assert recurrence_name("semiannual") == "раз в полугодие"
    assert {recurrence_name(code) for code in RECURRENCES} >= {"еженедельно", "ежеквартально", "ежегодно"}
    assert recurrence_name(None) == "" and recurrence_name("fortnightly") == ""


PIECES = ["январь", "января", "мар.", "сент", "мая", "15", "31", "29", "02", "2024", "2025", "20244", "1999",
          "2023/24", "-", "–", " ", ",", ".", "(", ")", "№", "г.", "уч.", "кв", "квартал", "I", "IV", "полугодие",
          "четверть", "до", "с", "по", "не позднее", "конца", "ежегодно", "2 раза в год", "раз в 3 года",
          "весь период", "по плану", "15.03.2024", "31.02.2024", "29.02", "01.01.99", "9999", "0", "марь", "и"]
TEXTS = st.text() | st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=12).map("".join)
PERIODS = st.none() | st.tuples(st.dates(), st.dates()).map(lambda p: tuple(sorted(p))) | st.tuples(
    st.dates(date(2015, 1, 1), date(2030, 1, 1)), st.integers(0, 1500)).map(lambda p: (p[0], p[0] + timedelta(p[1])))


@settings(max_examples=400, deadline=None)
@given(TEXTS, PERIODS)
def test_any_text_and_period_give_a_sane_deadline(text, period):
    found = read_deadline(text, period)
    assert isinstance(found, Deadline) and found.text == text
    assert found.recurrence is None or found.recurrence in RECURRENCES
    assert found.issue is None or found.issue.strip()
    assert list(found.windows) == sorted(set(found.windows))
    low, high = (1988, 2101) if period is None else (min(1988, period[0].year - 2), max(2101, period[1].year + 2))
    for start, end in found.windows:
        assert start <= end and low <= start.year and end.year <= high
