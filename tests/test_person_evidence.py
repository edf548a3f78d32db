"""Persons told from the evidence of the whole text: a word the text names as a place elsewhere is no person, and a
foreign name no dictionary knows keeps its written form unless the text shows it declined (invented news)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _persons(doc):
    return {e.name for e in doc.entities if e.type == "person"}


def test_a_river_named_again_without_its_noun_is_no_person(annotate):
    doc = annotate("Власти обеих стран обсудили проект плотины на реке Мвалузи. Министр Коффи Асанте подчеркнул, "
                   "что судьба Мвалузи волнует фермеров.")
    assert _persons(doc) == {"Коффи Асанте"}


def test_an_undeclined_foreign_name_keeps_its_written_form(annotate):
    doc = annotate("Переговоры Вусумузи Нкоси и министра прошли в среду.")
    assert _persons(doc) == {"Вусумузи Нкоси"}


def test_a_swapped_last_vowel_needs_another_form_in_the_text():
    from khronika.names_link import stem
    from khronika.stages.name_forms import as_written

    assert as_written(["Тумелани", "Хотари"], ["Тумеланя", "Хотаря"], {}) == ["Тумелани", "Хотари"]
    forms = {stem("Хотари"): {"хотари", "хотаря"}}
    assert as_written(["Тумелани", "Хотари"], ["Тумеланя", "Хотаря"], forms) == ["Тумелани", "Хотаря"]
    assert as_written(["Байдена"], ["Байден"], {}) == ["Байден"]  # a cut ending is no swapped vowel


def test_place_stems_read_place_spans_and_words_after_a_place_noun(annotate):
    from khronika.stages.doc_places import place_stems
    from khronika.view import view

    doc = annotate("Делегация посетила полуостров Кападжо и город Мтвара.")
    stems = place_stems(list(doc.ner), view(doc))
    assert {"кападжо", "мтвар"} <= stems


def test_a_country_glued_before_a_name_is_cut_off(annotate):
    from khronika.records import Mention
    from khronika.stages.entities import person_mention
    from khronika.view import view

    text = "Переговоры провел Премьер-министр Республики Гондурас Эдгар Рейес Бустос."
    v = view(annotate(text))
    start = text.index("Гондурас")
    p = person_mention(Mention(start, len(text) - 1, "PER", text[start:-1]), v)
    assert p.full == "Эдгар Рейес Бустос"
    start = text.index("Рейес")  # two words: no name is left to cut from
    assert person_mention(Mention(start, len(text) - 1, "PER", text[start:-1]), v).full == "Рейес Бустос"


def test_place_word_is_a_country_or_a_place_of_the_document():
    from khronika.stages.doc_places import place_word

    assert place_word("Гондурас", set())
    assert place_word("Мтвара", {"мтвар"})
    assert not place_word("Эдгар", {"мтвар"})


def test_a_name_after_a_title_and_its_complement_is_titled(annotate):
    from khronika.stages.not_persons import titled
    from khronika.view import view

    text = "Его принял министр иностранных дел Республики Малави Тавонга Чирва в городе Зомба."
    v = view(annotate(text))
    assert titled(text.index("Тавонга"), v)
    assert not titled(text.index("Зомба"), v)


def test_a_title_alone_is_no_person_where_the_text_uses_it_as_a_title(annotate):
    doc = annotate("Президент Тимон Мвила принял посла. Пресс-служба Президента сообщила о визите. Офис Президента "
                   "подтвердил.")
    assert _persons(doc) == {"Тимон Мвила"}


def test_titles_used_are_those_put_before_a_name(annotate):
    from khronika.stages.not_persons import titles_used
    from khronika.view import view

    doc = annotate("Президент Тимон Мвила принял посла. Адвокат вмешался в игру поздно.")
    assert titles_used(list(doc.ner), view(doc)) == {"президент"}


def test_a_capitalised_adjective_of_a_body_s_name_is_no_person(annotate):
    from khronika.records import Mention
    from khronika.stages.not_persons import name_of_a_thing
    from khronika.view import view

    text = "Стороны приветствуют возобновление работы Трехстороннего кабинета. Позицию поддержал Глеб Белый."
    v = view(annotate(text))
    at = text.index("Трехстороннего")
    assert name_of_a_thing(Mention(at, at + len("Трехстороннего"), "PER", "Трехстороннего"), v)
    at = text.index("Белый")
    assert not name_of_a_thing(Mention(at, at + len("Белый"), "PER", "Белый"), v)


def test_a_common_noun_after_a_path_s_separator_is_no_person(annotate):
    from khronika.stages.entities import pseudo_name
    from khronika.view import view

    text = "Главная / Политика\n\nМинистр Эдгар Мендес прибыл в Лиму."
    v = view(annotate(text))
    token = next(t for t in v.tokens if t.text == "Политика")
    assert pseudo_name(token, v)


def test_a_name_joined_to_a_person_after_a_title_is_a_person(annotate):
    doc = annotate("Послы Тандо Ндлову и Палата Квеси вручили грамоты.")
    assert _persons(doc) == {"Тандо Ндлову", "Палата Квеси"}
    doc = annotate("В Брюсселе председатели Совета Европы и Еврокомиссии обсудили бюджет.")
    assert _persons(doc) == set()


def test_a_plural_title_read_as_a_genitive_is_a_nominative():
    from types import SimpleNamespace

    from khronika.stages.name_forms import _title_case_as_written

    assert _title_case_as_written(SimpleNamespace(text="Президенты", feats={"Case": "Gen"})) == "Nom"
    assert _title_case_as_written(SimpleNamespace(text="президентов", feats={"Case": "Gen"})) == "Gen"
    assert _title_case_as_written(SimpleNamespace(text="президента", feats={"Case": "Acc"})) == "Acc"


@pytest.mark.parametrize("text", [
    "Стороны так и не договорились о Кавалине.",
    "Вопрос об участке у Мербеки так и остался открытым.",
    "Стороны вновь заговорили о Сардобе. Таджикская сторона отказалась обсуждать Сардобу.",
    "Эстония предложила вынести спор о Пуртсе на международный арбитраж.",
    "Литва отказалась обсуждать вопрос о Тракунае, сославшись на решение суда.",
    "Премьер отверг арбитраж по Кавалине.",
    "Делегации договорились о совместных проектах и об экологии Дуная.",
])
def test_a_bare_word_only_where_places_and_matters_stand_is_no_person(annotate, text):
    assert _persons(annotate(text)) == set()


@pytest.mark.parametrize(("text", "persons"), [
    ("Министр иностранных дел Ботсваны Кгосиэцо Мокаила прибыл в Лусаку. Позже о Мокаиле написали все газеты.",
     {"Кгосиэцо Мокаила"}),
    ("Ранее Нкубе заявил, что готов к диалогу. Оппозиция рассказала о Нкубе.", {"Нкубе"}),
    ("Президент Тимон Мвила принял делегацию. У Мвилы нет возражений, сообщил источник.", {"Тимон Мвила"}),
    ("Премьер-министр Радек Шимек посетил Братиславу. Журналисты спросили о Шимеке.", {"Радек Шимек"}),
    ("Санкции ударили по Мокаиле, заявил министр Мокаила.", {"Мокаила"}),
    ("Мокаила провел переговоры с Ойелараном.", {"Мокаила", "Ойеларан"}),
    ("Если комитет соберется, о Нгуэмади и его письмах забудут.", {"Нгуэмади"}),  # undeclined: a foreign surname
    ("Отвечая на вопрос об Овсепяне, помощник сказал, что приглашение отправлено.", {"Овсепян"}),  # a surname's suffix
    ("Журналисты спросили о Гогелашвили.", {"Гогелашвили"}),
])
def test_a_bare_word_the_text_shows_as_a_person_elsewhere_stays_one(annotate, text, persons):
    assert _persons(annotate(text)) == persons
