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
    from khronika.stages.not_persons import place_stems
    from khronika.view import view

    doc = annotate("Делегация посетила полуостров Кападжо и город Мтвара.")
    stems = place_stems(list(doc.ner), view(doc))
    assert {"кападжо", "мтвар"} <= stems


def test_a_country_glued_before_a_name_is_cut_off(annotate):
    from khronika.records import Mention
    from khronika.stages.entities import person_mention
    from khronika.view import view

    text = "Переговоры провел Премьер-министр Республики Гондурас Мануэль Рейес Ортега."
    v = view(annotate(text))
    start = text.index("Гондурас")
    p = person_mention(Mention(start, len(text) - 1, "PER", text[start:-1]), v)
    assert p.full == "Мануэль Рейес Ортега"
    start = text.index("Рейес")  # two words: no name is left to cut from
    assert person_mention(Mention(start, len(text) - 1, "PER", text[start:-1]), v).full == "Рейес Ортега"


def test_place_word_is_a_country_or_a_place_of_the_document():
    from khronika.stages.not_persons import place_word

    assert place_word("Гондурас", set())
    assert place_word("Мтвара", {"мтвар"})
    assert not place_word("Мануэль", {"мтвар"})


def test_a_name_after_a_title_and_its_complement_is_titled(annotate):
    from khronika.stages.not_persons import titled
    from khronika.view import view

    text = "Его принял министр иностранных дел Республики Малави Тавонга Банда в городе Зомба."
    v = view(annotate(text))
    assert titled(text.index("Тавонга"), v)
    assert not titled(text.index("Зомба"), v)
