"""Countermeasures announced or taken are sanctions, in every case and number of the noun; on sentences written for
these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "МИД Норвегии в четверг объявил о контрмерах против трех российских компаний.",
    "Сеул ввел контрмеры против северокорейских чиновников.",
    "Минск принял ответные контрмеры в отношении литовских депутатов.",
    "Пекин объявил о контрмере против американского сенатора.",
])
def test_countermeasures_are_a_sanction(acts_of, text):
    assert ("SANCTION", "occurred") in acts_of(text)


def test_a_sanction_word_alone_is_no_countermeasure(acts_of):
    assert not any(t == "SANCTION" for t, _ in acts_of("Канада и Мексика подписали соглашение о торговле."))
