"""Concern told by the short passive (``Канада глубоко обеспокоена …``: ACCUSE, its subject the source, not the
target), concern voiced (``высказали обеспокоенность``), an initiative put forward (``выдвинул инициативу провести
…``: REQUEST) and words called out of place or discriminatory (``назвал угрозы «неуместными»``: ACCUSE); a worried
crowd is none.  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, kind", [
    ("Исландия глубоко обеспокоена сообщениями о задержании рыболовных судов.", "ACCUSE"),
    ("Власти Парагвая серьезно обеспокоены действиями Боливии на границе.", "ACCUSE"),
    ("Монголия высказала обеспокоенность задержками поставок топлива.", "ACCUSE"),
    ("Президент Туркмении выдвинул инициативу провести в 2031 году форум по транспорту.", "REQUEST"),
    ("Министр Габона назвал угрозы Яунде «неуместными между братскими странами».", "ACCUSE"),
    ("Посольство Чили на следующий день назвало это решение дискриминационным.", "ACCUSE"),
])
def test_concern_initiatives_and_evaluations_are_acts(types_of, text, kind):
    assert kind in types_of(text)


def test_who_is_concerned_is_the_source(read_news):
    found = [e for e in read_news("Исландия глубоко обеспокоена действиями Норвегии в спорном районе.",
                                  "2031-05-16").events if e.type == "ACCUSE"]
    assert found and all(p.role == "source" for e in found for p in e.participants if p.entity == "e:iso-IS"), found


@pytest.mark.parametrize("text", [
    "Обеспокоенные жители вышли на улицы столицы.",
    "Ситуация на дорогах обеспокоила водителей.",
])
def test_worried_people_are_no_act(types_of, text):
    assert "ACCUSE" not in types_of(text)
