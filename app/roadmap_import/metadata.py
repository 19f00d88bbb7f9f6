"""The roadmap's title, period, approving order and goal, read from the text around its table.

- Title: the nearest paragraph above the table that starts like one («План мероприятий…»,
  «Дорожная карта…», «Календарный план…»), with the lines that continue it («по поддержке школ…»,
  «на 2024 год», «МБОУ «…»»); else a paragraph that mentions a roadmap; else the approving order's
  subject put in the nominative («Об утверждении плана мероприятий …» → «План мероприятий …»); else
  nothing (the caller uses the file name).
- Period: from the title («на 2024 год» → 01.01–31.12.2024; «в 2023-2024 учебном году» →
  01.09.2023–31.08.2024; «на 2020-2022 годы» → 01.01.2020–31.12.2022), else from the other text before
  the table (the text naming the plan first), else from the passport's «Сроки/Этапы реализации».
- Order: «от 15.01.2024 № 46», «25.12.2023 год №01-03/922», «№ 46 от 15.01.2024»; else the date of an
  «Утверждаю … «24» 10 2024г.» stamp (no number).
- Goal: «Цель: …» in a paragraph or the passport.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
_MONTH_WORD = r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*"
_DASH = r"\s*[-‐‑–—−]\s*"

_TITLE_START = re.compile(
    r"^(?:проект\s+)?(?:[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее)\s+){0,2}"
    r"(?:план\b|план-график|дорожн\w*\s+карт|«дорожн|\(«?дорожн|программ|антирисков|среднесрочн\w*\s+программ|"
    r"комплекс\s+мер|перечень\s+мероприятий|мероприятия\s+по|мероприятия\s+дорожн)",
    re.IGNORECASE,
)
_TITLE_MENTION = re.compile(r"дорожн\w*\s+карт|план\w*\s+мероприятий|план-график|программ\w*", re.IGNORECASE)
_NOT_TITLE = re.compile(
    r"^(?:об?\s+утвержд|утвердить|в\s+целях|во\s+исполнение|контроль|приложение|приказ|распоряжение|постановление|"
    r"\d+\.\s|[-•])",
    re.IGNORECASE,
)
# A sentence about the roadmap («Дорожная карта утверждена приказом … от 20.05.2022 №89») is no title.
_SENTENCE = re.compile(r"утвержд|\(далее|\bот\s+\d{1,2}\.\d{1,2}\.\d{2,4}", re.IGNORECASE)
# Lower case, a bracket or quote, «на 2025 год», «2025 год», or a school named by its abbreviation («МБОУ «Заречная СОШ» …»).
_CONTINUES_TITLE = re.compile(r"^(?:[a-zа-яё(«\"]|на\s+\d|в\s+\d|\d{4}\s*(?:г|год|уч|[-–/])|[А-ЯЁ]{2,6}\s*«)")
_MAX_TITLE = 400
_SUBJECT = re.compile(r"^об?\s+утверждении\s+(.+)$", re.IGNORECASE | re.DOTALL)
_NOMINATIVE = {
    "плана": "план", "плана-графика": "план-график", "дорожной": "дорожная", "карты": "карта", "комплекса": "комплекс",
    "программы": "программа", "перечня": "перечень", "муниципального": "муниципальный", "муниципальной": "муниципальная",
    "комплексного": "комплексный", "школьного": "школьный", "школьной": "школьная", "районного": "районный",
    "сводного": "сводный", "единого": "единый", "среднесрочной": "среднесрочная", "антирисковой": "антирисковая",
}
_HEAD_NOUNS = {"план", "план-график", "карта", "комплекс", "программа", "перечень"}
_ABBREVIATION_END = re.compile(r"^.*\b(?:г|гг|уч|т\.\s?[дп]|др|пр)\.(?=[\s:;,.]*$)", re.IGNORECASE | re.DOTALL)

_SCHOOL_YEAR = re.compile(r"(\d{4})(?:" + _DASH + r"|/)(\d{2,4})\s*(?:уч\.?|учебн\w*)\s*(?:г\.?|год\w*)?", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"(\d{4})" + _DASH + r"(\d{2,4})\s*(?:гг?\.?|год\w*)", re.IGNORECASE)
_ONE_YEAR = re.compile(r"(?:(?:на|в|за)\s+|^\s*)(\d{4})(?:\s*(?:г\.?|год\w*)|\s*$)", re.IGNORECASE)
_YEAR_RANGE_BARE = re.compile(r"(?:на|в|за)\s+(\d{4})" + _DASH + r"(\d{4})\s*$", re.IGNORECASE)
_DATE_SPAN = re.compile(r"с\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?|года)?\s*(?:по|" + _DASH + r")\s*(\d{1,2})\.(\d{1,2})\.(\d{4})", re.IGNORECASE)
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"")
_YEAR = re.compile(r"\b(20\d\d)\b")

_DATE = (
    r"(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})"
    r"|«?\s*(?P<d2>\d{1,2})\s*»?\s*(?P<m2>" + _MONTH_WORD + r"|\d{1,2})\.?\s*(?P<y2>\d{4}))"
    r"\s*(?:г\.?|года?|год)?"
)
_ORDER_NUMBER = r"(?:№|N|No)\s*(?P<n>[\w]+(?:[-/.][\w]+)*)"
_ORDER_DATE_FIRST = re.compile(r"(?:от\s+)?" + _DATE + r"\s*\.?\s*" + _ORDER_NUMBER, re.IGNORECASE)
_ORDER_NUMBER_FIRST = re.compile(_ORDER_NUMBER + r"\s+от\s+" + _DATE, re.IGNORECASE)
_STAMP = re.compile(r"утвержда|утвержден|утверждён|согласован", re.IGNORECASE)
_ANY_DATE = re.compile(_DATE, re.IGNORECASE)
_ORDER_WORDS = re.compile(r"приказ|распоряжени|постановлени|утвержд|решени|^\s*от\s", re.IGNORECASE)
_GOAL = re.compile(r"^цель(?:\s+\w+){0,3}\s*[:.–—-]\s*(.+)$", re.IGNORECASE | re.DOTALL)
_PERIOD_LABEL = re.compile(r"срок|период|этап", re.IGNORECASE)


@dataclass
class Metadata:
    title: str = ""
    period: tuple[date, date] | None = None
    order_number: str = ""
    order_date: date | None = None
    goal: str = ""


def read_metadata(
    before: list[str | None],
    paragraphs: list[str] | None = None,
    passport: list[tuple[str, str]] | None = None,
) -> Metadata:
    """Metadata from the paragraphs before the roadmap table (None marks a table between them)."""
    paragraphs = paragraphs or []
    passport = passport or []
    found = Metadata()
    found.title = find_title(before)
    texts = [p for p in before if p]
    # A year in the order's other sentences («по итогам ВПР в 2024 году») is about something else: the text
    # naming the plan («Об утверждении плана … на 2025 год») is asked first.
    found.period = (
        period_in(found.title)
        or _first(period_in(t) for t in reversed(texts) if _TITLE_MENTION.search(t))
        or _first(period_in(t) for t in reversed(texts))
    )
    if found.period is None:
        found.period = _passport_period(passport)
    found.order_number, found.order_date = find_order(texts)
    found.goal = _goal(paragraphs, passport)
    return found


def find_title(before: list[str | None]) -> str:
    """The title: the nearest title-like paragraph above the table, continued by the lines after it."""
    for start in range(len(before) - 1, -1, -1):
        text = before[start]
        # A title starts with a capital: a line in lower case continues one («мероприятий («дорожная карта»)»).
        if text and _TITLE_START.match(_strip_marks(text)) and not text[0].islower() and _may_be_title(text):
            return _continued(before, start)
    for start in range(len(before) - 1, -1, -1):
        text = before[start]
        if text and _TITLE_MENTION.search(text) and not text[0].islower() and _may_be_title(text) and len(text) <= _MAX_TITLE:
            return _continued(before, start)
    for text in before:
        subject = _approved_subject(text or "")
        if subject:
            return subject
    return ""


def _approved_subject(text: str) -> str:
    """«Об утверждении муниципального плана мероприятий …» → «Муниципальный план мероприятий …»; "" for other text.

    With no heading over the table, the order's subject is the only name the roadmap has; its first
    words are put back in the nominative, the rest is kept as written.
    """
    found = _SUBJECT.match(text)
    if not found or len(text) > _MAX_TITLE:
        return ""
    words = found.group(1).split(" ")
    named = 0
    while named < len(words) and words[named].casefold() in _NOMINATIVE:
        named += 1
    if not any(_NOMINATIVE[w.casefold()] in _HEAD_NOUNS for w in words[:named]):
        return ""
    head = " ".join(_NOMINATIVE[w.casefold()] for w in words[:named])
    title = " ".join([head, *words[named:]]).replace("«дорожной карты»", "«дорожная карта»")
    return _tidy(title[0].upper() + title[1:])


def _may_be_title(text: str) -> bool:
    # «Мероприятия по разделам приведены ниже:» introduces the table, it does not name it.
    return not _NOT_TITLE.match(text) and not _SENTENCE.search(text) and not text.rstrip().endswith(":")


def _continued(before: list[str | None], start: int) -> str:
    parts = [_strip_marks(before[start] or "")]
    for text in before[start + 1:]:
        if text is None or len(text) > 250:
            break
        # «ДОРОЖНАЯ КАРТА» / «ПО ПОВЫШЕНИЮ КАЧЕСТВА»: a title typed in capitals goes on in capitals.
        if not _CONTINUES_TITLE.match(text) and not (text.isupper() and parts[-1].isupper()):
            break
        parts.append(text)
    return _tidy(" ".join(parts))


def _strip_marks(text: str) -> str:
    return text.lstrip("#*_ ").rstrip("*_ ")


def _tidy(text: str) -> str:
    """Spaces evened out and the closing punctuation dropped, except the dot of an abbreviation («2024–2026 гг.»)."""
    text = " ".join(text.split())
    kept = _ABBREVIATION_END.search(text)
    return kept.group(0).strip() if kept else text.rstrip(":;,. ").strip()


def _first(values):
    return next((v for v in values if v), None)


# --- period -----------------------------------------------------------------------------------


def _full_year(start: int, text: str) -> int:
    """«2023-24» → 2024: a two-digit second year takes the century of the first."""
    value = int(text)
    return value + (start // 100) * 100 if value < 100 else value


def period_in(text: str) -> tuple[date, date] | None:
    """A roadmap period stated in the text; phrases outside «quotes» win, the last one first."""
    if not text:
        return None
    outside = _QUOTED.sub(" ", text)
    return _period(outside) or _period(text)


def _period(text: str) -> tuple[date, date] | None:
    """The last period the text states: a date span, a school year, a range of years, or one year."""
    found: list[tuple[int, tuple[date, date]]] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, period: tuple[date, date]) -> None:
        found.append((match.start(), period))
        taken.append(match.span())

    def free(match: re.Match) -> bool:
        return not any(a <= match.start(1) < b for a, b in taken)

    for match in _DATE_SPAN.finditer(text):
        d1, m1, y1, d2, m2, y2 = map(int, match.groups())
        try:
            add(match, (date(y1, m1, d1), date(y2, m2, d2)))
        except ValueError:
            continue
    for match in _SCHOOL_YEAR.finditer(text):
        first, last = int(match.group(1)), _full_year(int(match.group(1)), match.group(2))
        if free(match) and first <= last <= first + 10:
            add(match, (date(first, 9, 1), date(last, 8, 31)))
    for match in (*_YEAR_RANGE.finditer(text), *_YEAR_RANGE_BARE.finditer(text)):
        first, last = int(match.group(1)), _full_year(int(match.group(1)), match.group(2))
        if free(match) and first <= last <= first + 10:
            add(match, (date(first, 1, 1), date(last, 12, 31)))
    for match in _ONE_YEAR.finditer(text):
        if free(match):
            year = int(match.group(1))
            add(match, (date(year, 1, 1), date(year, 12, 31)))
    if not found:
        return None
    return max(found, key=lambda item: item[0])[1]


def _passport_period(passport: list[tuple[str, str]]) -> tuple[date, date] | None:
    """The years a passport's «Сроки реализации» or «Этапы реализации» names, as whole calendar years."""
    for label, value in passport:
        if not _PERIOD_LABEL.search(label):
            continue
        period = period_in(value)
        if period:
            return period
        years = [int(y) for y in _YEAR.findall(value)]
        if years:
            return date(min(years), 1, 1), date(max(years), 12, 31)
    return None


# --- order ------------------------------------------------------------------------------------


def _date_of(match: re.Match) -> date | None:
    groups = match.groupdict()
    try:
        if groups.get("d"):
            year = int(groups["y"])
            year += 2000 if year < 100 else 0
            return date(year, int(groups["m"]), int(groups["d"]))
        if groups.get("d2"):
            month_text = groups["m2"].casefold()
            month = int(month_text) if month_text.isdigit() else _month(month_text)
            return date(int(groups["y2"]), month, int(groups["d2"]))
    except (ValueError, TypeError):
        return None
    return None


def _month(word: str) -> int | None:
    for stem, number in MONTHS.items():
        if word.startswith(stem):
            return number
    return None


def find_order(texts: list[str]) -> tuple[str, date | None]:
    """(number, date) of the approving order; ("", stamp date) for an «Утверждаю» stamp; ("", None)."""
    candidates: list[tuple[int, str, date]] = []
    for index, text in enumerate(texts):
        for pattern in (_ORDER_DATE_FIRST, _ORDER_NUMBER_FIRST):
            for match in pattern.finditer(text):
                when = _date_of(match)
                number = match.group("n").rstrip(".")
                if when is None or not number:
                    continue
                # A line of its own («от 28.02.2020 № 49-ра») or an order named as such comes first.
                rank = 0 if len(text) <= 60 or _ORDER_WORDS.search(text[: match.start()] or text) else 1
                candidates.append((rank * 1000 + index, number, when))
    if candidates:
        _, number, when = min(candidates)
        return number, when
    for index, text in enumerate(texts):
        if _STAMP.search(text):
            for following in texts[index: index + 6]:
                match = _ANY_DATE.search(following)
                if match and _date_of(match):
                    return "", _date_of(match)
    return "", None


# --- goal -------------------------------------------------------------------------------------


def _goal(paragraphs: list[str], passport: list[tuple[str, str]]) -> str:
    for label, value in passport:
        if label.casefold().startswith("цель"):
            return _tidy(value)
    for text in paragraphs:
        match = _GOAL.match(text.lstrip("*_ ").replace("**", ""))
        if match:
            return _tidy(match.group(1))
    return ""
