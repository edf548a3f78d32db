"""An expulsion told as a demand that envoys leave the country is a sanction (expulsions.py); on sentences written for
these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    return lambda text: [e.type for e in read_news(text, "2026-11-25").events]


@pytest.mark.parametrize("text", [
    "Во вторник власти Мали потребовали от двух французских дипломатов покинуть страну.",
    "Правительство Нигера потребовало от посла Франции покинуть территорию страны в течение 48 часов.",
    "МИД Чада потребовал от германского посла в течение 48 часов покинуть страну.",
    "Власти Никарагуа требуют от сотрудников посольства Коста-Рики покинуть Никарагуа.",
])
def test_a_demand_that_envoys_leave_the_country_is_a_sanction(found, text):
    assert found(text) == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Президент Того потребовал от Ганы прекратить поддержку оппозиции.",
    "Правительство Мали потребовало от французских военных покинуть страну.",
    "Премьер Гвинеи потребовал от посла Сенегала разъяснений.",
])
def test_other_demands_stay_requests(found, text):
    assert found(text) == ["REQUEST"]
