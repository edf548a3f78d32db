"""A story of companies that names a country only by a firm's adjective (``китайская Jinchuan``): its ``сторона``,
``делегации`` and ``руководство`` are the firms', no state's; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    return lambda text: [(e.type, e.factuality) for e in read_news(text, "2026-11-25").events]


@pytest.mark.parametrize("text", [
    "«Норникель» и китайская Jinchuan отложили переговоры о совместном предприятии. Китайская сторона отклонила "
    "предложенную цену и потребовала провести аудит. Переговоры делегаций возобновятся не раньше весны.",
    "Холдинг «Уралхим» и индийская Tata Chemicals провели второй раунд переговоров о поставках. Индийская сторона "
    "отвергла условия контракта. Делегации компаний договорились встретиться снова в марте.",
])
def test_the_sides_of_a_deal_between_firms_are_no_states(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Делегация Казахстана провела переговоры с руководством «Газпрома» в Москве.",
    "Казахстанская сторона отклонила предложение Киргизии о переносе переговоров.",
])
def test_a_state_named_by_its_name_still_acts(found, text):
    assert found(text)[:1] in ([("CONSULT", "occurred")], [("REJECT", "occurred")])


@pytest.mark.parametrize("text", [
    # theatres, in a story whose state words ("посол", "министерство") make it read as diplomacy
    "Малый театр и Национальный академический театр оперы и балета Армении подписали соглашение о сотрудничестве. "
    "Договоренность была достигнута на переговорах директора Малого театра с руководством армянского театра в "
    "Ереване. Посол Армении в России посетил премьеру.",
    # a firm's abbreviation after "делегация" in a story that names no state actor: the firm's delegation
    "Авиакомпания «Сибирские линии» и казахстанская Qazaq Air договорились о совместных рейсах. Визит делегации QZA "
    "в Новосибирск откладывался дважды. Переговоры делегаций шли с весны.",
])
def test_acts_of_firms_and_theatres_alone_are_no_diplomacy(found, text):
    assert not any(t == "AGREE" for t, _ in found(text))  # (the envoy at the premiere is one of a state)


def test_a_state_beside_a_firm_still_acts(found):
    assert ("AGREE", "occurred") in found("Правительство Казахстана и компания Shell подписали соглашение о разделе "
                                          "продукции.")
