"""Names a format goes by in the documents (invented sentences): the gazetteer's alias its words matched and a short
name in brackets carried by the label, a numeric alias (``«5+1»``) only where the document is about that mechanism,
an organisation among the sides of its own format, prose that tells talks ended or resumed, and the merging of an
announced meeting with the one held that day."""
import dataclasses

import pytest

from khronika.format_aliases import (
    acronyms,
    bound,
    by_acronym,
    label_of,
    numeric_fits,
    other_words,
    short_name,
    short_named,
    summit_council,
)
from khronika.format_merge import date_resumptions, planned_then_held
from khronika.format_names import Named, gazetteer_in
from khronika.format_status import status_of, talks_turned
from khronika.formats import formats_in


def test_the_alias_the_words_matched_is_kept_in_the_nominative():
    (n,) = gazetteer_in("Министры встретились в рамках Нормандской четвёрки в Париже.")
    assert n.name == "нормандский формат" and n.alias in ("нормандская четвёрка", "нормандская четверка")


@pytest.mark.parametrize("sentence, short", [
    ("Прошло заседание Совета сотрудничества высокого уровня (ССВУ) в Лиме.", "ССВУ"),
    ("Собралась контактная группа по Гренаде (CGG) в Кито.", "CGG"),
    ("Министры провели встречу в формате «2+2» в Кито (Эквадор).", None),
])
def test_a_short_name_in_brackets_after_the_name(sentence, short):
    n = next(iter(formats_in(sentence)))
    assert short_name(sentence, n) == short


def test_a_country_in_brackets_is_no_short_name():
    sentence = "Прошло заседание Совета сотрудничества высокого уровня (США) в Лиме."
    (n,) = [x for x in formats_in(sentence) if "совет" in x.name]
    start = sentence.index("США")
    mention = type("M", (), {"entity": "e:iso-US", "start": start})
    assert short_named(n, sentence, 0, [mention]).alias == ""
    assert short_named(n, sentence, 0, []).alias == "США"


def test_the_label_carries_the_names_the_documents_used():
    n = Named("совет высокого уровня Перу – Чили", "совет", "совет сотрудничества", alias="ССВУ")
    other = dataclasses.replace(n, name="стратегический совет", alias="")
    label = label_of(n, [n, other, dataclasses.replace(n, alias="совет сотрудничества")], n.name)
    assert label == "совет сотрудничества; в текстах: ССВУ, стратегический совет"
    assert label_of(dataclasses.replace(n, alias=""), [dataclasses.replace(n, alias="")], n.name) == n.label


def test_the_label_of_a_glossed_kind_carries_the_words_its_mentions_used():
    (n,) = [x for x in formats_in("Третий двусторонний кабинет министров Эквадора и Колумбии прошел в Тулькане.")
            if x.name == "бинациональный кабинет"]
    label = label_of(n, [n], "бинациональный кабинет Колумбия – Эквадор")
    assert label.startswith(n.label + "; в текстах: ") and "двусторонний кабинет министров" in label
    named = dataclasses.replace(n, surface="Бинациональный кабинет")  # the name's own words: nothing to add
    assert label_of(named, [named], "бинациональный кабинет Колумбия – Эквадор") == n.label

    other = dataclasses.replace(n, surface="двустороннем кабинете министров")  # one name in two cases: told once
    label = label_of(n, [n, other], "бинациональный кабинет Колумбия – Эквадор")
    assert label == n.label + "; в текстах: двусторонний кабинет министров"


@pytest.mark.parametrize("surface, words", [
    ("Двустороннего кабинета  министров", "Двустороннего кабинета министров"),
    ("стратегического диалога", ""),  # the name's words in another case
    ("военных связ", ""),  # a pattern's stem, not a whole word
    ("начальника Генерального штаб", ""),  # … nor a noun that agrees with its adjective
    ("по линии военных", ""),
    ("Третий раунд переговоров", "Третий раунд переговоров"),
])
def test_a_mention_in_words_of_its_own(surface, words):
    assert other_words(surface, "стратегический диалог; совместные заседания кабинетов под председательством") == words


def test_a_numeric_alias_needs_the_topic_of_its_mechanism():
    sentence = "Генсек ООН провел неформальную встречу по Гренаде в формате «5+1»."
    found = gazetteer_in(sentence)  # two mechanisms of that number, each of its own topic
    assert {x.name for x in found} == {"«пять плюс один»", "встреча по Кипру «5+1»"}
    n = next(x for x in found if x.name == "«пять плюс один»")
    assert n.alias == "формат «5+1»"
    assert not numeric_fits(n, "Встреча по урегулированию на Гренаде. " + sentence, {"GB", "PE"})
    assert numeric_fits(n, "Переговоры по ядерной программе Ирана. " + sentence, set())
    (general,) = bound(list(found), sentence, sentence, {"GB"})
    assert general.name == "формат «5+1»" and not general.fixed
    (named,) = gazetteer_in("Иран и «шестерка» международных посредников провели переговоры.")
    assert numeric_fits(named, "", set())  # named otherwise: no context needed


def test_a_numeric_alias_without_topic_words_needs_two_member_states():
    (n,) = gazetteer_in("Министры встретились в формате «3+3» в Баку.")
    assert numeric_fits(n, "", {"AZ", "TR"}) and not numeric_fits(n, "", {"AZ", "PE"})


@pytest.mark.parametrize("sentence, status", [
    ("В июне 2029 года Боливия объявила о прекращении переговоров.", "suspended"),
    ("Делегация Чили вышла из переговоров в знак протеста.", "suspended"),
    ("Стороны после долгой паузы вернулись за стол переговоров.", "resumed"),
    ("Делегации Перу и Чили вновь сели за стол переговоров.", "resumed"),
    ("Стороны договорились о прекращении огня на переговорах.", None),
    ("Министры сели за стол переговоров в девять утра.", None),
])
def test_talks_told_ended_or_resumed(sentence, status):
    assert status_of(sentence, []) == status


def test_talks_turned_are_those_of_the_track_not_talks_about_something_else():
    assert talks_turned("Встреча в Лиме прошла без итогов, а переговоры заморожены на год.", [])
    assert not talks_turned("Были заморожены переговоры о поставках зерна.", [])
    assert not talks_turned("Переговоры прошли в Лиме.", [])


def entry(status, date, rnd=None, docs=("d:1",)):
    return {"status": status, "date": date, "date_precision": "day", "round": rnd, "events": [], "docs": list(docs)}


def test_a_meeting_announced_and_held_that_day_is_one_entry():
    history = [entry("planned", "2031-03-05", docs=["d:1"]), entry("meeting", "2031-03-05", docs=["d:2"]),
               entry("planned", "2031-06")]
    out = planned_then_held(history)
    assert [(e["status"], e["date"]) for e in out] == [("meeting", "2031-03-05"), ("planned", "2031-06")]
    assert out[0]["docs"] == ["d:1", "d:2"]
    numbered = planned_then_held([entry("planned", "2031", 4), entry("round", "2031-05-02", 4)])
    assert [(e["status"], e["round"]) for e in numbered] == [("round", 4)]
    other = planned_then_held([entry("planned", "2031", 5), entry("round", "2031-05-02", 4)])
    assert len(other) == 2


def test_an_undated_resumption_is_the_meeting_its_document_reports():
    n = {"name": "трехсторонние переговоры"}
    mentions = [(n, [], [entry("resumed", None)]), (n, [], [entry("meeting", "2031-03-10")])]
    date_resumptions(mentions, "2031-03-12")
    assert mentions[0][2][0]["date"] == "2031-03-10"
    old = [(n, [], [entry("resumed", None)]), (n, [], [entry("meeting", "2028-05-10")])]
    assert date_resumptions(old, "2031-03-12")[0][2][0]["date"] is None  # not a meeting of its days


def test_an_organisations_summits_are_those_of_its_summit_council():
    assert summit_council("ОДКБ") == "Совет коллективной безопасности ОДКБ"
    assert summit_council("Совет коллективной безопасности ОДКБ") is None and summit_council("Перу") is None


def test_a_known_organisation_in_brackets_is_no_short_name():
    sentence = "Собралась контактная группа по Гренаде (ОБСЕ) в Кито."
    n = next(iter(formats_in(sentence)))
    assert short_name(sentence, n) == "ОБСЕ" and short_named(n, sentence, 0, []).alias == ""


def test_a_short_name_given_in_brackets_names_the_format_later():
    first = "Собралась контактная группа по Гренаде (КГГ) в Кито."
    n = short_named(next(iter(formats_in(first))), first, 0, [])
    shorts = acronyms([n])
    (later,) = by_acronym("На заседании КГГ министры подписали протокол.", shorts)
    assert later.name == n.name and later.surface == "КГГ"
    assert by_acronym("Министры подписали протокол КГГС.", shorts) == []


@pytest.mark.parametrize("sentence", [
    "Встреча министров Перу и Чили дважды откладывалась.",
    "В 2029 году раунды консультаций переносились из-за выборов.",
])
def test_meetings_put_off_again_and_again(sentence):
    assert status_of(sentence, []) == "postponed"


@pytest.mark.parametrize("sentence, rnd", [
    ("Встречи проходят каждый год; нынешняя стала уже седьмой на уровне министров.", 7),
    ("Заседание комиссии в Кито стало пятым.", 5),
    ("Перу стала первой в регионе.", None),
    ("Чили стала второй страной, подписавшей протокол.", None),
])
def test_a_round_told_by_what_the_meeting_became(sentence, rnd):
    from khronika.format_rounds import round_in

    assert round_in(sentence) == rnd
