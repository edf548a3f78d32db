"""An act told as what another act answers (``в ответ на высылку …``, ``об «ответных мерах» на выдворение …``,
``в отместку за …``) is that other act, not the answer told again: the two keep records of their own
(merge._merge_act); a later telling of the answer still joins the answer.  Invented sentences and states."""
import pytest

from khronika.stages.events.answers import answered

pytestmark = pytest.mark.slow


def _sanctions(doc):
    return [e for e in doc.events if e.type == "SANCTION"]


@pytest.mark.parametrize("second", [
    "По сообщению внешнеполитического ведомства, речь идет об «ответных мерах» на выдворение трех парагвайских "
    "дипломатов, объявленное властями Уругвая в понедельник.",
    "МИД назвал этот шаг ответом на высылку трех парагвайских дипломатов, объявленную Монтевидео накануне.",
    "Такой шаг сделан в отместку за высылку трех парагвайских дипломатов, о которой Монтевидео объявил в понедельник.",
])
def test_the_act_an_answer_is_to_keeps_its_own_record(read_news, second):
    doc = read_news("Правительство Парагвая объявило персонами нон грата трех сотрудников посольства Уругвая в "
                    "Асунсьоне. " + second, "2024-03-15")
    assert len(_sanctions(doc)) == 2, [(e.trigger, e.more) for e in doc.events]


def test_the_answer_told_again_still_joins_the_answer(read_news):
    doc = read_news("Правительство Парагвая объявило персонами нон грата трех сотрудников посольства Уругвая в "
                    "Асунсьоне. Речь шла об ответных мерах на выдворение трех парагвайских дипломатов, объявленное "
                    "Монтевидео. Парагвайские власти выслали уругвайских дипломатов после заседания кабинета.",
                    "2024-03-15")
    sanctions = _sanctions(doc)
    assert len(sanctions) == 2
    assert len(sanctions[0].more) == 1  # the third sentence tells the first act again


def test_an_act_named_after_the_words_of_an_answer_is_answered_and_not_after_a_question():
    from khronika.records import Event

    def at(text, word):
        k = text.index(word)
        return Event("v:x", "SANCTION", word, k, k + len(word), 0, len(text)), text

    assert answered(*at("Это ответ на аналогичную высылку дипломатов.", "высылку"))
    assert answered(*at("В отместку за введение санкций Кито закрыл границу.", "введение"))
    assert not answered(*at("В ответ на вопрос о высылке дипломатов министр промолчал.", "высылке"))
    assert not answered(*at("Кито объявил о высылке дипломатов.", "высылке"))
    assert not answered(*at("Кито ответил на санкции Лимы зеркальными мерами.", "санкции"))
