"""Reading the deadlines people write in roadmaps: «до 17.01.2025», «сентябрь-октябрь», «весь период».

`read_deadline(text, period)` keeps the text as written and adds what it means: inclusive date windows,
a recurrence code (weekly … yearly, or event for «по результатам ВПР») and, when part of the text could
not be read, a Russian note saying which part. It never guesses: a month written without a year is
placed by its neighbours («Февраль, май 2024») or by the roadmap's period, and only when that gives
one answer; otherwise the note says so and no window is given.

The text is folded character for character (lower case, «ё» → «е», every dash → «-»), so positions
in the folded text are positions in the original and the note can quote what the person wrote.
Fixed wording (recurrences, events, «весь период») is taken out first; what remains is cut into
tokens and read as dates, months, years, quarters, halves and school terms, single or in ranges.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.i18n import fill, translate

Window = tuple[date, date]

LIMIT = 1000  # characters read; a deadline cell is a line or two, the rest is pasted by mistake
_FIRST_YEAR, _LAST_YEAR = 1990, 2099
# Most frequent first: when a cell names several («ежегодно 2 раза в год»), the most frequent counts.
_PERIODIC = (("weekly", 52), ("monthly", 12), ("quarterly", 4), ("semiannual", 2), ("yearly", 1))


@dataclass(frozen=True)
class Deadline:
    """A deadline as written, and what could be read from it."""

    text: str
    windows: tuple[Window, ...] = ()
    recurrence: str | None = None
    issue: str | None = None


def recurrence_name(code: str | None) -> str:
    """The word shown to people for a recurrence code; "" for none."""
    names = {
        "weekly": translate("Deadlines", "еженедельно"),
        "monthly": translate("Deadlines", "ежемесячно"),
        "quarterly": translate("Deadlines", "ежеквартально"),
        "semiannual": translate("Deadlines", "раз в полугодие"),
        "yearly": translate("Deadlines", "ежегодно"),
        "event": translate("Deadlines", "по событию"),
    }
    return names.get(code or "", "")


# --- folding ---------------------------------------------------------------------------------

_FOLD = str.maketrans({"ё": "е", "і": "i", **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}})
_BLANKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u205f\u2060\u3000\ufeff]")
_LATIN = re.compile(r"[a-z]")
# Latin letters typed inside a Russian word («мaрт» with a Latin «a») are read as the Cyrillic ones.
_MIXED = re.compile(r"[a-zа-я]*(?:[a-z][а-я]|[а-я][a-z])[a-zа-я]*")
_LOOKALIKES = str.maketrans("aceopxykmtbh", "асеорхукмтвн")
_LATIN_C = re.compile(r"(?<![a-zа-я])c(?![a-zа-я])")


def _fold(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # «İ» lowers to two characters; keep one so positions still match
        low = "".join(ch.lower()[0] for ch in text)
    low = _BLANKS.sub(" ", low.translate(_FOLD))
    if _LATIN.search(low):
        low = _LATIN_C.sub("с", _MIXED.sub(lambda m: m.group().translate(_LOOKALIKES), low))
    return low


# --- fixed wording -----------------------------------------------------------------------------

_B, _E = r"(?<![0-9a-zа-я])", r"(?![a-zа-я])"
_COUNTS = {"один": 1, "одна": 1, "два": 2, "две": 2, "дважды": 2, "три": 3, "трижды": 3, "четыре": 4}
_PER_YEAR = {"нед": 52, "мес": 12, "ква": 4, "чет": 4, "пол": 2, "учебный": 1, "год": 1, "лет": 1}
_COUNTED = re.compile(
    _B + r"(?:(?P<n>[0-9]{1,3}|один|одна|два|две|три|четыре)\s*-?\s*)?(?:раза?|(?P<adv>дважды|трижды))\s+в\s+"
    r"(?:(?P<k>[0-9]{1,2}|два|две|три)\s+)?"
    r"(?P<unit>недел[юи]|месяца?|квартал|четверть|полугодие|пол\s*-?\s*года|учебный\s+год|года?|лет)" + _E
)
_UNTIL_DAY = re.compile(  # «до 5 числа каждого месяца»: a day in every month, not a date
    _B + r"(?:до|к|не\s+позднее|не\s+позже)\s+[0-9]{1,2}\s*(?:-?\s*(?:го|ого))?\s+числ[а-я]*" + _E
)
_AFTER = r"по\s+(?:итогам|окончании|завершении|результатам)\s+"
_AFTER_QUARTER = re.compile(r"[\s,]*(?:месяца?[\s,]+)?следующ[а-я]*\s+за\s+(?:отчетн[а-я]*\s+)?квартал")


def _phrases(*alternatives: str) -> str:
    """Whole words only: «по плану» but not «по планированию…» cut in the middle of a word."""
    return _B + "(?:" + "|".join(alternatives) + ")" + _E


_WORDED = re.compile(_phrases(*(f"(?P<{code}>{pattern})" for code, pattern in (
    ("weekly", r"еженедельн[а-я]*|понедельно|кажд[а-я]*\s+недел[а-я]*"),
    ("monthly", r"ежемесячн[а-я]*|помесячно|по\s+месяцам|кажд[а-я]*\s+месяц[а-я]*"),
    ("quarterly", r"ежекварт[а-я]*|поквартальн[а-я]*|по\s+(?:кварталам|четвертям)"
                  r"|кажд[а-я]*\s+(?:квартал|четверт)[а-я]*"
                  rf"|{_AFTER}(?:каждо[йг]о?\s+)?(?:учебной\s+)?(?:четверти|квартала)"),
    ("semiannual", r"полугодов[а-я]*|по\s+полугодиям|кажд[а-я]*\s+полугоди[а-я]*"
                   rf"|{_AFTER}(?:каждого\s+)?(?:учебного\s+)?полугодия"),
    ("yearly", r"ежегодн[а-я]*|кажд[а-я]*\s+(?:учебн[а-я]+\s+)?год[а-я]*"
               rf"|{_AFTER}(?:учебного\s+|календарного\s+)?года"),
))))
_EVENT = re.compile(_phrases(
    r"по\s+мере\s+[а-я]+",
    rf"{_AFTER}(?![0-9])[а-я]+",
    r"по\s+(?:[а-я]+(?:ому|ему|ым|им)\s+)?(?:график|план|расписани|запрос|требовани|согласовани|приказ|заявк"
    r"|распоряжени|указани|поручени|решени|приглашени)[а-я]*",
    r"по\s+(?:факту|необходимости|ситуации)",
    r"(?:согласно|в\s+соответствии\s+с)\s+(?:график|план|расписани|приказ|срок)[а-я]*",
    r"при\s+(?:необходимости|наличии|поступлении|проведении|возникновении|получении)",
    r"в\s+установленн[а-я]+\s+срок[а-я]*",
    r"в\s+сроки[,\s]+(?:установленн|определенн|предусмотренн|проведени)[а-я]*",
    r"(?:в\s+период|во\s+время|в\s+дни|после)\s+(?:проведения|получения|окончания|объявления)",
    r"в\s+зависимости\s+от",
))
_NO_YEAR_AFTER = r"(?!\s*[0-9])"  # «в течение года» is the period, «в течение года 2024-2025» is not
_WHOLE = re.compile(_phrases(
    r"(?:на\s+)?весь\s*(?:период|срок)(?:\s+реализации)?",
    r"(?:в\s*течени[еи]|в\s*теч\.|на\s+протяжении|в\s+ходе)\s*(?:всего\s+)?(?:период[а-я]*|срок[а-я]*)(?:\s+реализации)?",
    # «в теч. уч. года»: the words shortened as in a narrow column
    r"(?:в\s*течени[еи]|в\s*теч\.|на\s+протяжении)\s*(?:всего\s+)?(?:текущего\s+)?(?:учебного\s+|уч\.\s*|календарного\s+)?года"
    + _NO_YEAR_AFTER,
    r"в\s+период\s+реализации",
    r"(?:в\s+)?текущ(?:ем|ий)\s+(?:учебн(?:ом|ый)\s+)?году?" + _NO_YEAR_AFTER,
    r"(?:весь|круглый)\s+(?:учебный\s+)?год" + _NO_YEAR_AFTER,
    r"до\s+конца\s+(?:текущего\s+)?(?:учебного\s+)?года" + _NO_YEAR_AFTER,
    r"постоянно|систематически|регулярно|ежедневно|круглогодично",
))


def _frequency(match: re.Match) -> float:
    count = _COUNTS.get(match["adv"] or "", 0) or _number(match["n"] or "1")
    every = _number(match["k"] or "1")
    unit = match["unit"]
    per_year = next(v for k, v in _PER_YEAR.items() if unit.startswith(k))
    return count * per_year / every if every else 0.0


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS.get(word, 0)


@dataclass
class _Wording:
    """What the fixed wording of a cell said."""

    codes: list[str] = field(default_factory=list)
    event: bool = False
    whole: list[tuple[int, int]] = field(default_factory=list)  # where «весь период» and the like were
    unknown: list[tuple[int, int]] = field(default_factory=list)  # «раз в 3 года»: no code for it
    any: bool = False


def _take_wording(folded: str) -> tuple[str, _Wording]:
    """The recognised fixed wording, and the text with it blanked out (same length)."""
    found = _Wording()

    def counted(match: re.Match) -> str:
        # The code promises no more than was written: «3 раза в год» is at least «раз в полугодие».
        frequency = _frequency(match)
        code = next((c for c, least in _PERIODIC if frequency >= least), None)
        if code:
            found.codes.append(code)
        else:
            found.unknown.append(match.span())
        return _blank(match)

    def worded(match: re.Match) -> str:
        found.codes.append(match.lastgroup)
        return _blank(match)

    def event(match: re.Match) -> str:
        found.event = True
        return _blank(match)

    def whole(match: re.Match) -> str:
        found.whole.append(match.span())
        return _blank(match)

    days: list[re.Match] = []

    def until_day(match: re.Match) -> str:
        days.append(match)
        return _blank(match)

    rest = _UNTIL_DAY.sub(until_day, _COUNTED.sub(counted, folded))
    rest = _WHOLE.sub(whole, _EVENT.sub(event, _WORDED.sub(worded, rest)))
    if days and not found.codes:
        # «до 5 числа», «до 10 числа месяца, следующего за отчётным (кварталом)»: a day of every month (quarter).
        after = folded[days[0].end():]
        found.codes.append("quarterly" if _AFTER_QUARTER.match(after) else "monthly")
    found.any = bool(found.codes or found.unknown or found.event or found.whole)
    return rest, found


def _blank(match: re.Match) -> str:
    return " " * (match.end() - match.start())


# --- tokens ----------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?P<iso>(?<![0-9])[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[\st]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?![0-9]))"
    r"|(?P<date>(?<![0-9.])[0-9]{1,2}\s?[./]\s?[0-9]{1,2}\s?[./]\s?(?:[0-9]{4}|[0-9]{2})(?![0-9])"
    r"(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9]))?)"
    r"|(?P<my>(?<![0-9.])(?:0?[1-9]|1[0-2])\s?[./]\s?(?:19|20)[0-9]{2}(?![0-9]|\.[0-9]))"  # «03.2025»: a month
    r"|(?P<dm>(?<![0-9.])[0-9]{1,2}\.[0-9]{1,2}(?!\.?[0-9]))"
    r"|(?P<num>[0-9]+)|(?P<word>[a-zа-я]+)|(?P<mark>[-,;()/№])"
)
_DIGITS = re.compile(r"[0-9]+")


def _month_words() -> dict[str, int]:
    """Every case of every month name, and the usual abbreviations («янв», «сент», «нояб»)."""
    stems = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
    words: dict[str, int] = {}
    for month, stem in enumerate(stems, 1):
        if stem in ("март", "август"):
            endings = ("", "а", "е", "у", "ом")
        else:
            endings = ("й", "я", "е", "ю", "ем") if stem == "ма" else ("ь", "я", "е", "ю", "ем")
        words.update({stem + end: month for end in endings})
    abbreviations = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
                     "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12}
    return {**words, **abbreviations}


_MONTHS = _month_words()
_MONTHS_BY_LETTER: dict[str, list[str]] = {}
for _word in _MONTHS:
    if len(_word) >= 4:
        _MONTHS_BY_LETTER.setdefault(_word[0], []).append(_word)
# Later entries win: «четвертью» is the school term, not «четвёртую».
_KEYWORDS: dict[str, tuple[str, object]] = {
    **{w: ("ord", n) for n, w in enumerate(("i", "ii", "iii", "iv"), 1)},
    **{stem + end: ("ord", n) for n, stem in ((1, "перв"), (2, "втор"), (3, "трет"), (4, "четверт"))
       for end in ("ый", "ой", "ая", "ое", "ого", "ом", "ую", "ий", "ья", "ье", "ьего", "ьем", "ьей", "ью")},
    **{w: ("yearword", None) for w in "г гг год года году годы годов годах годом годам".split()},
    **{w: ("acad", None) for w in "уч учеб учебный учебного учебном учебному учебным учебные учебных".split()},
    **{w: ("unit", "quarter") for w in "кв квартал квартала квартале кварталы кварталов кварталах кварталу".split()},
    **{w: ("unit", "half") for w in "пол полуг полугод полугодие полугодия полугодии полугодий полугодиях".split()},
    **{w: ("unit", "term") for w in "четв четверть четверти четвертей четвертях четвертью".split()},
    **{w: ("suffix", None) for w in "й я е ое ая ой ий го ого м ом".split()},
    **{w: ("from", None) for w in ("с", "со")},
    "до": ("until", None), "к": ("until", None), "по": ("until", "through"),  # «по май» includes May
    "не": ("not", None), "позднее": ("later", None), "позже": ("later", None),
    "ранее": ("earlier", None), "раньше": ("earlier", None), "начиная": ("since", None),
    "конца": ("end", None), "окончания": ("end", None), "и": ("sep", None), "или": ("sep", None),
}
_MARKS = {"-": "dash", "/": "dash", ",": "sep", ";": "sep", "(": "open", ")": "close", "№": "numsign"}
_UNIT_MAX = {"quarter": 4, "half": 2, "term": 4}


@dataclass(frozen=True)
class _Token:
    kind: str
    value: object
    start: int
    end: int


def _near_month(word: str) -> bool:
    """A misspelt month («сентяборь», «марь»): one letter off a month name, same first letter."""
    return len(word) >= 4 and any(
        abs(len(known) - len(word)) <= 1 and _one_edit(word, known) for known in _MONTHS_BY_LETTER.get(word[0], ())
    )


def _one_edit(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _tokens(text: str) -> list[_Token]:
    found = []
    for match in _TOKEN.finditer(text):
        kind, raw = match.lastgroup, match.group()
        value: object = None
        if kind in ("iso", "date", "dm"):
            parts = [int(p) for p in _DIGITS.findall(raw)][:3]  # a time after the date (from a spreadsheet) is dropped
            if kind == "iso":
                parts = [parts[2], parts[1], parts[0]]
            elif kind == "date" and parts[2] < 100:
                parts[2] += 2000
            value, kind = (parts[0], parts[1], parts[2] if len(parts) > 2 else None), "day"
        elif kind == "my":
            value = tuple(int(p) for p in _DIGITS.findall(raw))
        elif kind == "num":
            value = (int(raw), len(raw))
        elif kind == "word":
            if raw in _MONTHS:
                kind, value = "month", _MONTHS[raw]
            elif raw in _KEYWORDS:
                kind, value = _KEYWORDS[raw]
            elif _near_month(raw):
                kind = "badmonth"
        else:
            kind = _MARKS[raw]
        found.append(_Token(kind, value, match.start(), match.end()))
    return found


# --- reading dates from tokens ---------------------------------------------------------------

@dataclass
class _Point:
    """One date, month, year, quarter, half or term; `year` None when the text gave none."""

    kind: str  # day month year acad quarter half term bad nodate
    first: int  # token indexes, to quote the text back
    last: int
    n: int = 0  # day of the month, or the quarter's, half's or term's number
    month: int = 0
    year: int | None = None
    last_year: int | None = None
    school: bool = False  # halves of a school year (the text named an academic year)


@dataclass
class _Expr:
    mode: str  # point range from until
    a: _Point
    b: _Point | None
    until_end: bool
    group: int  # expressions in one bracket (or outside all brackets) lend each other years
    years: list[int] | None = None  # years taken from the neighbours, for an expression without its own

    @property
    def first(self) -> int:
        return self.a.first

    @property
    def last(self) -> int:
        return (self.b or self.a).last

    @property
    def yearless(self) -> bool:
        return self.a.year is None and (self.b is None or self.b.year is None)


class _Reader:
    def __init__(self, tokens: list[_Token]) -> None:
        self.t = tokens

    def kind(self, i: int) -> str:
        return self.t[i].kind if 0 <= i < len(self.t) else ""

    def year_at(self, i: int) -> int | None:
        if self.kind(i) != "num":
            return None
        value, digits = self.t[i].value
        return value if digits == 4 and _FIRST_YEAR <= value <= _LAST_YEAR else None

    def skip(self, i: int, *kinds: str) -> int:
        while self.kind(i) in kinds:
            i += 1
        return i

    def year_spec(self, i: int) -> tuple[int, int, bool, int] | None:
        """A year or a span of years at i: (first, last, academic, next index)."""
        first = self.year_at(i)
        if first is None:
            return None
        last, j = first, i + 1
        if self.kind(j) == "dash" and self.kind(j + 1) == "num":
            value, digits = self.t[j + 1].value
            second = value if digits == 4 else first // 100 * 100 + value if digits == 2 else 0
            if first < second <= first + 10:
                last, j = second, j + 2
        j = self.skip(j, "yearword")
        academic = last > first and (self.kind(j) == "acad" or self._acad_before(i))
        j = self.skip(j, "acad", "yearword")
        return first, last, academic, j

    def _acad_before(self, i: int) -> bool:
        j = i - 1
        while self.kind(j) == "yearword":
            j -= 1
        return self.kind(j) == "acad"

    def point(self, i: int) -> tuple[_Point, int] | None:
        kind = self.kind(i)
        token = self.t[i] if kind else None
        if kind == "day":
            day, month, year = token.value
            if year is not None and not _FIRST_YEAR <= year <= _LAST_YEAR:
                return _Point("bad", i, i), i + 1
            bad = not 1 <= month <= 12 or not 1 <= day <= (_month_days(year, month) if year else _month_days(2000, month))
            return _Point("nodate" if bad else "day", i, i, n=day, month=month, year=year), self.skip(i + 1, "yearword")
        if kind == "num" and self.kind(i + 1) == "month" and 1 <= token.value[0] <= 31:
            point, j = self._month(i + 1)
            if point.kind == "month":
                bad = token.value[0] > _month_days(point.year or 2000, point.month)
                return _Point("nodate" if bad else "day", i, point.last, n=token.value[0], month=point.month,
                              year=point.year), j
            return _Point("bad", i, point.last), j
        if kind == "badmonth" or kind == "num" and self.kind(i + 1) == "badmonth":
            j = i + 1 if kind == "badmonth" else i + 2
            j = self.skip(j, "num", "yearword", "dash")
            return _Point("bad", i, j - 1), j
        if kind == "month":
            return self._month(i)
        if kind == "my":
            month, year = token.value
            return _Point("month", i, i, month=month, year=year), self.skip(i + 1, "yearword")
        if kind in ("num", "ord"):
            unit = self._unit(i)
            if unit:
                return unit
        spec = self.year_spec(i)
        if spec:
            first, last, academic, j = spec
            return _Point("acad" if academic else "year", i, j - 1, year=first, last_year=last), j
        return None

    def _month(self, i: int) -> tuple[_Point, int]:
        month, j = self.t[i].value, i + 1
        spec = self.year_spec(j)
        if spec and spec[0] == spec[1]:
            return _Point("month", i, spec[3] - 1, month=month, year=spec[0]), spec[3]
        if spec and spec[2] and spec[1] == spec[0] + 1:
            year = spec[0] if month >= 9 else spec[1]
            return _Point("month", i, spec[3] - 1, month=month, year=year), spec[3]
        if not spec and self.kind(j) == "num":  # «март 20244»: a year that is not one
            return _Point("bad", i, j), j + 1
        return _Point("month", i, i, month=month), self.skip(j, "yearword")

    def _unit(self, i: int) -> tuple[_Point, int] | None:
        n = self.t[i].value[0] if self.kind(i) == "num" else self.t[i].value
        j = i + 1
        if self.kind(j) == "dash" and self.kind(j + 1) == "suffix":
            j += 2
        elif self.kind(j) == "suffix":
            j += 1
        if self.kind(j) != "unit" or not 1 <= n <= _UNIT_MAX[self.t[j].value]:
            return None
        unit, j = self.t[j].value, j + 1
        point = _Point(unit, i, j - 1, n=n)
        spec = self.year_spec(self.skip(j, "acad", "yearword"))
        if spec and spec[0] == spec[1]:
            point.year, point.last = spec[0], spec[3] - 1
            return point, spec[3]
        if spec and spec[2] and spec[1] == spec[0] + 1:
            # An academic year: its autumn parts fall in the first calendar year.
            autumn = (unit == "quarter" and n == 4) or (unit == "half" and n == 1) or (unit == "term" and n <= 2)
            point.year, point.school, point.last = spec[0] if autumn else spec[1], unit == "half", spec[3] - 1
            return point, spec[3]
        return point, self.skip(j, "acad", "yearword")

    def bare(self, i: int, right: _Point) -> _Point | None:
        """The left end of «15-20 марта», «1-2 квартал»: a number that borrows the right end's unit."""
        kind = self.kind(i)
        n = self.t[i].value[0] if kind == "num" else self.t[i].value if kind == "ord" else 0
        if right.kind == "day" and kind == "num" and 1 <= n <= min(31, _month_days(right.year or 2000, right.month)):
            return _Point("day", i, i, n=n, month=right.month, year=right.year)
        if right.kind in _UNIT_MAX and 1 <= n <= _UNIT_MAX[right.kind]:
            return _Point(right.kind, i, i, n=n, year=right.year, school=right.school)
        return None

    def expr(self, i: int, group: int) -> tuple[_Expr, int] | None:
        mode, until_end, kind = "point", False, self.kind(i)
        if kind == "from":
            mode, i = "from", i + 1
        elif kind == "since" and self.kind(i + 1) == "from" or kind == "not" and self.kind(i + 1) == "earlier":
            mode, i = "from", i + 2
        elif kind == "until" or kind == "not" and self.kind(i + 1) == "later":
            through = kind == "until" and self.t[i].value == "through"
            mode, i = "until", i + (1 if kind == "until" else 2)
            until_end = through
            if self.kind(i) == "end":
                until_end, i = True, i + 1
        found = self.point(i)
        left, j = found if found else (None, i + 1)
        if self.kind(j) in ("dash", "until") and (left is None or left.kind not in ("bad", "nodate")):
            right = self.point(j + 1)
            if right and right[0].kind not in ("bad", "nodate"):
                start = left or self.bare(i, right[0])
                if start:
                    return _Expr("range", start, right[0], False, group), right[1]
        if left is None:
            return None
        return _Expr(mode, left, None, until_end, group), j


def _month_days(year: int, month: int) -> int:
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return 0
    if month == 2:
        return 29 if calendar.isleap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _date(year: int, month: int, day: int) -> date | None:
    return date(year, month, day) if 1 <= day <= _month_days(year, month) else None


def _span(year: int, first_month: int, last_year: int, last_month: int) -> Window | None:
    start, end = _date(year, first_month, 1), _date(last_year, last_month, _month_days(last_year, last_month))
    return (start, end) if start and end else None


_TERMS = {1: (9, 10), 2: (11, 12), 3: (1, 3), 4: (4, 5)}


def _window(p: _Point, year: int | None, school: bool) -> Window | None:
    """The dates a point covers in the given year (its own year when the text gave one)."""
    y = p.year if p.year is not None else year
    if y is None:
        return None
    if p.kind == "day":
        d = _date(y, p.month, p.n)
        return (d, d) if d else None
    if p.kind == "month":
        return _span(y, p.month, y, p.month)
    if p.kind == "year":
        return _span(y, 1, p.last_year or y, 12)
    if p.kind == "acad":
        return _span(y, 9, p.last_year or y + 1, 8)
    if p.kind == "quarter":
        return _span(y, 3 * p.n - 2, y, 3 * p.n)
    if p.kind == "half":
        if p.school or (p.year is None and school):
            return _span(y, 9, y, 12) if p.n == 1 else _span(y, 1, y, 5)
        return _span(y, 1, y, 6) if p.n == 1 else _span(y, 7, y, 12)
    if p.kind == "term":
        first, last = _TERMS[p.n]
        return _span(y, first, y, last)
    return None


def _raw(e: _Expr, year: int | None, school: bool) -> Window | None:
    """What the expression's point or range covers, before «до»/«с» stretch it to the period."""
    if e.b is None:
        return _window(e.a, year, school)
    a, b = e.a, e.b
    if a.year is None and b.year is not None:
        right = _window(b, None, school)
        left = _window(a, b.year, school)
        if left and right and left[0] > right[1]:
            left = _window(a, b.year - 1, school)
    elif b.year is None and a.year is not None:
        left = _window(a, None, school)
        right = _window(b, a.year, school)
        if left and right and right[1] < left[0]:
            right = _window(b, a.year + 1, school)
    else:
        left, right = _window(a, year, school), _window(b, year, school)
        if a.year is None and year is not None and left and right and right[1] < left[0]:
            right = _window(b, year + 1, school)
    return (left[0], right[1]) if left and right else None


def _stretch(e: _Expr, raw: Window, period: Window | None) -> Window | None:
    """«до апреля» runs from the period's start to 31 March; «с мая» from 1 May to the period's end."""
    start, end = raw
    if e.mode == "until":
        if not (e.a.kind == "day" or e.until_end):
            if start == date.min:
                return None
            end = start - timedelta(days=1)
        if period and period[0] <= end:
            return period[0], end
        if e.until_end:
            return raw
        return (end, end) if e.a.kind == "day" else (end.replace(day=1), end)
    if e.mode == "from" and period and period[1] >= start:
        return start, period[1]
    return raw


def _school_year(period: Window) -> bool:
    start, end = period
    return start.month in (8, 9) and end.year == start.year + 1 and end.month <= 8


def _years_in_period(e: _Expr, period: Window, school: bool, every_year: bool) -> list[int]:
    """The years that place a yearless expression in the period; several only for «ежегодно»."""
    first, last = period
    if last.year - first.year > 60:
        return []
    inside, touching = [], []
    for year in range(first.year - 1, last.year + 2):
        raw = _raw(e, year, school)
        if raw is None or raw[0] > raw[1]:
            continue
        if first <= raw[0] and raw[1] <= last:
            inside.append(year)
        elif raw[0] <= last and raw[1] >= first:
            touching.append(year)
    found = inside or touching
    if every_year or len(found) == 1:
        return found
    if found or (last - first).days > 366:
        return []
    # A period of a year or less that the month falls outside: the twelve months from its start decide.
    frame = date(first.year, first.month, 1)
    for year in (first.year, first.year + 1):
        raw = _raw(e, year, school)
        if raw and raw[0] <= raw[1] and 0 <= (raw[0] - frame).days < 365:
            return [year]
    return []


def _lend_years(exprs: list[_Expr]) -> list[_Expr]:
    """Years from the neighbours: «Февраль, май 2024», «Январь-февраль, 2024», «август 2024, январь»."""
    kept: list[_Expr] = []
    for e in exprs:
        if e.mode == "point" and e.a.kind == "year":
            waiting = []
            for prior in reversed(kept):
                if prior.group != e.group or not prior.yearless or prior.years is not None:
                    break
                waiting.append(prior)
            if waiting:
                years = list(range(e.a.year, (e.a.last_year or e.a.year) + 1))
                if len(years) == 1:
                    _chain_back(waiting, years[0], date(years[0], 12, 31))
                else:  # «сентябрь, 2020-2022 годы»: that month of every year
                    for prior in waiting:
                        prior.years = years
                continue
        kept.append(e)
    anchor: dict[int, date] = {}
    for e in reversed(kept):
        _lend(e, anchor, before=True)
    anchor.clear()
    for e in kept:
        _lend(e, anchor, before=False)
    return kept


def _chain_back(waiting: list[_Expr], year: int, limit: date) -> None:
    for e in waiting:  # nearest first
        raw = _raw(e, year, False)
        if raw and raw[0] > limit:
            year -= 1
            raw = _raw(e, year, False)
        e.years = [year]
        if raw:
            limit = raw[0]


def _lend(e: _Expr, anchor: dict[int, date], before: bool) -> None:
    if e.yearless and e.years is None and e.group in anchor:
        known = anchor[e.group]
        year = known.year
        raw = _raw(e, year, False)
        if raw and (raw[0] > known if before else raw[0] < known):
            year += -1 if before else 1
        e.years = [year]
    if e.a.kind not in ("year", "acad") and (not e.yearless or (e.years and len(e.years) == 1)):
        raw = _raw(e, e.years[0] if e.years else None, False)
        if raw:
            anchor[e.group] = raw[0]


# --- the reader ------------------------------------------------------------------------------

def read_deadline(text: str, period: tuple[date, date] | None = None) -> Deadline:
    """What a deadline cell means; the text is kept as written. Never raises."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    period = _valid_period(period)
    original = text[:LIMIT]
    if not original.strip():
        return Deadline(text, (), None, translate("Deadlines", "Срок не указан."))
    notes: list[str] = []
    if len(text) > LIMIT:
        notes.append(fill(translate("Deadlines", "Текст срока слишком длинный: прочитаны первые %1 знаков."), LIMIT))

    rest, wording = _take_wording(_fold(original))
    tokens = _tokens(rest)
    exprs, loose = _scan(tokens)

    def said(first: int, last: int) -> str:
        return " ".join(original[tokens[first].start:tokens[last].end].split())

    for first, last in _runs(tokens, loose):
        notes.append(fill(translate("Deadlines", "Не понят фрагмент «%1»."), said(first, last)))
    for e in exprs:
        if e.a.kind == "bad":
            notes.append(fill(translate("Deadlines", "Не понят фрагмент «%1»."), said(e.first, e.last)))
        elif e.a.kind == "nodate":
            notes.append(fill(translate("Deadlines", "Такой даты нет: «%1»."), said(e.first, e.last)))
    for start, end in wording.unknown:
        notes.append(fill(translate("Deadlines", "Не понята периодичность «%1»."), " ".join(original[start:end].split())))

    periodic = [code for code, _ in _PERIODIC if code in wording.codes]
    recurrence = periodic[0] if periodic else "event" if wording.event else None
    windows: list[Window] = []
    for e in _lend_years([e for e in exprs if e.a.kind not in ("bad", "nodate")]):
        found, problem = _windows(e, period, every_year=recurrence == "yearly")
        windows.extend(found)
        if problem:
            notes.append(fill(problem, said(e.first, e.last)))

    # «весь период», «ежеквартально»: the roadmap's period, unless the text gave its own dates.
    if not windows and (wording.whole or (periodic and not exprs)):
        if period is not None:
            windows.append(period)
        else:
            start, end = wording.whole[0] if wording.whole else (0, len(original))
            notes.append(fill(translate("Deadlines", "Срок «%1» зависит от периода дорожной карты, а период не задан."),
                              " ".join(original[start:end].split())))
    if not (exprs or loose or wording.any):
        notes.append(translate("Deadlines", "В сроке нет ни дат, ни знакомых слов вроде «весь период» или «ежегодно»."))
    return Deadline(text, tuple(sorted(set(windows))), recurrence, " ".join(dict.fromkeys(notes)) or None)


def _valid_period(period) -> Window | None:
    """A (start, end) pair of dates, or None for anything else a caller might pass."""
    if not isinstance(period, (tuple, list)) or len(period) != 2:
        return None
    start, end = (v.date() if isinstance(v, datetime) else v for v in period)
    if not isinstance(start, date) or not isinstance(end, date) or start > end:
        return None
    return start, end


def _scan(tokens: list[_Token]) -> tuple[list[_Expr], list[int]]:
    """The expressions in reading order, and the tokens left over that look like part of a date."""
    reader = _Reader(tokens)
    exprs: list[_Expr] = []
    loose: list[int] = []
    depth = group = groups = i = 0
    while i < len(tokens):
        kind = tokens[i].kind
        if kind in ("open", "close"):
            depth = depth + 1 if kind == "open" else max(0, depth - 1)
            groups += kind == "open"
            group = groups if depth else 0
            i += 1
            continue
        found = reader.expr(i, group)
        if found:
            exprs.append(found[0])
            i = found[1]
            continue
        if depth == 0 and _unread(tokens, i):  # in brackets a stray number is a school's or a class's
            loose.append(i)
        i += 1
    return exprs, loose


def _unread(tokens: list[_Token], i: int) -> bool:
    """A token left over that looks like part of a date, not part of a note («СОШ 2», «9 классов»)."""
    token = tokens[i]
    if token.kind == "unit":  # «квартала» with no number; the short «пол» is too common a word to count
        return token.end - token.start > 3
    if token.kind != "num":
        return False
    before = tokens[i - 1].kind if i > 0 else ""
    after = tokens[i + 1].kind if i + 1 < len(tokens) else ""
    return before not in ("numsign", "word") and after != "word"


def _runs(tokens: list[_Token], loose: list[int]) -> list[tuple[int, int]]:
    """Neighbouring left-over tokens quoted together: «15.03.202» is three tokens."""
    runs: list[list[int]] = []
    for i in loose:
        if runs and all(tokens[k].kind == "dash" for k in range(runs[-1][1] + 1, i)):
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return [(first, last) for first, last in runs]


def _windows(e: _Expr, period: Window | None, every_year: bool) -> tuple[list[Window], str | None]:
    """The windows of one expression, or the note (a template for its text) saying why there are none."""
    years: list[int] | list[None] = e.years or [None]
    school = False
    if e.yearless and e.years is None:
        if period is None:
            return [], translate("Deadlines", "Для «%1» не указан год, а период дорожной карты не задан.")
        school = _school_year(period)
        years = _years_in_period(e, period, school, every_year and e.mode in ("point", "range"))
        if not years:
            return [], translate("Deadlines", "Для «%1» не указан год, и по периоду дорожной карты его не определить.")
    found = []
    for year in years:
        raw = _raw(e, year, school)
        if raw is None:
            return [], translate("Deadlines", "Такой даты нет: «%1».")
        if raw[0] > raw[1]:
            return [], translate("Deadlines", "Начало срока позже его конца: «%1».")
        stretched = _stretch(e, raw, period)
        if stretched:
            found.append(stretched)
    return found, None
