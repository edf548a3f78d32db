"""An annual meeting of two sides named by its head noun (``26-я ежегодная консультация лидеров X и Y``, ``ежегодный
саммит``) is a standing format where its document numbers its meetings; its name goes on with the words after it up to
the sides (invented news, other countries)."""
import pytest

from tests.test_format_carry import ingested_formats

pytestmark = pytest.mark.slow

TEXT = ("КУАЛА-ЛУМПУР, 12 мая 2031 года. Премьер-министр Таиланда и премьер-министр Малайзии провели вчера в "
        "Путраджае 14-ю Ежегодную консультацию лидеров Таиланда и Малайзии. 13-я консультация прошла в Бангкоке в мае "
        "2030 года. 15-я консультация состоится в Таиланде в 2032 году.")


def test_a_numbered_annual_consultation_is_a_format(tmp_path):
    found = [f for f in ingested_formats(tmp_path, TEXT) if "ежегодная консультация лидеров" in f["name"]]
    assert found, [f["name"] for f in ingested_formats(tmp_path, TEXT)]
    rounds = {(h["status"], h["round"]) for h in found[0]["history"]}
    assert {("round", 13), ("round", 14), ("planned", 15)} <= rounds, rounds


def test_an_annual_report_is_no_format(tmp_path):
    text = ("КУАЛА-ЛУМПУР, 12 мая 2031 года. Министр финансов представил ежегодный доклад о бюджете. Это уже 14-й "
            "ежегодный доклад министерства.")
    assert not any("ежегодн" in f["name"] for f in ingested_formats(tmp_path, text))
