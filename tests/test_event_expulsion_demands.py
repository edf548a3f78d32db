"""An expulsion told as a demand that envoys leave the country is a sanction (expulsions.py), and readiness is for what
``к``/``на`` governs, not for the object of the verb it governs; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    return lambda text: [e.type for e in read_news(text, "2026-11-25").events]


@pytest.mark.parametrize("text", [
    "Во вторник власти Мали потребовали от двух французских дипломатов покинуть страну.",
    "Правительство Нигера потребовало от посла Бельгии выехать из страны в трехдневный срок.",
    "МИД Чада потребовал от германского посла в течение 48 часов покинуть страну.",
    "Власти Никарагуа требуют от сотрудников посольства Коста-Рики покинуть Никарагуа.",
])
def test_a_demand_that_envoys_leave_the_country_is_a_sanction(found, text):
    assert found(text) == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Правительство Чили объявило консула Перу персоной нон грата и потребовало, чтобы тот покинул территорию страны.",
    "МИД Эстонии во вторник объявил первого секретаря посольства Беларуси персоной нон грата и потребовал, чтобы он "
    "покинул территорию республики в течение трех суток.",
    "Власти Ганы потребовали, чтобы два нигерийских дипломата покинули страну.",
])
def test_a_demand_that_the_envoy_leave_told_in_a_clause_is_the_expulsion(found, text):
    assert found(text) == ["SANCTION"]


def test_a_demand_in_a_clause_that_troops_leave_stays_a_request(found):
    assert found("Правительство Мали потребовало, чтобы французские войска покинули страну.") == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Президент Того потребовал от Ганы прекратить поддержку оппозиции.",
    "Правительство Мали потребовало от французских военных покинуть страну.",
    "Премьер Гвинеи потребовал от посла Сенегала разъяснений.",
])
def test_other_demands_stay_requests(found, text):
    assert found(text) == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Вена настаивает на сохранении транзита газа через Венгрию, тогда как Будапешт не готов брать на себя расходы.",
    "Рига не готова идти на уступки по вопросу о транзите.",
])
def test_the_preposition_of_the_verb_ready_governs_is_not_readiness_for_it(found, text):
    assert "SUPPORT" not in found(text)


@pytest.mark.parametrize("text", ["Будапешт готов к переговорам с Веной.", "Москва готова и на переговоры с Киевом."])
def test_readiness_for_talks_is_support(found, text):
    assert found(text) == ["SUPPORT"]
