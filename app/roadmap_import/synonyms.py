"""What a column header means: the words districts use for each field of a roadmap, with weights.

Every district words its headers differently («Сроки исполнения», «Когда», «Дата проведения»), so a
header is folded (case, «ё», punctuation, hyphenation) and scored against stems rather than compared
with fixed titles. The first word of a header weighs more: «Ответственный за мероприятие» is about
who, «Срок проведения мероприятия» about when.
"""

from __future__ import annotations

import re
from functools import lru_cache

NUMBER = "number"
TITLE = "title"
DEADLINE = "deadline"
RESPONSIBLE = "responsible"
RESULT = "result"
# A column that is recognised and deliberately not imported: notes, funding, the actual result.
IGNORED = "ignored"
# A column grouping the activities («Направление» left of «Мероприятие»): read as their section.
SECTION = "section"
FIELDS = (NUMBER, TITLE, DEADLINE, RESPONSIBLE, RESULT)

# A header is a few words; a longer cell is content, whatever words it contains.
MAX_HEADER_WORDS = 14
# Below this a header is not recognised at all.
THRESHOLD = 1.5
FIRST_WORD_FACTOR = 1.5

_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad]\s*\n\s*(\w)")
_NOT_WORD = re.compile(r"[^\w№#]+")


def fold(text: str) -> str:
    """Lower case, «ё» as «е», words broken by a hyphen at a line end rejoined, punctuation as spaces."""
    text = (text or "").replace("\u00ad", "")
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = text.casefold().replace("ё", "е")
    return " ".join(_NOT_WORD.sub(" ", text).split())


# (pattern over the folded header, weight). Patterns match at a word start; a space inside a
# pattern means «these words in this order».
_KEYWORDS: dict[str, tuple[tuple[str, float], ...]] = {
    TITLE: (
        ("мероприят", 3), ("наименовани", 2.5), ("содержани", 2.5), ("направлени", 2), ("задач", 2),
        ("действи", 2), ("меры", 2), ("мера", 2), ("вид работ", 2.5), ("вид деятельност", 2.5), ("работ", 1.2), ("тема", 2),
        ("описани", 2), ("деятельност", 1), ("раздел", 2), ("шаг", 1.5), ("что сделать", 3), ("что делаем", 3),
        ("что делать", 3), ("активност", 2), ("механизм", 1.5), ("форм работ", 2.5), ("событи", 2),
        
    ),
    DEADLINE: (
        ("срок", 3), ("дата", 3), ("даты", 3), ("период", 2.5), ("когда", 3), ("время", 2),
        ("график", 1.5), ("месяц", 2), ("квартал", 1.5), ("до какого", 3), ("продолжительност", 1.5),
        ("дедлайн", 3), ("плановая дата", 3),
    ),
    RESPONSIBLE: (
        # «Ответственный» names who answers for the activity; «Исполнители» beside it only who takes part.
        ("ответствен", 3), ("исполнител", 2.9), ("соисполнител", 2.5), ("кто", 2.5), ("отвеча", 3),
        ("отв", 2.5), ("организатор", 2), ("куратор", 2), ("руководител", 1.5), ("координатор", 1.5),
        ("участник", 1), ("исполняет", 3), ("выполняет", 2.5), ("ф и о ответ", 3), ("лица", 1.5), ("лицо", 1.5),
    ),
    RESULT: (
        ("результат", 3), ("ожидаем результат", 4), ("планируем результат", 4),
        ("показател", 2.5), ("продукт", 2.5), ("индикатор", 2.5), ("эффект", 2),
        ("форма предоставлени", 2.8), ("форма представлени", 2.8), ("форма отчет", 2.8), ("отчетн", 2.5),
        ("документ", 1.5), ("итог", 2), ("получ", 2), ("критери", 2), ("форма контрол", 3),
        ("подтвержд", 1.5), ("выход", 1.5), ("планируем", 1.5), ("ожидаем", 2), ("достигнут", 1.5),
        ("целев", 1.5), ("что будет", 2.5), ("контрольн событи", 3.5),
    ),
    IGNORED: (
        ("фактическ", 5), ("факт", 5), ("отметк", 5), ("о выполнении", 5), ("об исполнении", 5),
        ("статус", 4), ("выполнено", 4), ("примечани", 5), ("комментари", 5), ("пояснени", 4),
        ("финансир", 5), ("источник", 4), ("бюджет", 4), ("руб", 4), ("стоимост", 4), ("затрат", 4),
        ("объем средств", 5), ("сумма", 4), ("форма проведени", 4), ("аудитори", 4), ("целевая групп", 4), ("этап", 1.6), ("категори", 2),
        ("охват", 2.5), ("количество участник", 4), ("место проведени", 4), ("ресурс", 3),
        ("особое мнение", 4), ("риск", 2),
    ),
}

_COMPILED = {
    field: tuple((re.compile(r"(?:^|\s)" + stem.replace(" ", r"\w*\s+")), weight) for stem, weight in words)
    for field, words in _KEYWORDS.items()
}

# «№», «№ п/п», «N п/п», «#», «Номер», «п/п» — the whole header and nothing else.
_NUMBER_HEADER = re.compile(r"^(?:№|#|n|no|номер)?(?:п[/\\]?п|n[/\\]n)?$")
_COMPACT = re.compile(r"[\s.,:]")


@lru_cache(maxsize=4096)
def header_scores(text: str) -> dict[str, float]:
    """How strongly a header cell names each field (NUMBER, TITLE, …, IGNORED); empty for content."""
    raw = (text or "").strip().casefold()
    folded = fold(text)
    words = folded.split()
    if not raw or len(words) > MAX_HEADER_WORDS:
        return {}
    scores: dict[str, float] = {}
    compact = _COMPACT.sub("", raw)
    if compact and _NUMBER_HEADER.match(compact):
        scores[NUMBER] = 4.0
    elif raw.startswith(("№", "номер")) and len(words) <= 3:
        scores[NUMBER] = 3.0
    padded = " " + folded
    if names_organisation(text):
        return {IGNORED: 4.0}  # «Наименование образовательной организации»: a list of schools, not of activities
    for field, patterns in _COMPILED.items():
        best = 0.0
        matched = 0
        for pattern, weight in patterns:
            found = pattern.search(padded)
            if found:
                matched += 1
                best = max(best, weight * FIRST_WORD_FACTOR if found.start() == 0 else weight)
        if best:
            # A second matching word («Ответственный исполнитель») makes the meaning surer.
            scores[field] = best + 0.25 * (matched - 1)
    return scores


# --- tables that are not roadmaps -------------------------------------------------------------

_WORKING_GROUP = re.compile(r"(?:^|\s)(?:фио|ф и о|фамилия|имя отчество)(?:\s|$)")
_POSITION = re.compile(r"(?:^|\s)(?:должност|место работы|занимаем)")
_SIGNATURE = re.compile(r"(?:^|\s)(?:утверждаю|утверждено|согласовано|подпись|м п|расшифровка подписи)(?:\s|$)")


_ORGANISATION = re.compile(
    r"(?:(?:полное|краткое|сокращенное)\s+)?(?:наименовани\w*|название)?\s*(?:обще)?(?:образовательн\w*\s+)?"
    r"(?:организаци\w*|учреждени\w*|оо|оу|шко\w*)"
)


def names_organisation(text: str) -> bool:
    """«Наименование образовательной организации», «ОО», «Школа»: a header of a list of schools."""
    return bool(_ORGANISATION.fullmatch(fold(text)))


def names_people(text: str) -> bool:
    """«ФИО», «Ф.И.О.», «Фамилия, имя, отчество»: a header of a list of people."""
    return bool(_WORKING_GROUP.search(" " + fold(text)))


def names_position(text: str) -> bool:
    return bool(_POSITION.search(" " + fold(text)))


def is_signature_text(text: str) -> bool:
    return bool(_SIGNATURE.search(" " + fold(text)))


# --- indicator tables (seed 002: name, type, base value, yearly targets) ------------------------

IND_NAME = "name"
IND_TYPE = "type"
IND_UNIT = "unit"
IND_BASE = "base"
IND_NUMBER = "number"

_INDICATOR_WORDS = (
    (IND_BASE, re.compile(r"(?:^|\s)(?:базов|исходн|значение на начало|текущ)")),
    (IND_UNIT, re.compile(r"(?:^|\s)(?:единиц|ед изм|ед\s)")),
    (IND_TYPE, re.compile(r"(?:^|\s)(?:тип|вид|категория показател)")),
    (IND_NAME, re.compile(r"(?:^|\s)(?:наименовани|показател|индикатор|название)")),
)
_YEAR = re.compile(r"^(20\d\d)\s*(?:г|год|гг|уч год)?$")


def indicator_role(text: str) -> str | None:
    """The role of an indicator-table header cell, or a year («2021», «2021 г.»), or None."""
    folded = fold(text)
    year = _YEAR.match(folded)
    if year:
        return year.group(1)
    if header_scores(text).get(NUMBER):
        return IND_NUMBER
    for role, pattern in _INDICATOR_WORDS:
        if pattern.search(" " + folded):
            return role
    return None


def names_indicator(text: str) -> bool:
    """A header that says the table lists indicators («Наименование показателя», «Индикатор»)."""
    folded = " " + fold(text)
    return "показател" in folded or "индикатор" in folded
