"""Evidence references: reading what schools write, writing the official citation, checking links."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.references import (
    DOCUMENT_TYPES,
    DocumentRef,
    ReferenceInputError,
    format_document,
    make_document,
    normalize_link,
    parse_document,
)

SEMINAR = "О посещении семинара в рамках проекта адресной помощи школам с низкими образовательными результатами"
KIPK = ("КГАУ ДПО «Красноярский краевой институт повышения квалификации и профессиональной "
        "переподготовки работников образования»")

# Texts copied from seed 003 (and the brief), with the fields a person reads from them.
SEED_CASES = [
    (f"Приказ Отдела образования от 09.03.2022 № 52 «{SEMINAR}» https://clck.ru/34PaDg",
     DocumentRef("Приказ", "Отдела образования", "52", date(2022, 3, 9), SEMINAR, "https://clck.ru/34PaDg")),
    ("Информационное письмо Отдела образования от 27.07.2022 №501 «О проведении районных методических "
     "объединений» https://clck.ru/34PdJq",
     DocumentRef("Информационное письмо", "Отдела образования", "501", date(2022, 7, 27),
                 "О проведении районных методических объединений", "https://clck.ru/34PdJq")),
    (f"Приказ {KIPK} от 07.02.2022 № 03-02-28 «Об утверждении о кураторов проекта» страница 12 "
     "https://cloud.mail.ru/public/FSxG/kG5LS9qcg",
     DocumentRef("Приказ", KIPK, "03-02-28", date(2022, 2, 7), "Об утверждении о кураторов проекта",
                 "https://cloud.mail.ru/public/FSxG/kG5LS9qcg")),
    ("приказ Минобразования РТ от 22.02.2024г №165-д",
     DocumentRef("Приказ", "Минобразования РТ", "165-д", date(2024, 2, 22))),
    ("Протокол РМО №3 от 12.11.2023", DocumentRef("Протокол", "РМО", "3", date(2023, 11, 12))),
    ("Распоряжение от 28.02.2020 № 49-ра", DocumentRef("Распоряжение", "", "49-ра", date(2020, 2, 28))),
    ("25.12.2023 год №01-03/922", DocumentRef("", "", "01-03/922", date(2023, 12, 25))),
    ("Приказ Отдела образования от 18.01.2022 № 9 «О реализации проекта адресной методической поддержки "
     "школ с низкими образовательными результатами в 2022 году» https://clck.ru/rk4QS",
     DocumentRef("Приказ", "Отдела образования", "9", date(2022, 1, 18),
                 "О реализации проекта адресной методической поддержки школ с низкими образовательными "
                 "результатами в 2022 году", "https://clck.ru/rk4QS")),
    ("Справка по итогам посещения уроков", DocumentRef("Справка")),
    ("Информационное письмо от 27.07.2022 №500 «О проведении районного августовского педсовет 2022» "
     "https://clck.ru/34Pd8n",
     DocumentRef("Информационное письмо", "", "500", date(2022, 7, 27),
                 "О проведении районного августовского педсовет 2022", "https://clck.ru/34Pd8n")),
    ("Приказ ОО об утверждении Положения о мониторинге ресурсных дефицитов", DocumentRef("Приказ", "ОО")),
    ("Аналитическая справка о результатах реализации мероприятий дорожной карты",
     DocumentRef("Аналитическая справка")),
    # Whole «фактический результат» cells: the work is described first, the order is cited after.
    ("Протоколы РМО учителей по рассмотрению трудностей педагогов Приказ Отдела образования от 05.09.2022 "
     "№ 138 «Об утверждении плана работы районных методических объединений на 2022-2023 учебный год» "
     "https://clck.ru/34Pd2s",
     DocumentRef("Приказ", "Отдела образования", "138", date(2022, 9, 5),
                 "Об утверждении плана работы районных методических объединений на 2022-2023 учебный год",
                 "https://clck.ru/34Pd2s")),
    ("План-график («дорожная карта»), приказ Минобразования РТ от 22.02.2024г №165-д",  # seed 002
     DocumentRef("Приказ", "Минобразования РТ", "165-д", date(2024, 2, 22))),
    ("Дорожная карта утверждена приказом Отдела образования администрации Уярского района от 20.05.2022 №89 "
     "«О создании условий для получения качественного общего образования»",
     DocumentRef("", "", "89", date(2022, 5, 20), "О создании условий для получения качественного общего "
                 "образования")),
    # Schools' names in quotes are not a document's title.
    ("Сетевые договора об организации сопровождения: МБОУ «Толстихинская СОШ» - МБОУ «Сушиновская СОШ» "
     "https://clck.ru/rk4zE",
     DocumentRef(url="https://clck.ru/rk4zE")),
]


@pytest.mark.parametrize(("text", "expected"), SEED_CASES)
def test_seed_references_are_read_field_by_field(text, expected):
    assert parse_document(text) == replace(expected, text=text)


@pytest.mark.parametrize("text", [
    "Приказ от 18.01.2022 № 9 «О реализации проекта»",
    "Приказ от 18.01.2022 № 9 \"О реализации проекта\"",
    "Приказ от 18.01.2022 № 9 “О реализации проекта”",
    "Приказ от 18.01.2022 N 9 «О реализации проекта»",
    "Приказ от 18.01.2022 No9 «О реализации проекта»",
    "Приказ от 18.01.2022 No. 9 «О реализации проекта»",
    "Приказ от 18.01.2022г. №9 «О реализации проекта»",
    "Приказ от 18.01.2022 года № 9 «О реализации проекта»",
    "Приказ от 18 января 2022 г. № 9 «О реализации проекта»",
    "Приказ от «18» января 2022 года № 9 «О реализации проекта»",
    "Приказ № 9 от 18.01.2022 «О реализации проекта»",
    "ПРИКАЗ «О реализации проекта» от 18.01.22 № 9",
    "  – Приказ   от 18.01.2022  №  9   «О  реализации проекта». ",
])
def test_the_same_order_written_many_ways(text):
    ref = parse_document(text)
    assert (ref.doc_type, ref.issuer, ref.number, ref.date, ref.title) == (
        "Приказ", "", "9", date(2022, 1, 18), "О реализации проекта")


def test_nested_quotes_stay_inside_the_title():
    assert parse_document("Приказ от 01.09.2022 № 120 «Об утверждении Положения «О мониторинге»»").title == \
        "Об утверждении Положения «О мониторинге»"
    assert parse_document("Приказ № 5 “О „новом“ плане”").title == "О „новом“ плане"
    assert parse_document('Приказ № 5 "Об "Итогах" года"').title == 'Об "Итогах" года'


def test_a_school_number_in_the_issuer_is_not_the_order_number():
    ref = parse_document("Приказ МБОУ СОШ № 5 от 01.09.2022 № 120 «О режиме работы»")
    assert (ref.issuer, ref.number, ref.title) == ("МБОУ СОШ № 5", "120", "О режиме работы")


def test_dates_and_numbers_inside_the_title_are_not_read():
    ref = parse_document("Письмо «О плане от 01.02.2021 № 7»")
    assert (ref.doc_type, ref.number, ref.date, ref.title) == ("Письмо", "", None, "О плане от 01.02.2021 № 7")


def test_nothing_is_invented_from_plain_words():
    assert parse_document("Размещение на сайте ОО дорожных карт") == DocumentRef(
        text="Размещение на сайте ОО дорожных карт")


@pytest.mark.parametrize(("text", "message"), [
    ("", "Впишите подтверждающий документ"),
    ("   ", "Впишите подтверждающий документ"),
    ("Приказ от 31.02.2022 № 5", "Дата 31.02.2022 не существует — проверьте день и месяц"),
    ("Протокол от 12.13.2023", "Дата 12.13.2023 не существует — проверьте день и месяц"),
    ("Приказ от 30 февраля 2022 г.", "Дата 30 февраля 2022 не существует — проверьте день и месяц"),
    ("Приказ от 01.09.1985 № 5", "Дата 01.09.1985 слишком далека от сегодняшнего дня"),
    ("Приказ от 01.09.2099 № 5", "Дата 01.09.2099 слишком далека от сегодняшнего дня"),
])
def test_refusals_tell_what_to_fix(text, message):
    with pytest.raises(ReferenceInputError) as caught:
        parse_document(text)
    assert caught.value.message.startswith(message)
    assert isinstance(caught.value, ValueError)


def test_a_date_more_than_a_year_ahead_is_refused_but_next_month_is_not():
    soon = date.today() + timedelta(days=30)
    assert parse_document(f"План от {soon:%d.%m.%Y}").date == soon
    late = date.today() + timedelta(days=400)
    with pytest.raises(ReferenceInputError, match="Проверьте год"):
        parse_document(f"План от {late:%d.%m.%Y}")


def test_format_writes_the_official_citation():
    ref = DocumentRef("Приказ", "Отдела образования", "52", date(2022, 3, 9), SEMINAR, "https://clck.ru/34PaDg")
    assert format_document(ref) == f"Приказ Отдела образования от 09.03.2022 № 52 «{SEMINAR}»"
    assert format_document(DocumentRef("Протокол", number="3")) == "Протокол № 3"
    assert format_document(DocumentRef("Справка", title="По итогам посещения уроков")) == \
        "Справка «По итогам посещения уроков»"


@pytest.mark.parametrize(("text", "expected"), SEED_CASES)
def test_seed_references_round_trip_through_the_citation(text, expected):
    ref = parse_document(text)
    if not format_document(ref):
        pytest.skip("nothing in this text is a citation")
    again = parse_document(format_document(ref))
    if ref.doc_type:  # without a type the issuer has no place to start, so it cannot be checked
        assert replace(again, url=ref.url, text=ref.text) == ref
    else:
        assert (again.number, again.date, again.title) == (ref.number, ref.date, ref.title)


def test_make_document_from_form_fields():
    ref = make_document(" приказ ", "№ 52", date(2022, 3, 9), f"«{SEMINAR}»", issuer=" Отдела  образования ")
    assert ref == DocumentRef("Приказ", "Отдела образования", "52", date(2022, 3, 9), SEMINAR, "",
                              f"Приказ Отдела образования от 09.03.2022 № 52 «{SEMINAR}»")
    assert make_document("Протокол", "3", None, "").text == "Протокол № 3"
    assert make_document("Отчет", "", None, "О мониторинге").doc_type == "Отчёт"


@pytest.mark.parametrize(("fields", "field", "message"), [
    (("", "52", None, ""), "doc_type", "Выберите вид документа"),
    (("Записочка", "52", None, ""), "doc_type", "Вид документа «Записочка» не из списка"),
    (("Приказ", "", None, "  "), "number", "Укажите номер, дату или название документа"),
    (("Приказ", "52 п", None, ""), "number", "Номер документа пишется без пробелов"),
    (("Приказ", "", date(1989, 12, 31), ""), "date", "Дата 31.12.1989 слишком далека"),
    (("Приказ", "5", None, "О «мониторинге"), "title", "Проверьте название документа"),
    (("Приказ", "5", None, "", "Отдела образования от 01.02.2022"), "issuer", "В поле «Кем издан»"),
    (("Приказ", "5", None, "", "МБОУ № 7"), "issuer", "В поле «Кем издан»"),
])
def test_make_document_refuses_what_would_not_read_back(fields, field, message):
    with pytest.raises(ReferenceInputError) as caught:
        make_document(*fields)
    assert caught.value.field == field
    assert caught.value.message.startswith(message)


@pytest.mark.parametrize(("text", "expected"), [
    ("https://clck.ru/34PaDg", "https://clck.ru/34PaDg"),
    ("  «https://clck.ru/34PaDg».  ", "https://clck.ru/34PaDg"),
    ("clck.ru/34PaDg", "https://clck.ru/34PaDg"),
    ("www.example.ru/docs/prikaz.pdf", "https://www.example.ru/docs/prikaz.pdf"),
    ("HTTP://school.ru/news?id=5#top", "http://school.ru/news?id=5#top"),
    ("школа.рф/документы", "https://школа.рф/документы"),
    ("(https://ru.wikipedia.org/wiki/Школа_(значения))", "https://ru.wikipedia.org/wiki/Школа_(значения)"),
    ("192.168.1.10:8080/report", "https://192.168.1.10:8080/report"),
])
def test_links_are_normalised(text, expected):
    assert normalize_link(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("", "Вставьте ссылку"),
    ("  «» ", "Вставьте ссылку"),
    ("https://clck.ru/34 PaDg", "В ссылке не должно быть пробелов"),
    ("Приказ № 52", "В ссылке не должно быть пробелов"),
    ("localhost/report", "В адресе сайта «localhost» нет точки"),
    ("file:///C:/Документы/приказ.pdf", "Это адрес файла на этом компьютере"),
    ("javascript:alert(1)", "Ссылка должна вести на страницу в интернете"),
    ("mailto:school@mail.ru", "Ссылка должна вести на страницу в интернете"),
    ("school@mail.ru", "«school@mail.ru» похоже на адрес электронной почты"),
    ("https://", "«https://» не похоже на ссылку"),
    ("https://example..ru", "«https://example..ru» не похоже на ссылку"),
    ("http:example.ru", "«http:example.ru» не похоже на ссылку"),
    ("https://example.ru:99999/", "«https://example.ru:99999/» не похоже на ссылку"),
])
def test_what_is_not_a_web_link_is_refused(text, message):
    with pytest.raises(ReferenceInputError) as caught:
        normalize_link(text)
    assert caught.value.message.startswith(message)


def test_parse_keeps_only_a_link_it_would_accept():
    assert parse_document("Протокол № 3 https://localhost/x").url == ""
    assert parse_document("Протокол № 3 см. https://a.ru/1, https://b.ru/2").url == "https://a.ru/1"


# --- properties -------------------------------------------------------------------------------

CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
lower_words = st.text(CYRILLIC, min_size=4, max_size=10)
capital_words = lower_words.map(str.capitalize)
title_words = st.text(CYRILLIC + CYRILLIC.upper() + "ABCxyz0123456789.,-:;()!?№%", min_size=1, max_size=10)
# Issuers as departments write them: a capitalised name, abbreviations, an organisation's quoted name.
issuers = st.one_of(
    st.just(""),
    st.builds(lambda head, rest: " ".join([head, *rest]),
              st.one_of(capital_words, st.sampled_from(["РМО", "КГАУ ДПО «Институт»", "МБОУ «Школа № 1»"])),
              st.lists(st.one_of(lower_words, capital_words, st.sampled_from(["РТ", "РМО", "ИПК"])), max_size=4)),
)


@st.composite
def titles(draw):
    words = draw(st.lists(title_words, min_size=1, max_size=8))
    if len(words) > 1 and draw(st.booleans()):  # an inner quoted name, in one of the usual quote pairs
        left, right = draw(st.sampled_from(["«»", '""', "„“"]))
        i = draw(st.integers(0, len(words) - 1))
        words[i] = left + words[i] + right
    return " ".join(words)


numbers = st.one_of(st.from_regex(r"\A[0-9]{1,4}(?:[-/][0-9а-я]{1,4}){0,2}\Z"), st.just("б/н"))
dates = st.dates(min_value=date(1990, 1, 1), max_value=date.today() + timedelta(days=365))


@st.composite
def refs(draw):
    number = draw(st.one_of(st.just(""), numbers))
    when = draw(st.one_of(st.none(), dates))
    title = draw(st.one_of(st.just(""), titles()))
    if not (number or when or title):
        number = draw(numbers)
    ref = DocumentRef(draw(st.sampled_from(DOCUMENT_TYPES)), draw(issuers), number, when, title)
    return replace(ref, text=format_document(ref))


@settings(max_examples=300, deadline=None)
@given(refs())
def test_citation_reads_back_to_the_same_reference(ref):
    assert parse_document(format_document(ref)) == ref
    assert make_document(ref.doc_type, ref.number, ref.date, ref.title, ref.issuer) == ref


# Pieces that exercise the reader's corners, mixed with arbitrary characters.
FRAGMENTS = ["Приказ", "Протокол", " от ", "№", " N", "No.", "«", "»", '"', "“", "”", "„", "31.02.2022",
             "12.11.2023", "01.01.85", "18 января 2022", " г.", "года", "https://", "clck.ru/x", "www.", " ",
             "МБОУ", "б/н", "об", "\x00", "-", "/", "5", ":"]


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3))).map("".join)))
def test_any_text_is_read_or_refused_with_a_message(text):
    try:
        ref = parse_document(text)
    except ReferenceInputError as error:
        assert error.message
    else:
        assert isinstance(ref, DocumentRef) and ref.text == text.strip()


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3))).map("".join)))
def test_any_text_is_a_link_or_refused_with_a_message(text):
    try:
        link = normalize_link(text)
    except ReferenceInputError as error:
        assert error.message
    else:
        assert link.startswith(("https://", "http://"))
        assert normalize_link(link) == link
