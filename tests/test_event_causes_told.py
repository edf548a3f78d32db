"""An act told only as the reason of another (``протест в связи с пошлинами X``, ``вызвал посла из-за
задержания …``) is no event of that sentence, whoever did it: the head verb's clause types the act; a note told with its
content (``ноту, по которой … признан персоной нон грата``) is the act its content tells, no protest of its own;
on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    def go(text):
        return sorted({(e.type, e.factuality) for e in read_news(text, "2026-11-25").events})
    return go


@pytest.mark.parametrize("text, kind", [
    ("Посольство Эстонии выразило протест в связи с ограничениями Минска на транзит.", ("PROTEST", "occurred")),
    ("Послу Ганы выражен протест в связи с высылкой перуанского атташе.",
     ("PROTEST", "occurred")),
    ("Посольство Литвы заявляет протест из-за новых санкций Минска.", ("PROTEST", "occurred")),
    ("МИД Кении вызовет посла Уганды в связи с задержанием кенийских рыбаков угандийской полицией.",
     ("PROTEST", "planned")),
    ("Посол Того был вызван в МИД Ганы в связи с закрытием Ломе пограничного перехода.", ("PROTEST", "occurred")),
    ("Латвия заявила протест Минску в связи с тем, что белорусский вертолет нарушил ее границу.",
     ("PROTEST", "occurred")),
    ("«Поверенному выражен протест в связи с совершенно не оправданной высылкой эквадорского консула», — говорится в "
     "сообщении министерства.", ("PROTEST", "occurred")),
    ("Вице-министр Эквадора в среду заявил послу Перу протест в связи с введением Лимой новых пошлин и "
     "односторонних санкций против эквадорских банков.", ("PROTEST", "occurred")),
])
def test_an_act_told_as_the_reason_of_a_protest_is_no_event_there(found, text, kind):
    assert found(text) == [kind]


def test_an_act_told_as_the_reason_under_an_adverbial_participle(found):
    got = found("Вызвав посла Чили в связи с запретом Сантьяго на ввоз перуанской рыбы, МИД Перу потребовал "
                "объяснений.")
    assert ("PROTEST", "occurred") in got and ("SANCTION", "occurred") not in got


@pytest.mark.parametrize("text, kind", [
    ("Временному поверенному передали ноту, по которой консул Ганы признан персоной нон грата.",
     ("SANCTION", "occurred")),
    ("Временному поверенному Чили вручена нота, согласно которой два дипломата объявлены персонами нон грата.",
     ("SANCTION", "occurred")),
])
def test_a_note_is_the_act_its_content_tells(found, text, kind):
    assert found(text) == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Гайана направила Суринаму ноту, в которой Джорджтаун выразил протест против ареста рыбаков.",
     ("PROTEST", "occurred")),
    ("Латвия ввела санкции против Минска в связи с нарушением границы.", ("SANCTION", "occurred")),
    ("Из-за санкций Минска Литва отозвала своего посла.", ("SANCTION", "occurred")),
    ("МИД Ганы вручил послу Того ноту протеста.", ("PROTEST", "occurred")),
])
def test_the_act_of_the_head_clause_stays(found, text, kind):
    assert kind in found(text)


@pytest.mark.parametrize("text, kind", [
    ("Норвегия выслала венгерского дипломата, обвинив его в шпионаже.", "SANCTION"),
    ("МИД Чили объявил персоной нон грата советника посольства Ирана, обвинив его в деятельности, несовместимой с "
     "дипломатическим статусом.", "SANCTION"),
    ("Минфин Канады включил в санкционный список пять иранских компаний, обвинив их в поставках дронов.", "SANCTION"),
])
def test_an_accusation_told_as_the_reason_of_a_measure_is_none(found, text, kind):
    assert [t for t, _ in found(text)] == [kind]


def test_an_accusation_of_its_own_clause_stays(found):
    assert [t for t, _ in found("Норвегия обвинила Данию в нарушении договора и выслала датского дипломата.")] \
        == ["ACCUSE", "SANCTION"]
