"""Evidence references: the orders, protocols and letters a school cites as proof, and web links.

People write references by hand in many shapes — «Приказ Отдела образования от 09.03.2022 № 52
«О посещении семинара…» https://clck.ru/34PaDg», «Протокол РМО №3 от 12.11.2023», «25.12.2023 год
№01-03/922». `parse_document` reads the parts it recognises and leaves the rest empty (it never
guesses); `format_document` writes the official citation back; `make_document` builds a reference
from the fields of a form and makes sure its citation reads back to the same fields;
`normalize_link` turns a pasted address into a web link with a scheme, or says why it is not one.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from app.errors import UserError
from app.i18n import translate

# Canonical spellings, offered by the form's list; parsing recognises exactly these (nominative).
DOCUMENT_TYPES = (
    "Приказ", "Распоряжение", "Постановление", "Решение", "Протокол", "Справка",
    "Аналитическая справка", "Информационная справка", "Аналитическая записка",
    "Служебная записка", "Пояснительная записка", "Письмо", "Информационное письмо",
    "Положение", "План", "План-график", "Программа", "Договор", "Соглашение", "Отчёт", "Акт",
)
EARLIEST = datetime.date(1990, 1, 1)
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря")
_MONTH = "|".join(MONTHS)
FILLER = "\x00"  # stands in for quoted text so that dates and numbers in titles are not read


class ReferenceInputError(UserError, ValueError):
    """Input a person must correct; `field` names the form field to highlight ("" for free text)."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class DocumentRef:
    """One cited document; a part that was not written (or not readable) is "" or None."""

    doc_type: str = ""
    issuer: str = ""
    number: str = ""
    date: datetime.date | None = None
    title: str = ""
    url: str = ""
    text: str = ""


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


_CANONICAL = {_fold(kind): kind for kind in DOCUMENT_TYPES}
# Longest names first so that «Аналитическая справка» wins over «Справка»; «ё» is often typed as «е»
# and words may be split by several spaces.  The type must be a whole word: «Протоколы РМО…» is
# a description of several protocols, not a citation of one.
_TYPE_RE = re.compile(
    r"(?<![\w-])("
    + "|".join(_fold(k).replace("е", "[её]").replace(" ", r"\s+")
               for k in sorted(DOCUMENT_TYPES, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
# The preceding «от» belongs to the date, so an issuer ends before it.  Years are four digits or,
# in hasty writing, two; «г», «г.», «год», «года» may follow, glued to the year or not.
_DATE_RE = re.compile(
    r"(?:(?<!\w)от\s*)?"
    r"(?:(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?!\d)"
    rf"|(?<!\d)(?P<dn>\d{{1,2}})\s+(?P<mn>{_MONTH})\s+(?P<yn>\d{{4}})(?!\d))"
    r"(?:\s*(?:года|год|г)\.?(?!\w))?",
    re.IGNORECASE,
)
# «№», or a Latin «N»/«No» that only counts when a digit follows (otherwise it is a letter of a
# word).  The number itself is one token: «52», «03-02-28», «165-д», «01-03/922», «б/н».
_NUMBER_RE = re.compile(r"(?:№|(?<!\w)N[oOоº°]?\.?(?=\s*\d))\s*(?P<num>[^\W_][\w\-/.]*)?")
# Official style quotes the day: от «18» января 2022 г.  Those quotes are not a title.
_DAY_QUOTES_RE = re.compile(rf"[«\"“]\s*\d{{1,2}}\s*[»\"”](?=\s*(?:{_MONTH})(?!\w))", re.IGNORECASE)
# List markers people put before a reference: «– Приказ…», «• Протокол…».
_BULLET_RE = re.compile(r"[\s\-–—•*·]*")
# A subject («об утверждении…», «о проведении…») or a stray «от» ends the issuer; lowercase only,
# since these are prepositions, not names.
_ISSUER_END_RE = re.compile(r"(?<!\w)(?:о|об|обо|от)(?!\w)")
# A quote right after a legal form is an organisation's name, part of the issuer:
# КГАУ ДПО «Красноярский краевой институт…», МБОУ «Толстихинская СОШ».
_ORG_WORD_RE = re.compile(r"[А-ЯЁ]+[УШ]|ДПО|ДО|ВО|СПО|ООО|АО|ОАО|ЗАО|ПАО|АНО|учрежд\w*|организац\w*")
_URL_RE = re.compile(r"https?://[^\s«»\"“”„<>]+", re.IGNORECASE)
_OPENERS = "«„“\""


def _quoted_segments(text: str) -> list[tuple[int, int]]:
    """(opening quote, closing quote) positions of top-level quoted parts; an unclosed one runs to the end.

    «» and “” nest; „ is closed by “ (Russian inner quotes); a straight " closes only when it hugs
    the word before it, so `"Об "Итогах""` nests too.  A closer that skips unclosed inner quotes
    closes them as well, so one forgotten inner quote does not swallow the rest of the text.
    """
    segments: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch not in "«»„“”\"":
            continue
        before = text[i - 1] if i else " "
        hugs = not before.isspace() and before not in _OPENERS
        open_chars = [c for c, _ in stack]
        if ch == "\"":
            opener = "\"" if "\"" in open_chars and hugs else None
        elif ch == "“":
            opener = "„" if "„" in open_chars else ("“" if "“" in open_chars and hugs else None)
        else:
            opener = {"»": "«", "”": "“"}.get(ch)
        if opener in open_chars:
            depth = len(open_chars) - 1 - open_chars[::-1].index(opener)
            start = stack[depth][1]
            del stack[depth:]
            if not stack:
                segments.append((start, i))
        elif ch in _OPENERS:
            stack.append((ch, i))
    if stack:
        segments.append((stack[0][1], len(text)))
    return segments


def _blank(text: str, start: int, end: int, fill: str = " ") -> str:
    return text[:start] + fill * (end - start) + text[end:]


def _check_date(day: int, month: int, year: int, written: str, field: str = "") -> datetime.date:
    """The date, or a refusal a person can act on: it does not exist, or it is implausibly far."""
    latest = datetime.date.today() + datetime.timedelta(days=365)
    too_far = translate("References", "Дата %1 слишком далека от сегодняшнего дня: документ не может быть "
                                      "раньше 1990 года или позже, чем через год. Проверьте год.")
    if not EARLIEST.year <= year <= latest.year:
        raise ReferenceInputError(too_far.replace("%1", written), field)
    try:
        value = datetime.date(year, month, day)
    except ValueError:
        raise ReferenceInputError(translate(
            "References", "Дата %1 не существует — проверьте день и месяц").replace("%1", written), field) from None
    if not EARLIEST <= value <= latest:
        raise ReferenceInputError(too_far.replace("%1", written), field)
    return value


def _read_date(match: re.Match) -> datetime.date:
    if match["d"]:
        day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
        if len(match["y"]) == 2:
            # «09.03.22»: the century is the one that keeps the year plausible, not a guess.
            year += 2000 if 2000 + year <= datetime.date.today().year + 1 else 1900
        written = f"{match['d']}.{match['m']}.{match['y']}"
    else:
        day, month, year = int(match["dn"]), MONTHS.index(match["mn"].lower()) + 1, int(match["yn"])
        written = f"{match['dn']} {match['mn']} {match['yn']}"
    return _check_date(day, month, year, written)


def _pick_number(signs: list[re.Match], dated: re.Match | None, masked: str) -> re.Match | None:
    """The document's own number sign: the one written next to the date.

    Another «№» further away belongs to a school's name («МБОУ СОШ № 5») or a paragraph.
    """
    if not signs or dated is None:
        return signs[0] if signs else None
    after = [s for s in signs if s.start() >= dated.end()]
    before = [s for s in signs if s.end() <= dated.start()]
    if after and not masked[dated.end():after[0].start()].strip(" ,"):
        return after[0]
    if before and not masked[before[-1].end():dated.start()].strip(" ,"):
        return before[-1]
    return after[0] if after else (before[-1] if before else None)


def _number_text(sign: re.Match | None) -> str:
    token = (sign["num"] or "").rstrip(".-/") if sign else ""
    return token if any(c.isdigit() for c in token) or token.lower() == "б/н" else ""


def parse_document(text: str) -> DocumentRef:
    """Read a reference written by hand; parts that cannot be read stay empty."""
    original = text.strip()
    if not original:
        raise ReferenceInputError(translate(
            "References", "Впишите подтверждающий документ, например: "
                          "Приказ от 09.03.2022 № 52 «О посещении семинара»."))
    work, url = original, ""
    for found in _URL_RE.finditer(original):
        work = _blank(work, *found.span())  # addresses contain digits and dots that are not dates
        if not url:
            try:
                url = normalize_link(found.group())
            except ReferenceInputError:
                pass
    for found in _DAY_QUOTES_RE.finditer(work):
        day = found.group()
        work = work[:found.start()] + " " + day[1:-1] + " " + work[found.end():]
    segments = _quoted_segments(work)
    masked = work
    for start, end in segments:
        masked = _blank(masked, start + 1, end, FILLER)

    dated = _DATE_RE.search(masked)
    when = _read_date(dated) if dated else None
    sign = _pick_number(list(_NUMBER_RE.finditer(masked)), dated, masked)
    heads = [m for m in (dated, sign) if m]
    head_end = max((m.end() for m in heads), default=0)
    # A table cell often describes work first and cites last («Протоколы РМО… Приказ Отдела
    # образования от …»): the citation starts at the type word nearest before its date and number.
    # Without a date or number only a type at the very start counts.
    if heads:
        kinds = list(_TYPE_RE.finditer(masked, 0, min(m.start() for m in heads)))
        kind = kinds[-1] if kinds else None
    else:
        kind = _TYPE_RE.match(masked, _BULLET_RE.match(masked).end())
    type_end = kind.end() if kind else 0

    def is_org(start: int) -> bool:
        words = work[:start].split()
        return bool(words) and bool(_ORG_WORD_RE.fullmatch(words[-1]))

    # The title is what is quoted after the date and number; failing that (no date or number, or
    # «Приказ «О…» от …» with the title first), the first quote that is not an organisation's name.
    after_head = [s for s in segments if head_end and s[0] >= head_end]
    plain = [s for s in segments if s[0] >= type_end and not is_org(s[0])]
    title_at = (after_head or plain or [None])[0]

    issuer = ""
    if kind:
        ends = [len(masked)] + [m.start() for m in heads]
        ends += [title_at[0]] if title_at else []
        stray = _ISSUER_END_RE.search(masked, type_end)
        ends += [stray.start()] if stray else []
        raw = " ".join(work[type_end:min(ends)].split()).rstrip(" ,;:—–-")
        # An issuer is a name — «Отдела образования», «Минобразования РТ», «КГАУ…» — so it starts
        # with a capital; «Справка по итогам…», «План работы…» continue with a description instead.
        issuer = raw if raw[:1].isupper() else ""
    title = " ".join(work[title_at[0] + 1:title_at[1]].split()) if title_at else ""
    return DocumentRef(
        doc_type=_CANONICAL[_fold(kind.group(1))] if kind else "",
        issuer=issuer, number=_number_text(sign), date=when, title=title, url=url, text=original,
    )


def format_document(ref: DocumentRef) -> str:
    """The official citation: «Приказ Отдела образования от 09.03.2022 № 52 «О…»»; empty parts left out.

    «от» and «№» are the grammar of the citation that `parse_document` reads back, not messages.
    """
    parts = [ref.doc_type, ref.issuer]
    parts.append(f"от {ref.date:%d.%m.%Y}" if ref.date else "")
    parts.append(f"№ {ref.number}" if ref.number else "")
    parts.append(f"«{ref.title}»" if ref.title else "")
    return " ".join(part for part in parts if part)


def make_document(doc_type: str, number: str, date: datetime.date | None, title: str,
                  issuer: str = "") -> DocumentRef:
    """A reference from the form's fields, refused unless its citation reads back to the same fields."""
    kind = _CANONICAL.get(_fold(doc_type))
    if not doc_type.strip():
        raise ReferenceInputError(translate(
            "References", "Выберите вид документа, например «Приказ» или «Протокол»."), "doc_type")
    if kind is None:
        raise ReferenceInputError(translate(
            "References", "Вид документа «%1» не из списка. Выберите один из видов: %2.").replace(
            "%1", doc_type.strip()).replace("%2", ", ".join(DOCUMENT_TYPES)), "doc_type")
    # Habit puts the sign into the number field and the quotes into the title field.
    number = re.sub(r"^(?:№|N[oо]?\.?(?=\s*\d))\s*", "", number.strip())
    title = " ".join(title.split())
    if len(title) > 1 and title[0] + title[-1] in ("«»", "\"\"", "“”"):
        title = title[1:-1].strip()
    if not (number or date or title):
        raise ReferenceInputError(translate(
            "References", "Укажите номер, дату или название документа — хотя бы что-то одно, "
                          "чтобы документ можно было найти."), "number")
    if isinstance(date, datetime.datetime):
        date = date.date()
    if date is not None:
        _check_date(date.day, date.month, date.year, f"{date:%d.%m.%Y}", "date")
    ref = DocumentRef(kind, " ".join(issuer.split()), number, date, title)
    text = format_document(ref)
    back = parse_document(text)
    problems = {
        "issuer": translate("References", "В поле «Кем издан» впишите только орган или организацию, например "
                                          "«Отдела образования», — без номера, даты и названия документа."),
        "number": translate("References", "Номер документа пишется без пробелов и содержит цифры, например "
                                          "«52», «03-02-28» или «165-д». Если номера нет, оставьте поле пустым."),
        "title": translate("References", "Проверьте название документа: каждая открытая кавычка должна быть "
                                         "закрыта, ссылки вписывайте в отдельное поле."),
        "date": translate("References", "Уберите дату из названия и из поля «Кем издан» — для неё есть своё поле."),
    }
    for field, message in problems.items():
        if getattr(back, field) != getattr(ref, field):
            raise ReferenceInputError(message, field)
    return replace(ref, text=text)


# A host name: labels of letters (Latin or Cyrillic), digits and inner hyphens; the last one is a
# word (ru, рф, xn--p1ai) — or the whole host is an IPv4 address of a server in the school.
_LABEL_RE = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
_TLD_RE = re.compile(r"(?:[^\W\d_]{2,}|xn--[a-z0-9-]+)", re.IGNORECASE)
_IPV4_RE = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")
# «javascript:», «file:», «mailto:» are schemes; «clck.ru:8080/x» is a host with a port.
_SCHEME_RE = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):(?!\d)")


def normalize_link(text: str) -> str:
    """A web address with its scheme, from what a person pasted; refuses what is not a web link."""
    link, previous = text, None
    while link != previous:  # «"https://clck.ru/x".» — quotes and punctuation around, in any order
        previous = link
        link = link.strip().strip("«»\"“”„'<>[").lstrip("(").rstrip(".,;:!?]")
        if link.endswith(")") and link.count(")") > link.count("("):  # «(см. https://…/Школа_(значения))»
            link = link[:-1]
    if not link:
        raise ReferenceInputError(translate(
            "References", "Вставьте ссылку на документ, например https://clck.ru/34PaDg"), "url")
    if any(ch.isspace() or not ch.isprintable() for ch in link):
        raise ReferenceInputError(translate(
            "References", "В ссылке не должно быть пробелов — скопируйте адрес целиком из адресной строки "
                          "браузера."), "url")
    not_link = translate("References", "«%1» не похоже на ссылку на сайт. Скопируйте адрес из адресной строки "
                                       "браузера, например https://clck.ru/34PaDg").replace("%1", link)
    scheme = _SCHEME_RE.match(link)
    if scheme and scheme.group(1).lower() == "file":
        raise ReferenceInputError(translate(
            "References", "Это адрес файла на этом компьютере, другие его не откроют. Прикрепите сам файл "
                          "или вставьте ссылку на него в облаке, которая начинается с https://"), "url")
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        raise ReferenceInputError(translate(
            "References", "Ссылка должна вести на страницу в интернете и начинаться с https:// или http://; "
                          "адрес «%1:» не подходит.").replace("%1", scheme.group(1)), "url")
    if scheme:
        if not link[scheme.end():].startswith("//"):
            raise ReferenceInputError(not_link, "url")
        link = scheme.group(1).lower() + link[scheme.end() - 1:]
    else:
        link = "https://" + link.lstrip("/")
    try:
        parts = urlsplit(link)
        _ = parts.port  # raises for a port that is not a number from 0 to 65535
    except ValueError:
        raise ReferenceInputError(not_link, "url") from None
    if "@" in parts.netloc:
        raise ReferenceInputError(translate(
            "References", "«%1» похоже на адрес электронной почты, а нужна ссылка на страницу сайта.").replace(
            "%1", parts.netloc), "url")
    host = parts.hostname or ""
    if not host:
        raise ReferenceInputError(not_link, "url")
    if "." not in host:
        raise ReferenceInputError(translate(
            "References", "В адресе сайта «%1» нет точки — проверьте ссылку, например clck.ru/34PaDg").replace(
            "%1", host), "url")
    labels = host.split(".")
    if not (_IPV4_RE.fullmatch(host) or (all(_LABEL_RE.fullmatch(label) for label in labels)
                                         and _TLD_RE.fullmatch(labels[-1]))) or re.search(r"[<>\"{}|\\^`]", link):
        raise ReferenceInputError(not_link, "url")
    return link
